<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnswerReview</name>
    <message>
        <source>Flagged</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Self-rating, not scored</source>
        <translation>Autoevaluación, sin puntuación</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Parcialmente correcta</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <source>You said you were not sure.</source>
        <translation>Dijo que no estaba seguro.</translation>
    </message>
    <message>
        <source>You said you were fairly sure.</source>
        <translation>Dijo que estaba bastante seguro.</translation>
    </message>
    <message>
        <source>You said you were very sure.</source>
        <translation>Dijo que estaba muy seguro.</translation>
    </message>
    <message>
        <source>Your choice: right</source>
        <extracomment>an option or part the learner chose, and it is a right one</extracomment>
        <translation>Su elección: correcta</translation>
    </message>
    <message>
        <source>Your choice: wrong</source>
        <extracomment>an option or part the learner chose, and it is not a right one</extracomment>
        <translation>Su elección: incorrecta</translation>
    </message>
    <message>
        <source>Right, not chosen</source>
        <extracomment>a right option or part the learner did not choose</extracomment>
        <translation>Correcta, no elegida</translation>
    </message>
    <message>
        <source>Right: comes after the step above</source>
        <translation>Correcto: va después del paso de arriba</translation>
    </message>
    <message>
        <source>Wrong: comes before the step above</source>
        <translation>Incorrecto: va antes del paso de arriba</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Sin emparejar</translation>
    </message>
    <message>
        <source>%1 (±%2)</source>
        <extracomment>a numeric answer and how far from it an answer may be: &quot;12 mL (±0.5)&quot;</extracomment>
        <translation>%1 (±%2)</translation>
    </message>
    <message>
        <source>Belongs at step %1.</source>
        <translation>Corresponde al paso %1.</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Su orden</translation>
    </message>
    <message>
        <source>Right order:</source>
        <translation>Orden correcto:</translation>
    </message>
    <message>
        <source>The right order</source>
        <translation>El orden correcto</translation>
    </message>
    <message>
        <source>You did not answer this question.</source>
        <translation>No respondió esta pregunta.</translation>
    </message>
    <message>
        <source>Your matches</source>
        <translation>Sus parejas</translation>
    </message>
    <message>
        <source>You matched: %1.</source>
        <translation>Usted emparejó: %1.</translation>
    </message>
    <message>
        <source>You matched: %1. Right match: %2.</source>
        <translation>Usted emparejó: %1. Pareja correcta: %2.</translation>
    </message>
    <message>
        <source>Right match: %1.</source>
        <translation>Pareja correcta: %1.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Su respuesta: %1</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Respuesta correcta: %1</translation>
    </message>
    <message numerus="yes">
        <source>Accepted answers: %1</source>
        <translation>
            <numerusform>Respuesta aceptada: %1</numerusform>
            <numerusform>Respuestas aceptadas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>You did not rate yourself here.</source>
        <translation>No se evaluó aquí.</translation>
    </message>
    <message>
        <source>Your rating: %1: %2</source>
        <translation>Su evaluación: %1: %2</translation>
    </message>
    <message>
        <source>The parts to select</source>
        <translation>Las partes para seleccionar</translation>
    </message>
    <message>
        <source>The options</source>
        <translation>Las opciones</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Puntos: %1</translation>
    </message>
</context>
<context>
    <name>AnswerReviewCard</name>
    <message>
        <source>Flagged</source>
        <extracomment>the learner flagged this question while taking the quiz</extracomment>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>Why</source>
        <extracomment>heading of the explanation of a reviewed question</extracomment>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>AnswerReviewFilters</name>
    <message>
        <source>Your answers</source>
        <translation>Sus respuestas</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todas (%1)</translation>
    </message>
    <message>
        <source>Wrong or partly right (%1)</source>
        <translation>Incorrectas o parcialmente correctas (%1)</translation>
    </message>
    <message>
        <source>Flagged (%1)</source>
        <translation>Marcadas (%1)</translation>
    </message>
    <message>
        <source>Part of the quiz</source>
        <translation>Parte del cuestionario</translation>
    </message>
    <message>
        <source>No questions match this choice.</source>
        <translation>Ninguna pregunta coincide con esta elección.</translation>
    </message>
</context>
<context>
    <name>AnswerReviewPage</name>
    <message>
        <source>Your answers</source>
        <translation>Sus respuestas</translation>
    </message>
</context>
<context>
    <name>AttemptShapeText</name>
    <message>
        <source>%1 (%2 scored, %3)</source>
        <extracomment>%1 = &quot;64 questions&quot;, %2 = number of scored questions, %3 = &quot;4 self-ratings&quot;</extracomment>
        <translation>%1 (%2 con puntuación, %3)</translation>
    </message>
    <message>
        <source>%1 to %2 points</source>
        <extracomment>the points an attempt is worth depend on the questions drawn: %1 least, %2 most</extracomment>
        <translation>de %1 a %2 puntos</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>time limit %1</source>
        <translation>límite de tiempo %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>the quiz card: %1 = &quot;64 questions (60 scored, 4 self-ratings)&quot;, %2 = &quot;about 50 minutes&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, worth %2.</source>
        <extracomment>%1 = &quot;64 questions (60 scored, 4 self-ratings)&quot;, %2 = &quot;60 points&quot;</extracomment>
        <translation>%1, vale %2.</translation>
    </message>
    <message>
        <source>It takes %1; the time limit is %2, and when it runs out the quiz is submitted with the answers given.</source>
        <extracomment>%1 = &quot;about 50 minutes&quot;, %2 = &quot;30 minutes&quot;</extracomment>
        <translation>Dura %1; el límite de tiempo es %2, y cuando se acaba el cuestionario se entrega con las respuestas dadas.</translation>
    </message>
    <message>
        <source>It takes %1; you can stop at any time and continue later.</source>
        <extracomment>%1 = &quot;about 50 minutes&quot;</extracomment>
        <translation>Dura %1; puede parar en cualquier momento y continuar después.</translation>
    </message>
    <message>
        <source>This attempt had %1, worth %2.</source>
        <extracomment>%1 = &quot;64 questions (60 scored, 4 self-ratings)&quot;, %2 = &quot;60 points&quot;</extracomment>
        <translation>Este intento tuvo %1, valía %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-ratings</source>
        <translation>
            <numerusform>%n autoevaluación</numerusform>
            <numerusform>%n autoevaluaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each attempt draws its %n scored questions at random from %1, so two attempts differ.</source>
        <extracomment>%n = number of scored questions in an attempt, %1 = how many there are to draw from</extracomment>
        <translation>
            <numerusform>Cada intento elige al azar su %n pregunta puntuada de %1, así que dos intentos son distintos.</numerusform>
            <numerusform>Cada intento elige al azar sus %n preguntas puntuadas de %1, así que dos intentos son distintos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>unos %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Connect to a class</source>
        <translation>Conectarse a una clase</translation>
    </message>
    <message>
        <source>Paste the class address your instructor gave you; it starts with postgresql://. Your answers are saved on this computer first and then sent to the class, so nothing is lost when the network goes.</source>
        <translation>Pegue la dirección de la clase que le dio su instructor; empieza con postgresql://. Sus respuestas se guardan primero en esta computadora y después se envían a la clase, así que no se pierde nada si se cae la red.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <extracomment>%1 is the class address without its password</extracomment>
        <translation>Conexión con %1</translation>
    </message>
    <message>
        <source>Class address (postgresql://...)</source>
        <translation>Dirección de la clase (postgresql://...)</translation>
    </message>
    <message>
        <source>Class address</source>
        <translation>Dirección de la clase</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring. Where there is none, HIT Ready asks for it each time it starts; it is never written to a file.</source>
        <translation>La contraseña se guarda en el llavero de esta computadora. Donde no lo hay, HIT Ready la pide cada vez que se abre; nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Disconnect from the class</source>
        <translation>Desconectarse de la clase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ClassStatus</name>
    <message>
        <source>Your answers are kept on this computer and will be sent when the class server is back.</source>
        <translation>Sus respuestas se guardan en esta computadora y se enviarán cuando el servidor de la clase vuelva a funcionar.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>OK, hide this notice</source>
        <translation>Aceptar, ocultar este aviso</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Try to send your answers to the class now</source>
        <translation>Intentar enviar sus respuestas a la clase ahora</translation>
    </message>
    <message>
        <source>Class password</source>
        <translation>Contraseña de la clase</translation>
    </message>
    <message>
        <source>Use password</source>
        <translation>Usar contraseña</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Your answers are kept on this computer and will be sent when the class server is back.</source>
        <translation>Sus respuestas se guardan en esta computadora y se enviarán cuando el servidor de la clase vuelva a funcionar.</translation>
    </message>
    <message>
        <source>Your answers are on the class server.</source>
        <translation>Sus respuestas están en el servidor de la clase.</translation>
    </message>
    <message>
        <source>Waiting on this computer: %1. Run &apos;hitready-cli sync --db URL&apos; (or start the app) when the server is back.</source>
        <extracomment>%1 what is not yet sent, such as &quot;1 attempt (3 answers ... changed)&quot;</extracomment>
        <translation>Esperando en esta computadora: %1. Ejecute &apos;hitready-cli sync --db URL&apos; (o abra la aplicación) cuando el servidor vuelva a funcionar.</translation>
    </message>
    <message>
        <source>Show the quiz and HIT Ready&apos;s words in this language (a code such as es), where they are translated; the rest stays in the quiz&apos;s own language. Scores are the same in every language. Default: English words, the quiz&apos;s own language.</source>
        <translation>Muestra el cuestionario y las palabras de HIT Ready en este idioma (un código como es), donde estén traducidos; lo demás queda en el idioma propio del cuestionario. Las puntuaciones son iguales en todos los idiomas. Predeterminado: palabras en inglés, el idioma propio del cuestionario.</translation>
    </message>
    <message>
        <source>hitready-cli %1: unknown language &apos;%2&apos;: this quiz is written in %3, and HIT Ready&apos;s own words are in %4.</source>
        <extracomment>%1 the command, %2 the code typed, %3 the quiz&apos;s languages, %4 HIT Ready&apos;s own languages; the lists are codes such as &quot;en, es&quot;</extracomment>
        <translation>hitready-cli %1: idioma desconocido &apos;%2&apos;: este cuestionario está escrito en %3, y las palabras propias de HIT Ready están en %4.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos;.</source>
        <extracomment>%1 the command, such as &quot;hitready-cli score&quot;</extracomment>
        <translation>Ejecute &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>missing %1</source>
        <extracomment>%1 what the command needs, such as FILE</extracomment>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>too many arguments: expected %1</source>
        <extracomment>%1 what the command takes, such as FILE</extracomment>
        <translation>demasiados argumentos: se esperaba %1</translation>
    </message>
    <message>
        <source>training</source>
        <extracomment>a kind of recommendation, shown in brackets before its title</extracomment>
        <translation>formación</translation>
    </message>
    <message>
        <source>certification</source>
        <extracomment>a kind of recommendation, shown in brackets before its title</extracomment>
        <translation>certificación</translation>
    </message>
    <message>
        <source>experience</source>
        <extracomment>a kind of recommendation, shown in brackets before its title</extracomment>
        <translation>experiencia</translation>
    </message>
    <message>
        <source>course</source>
        <extracomment>a kind of recommendation, shown in brackets before its title</extracomment>
        <translation>curso</translation>
    </message>
    <message>
        <source>%1 points</source>
        <extracomment>%1 points earned of the most there were, such as &quot;3.7 / 15&quot;</extracomment>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>self-rating %1</source>
        <extracomment>%1 the learner&apos;s mean self-rating in this area, such as &quot;3.5 of 5&quot;</extracomment>
        <translation>autoevaluación %1</translation>
    </message>
    <message>
        <source>certainty %1</source>
        <extracomment>certainty-based mark of this area, %1 a number from -6 to 3</extracomment>
        <translation>certeza %1</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <extracomment>%1 the overall percent, with its level when the quiz gives one: &quot;72.0% (Ready)&quot;</extracomment>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Próximos pasos:</translation>
    </message>
    <message>
        <source>(this quiz gives no recommendation for these results)</source>
        <translation>(este cuestionario no da ninguna recomendación para estos resultados)</translation>
    </message>
    <message>
        <source>JSON object {&quot;&lt;item id&gt;&quot;: answer}; &apos;-&apos; reads standard input.</source>
        <translation>Objeto JSON {&quot;&lt;item id&gt;&quot;: respuesta}; &apos;-&apos; lee la entrada estándar.</translation>
    </message>
    <message>
        <source>Print the report as one JSON object (the same in every language).</source>
        <translation>Imprime el informe como un solo objeto JSON (igual en todos los idiomas).</translation>
    </message>
    <message>
        <source>Score the items an attempt with seed S draws (domains with &apos;draw&apos;); an answer to any other item is an error. Without it every item counts.</source>
        <translation>Puntúa los ítems que elige un intento con la semilla S (áreas con &apos;draw&apos;); una respuesta a cualquier otro ítem es un error. Sin esta opción cuentan todos los ítems.</translation>
    </message>
    <message>
        <source>Scores a set of answers against a quiz and prints the report and the recommendations. Nothing is stored.
Exit 0: scored; 1: problems in the quiz or the answers; 2: a file could not be read, or an unknown option or language.</source>
        <translation>Puntúa un conjunto de respuestas con un cuestionario e imprime el informe y las recomendaciones. No se guarda nada.
Salida 0: puntuado; 1: problemas en el cuestionario o en las respuestas; 2: no se pudo leer un archivo, o una opción o un idioma desconocido.</translation>
    </message>
    <message>
        <source>A quiz file (.yaml).</source>
        <translation>Un archivo de cuestionario (.yaml).</translation>
    </message>
    <message>
        <source>hitready-cli score: missing --answers ANSWERS.json</source>
        <translation>hitready-cli score: falta --answers ANSWERS.json</translation>
    </message>
    <message>
        <source>hitready-cli score: --seed takes a whole number from 0 to %1, not &apos;%2&apos;</source>
        <extracomment>%1 the largest seed, %2 what was typed</extracomment>
        <translation>hitready-cli score: --seed acepta un número entero de 0 a %1, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <extracomment>%1 a file name, %2 the system&apos;s reason</extracomment>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>answers files are limited to 16 MiB</source>
        <translation>los archivos de respuestas tienen un límite de 16 MiB</translation>
    </message>
    <message>
        <source>item &apos;%1&apos; is not drawn in an attempt with seed %2: it cannot be answered</source>
        <extracomment>%1 an item id, %2 a seed number</extracomment>
        <translation>el ítem &apos;%1&apos; no se elige en un intento con la semilla %2: no se puede responder</translation>
    </message>
    <message>
        <source>  Answer with an option letter or number (several for &apos;choose all&apos;: a,c), t or f,
  a rating 1-5, ids in order (b,a,c), pairs (icd=dx,pcs=inpt), a number or a text.
  Enter on an empty line skips. Commands: :back, :flag, :case (shows the case
  again), :quit (saves; run take again to continue), :submit.
</source>
        <extracomment>how to answer in the terminal; keep t, f, the ids and the commands (:back, :flag, :case, :quit, :submit) as they are: they are what the learner types</extracomment>
        <translation>  Responda con la letra o el número de una opción (varias para &apos;elija todas&apos;: a,c), t o f,
  una calificación 1-5, ids en orden (b,a,c), pares (icd=dx,pcs=inpt), un número o un texto.
  Enter en una línea vacía la salta. Comandos: :back, :flag, :case (muestra el caso
  otra vez), :quit (guarda; ejecute take otra vez para continuar), :submit.
</translation>
    </message>
    <message>
        <source>Question %1 of %2 - %3</source>
        <extracomment>%1 the question&apos;s number, %2 how many there are, %3 the area of the quiz it is in</extracomment>
        <translation>Pregunta %1 de %2 - %3</translation>
    </message>
    <message>
        <source>[flagged]</source>
        <extracomment>after the question&apos;s heading when the learner flagged it to come back to</extracomment>
        <translation>[marcada]</translation>
    </message>
    <message>
        <source>Your answer so far: %1</source>
        <extracomment>%1 the answer given so far, as typed (ids, numbers)</extracomment>
        <translation>Su respuesta hasta ahora: %1</translation>
    </message>
    <message>
        <source>How sure are you? l) low  m) medium  h) high  (Enter: low)</source>
        <extracomment>keep the letters l, m and h: they are what the learner types</extracomment>
        <translation>¿Qué tanta certeza tiene? l) poca  m) media  h) mucha  (Enter: poca)</translation>
    </message>
    <message>
        <source>Type l, m or h.</source>
        <extracomment>keep the letters l, m and h: they are what the learner types</extracomment>
        <translation>Escriba l, m o h.</translation>
    </message>
    <message>
        <source>That answer does not fit this question.</source>
        <translation>Esa respuesta no corresponde a esta pregunta.</translation>
    </message>
    <message>
        <source>  Type a number with a point for decimals: 12.5 (12,5 is not read as a number).
</source>
        <translation>  Escriba un número con un punto para los decimales: 12.5 (12,5 no se lee como número).
</translation>
    </message>
    <message>
        <source>Whose attempt this is (created if new; default: your user name).</source>
        <translation>De quién es este intento (se crea si es nuevo; predeterminado: su nombre de usuario).</translation>
    </message>
    <message>
        <source>Database file (default: %1), or a class URL (postgresql://...): the attempt is then taken on this computer&apos;s copy of the class and sent after each question; what cannot be sent waits for &apos;sync&apos;.</source>
        <extracomment>%1 the database file used when none is given</extracomment>
        <translation>Archivo de base de datos (predeterminado: %1), o una URL de clase (postgresql://...): el intento se hace entonces en la copia de la clase de esta computadora y se envía después de cada pregunta; lo que no se puede enviar espera a &apos;sync&apos;.</translation>
    </message>
    <message>
        <source>Start over: delete the unfinished attempt of this quiz (and its answers) and start a new one.</source>
        <translation>Empezar de nuevo: borra el intento sin terminar de este cuestionario (y sus respuestas) y empieza uno nuevo.</translation>
    </message>
    <message>
        <source>Seed of a new attempt: the same seed draws the same items in the same order (default: a random seed, printed). A resumed attempt keeps its own.</source>
        <translation>Semilla de un intento nuevo: la misma semilla elige los mismos ítems en el mismo orden (predeterminado: una semilla al azar, que se imprime). Un intento reanudado conserva la suya.</translation>
    </message>
    <message>
        <source>Takes a quiz in the terminal, one question at a time, storing each answer as it is given, and prints the report. A profile has at most one unfinished attempt per quiz: it is resumed where it stopped, from the version of the quiz it was started on. Answers can come from a script on standard input, one per line.
Exit 0: submitted or saved for later; 1: problems in the quiz; 2: the quiz or the database could not be read, or an unknown option or language.</source>
        <translation>Hace un cuestionario en la terminal, una pregunta a la vez, guarda cada respuesta al darla e imprime el informe. Un perfil tiene como máximo un intento sin terminar por cuestionario: se reanuda donde se detuvo, con la versión del cuestionario con la que empezó. Las respuestas pueden venir de un script por la entrada estándar, una por línea.
Salida 0: entregado o guardado para después; 1: problemas en el cuestionario; 2: no se pudo leer el cuestionario o la base de datos, o una opción o un idioma desconocido.</translation>
    </message>
    <message>
        <source>hitready-cli take: --seed takes a whole number from 0 to %1, not &apos;%2&apos;</source>
        <extracomment>%1 the largest seed, %2 what was typed</extracomment>
        <translation>hitready-cli take: --seed acepta un número entero de 0 a %1, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Deleted your unfinished attempt of %1 (--new).</source>
        <extracomment>%1 when the attempt was started (date and time)</extracomment>
        <translation>Se borró su intento sin terminar del %1 (--new).</translation>
    </message>
    <message>
        <source>The stored copy of this quiz was damaged; it was restored from %1 (the same version). Your answers are unchanged.</source>
        <extracomment>%1 the quiz file</extracomment>
        <translation>La copia guardada de este cuestionario estaba dañada; se restauró desde %1 (la misma versión). Sus respuestas no cambiaron.</translation>
    </message>
    <message>
        <source>Resuming your attempt of %1 (seed %2): %3 of %4 answered.</source>
        <extracomment>%1 when the attempt was started, %2 its seed, %3 questions answered, %4 questions</extracomment>
        <translation>Reanudando su intento del %1 (semilla %2): %3 de %4 respondidas.</translation>
    </message>
    <message>
        <source>The quiz file has changed since; this attempt keeps the version it was started on (--new starts over on the file as it is now).</source>
        <translation>El archivo del cuestionario cambió desde entonces; este intento conserva la versión con la que empezó (--new empieza de nuevo con el archivo tal como está ahora).</translation>
    </message>
    <message numerus="yes">
        <source>%n questions. The results are for exploration, not for screening.</source>
        <extracomment>after the quiz&apos;s title; %n the questions of this attempt</extracomment>
        <translation>
            <numerusform>%n pregunta. Los resultados son para explorar, no para selección.</numerusform>
            <numerusform>%n preguntas. Los resultados son para explorar, no para selección.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seed %1 (--seed %1 gives the same questions in the same order).</source>
        <extracomment>%1 the seed of this attempt</extracomment>
        <translation>Semilla %1 (--seed %1 da las mismas preguntas en el mismo orden).</translation>
    </message>
    <message>
        <source>Saved: %1 of %2 answered. Run the same command again to continue.</source>
        <extracomment>%1 questions answered, %2 questions in the attempt</extracomment>
        <translation>Guardado: %1 de %2 respondidas. Ejecute el mismo comando otra vez para continuar.</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Entregado.</translation>
    </message>
    <message>
        <source>(Choose all that apply.)</source>
        <translation>(Elija todas las que correspondan.)</translation>
    </message>
    <message>
        <source>True</source>
        <extracomment>the two answers of a true/false question; keep the letters t and f: they are typed</extracomment>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>(Type every id in the right order, e.g. %1)</source>
        <extracomment>%1 the ids of the steps as shown, such as &quot;b,a,c&quot;</extracomment>
        <translation>(Escriba todos los ids en el orden correcto, p. ej. %1)</translation>
    </message>
    <message>
        <source>with</source>
        <extracomment>between the two lists of a matching question: entries on the left &quot;with&quot; the right</extracomment>
        <translation>con</translation>
    </message>
    <message>
        <source>(Type pairs, e.g. %1; leave out any you skip.)</source>
        <extracomment>%1 an example pair of ids, such as &quot;icd=dx&quot;</extracomment>
        <translation>(Escriba pares, p. ej. %1; omita los que salte.)</translation>
    </message>
    <message>
        <source>(Type the ids of the parts you select, e.g. %1)</source>
        <extracomment>%1 the id of a part, such as &quot;sex&quot;</extracomment>
        <translation>(Escriba los ids de las partes que selecciona, p. ej. %1)</translation>
    </message>
    <message>
        <source>(Type a number with a point for decimals: 12.5, not 12,5)</source>
        <translation>(Escriba un número con un punto para los decimales: 12.5, no 12,5)</translation>
    </message>
    <message>
        <source>(Type a number with a point for decimals: 12.5, not 12,5; unit: %1)</source>
        <translation>(Escriba un número con un punto para los decimales: 12.5, no 12,5; unidad: %1)</translation>
    </message>
    <message>
        <source>(Type your answer on one line.)</source>
        <translation>(Escriba su respuesta en una sola línea.)</translation>
    </message>
    <message>
        <source>The right order: %1</source>
        <extracomment>%1 the step ids in the right order</extracomment>
        <translation>El orden correcto: %1</translation>
    </message>
    <message>
        <source>The right matches: %1</source>
        <extracomment>%1 the right pairs of ids, such as &quot;icd=dx,pcs=inpt&quot;</extracomment>
        <translation>Las parejas correctas: %1</translation>
    </message>
    <message>
        <source>The parts to select: %1</source>
        <extracomment>%1 the ids of the parts to select</extracomment>
        <translation>Las partes que hay que seleccionar: %1</translation>
    </message>
    <message>
        <source>%1 (give or take %2)</source>
        <extracomment>%1 the answer, %2 how far from it still counts, such as &quot;2&quot; or &quot;5%&quot;</extracomment>
        <translation>%1 (más o menos %2)</translation>
    </message>
    <message>
        <source>The answer: %1</source>
        <extracomment>%1 the right number, with its tolerance and unit</extracomment>
        <translation>La respuesta: %1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <extracomment>%1 the answers that count, separated by &quot; / &quot;</extracomment>
        <translation>Aceptadas: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 &quot;2 attempts&quot;, %2 &quot;14 answers, flags or confidences changed&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>what is waiting to be sent when nothing is</extracomment>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 (%2; %3), %4</source>
        <extracomment>%1 &quot;3 attempts&quot;, %2 &quot;1 new, 2 updated&quot;, %3 &quot;14 answers, flags or confidences changed&quot;, %4 &quot;0 discarded attempts&quot;</extracomment>
        <translation>%1 (%2; %3), %4</translation>
    </message>
    <message>
        <source>%1 new, %2 updated</source>
        <extracomment>attempts new on the class server, and ones it already had and now has in full</extracomment>
        <translation>nuevos: %1, actualizados: %2</translation>
    </message>
    <message>
        <source>Nothing to send: the class server %1 has everything taken on this computer.</source>
        <extracomment>%1 the class server&apos;s name</extracomment>
        <translation>No hay nada que enviar: el servidor de la clase %1 ya tiene todo lo que se hizo en esta computadora.</translation>
    </message>
    <message>
        <source>Still pending (kept on this computer): %1</source>
        <extracomment>%1 what is not yet sent, such as &quot;1 attempt (3 answers ... changed)&quot;</extracomment>
        <translation>Todavía pendiente (guardado en esta computadora): %1</translation>
    </message>
    <message>
        <source>Sent to %1: %2.</source>
        <extracomment>%1 the class server&apos;s name, %2 what was sent, such as &quot;1 attempt (1 new, 0 updated; ...)&quot;</extracomment>
        <translation>Enviado a %1: %2.</translation>
    </message>
    <message>
        <source>Still pending: nothing.</source>
        <translation>Todavía pendiente: nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n answers, flags or confidences changed</source>
        <extracomment>how many answers, flags or confidence choices of an attempt are new or changed</extracomment>
        <translation>
            <numerusform>%n respuesta, marca o certeza cambiada</numerusform>
            <numerusform>%n respuestas, marcas o certezas cambiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discarded attempts</source>
        <extracomment>attempts the learner discarded (started again), whose removal is sent to the server</extracomment>
        <translation>
            <numerusform>%n intento descartado</numerusform>
            <numerusform>%n intentos descartados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n questions read).</source>
        <extracomment>after a conversion: %1 = the file written, %2 = its format, n = questions imported</extracomment>
        <translation>
            <numerusform>Se escribió %1 (%2, %n pregunta leída).</numerusform>
            <numerusform>Se escribió %1 (%2, %n preguntas leídas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfidenceChoice</name>
    <message>
        <source>How sure are you of this answer?</source>
        <translation>¿Qué tanta certeza tiene de esta respuesta?</translation>
    </message>
    <message>
        <source>Being sure and right earns most; being sure and wrong costs most. Keys: Alt+1, Alt+2, Alt+3.</source>
        <translation>Tener certeza y acertar da más puntos; tener certeza y fallar quita más. Teclas: Alt+1, Alt+2, Alt+3.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Sin certeza</translation>
    </message>
    <message>
        <source>Fairly sure</source>
        <translation>Bastante certeza</translation>
    </message>
    <message>
        <source>Very sure</source>
        <translation>Mucha certeza</translation>
    </message>
</context>
<context>
    <name>CostlyItems</name>
    <message>
        <source>Not answered. </source>
        <translation>Sin responder. </translation>
    </message>
</context>
<context>
    <name>DomainBar</name>
    <message>
        <source>%1: no scored questions</source>
        <translation>%1: no hay preguntas con puntuación</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>a domain&apos;s score on the results: %1 a percent such as &quot;58%&quot;, %2 its level</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no scored questions</source>
        <translation>sin preguntas puntuadas</translation>
    </message>
    <message>
        <source>%1 points</source>
        <extracomment>points earned of the points there were, such as &quot;3.7 / 15 points&quot;</extracomment>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>Levels start at: %1</source>
        <extracomment>under a domain&apos;s bar: %1 the levels and where they start, such as &quot;Developing 50%, Ready 75%&quot;</extracomment>
        <translation>Los niveles empiezan en: %1</translation>
    </message>
</context>
<context>
    <name>DomainPicture</name>
    <message>
        <source>Your scores by area</source>
        <translation>Sus puntuaciones por área</translation>
    </message>
    <message>
        <source>Each bar is your score, 0 to 100%. Thin lines across a bar: where a level starts. Orange mark: how you rated yourself. Outlined span: the range your real score is likely in.</source>
        <translation>Cada barra es su puntuación, de 0 a 100 %. Líneas finas sobre una barra: dónde empieza un nivel. Marca naranja: cómo se evaluó usted. Tramo delineado: el rango en el que probablemente está su puntuación real.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past results</source>
        <translation>Resultados anteriores</translation>
    </message>
    <message>
        <source>No finished attempts yet.</source>
        <translation>Todavía no hay intentos terminados.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <extracomment>%1 = date, %2 = quiz title, %3 = overall percent and level</extracomment>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>no overall score</source>
        <translation>sin puntuación total</translation>
    </message>
    <message>
        <source>Review answers</source>
        <extracomment>opens the answer review of one past attempt</extracomment>
        <translation>Revisar respuestas</translation>
    </message>
    <message>
        <source>Your answers, the right answers and why, for this attempt</source>
        <translation>Sus respuestas, las respuestas correctas y por qué, de este intento</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Readiness quizzes for careers such as Health Information Technician. The results are for exploration, not for screening or hiring.</source>
        <translation>Cuestionarios de preparación para carreras como técnico en información de salud. Los resultados son para explorar, no para selección ni contratación.</translation>
    </message>
    <message>
        <source>Your answers cannot be saved: %1</source>
        <translation>No se pueden guardar sus respuestas: %1</translation>
    </message>
    <message>
        <source>%1 can only be read: your past results are here, but new answers cannot be saved. To take a quiz, start HIT Ready with --db and a file you may change.</source>
        <extracomment>%1 is the database file</extracomment>
        <translation>%1 solo se puede leer: aquí están sus resultados anteriores, pero no se pueden guardar respuestas nuevas. Para hacer un cuestionario, abra HIT Ready con --db y un archivo que se pueda modificar.</translation>
    </message>
    <message>
        <source>Who is taking the quiz?</source>
        <translation>¿Quién hace el cuestionario?</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>New profile name</source>
        <translation>Nombre del perfil nuevo</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Agregar perfil</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Continuar donde lo dejó</translation>
    </message>
    <message>
        <source>Past results</source>
        <translation>Resultados anteriores</translation>
    </message>
    <message>
        <source>Choose the same quiz below to continue from its file: if the file is the version you started, your answers are all there.</source>
        <translation>Elija abajo el mismo cuestionario para continuar desde su archivo: si el archivo es la versión que empezó, todas sus respuestas están ahí.</translation>
    </message>
    <message>
        <source>Choose a quiz</source>
        <translation>Elija un cuestionario</translation>
    </message>
    <message>
        <source>Add a profile first, so your answers are kept under your name.</source>
        <translation>Primero agregue un perfil, para que sus respuestas se guarden con su nombre.</translation>
    </message>
    <message>
        <source>No quiz files were found in %1 or %2.</source>
        <translation>No se encontraron archivos de cuestionario en %1 ni en %2.</translation>
    </message>
    <message>
        <source>Your own quizzes</source>
        <translation>Sus propios cuestionarios</translation>
    </message>
    <message>
        <source>Quiz files (.yaml) that you or your instructor put in this folder are listed above: %1</source>
        <extracomment>%1 = a folder on the learner&apos;s computer</extracomment>
        <translation>Los archivos de cuestionario (.yaml) que usted o su instructor pongan en esta carpeta aparecen arriba: %1</translation>
    </message>
    <message>
        <source>Look for new quiz files</source>
        <translation>Buscar archivos de cuestionario nuevos</translation>
    </message>
    <message>
        <source>Your class</source>
        <translation>Su clase</translation>
    </message>
    <message>
        <source>Your answers are sent to the class at %1.</source>
        <extracomment>%1 is the class address without its password</extracomment>
        <translation>Sus respuestas se envían a la clase en %1.</translation>
    </message>
    <message>
        <source>Taking quizzes for a class? Connect with the address your instructor gave you.</source>
        <translation>¿Hace cuestionarios para una clase? Conéctese con la dirección que le dio su instructor.</translation>
    </message>
    <message>
        <source>Class connection…</source>
        <translation>Conexión con la clase…</translation>
    </message>
    <message>
        <source>Connect to a class…</source>
        <translation>Conectarse a una clase…</translation>
    </message>
    <message>
        <source>For instructors</source>
        <translation>Para instructores</translation>
    </message>
    <message>
        <source>Instructor view (passphrase)</source>
        <translation>Vista del instructor (frase de acceso)</translation>
    </message>
</context>
<context>
    <name>HotTextItem</name>
    <message>
        <source>Select the parts that are wrong: click a boxed part, or reach it with Tab and press Space. The small number under a box only names the part; it is not in the record. A selected part is shaded and its number shows a ✓.</source>
        <extracomment>The record&apos;s parts are boxed; each box has a small numbered badge below it.</extracomment>
        <translation>Seleccione las partes que están mal: haga clic en una parte enmarcada, o llegue a ella con Tab y pulse Space. El número pequeño bajo un recuadro solo nombra la parte; no está en el registro. Una parte seleccionada se ve sombreada y su número muestra un ✓.</translation>
    </message>
</context>
<context>
    <name>HotTextPart</name>
    <message>
        <source>Part %1: %2, selected</source>
        <extracomment>%1 = part number, %2 = the exact text of that part</extracomment>
        <translation>Parte %1: %2, seleccionada</translation>
    </message>
    <message>
        <source>Part %1: %2, not selected</source>
        <extracomment>%1 = part number, %2 = the exact text of that part</extracomment>
        <translation>Parte %1: %2, no seleccionada</translation>
    </message>
</context>
<context>
    <name>InstructorPage</name>
    <message>
        <source>Save the item analysis as PDF</source>
        <translation>Guardar el análisis de ítems como PDF</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Collect hand-in files</source>
        <translation>Reunir archivos de entrega</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Reunir</translation>
    </message>
    <message>
        <source>Hand-in files (*.json)</source>
        <translation>Archivos de entrega (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Instructor view: how the items work</source>
        <translation>Vista del instructor: cómo funcionan los ítems</translation>
    </message>
    <message>
        <source>Choose a passphrase for the instructor view (at least 8 characters). Learners using this computer will need it to see the statistics.</source>
        <translation>Elija una frase de acceso para la vista del instructor (al menos 8 caracteres). Quienes estudien en esta computadora la necesitarán para ver las estadísticas.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de acceso nueva</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase de acceso otra vez</translation>
    </message>
    <message>
        <source>Set the passphrase</source>
        <translation>Establecer la frase de acceso</translation>
    </message>
    <message>
        <source>Instructor passphrase</source>
        <translation>Frase de acceso del instructor</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Every attempt (not only each learner&apos;s first)</source>
        <translation>Todos los intentos (no solo el primero de cada estudiante)</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Guardar informe como PDF</translation>
    </message>
    <message>
        <source>Collect hand-in files…</source>
        <extracomment>adds learners&apos; hand-in files to this computer&apos;s database</extracomment>
        <translation>Reunir archivos de entrega…</translation>
    </message>
    <message>
        <source>Adds the results learners handed in as files</source>
        <translation>Agrega los resultados que los estudiantes entregaron en archivos</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>%1: %2 attempts, mean %3%, SD %4%, alpha %5%, SEM %6%.</source>
        <extracomment>a quiz or domain summary; alpha = Cronbach&apos;s alpha, SEM = standard error of measurement</extracomment>
        <translation>%1: %2 intentos, media %3%, DE %4%, alfa %5%, SEM %6%.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ítems</translation>
    </message>
    <message>
        <source>Facility: mean mark in percent. Discrimination: how well the item separates strong from weak learners. Sort by a figure; the same button again reverses the order. Press Enter on an item to see how often each answer was given.</source>
        <translation>Facilidad: nota media en por ciento. Discriminación: qué tan bien el ítem separa a estudiantes fuertes de débiles. Ordene por una cifra; el mismo botón otra vez invierte el orden. Pulse Enter en un ítem para ver cuántas veces se dio cada respuesta.</translation>
    </message>
    <message>
        <source>Quiz order</source>
        <translation>Orden original</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facilidad</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discriminación</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Eficiencia</translation>
    </message>
    <message>
        <source>Effective weight</source>
        <translation>Peso efectivo</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Preview a quiz file</source>
        <translation>Vista previa de un archivo de cuestionario</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Quiz files (*.yaml *.yml)</source>
        <translation>Archivos de cuestionario (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Preview a quiz file…</source>
        <translation>Vista previa de un archivo de cuestionario…</translation>
    </message>
    <message>
        <source>Opens a window that shows a quiz file&apos;s items as learners see them and follows every save.</source>
        <translation>Abre una ventana que muestra los ítems de un archivo de cuestionario como los ven los estudiantes y sigue cada vez que se guarda.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished attempts counted.</source>
        <translation>
            <numerusform>Se contó %n intento terminado.</numerusform>
            <numerusform>Se contaron %n intentos terminados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>This quiz measures:</source>
        <translation>Este cuestionario mide:</translation>
    </message>
    <message>
        <source>Practice mode: after each answer you see whether it was right, and why.</source>
        <translation>Modo de práctica: después de cada respuesta ve si estaba bien, y por qué.</translation>
    </message>
    <message>
        <source>Assessment mode: you see your results and the explanations at the end.</source>
        <translation>Modo de evaluación: ve sus resultados y las explicaciones al final.</translation>
    </message>
    <message>
        <source>Some questions ask you to rate yourself. They are not scored: your results show them next to your measured score.</source>
        <translation>Algunas preguntas le piden que se evalúe. No tienen puntuación: sus resultados las muestran junto a su puntuación medida.</translation>
    </message>
    <message>
        <source>This quiz is for exploration: it helps you decide what to learn next. It is not a screening or a hiring test.</source>
        <translation>Este cuestionario es para explorar: le ayuda a decidir qué aprender después. No es una prueba de selección ni de contratación.</translation>
    </message>
    <message>
        <source>You started this quiz on %1 and have not submitted it. Continuing takes you back to where you left off, with your answers.</source>
        <extracomment>%1 = date and time the unfinished attempt was started</extracomment>
        <translation>Empezó este cuestionario el %1 y no lo ha entregado. Si continúa, vuelve a donde lo dejó, con sus respuestas.</translation>
    </message>
    <message>
        <source>Continue the quiz</source>
        <translation>Continuar el cuestionario</translation>
    </message>
    <message>
        <source>Start the quiz</source>
        <translation>Comenzar el cuestionario</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start over? The answers you gave in the unfinished attempt are deleted, and a new attempt begins.</source>
        <translation>¿Empezar de nuevo? Se borran las respuestas del intento sin terminar y comienza un intento nuevo.</translation>
    </message>
    <message>
        <source>Keep my answers</source>
        <translation>Conservar mis respuestas</translation>
    </message>
    <message>
        <source>Delete my answers and start over</source>
        <translation>Borrar mis respuestas y empezar de nuevo</translation>
    </message>
    <message>
        <source>This translation has not yet been checked by a fluent reviewer.</source>
        <translation>Esta traducción todavía no la ha revisado una persona con dominio del idioma.</translation>
    </message>
</context>
<context>
    <name>ItemStatisticsRow</name>
    <message>
        <source>%1 attempts · facility %2 · discrimination %3 · efficiency %4 · effective weight %5</source>
        <extracomment>item statistics: %1 attempts, %2 facility, %3 discrimination, %4 efficiency, %5 effective weight</extracomment>
        <translation>%1 intentos · facilidad %2 · discriminación %3 · eficiencia %4 · peso efectivo %5</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Segundo idioma</translation>
    </message>
    <message>
        <source>Show a second language</source>
        <translation>Mostrar un segundo idioma</translation>
    </message>
</context>
<context>
    <name>LearnerShell</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>HIT Ready</source>
        <translation>HIT Ready</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Text size, percent</source>
        <translation>Tamaño del texto, por ciento</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Hide text size, contrast and language</source>
        <translation>Ocultar tamaño de texto, contraste e idioma</translation>
    </message>
    <message>
        <source>Text size, contrast and language</source>
        <translation>Tamaño de texto, contraste e idioma</translation>
    </message>
</context>
<context>
    <name>LikertItem</name>
    <message>
        <source>Rate yourself from 1 to 5. This is not scored; choose the description closest to you.</source>
        <translation>Evalúese del 1 al 5. No tiene puntuación; elija la descripción que más se parezca a usted.</translation>
    </message>
    <message>
        <source>%1 of 5: %2</source>
        <extracomment>%1 = rating 1-5, %2 = what that rating looks like</extracomment>
        <translation>%1 de 5: %2</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>HIT Ready</source>
        <translation>HIT Ready</translation>
    </message>
</context>
<context>
    <name>MatchingItem</name>
    <message>
        <source>Choose the match for each entry. Some choices may not be used.</source>
        <translation>Elija la pareja de cada entrada. Algunas opciones pueden quedar sin usar.</translation>
    </message>
    <message>
        <source>Match for %1</source>
        <extracomment>%1 = the entry to match</extracomment>
        <translation>Pareja de %1</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceItem</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>Elija todas las que correspondan.</translation>
    </message>
</context>
<context>
    <name>OptionRow</name>
    <message>
        <source>Right answer.</source>
        <translation>Respuesta correcta.</translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation>No es correcta.</translation>
    </message>
</context>
<context>
    <name>OrderingItem</name>
    <message>
        <source>Put the steps in order, first step at the top. Select a step, then press Ctrl+Up or Ctrl+Down to move it.</source>
        <translation>Ponga los pasos en orden, el primero arriba. Seleccione un paso y pulse Ctrl+Up o Ctrl+Down para moverlo.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 = position, %2 = number of steps, %3 = the step</extracomment>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move step %1 up</source>
        <translation>Subir el paso %1</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move step %1 down</source>
        <translation>Bajar el paso %1</translation>
    </message>
    <message>
        <source>This order is my answer</source>
        <translation>Este orden es mi respuesta</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Your next steps</source>
        <translation>Sus próximos pasos</translation>
    </message>
    <message>
        <source>This quiz gives no recommendation for these results.</source>
        <translation>Este cuestionario no da ninguna recomendación para estos resultados.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message numerus="yes">
        <source>%n problems in the file as saved: the preview shows the last version that loaded.</source>
        <translation>
            <numerusform>%n problema en el archivo guardado: la vista previa muestra la última versión que se cargó.</numerusform>
            <numerusform>%n problemas en el archivo guardado: la vista previa muestra la última versión que se cargó.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: every save shows here at once. Nothing you answer here is saved.</source>
        <translation>%1: cada vez que guarde, el cambio aparece aquí de inmediato. Nada de lo que responda aquí se guarda.</translation>
    </message>
    <message>
        <source>Hide the rule explorer</source>
        <translation>Ocultar el explorador de reglas</translation>
    </message>
    <message>
        <source>Show the rule explorer</source>
        <translation>Mostrar el explorador de reglas</translation>
    </message>
    <message>
        <source>The sliders that try the quiz&apos;s recommendation rules.</source>
        <translation>Los controles deslizantes que prueban las reglas de recomendación del cuestionario.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems and warnings</source>
        <extracomment>heading over the list of problems and warnings: %n = how many</extracomment>
        <translation>
            <numerusform>%n problema o advertencia</numerusform>
            <numerusform>%n problemas y advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemas en el archivo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <extracomment>heading over the list of the quiz&apos;s items: %n = how many</extracomment>
        <translation>
            <numerusform>%n ítem</numerusform>
            <numerusform>%n ítems</numerusform>
        </translation>
    </message>
    <message>
        <source>Items of the quiz</source>
        <translation>Ítems del cuestionario</translation>
    </message>
    <message>
        <source>Item %1, %2: %3</source>
        <extracomment>an item in the preview&apos;s list: %1 = its number, %2 = its id, %3 = its prompt&apos;s start</extracomment>
        <translation>Ítem %1, %2: %3</translation>
    </message>
    <message>
        <source>Item %1 of %2 (%3)</source>
        <extracomment>%1 = item number, %2 = number of items, %3 = the item&apos;s id</extracomment>
        <translation>Ítem %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>This file has not loaded yet. Fix the problems listed on the left and save: the preview follows.</source>
        <translation>Este archivo todavía no se ha cargado. Corrija los problemas de la lista de la izquierda y guarde: la vista previa se actualiza.</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Ítem anterior</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Ítem siguiente</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Borrar la respuesta</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Preview: %1</source>
        <extracomment>window title: %1 = the quiz file&apos;s name</extracomment>
        <translation>Vista previa: %1</translation>
    </message>
</context>
<context>
    <name>QuestionBankImportPanel</name>
    <message>
        <source>Import a question bank</source>
        <translation>Importar un banco de preguntas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Question banks (*.gift *.txt *.xml *.zip *.yaml *.yml)</source>
        <translation>Bancos de preguntas (*.gift *.txt *.xml *.zip *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a question bank…</source>
        <translation>Importar un banco de preguntas…</translation>
    </message>
    <message>
        <source>Reads GIFT, Moodle XML or QTI 3 questions into a new quiz file in your quiz folder and opens it in the preview.</source>
        <translation>Lee preguntas GIFT, Moodle XML o QTI 3 en un nuevo archivo de cuestionario en su carpeta de cuestionarios y lo abre en la vista previa.</translation>
    </message>
</context>
<context>
    <name>QuestionPalette</name>
    <message>
        <source>Question palette</source>
        <translation>Lista de preguntas</translation>
    </message>
    <message>
        <source>Question %1, %2</source>
        <extracomment>palette cell: %1 = question number, %2 = answered / flagged / not answered</extracomment>
        <translation>Pregunta %1, %2</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marcada</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Correct.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Partly correct.</source>
        <translation>Parcialmente correcto.</translation>
    </message>
    <message>
        <source>Not correct.</source>
        <translation>Incorrecto.</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Comprobar mi respuesta</translation>
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <source>Start %1</source>
        <translation>Comenzar %1</translation>
    </message>
    <message>
        <source>%1 · edition %2</source>
        <extracomment>%1 = e.g. &quot;64 questions (60 scored, 4 self-ratings) · about 50 minutes&quot;, %2 = quiz edition</extracomment>
        <translation>%1 · edición %2</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>from your own quiz folder</source>
        <translation>de su carpeta de cuestionarios</translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation>Mide: %1</translation>
    </message>
    <message>
        <source>This quiz file has a problem: %1</source>
        <translation>Este archivo de cuestionario tiene un problema: %1</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Question %1 of %2</source>
        <extracomment>%1 = question number, %2 = number of questions</extracomment>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <extracomment>time left in the quiz: %1 = minutes:seconds, such as 5:30</extracomment>
        <translation>Tiempo restante: %1</translation>
    </message>
    <message>
        <source>less than 5 minutes. Your answers so far are saved; at zero the quiz is submitted.</source>
        <translation>menos de 5 minutos. Sus respuestas hasta ahora están guardadas; al llegar a cero se entrega el cuestionario.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <source>All questions (filled: answered, ⚑: flagged). Keys: 1-9 choose, Alt+N next, Alt+P previous, Alt+F flag, Alt+R review.</source>
        <translation>Todas las preguntas (llena: respondida, ⚑: marcada). Teclas: 1-9 elegir, Alt+N siguiente, Alt+P anterior, Alt+F marcar, Alt+R revisar.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>Quitar marca</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Marcar para revisar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>Revisar y entregar</translation>
    </message>
    <message>
        <source>Save and leave</source>
        <translation>Guardar y salir</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <source>You gave every self-rating question the same answer (%1). Self-ratings help most when each one describes that area alone; consider whether they all fit.</source>
        <extracomment>%1 the one rating given to every self-rating question, e.g. &quot;3 of 5&quot;</extracomment>
        <translation>Dio la misma respuesta a todas las preguntas de autoevaluación (%1). Las autoevaluaciones ayudan más cuando cada una describe solo esa área; piense si todas le corresponden.</translation>
    </message>
    <message>
        <source>These results are for your own exploration and planning. They are not a screening, hiring or admission decision, and they do not certify any skill.</source>
        <translation>Estos resultados son para que usted explore y planifique. No son una decisión de selección, contratación ni admisión, y no certifican ninguna habilidad.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Hand in your results</source>
        <translation>Entregar sus resultados</translation>
    </message>
    <message>
        <source>Hand-in files (*.json)</source>
        <translation>Archivos de entrega (*.json)</translation>
    </message>
    <message>
        <source>Your time ran out, so the quiz was submitted with the answers you had given. Questions you had not answered count as not correct.</source>
        <translation>Se acabó el tiempo, así que el cuestionario se entregó con las respuestas que había dado. Las preguntas sin responder cuentan como incorrectas.</translation>
    </message>
    <message>
        <source>Overall: no scored questions</source>
        <translation>Total: no hay preguntas con puntuación</translation>
    </message>
    <message>
        <source>See your next steps</source>
        <translation>Ver sus próximos pasos</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Hand in results…</source>
        <extracomment>writes this learner&apos;s finished attempts to a file for the instructor</extracomment>
        <translation>Entregar resultados…</translation>
    </message>
    <message>
        <source>Saves your finished attempts in one file to give to your instructor</source>
        <translation>Guarda sus intentos terminados en un archivo para dárselo a su instructor</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Where you lost the most points</source>
        <translation>Dónde perdió más puntos</translation>
    </message>
    <message>
        <source>Overall: %1 %2</source>
        <extracomment>%1 the overall percent such as &quot;58%&quot;, %2 &quot;— &quot; and its level, or nothing</extracomment>
        <translation>Total: %1 %2</translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation>Su próximo paso</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>the first recommendation on the results: %1 its kind (&quot;Training&quot;), %2 its title</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This quiz gives no recommendation for these results.</source>
        <translation>Este cuestionario no da ninguna recomendación para estos resultados.</translation>
    </message>
    <message>
        <source>Review your answers</source>
        <translation>Revisar sus respuestas</translation>
    </message>
    <message>
        <source>Each question with your answer, the right answer and why</source>
        <translation>Cada pregunta con su respuesta, la respuesta correcta y por qué</translation>
    </message>
    <message>
        <source>Include your answers in the PDF</source>
        <translation>Incluir sus respuestas en el PDF</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and submit</source>
        <translation>Revisar y entregar</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions. %3 are flagged for review.</source>
        <extracomment>%1 answered, %2 total, %3 flagged</extracomment>
        <translation>Respondió %1 de %2 preguntas. %3 están marcadas para revisar.</translation>
    </message>
    <message>
        <source>Every question is answered and none is flagged.</source>
        <translation>Todas las preguntas tienen respuesta y ninguna está marcada.</translation>
    </message>
    <message>
        <source>Question %1 (%2): %3</source>
        <extracomment>%1 = question number, %2 = status, %3 = start of the question</extracomment>
        <translation>Pregunta %1 (%2): %3</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marcada</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>Submit my answers</source>
        <translation>Entregar mis respuestas</translation>
    </message>
    <message>
        <source>Submit your answers?</source>
        <translation>¿Entregar sus respuestas?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 questions are not answered; they will count as wrong. After submitting you cannot change your answers.</source>
        <translation>%1 preguntas no tienen respuesta; contarán como incorrectas. Después de entregar no puede cambiar sus respuestas.</translation>
    </message>
    <message>
        <source>After submitting you cannot change your answers.</source>
        <translation>Después de entregar no puede cambiar sus respuestas.</translation>
    </message>
</context>
<context>
    <name>RuleExplorer</name>
    <message>
        <source>Rule explorer</source>
        <translation>Explorador de reglas</translation>
    </message>
    <message>
        <source>Set a learner&apos;s score in each domain to see the overall score and the recommendations that learner would get.</source>
        <translation>Fije la puntuación de un estudiante en cada área para ver la puntuación total y las recomendaciones que recibiría ese estudiante.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = a domain&apos;s title, %2 = its percent (&quot;Ethics and privacy: 58%&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <extracomment>%1 = the overall percent and level (&quot;58% (Developing)&quot;)</extracomment>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Self-rating in %1: %2</source>
        <extracomment>%1 = a domain&apos;s title, %2 = a rating (&quot;3.5 of 5&quot;) or &quot;not answered&quot;</extracomment>
        <translation>Autoevaluación en %1: %2</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <extracomment>%1 = the level band of a domain&apos;s percent (&quot;Developing&quot;)</extracomment>
        <translation>Nivel: %1</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Recommendations given</source>
        <translation>Recomendaciones dadas</translation>
    </message>
    <message>
        <source>%1 of the quiz&apos;s %2</source>
        <extracomment>%1 = how many recommendations hold, %2 = how many the quiz has</extracomment>
        <translation>%1 de las %2 del cuestionario</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
</context>
<context>
    <name>ScoreNotes</name>
    <message>
        <source>How sure these numbers are</source>
        <translation>Qué tan seguras son estas cifras</translation>
    </message>
    <message>
        <source>The outlined span on each bar is the range your real score is likely in. Until many learners have taken the quiz, it is worked out from your own answers (95% sure), so a part with few questions has a wide span, even at 0% or 100%. After that, it comes from how much the quiz&apos;s scores vary.</source>
        <extracomment>explains the outlined span drawn on each domain&apos;s bar</extracomment>
        <translation>El recuadro en cada barra es el rango en el que probablemente está su puntuación real. Hasta que muchas personas hayan hecho el cuestionario, se calcula a partir de sus propias respuestas (con un 95% de seguridad), por eso una parte con pocas preguntas tiene un recuadro ancho, incluso con 0% o 100%. Después, se basa en cuánto varían las puntuaciones del cuestionario.</translation>
    </message>
</context>
<context>
    <name>SingleChoiceItem</name>
    <message>
        <source>Choose one answer.</source>
        <translation>Elija una respuesta.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Your domain scores across attempts</source>
        <translation>Sus puntuaciones por área en cada intento</translation>
    </message>
</context>
<context>
    <name>TrueFalseItem</name>
    <message>
        <source>Is this statement true or false?</source>
        <translation>¿Esta afirmación es verdadera o falsa?</translation>
    </message>
</context>
<context>
    <name>TypedAnswerItem</name>
    <message>
        <source>Type a number. Use a point for decimals, for example 12.5.</source>
        <translation>Escriba un número. Use un punto para los decimales, por ejemplo 12.5.</translation>
    </message>
    <message>
        <source>Type your answer.</source>
        <translation>Escriba su respuesta.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Su número</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Correct.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Partly correct.</source>
        <translation>Parcialmente correcto.</translation>
    </message>
    <message>
        <source>Not correct.</source>
        <translation>Incorrecto.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Your overall score is %1.</source>
        <extracomment>%1 the learner&apos;s overall percent</extracomment>
        <translation>Su puntuación total es %1.</translation>
    </message>
    <message>
        <source>Your score in %1 is %2.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s percent in it</extracomment>
        <translation>Su puntuación en %1 es %2.</translation>
    </message>
    <message>
        <source>You rated yourself %2 in %1.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s self-rating such as &quot;4 of 5&quot;</extracomment>
        <translation>Usted se evaluó con %2 en %1.</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percent: %1 is the number, written the language&apos;s way (&quot;58&quot;, &quot;83.3&quot;); write the percent sign as the language does (&quot;58 %&quot; in Spanish)</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no scored items</source>
        <extracomment>in place of a percent: the area had no questions that count for points</extracomment>
        <translation>no hay preguntas con puntuación</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a percent such as &quot;58%&quot;, %2 the level the quiz gives it, such as &quot;Developing&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>points earned of the points there were: %1 earned, %2 the most there were, &quot;3.7 / 15&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <extracomment>a self-rating on a five-point scale, e.g. &quot;4 of 5&quot; or &quot;3.5 of 5&quot;</extracomment>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>This step is suggested to every learner.</source>
        <translation>Este paso se sugiere a todos los estudiantes.</translation>
    </message>
    <message numerus="yes">
        <source>When you were very sure, you were right %1 of %n times.</source>
        <extracomment>%n answers given as &quot;very sure&quot;; %1 how many of them were right</extracomment>
        <translation>
            <numerusform>Cuando tenía mucha certeza, acertó %1 de %n vez.</numerusform>
            <numerusform>Cuando tenía mucha certeza, acertó %1 de %n veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When you were not sure, you were right %1 of %n times.</source>
        <extracomment>%n answers given as &quot;not sure&quot;; %1 how many of them were right</extracomment>
        <translation>
            <numerusform>Cuando no tenía certeza, acertó %1 de %n vez.</numerusform>
            <numerusform>Cuando no tenía certeza, acertó %1 de %n veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When you were fairly sure, you were right %1 of %n times.</source>
        <extracomment>%n answers given as &quot;fairly sure&quot;; %1 how many of them were right</extracomment>
        <translation>
            <numerusform>Cuando tenía bastante certeza, acertó %1 de %n vez.</numerusform>
            <numerusform>Cuando tenía bastante certeza, acertó %1 de %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certainty-weighted score: %1 per question, on a scale from -6 to 3 (1 is every answer right but not sure; 3 is every answer right and very sure).</source>
        <extracomment>certainty-based marking: %1 is the mean mark per question, between -6 and 3</extracomment>
        <translation>Puntuación según la certeza: %1 por pregunta, en una escala de -6 a 3 (1 es todas las respuestas correctas pero sin certeza; 3 es todas correctas y con mucha certeza).</translation>
    </message>
    <message>
        <source>You rated yourself %1 in %2; you scored %3.</source>
        <extracomment>%1 a self-rating such as &quot;4 of 5&quot;, %2 a domain title, %3 a percent such as &quot;42%&quot;</extracomment>
        <translation>Usted se evaluó con %1 en %2; obtuvo %3.</translation>
    </message>
    <message numerus="yes">
        <source>About ±%1 points: the measurement error of this part of the quiz, from %n attempts by all learners.</source>
        <extracomment>%1 percentage points either side of the score; %n finished attempts of the quiz</extracomment>
        <translation>
            <numerusform>Aproximadamente ±%1 puntos: el error de medición de esta parte del cuestionario, según %n intento de todos los estudiantes.</numerusform>
            <numerusform>Aproximadamente ±%1 puntos: el error de medición de esta parte del cuestionario, según %n intentos de todos los estudiantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time limit: %n minutes; the attempt is submitted when it runs out.</source>
        <extracomment>%n the quiz&apos;s time limit in whole minutes</extracomment>
        <translation>
            <numerusform>Límite de tiempo: %n minuto; el intento se entrega cuando se acaba.</numerusform>
            <numerusform>Límite de tiempo: %n minutos; el intento se entrega cuando se acaba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time limit: %1 minutes; the attempt is submitted when it runs out.</source>
        <extracomment>%1 a number of minutes with a fraction, such as 7.5</extracomment>
        <translation>Límite de tiempo: %1 minutos; el intento se entrega cuando se acaba.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>the time left in a timed quiz; %1 minutes:seconds, such as 12:05</extracomment>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>Time is up: the attempt is submitted with the answers given so far.</source>
        <translation>Se acabó el tiempo: el intento se entrega con las respuestas dadas hasta ahora.</translation>
    </message>
    <message>
        <source>The time limit had run out: the attempt was submitted with the answers given.</source>
        <translation>Se había acabado el tiempo: el intento se entregó con las respuestas dadas.</translation>
    </message>
    <message>
        <source>Your overall score, %1, is %2 or more and under %3.</source>
        <extracomment>%1 the learner&apos;s overall percent, %2 and %3 bounds such as &quot;50%&quot;</extracomment>
        <translation>Su puntuación total, %1, es de %2 o más y menos de %3.</translation>
    </message>
    <message>
        <source>Your overall score, %1, is from %2 to %3.</source>
        <extracomment>%1 the learner&apos;s overall percent, %2 and %3 bounds such as &quot;50%&quot;</extracomment>
        <translation>Su puntuación total, %1, está entre %2 y %3.</translation>
    </message>
    <message>
        <source>Your overall score, %1, is %2 or more.</source>
        <extracomment>%1 the learner&apos;s overall percent, %2 the lowest that counts, such as &quot;70%&quot;</extracomment>
        <translation>Su puntuación total, %1, es de %2 o más.</translation>
    </message>
    <message>
        <source>Your overall score, %1, is under %2.</source>
        <extracomment>%1 the learner&apos;s overall percent, %2 a bound such as &quot;50%&quot;</extracomment>
        <translation>Su puntuación total, %1, es menor de %2.</translation>
    </message>
    <message>
        <source>Your overall score, %1, is %2 or less.</source>
        <extracomment>%1 the learner&apos;s overall percent, %2 a bound such as &quot;50%&quot;</extracomment>
        <translation>Su puntuación total, %1, es de %2 o menos.</translation>
    </message>
    <message>
        <source>Your score in %1, %2, is %3 or more and under %4.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s percent in it, %3 and %4 bounds</extracomment>
        <translation>Su puntuación en %1, %2, es de %3 o más y menos de %4.</translation>
    </message>
    <message>
        <source>Your score in %1, %2, is from %3 to %4.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s percent in it, %3 and %4 bounds</extracomment>
        <translation>Su puntuación en %1, %2, está entre %3 y %4.</translation>
    </message>
    <message>
        <source>Your score in %1, %2, is %3 or more.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s percent in it, %3 the lowest that counts</extracomment>
        <translation>Su puntuación en %1, %2, es de %3 o más.</translation>
    </message>
    <message>
        <source>Your score in %1, %2, is under %3.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s percent in it, %3 a bound</extracomment>
        <translation>Su puntuación en %1, %2, es menor de %3.</translation>
    </message>
    <message>
        <source>Your score in %1, %2, is %3 or less.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s percent in it, %3 a bound</extracomment>
        <translation>Su puntuación en %1, %2, es de %3 o menos.</translation>
    </message>
    <message>
        <source>You rated yourself %2 in %1, which is %3 or more and under %4.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s self-rating such as &quot;4 of 5&quot;, %3 and %4 bounds such as &quot;3 of 5&quot;</extracomment>
        <translation>Usted se calificó con %2 en %1, que es %3 o más y menos de %4.</translation>
    </message>
    <message>
        <source>You rated yourself %2 in %1, which is from %3 to %4.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s self-rating such as &quot;4 of 5&quot;, %3 and %4 bounds such as &quot;3 of 5&quot;</extracomment>
        <translation>Usted se calificó con %2 en %1, que está entre %3 y %4.</translation>
    </message>
    <message>
        <source>You rated yourself %2 in %1, which is %3 or more.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s self-rating such as &quot;4 of 5&quot;, %3 a bound</extracomment>
        <translation>Usted se calificó con %2 en %1, que es %3 o más.</translation>
    </message>
    <message>
        <source>You rated yourself %2 in %1, which is under %3.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s self-rating such as &quot;2 of 5&quot;, %3 a bound</extracomment>
        <translation>Usted se calificó con %2 en %1, que es menos de %3.</translation>
    </message>
    <message>
        <source>You rated yourself %2 in %1, which is %3 or less.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s self-rating such as &quot;2 of 5&quot;, %3 a bound</extracomment>
        <translation>Usted se calificó con %2 en %1, que es %3 o menos.</translation>
    </message>
    <message numerus="yes">
        <source>Likely between %1 and %2: from only %n questions, a score can be off by this much.</source>
        <extracomment>%1 and %2 percents such as &quot;0%&quot; and &quot;43%&quot;: the range the learner&apos;s real score likely lies in (95%); %n scored questions in this area</extracomment>
        <translation>
            <numerusform>Probablemente entre %1 y %2: con solo %n pregunta, una puntuación puede desviarse tanto.</numerusform>
            <numerusform>Probablemente entre %1 y %2: con solo %n preguntas, una puntuación puede desviarse tanto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::AnswerReviewModel</name>
    <message numerus="yes">
        <source>%n right</source>
        <translation>
            <numerusform>%n correcta</numerusform>
            <numerusform>%n correctas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly right</source>
        <translation>
            <numerusform>%n parcialmente correcta</numerusform>
            <numerusform>%n parcialmente correctas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong</source>
        <translation>
            <numerusform>%n incorrecta</numerusform>
            <numerusform>%n incorrectas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answered</source>
        <translation>
            <numerusform>%n sin responder</numerusform>
            <numerusform>%n sin responder</numerusform>
        </translation>
    </message>
    <message>
        <source>Every part of the quiz</source>
        <extracomment>the choice of the review&apos;s domain filter that lists every domain</extracomment>
        <translation>Todas las partes del cuestionario</translation>
    </message>
</context>
<context>
    <name>hitready::AttemptController</name>
    <message>
        <source>No learner database is open.</source>
        <translation>No hay ninguna base de datos de estudiantes abierta.</translation>
    </message>
    <message>
        <source>The attempt could not be started: %1</source>
        <translation>No se pudo comenzar el intento: %1</translation>
    </message>
    <message>
        <source>The attempt could not be discarded: %1</source>
        <translation>No se pudo descartar el intento: %1</translation>
    </message>
    <message>
        <source>The attempt could not be resumed: %1</source>
        <translation>No se pudo reanudar el intento: %1</translation>
    </message>
    <message>
        <source>No question is open.</source>
        <translation>No hay ninguna pregunta abierta.</translation>
    </message>
    <message>
        <source>The flag could not be saved: %1</source>
        <translation>No se pudo guardar la marca: %1</translation>
    </message>
    <message>
        <source>There is no question %1.</source>
        <translation>No existe la pregunta %1.</translation>
    </message>
    <message>
        <source>The position could not be saved: %1</source>
        <translation>No se pudo guardar la posición: %1</translation>
    </message>
    <message>
        <source>No attempt is open.</source>
        <translation>No hay ningún intento abierto.</translation>
    </message>
    <message>
        <source>The attempt could not be submitted: %1</source>
        <translation>No se pudo entregar el intento: %1</translation>
    </message>
    <message>
        <source>This attempt is submitted; its answers can no longer change.</source>
        <translation>Este intento ya se entregó; sus respuestas ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>That answer does not fit this question.</source>
        <translation>Esa respuesta no corresponde a esta pregunta.</translation>
    </message>
    <message>
        <source>In practice mode an answer is final once its feedback is shown.</source>
        <translation>En el modo de práctica, una respuesta es final una vez que se muestran los comentarios.</translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation>No se pudo guardar su respuesta: %1</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to 5.</source>
        <translation>Elija una calificación del 1 al 5.</translation>
    </message>
    <message>
        <source>There is no part %1 here.</source>
        <translation>Aquí no hay ninguna parte %1.</translation>
    </message>
    <message>
        <source>There is no choice %1 here.</source>
        <translation>Aquí no hay ninguna opción %1.</translation>
    </message>
    <message>
        <source>There is no step %1 to move there.</source>
        <translation>No hay ningún paso %1 que mover allí.</translation>
    </message>
    <message>
        <source>An answer here has at most %1 characters.</source>
        <translation>Una respuesta aquí tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Type a number such as 12.5, with a point (not a comma) before the decimals.</source>
        <translation>Escriba un número como 12.5, con un punto (no una coma) antes de los decimales.</translation>
    </message>
    <message>
        <source>This question does not ask how sure you are.</source>
        <translation>Esta pregunta no pide su nivel de certeza.</translation>
    </message>
    <message>
        <source>How sure you are could not be saved: %1</source>
        <translation>No se pudo guardar su nivel de certeza: %1</translation>
    </message>
    <message numerus="yes">
        <source>This quiz cannot be started: %1 (%n problems in all).</source>
        <translation>
            <numerusform>No se puede comenzar este cuestionario: %1 (%n problema en total).</numerusform>
            <numerusform>No se puede comenzar este cuestionario: %1 (%n problemas en total).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::AttemptItem</name>
    <message>
        <source>(not matched yet)</source>
        <translation>(todavía sin pareja)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
</context>
<context>
    <name>hitready::AttemptResults</name>
    <message>
        <source>No learner database is open.</source>
        <translation>No hay ninguna base de datos de estudiantes abierta.</translation>
    </message>
</context>
<context>
    <name>hitready::ClassConnection</name>
    <message>
        <source>Enter the class password to send your answers.</source>
        <translation>Escriba la contraseña de la clase para enviar sus respuestas.</translation>
    </message>
    <message>
        <source>Your progress is kept on this computer, waiting for the class server.</source>
        <translation>Su progreso se guarda en esta computadora, esperando al servidor de la clase.</translation>
    </message>
    <message>
        <source>Sending your answers to the class…</source>
        <translation>Enviando sus respuestas a la clase…</translation>
    </message>
    <message>
        <source>All your answers are with the class.</source>
        <translation>Todas sus respuestas están en la clase.</translation>
    </message>
    <message>
        <source>This is not a class address. It starts with postgresql:// and names you, the server and the class, as your instructor gave it to you.</source>
        <translation>Esta no es una dirección de clase. Empieza con postgresql:// y lo nombra a usted, al servidor y a la clase, tal como se la dio su instructor.</translation>
    </message>
    <message numerus="yes">
        <source>%n answers kept on this computer, waiting for the class server.</source>
        <translation>
            <numerusform>%n respuesta guardada en esta computadora, esperando al servidor de la clase.</numerusform>
            <numerusform>%n respuestas guardadas en esta computadora, esperando al servidor de la clase.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::HandInFiles</name>
    <message>
        <source>%1 hand-in %2.json</source>
        <extracomment>the file name &quot;Hand in results…&quot; suggests: %1 = profile name, %2 = today&apos;s date</extracomment>
        <translation>%1 entrega %2.json</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>No learner database is open.</source>
        <translation>No hay ninguna base de datos de estudiantes abierta.</translation>
    </message>
    <message>
        <source>No file was chosen.</source>
        <translation>No se eligió ningún archivo.</translation>
    </message>
    <message>
        <source>The attempt %1 is not in the database.</source>
        <translation>El intento %1 no está en la base de datos.</translation>
    </message>
    <message>
        <source>The results could not be handed in: %1</source>
        <translation>No se pudieron entregar los resultados: %1</translation>
    </message>
    <message>
        <source>No database is open: nothing was collected.</source>
        <translation>No hay ninguna base de datos abierta: no se reunió nada.</translation>
    </message>
    <message numerus="yes">
        <source>, %n already there</source>
        <translation>
            <numerusform>, %n ya estaba</numerusform>
            <numerusform>, %n ya estaban</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: refused, nothing of it was stored: %2</source>
        <extracomment>a refused hand-in file: %1 = file name, %2 = why</extracomment>
        <translation>%1: rechazado, no se guardó nada de él: %2</translation>
    </message>
    <message>
        <source>Nothing was collected: %1</source>
        <translation>No se reunió nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n already there, </source>
        <translation>
            <numerusform>%n ya estaba, </numerusform>
            <numerusform>%n ya estaban, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handed in %n finished attempts in “%1” in the folder %2. Give this file to your instructor.</source>
        <extracomment>after &quot;Hand in results…&quot;: %n = finished attempts, %1 = file name, %2 = its folder</extracomment>
        <translation>
            <numerusform>Se entregó %n intento terminado en “%1” en la carpeta %2. Dele este archivo a su instructor.</numerusform>
            <numerusform>Se entregaron %n intentos terminados en “%1” en la carpeta %2. Dele este archivo a su instructor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n new attempts</source>
        <extracomment>one collected hand-in file: %1 = file name, %2 = learner; then how many attempts</extracomment>
        <translation>
            <numerusform>%1 (%2): %n intento nuevo</numerusform>
            <numerusform>%1 (%2): %n intentos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collected %n files: </source>
        <extracomment>after &quot;Collect hand-in files…&quot;; %n = files read; then attempts added, already there, refused files</extracomment>
        <translation>
            <numerusform>Se reunió %n archivo: </numerusform>
            <numerusform>Se reunieron %n archivos: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new attempts, </source>
        <translation>
            <numerusform>%n intento nuevo, </numerusform>
            <numerusform>%n intentos nuevos, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused.</source>
        <translation>
            <numerusform>%n archivo rechazado.</numerusform>
            <numerusform>%n archivos rechazados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::HistoryModel</name>
    <message>
        <source>No learner database is open.</source>
        <translation>No hay ninguna base de datos de estudiantes abierta.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <extracomment>%1 the reason, from the database</extracomment>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
</context>
<context>
    <name>hitready::InstructorAccess</name>
    <message>
        <source>A passphrase is already set. Enter it to open the instructor view.</source>
        <translation>Ya hay una frase de acceso. Escríbala para abrir la vista del instructor.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de acceso no son iguales.</translation>
    </message>
    <message>
        <source>The passphrase could not be saved to %1.</source>
        <translation>No se pudo guardar la frase de acceso en %1.</translation>
    </message>
    <message>
        <source>Set a passphrase first.</source>
        <translation>Primero establezca una frase de acceso.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Esa frase de acceso no es correcta.</translation>
    </message>
</context>
<context>
    <name>hitready::LearnerDatabase</name>
    <message>
        <source>The learner database could not be opened (%1). The file was left unchanged; start the app with --db and another file, or move this one away.</source>
        <translation>No se pudo abrir la base de datos de estudiantes (%1). El archivo no se modificó; abra la aplicación con --db y otro archivo, o mueva este a otro lugar.</translation>
    </message>
</context>
<context>
    <name>hitready::PdfFile</name>
    <message>
        <source>Saved “%1” in the folder %2.</source>
        <extracomment>after &quot;Save as PDF&quot;: %1 = file name, %2 = the folder it is in</extracomment>
        <translation>Se guardó “%1” en la carpeta %2.</translation>
    </message>
</context>
<context>
    <name>hitready::PlanModel</name>
    <message>
        <source>The next steps could not be read: %1</source>
        <extracomment>%1 the reason, from the database</extracomment>
        <translation>No se pudieron leer los próximos pasos: %1</translation>
    </message>
</context>
<context>
    <name>hitready::ProfileListModel</name>
    <message>
        <source>No learner database is open.</source>
        <translation>No hay ninguna base de datos de estudiantes abierta.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Escriba un nombre para el perfil.</translation>
    </message>
    <message numerus="yes">
        <source>A profile name can have at most %n characters.</source>
        <translation>
            <numerusform>El nombre de un perfil puede tener como máximo %n carácter.</numerusform>
            <numerusform>El nombre de un perfil puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>No se pudo guardar el perfil: %1</translation>
    </message>
</context>
<context>
    <name>hitready::QuestionBankImport</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is over the 16 MiB limit of a quiz file; nothing was imported.</source>
        <translation>%1 supera el límite de 16 MiB de un archivo de cuestionario; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is not a question bank HIT Ready reads: choose a GIFT file (.gift, .txt), Moodle XML (.xml), a QTI 3 item (.xml) or package (.zip).</source>
        <translation>%1 no es un banco de preguntas que HIT Ready pueda leer: elija un archivo GIFT (.gift, .txt), Moodle XML (.xml), una pregunta QTI 3 (.xml) o un paquete (.zip).</translation>
    </message>
    <message>
        <source>%1 could not be read as %2; nothing was imported.</source>
        <translation>No se pudo leer %1 como %2; no se importó nada.</translation>
    </message>
    <message>
        <source>The quiz folder %1 cannot be made.</source>
        <translation>No se puede crear la carpeta de cuestionarios %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n questions imported into %1.</source>
        <translation>
            <numerusform>%n pregunta importada en %1.</numerusform>
            <numerusform>%n preguntas importadas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things did not come across; each is listed with its line.</source>
        <translation>
            <numerusform>%n cosa no se pudo pasar; aparece con su línea.</numerusform>
            <numerusform>%n cosas no se pudieron pasar; cada una aparece con su línea.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::QuizPreview</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The file cannot be read (%1). It may have been moved or deleted.</source>
        <translation>No se puede leer el archivo (%1). Puede que se haya movido o borrado.</translation>
    </message>
    <message>
        <source>A self-rating: it scores no points.</source>
        <translation>Una autoevaluación: no suma puntos.</translation>
    </message>
    <message>
        <source>Not answered yet: %1 points.</source>
        <extracomment>%1 = points earned of the points the item is worth, such as &quot;0.5 / 1&quot;</extracomment>
        <translation>Sin responder todavía: %1 puntos.</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Puntos: %1</translation>
    </message>
</context>
<context>
    <name>hitready::QuizStatisticsModel</name>
    <message>
        <source>Whole quiz</source>
        <translation>Todo el cuestionario</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation>Análisis de ítems</translation>
    </message>
    <message>
        <source>Item analysis: %1</source>
        <translation>Análisis de ítems: %1</translation>
    </message>
    <message>
        <source>every attempt</source>
        <translation>todos los intentos</translation>
    </message>
    <message>
        <source>each profile&apos;s first attempt</source>
        <translation>el primer intento de cada perfil</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Mean %</source>
        <translation>Media %</translation>
    </message>
    <message>
        <source>SD %</source>
        <translation>DE %</translation>
    </message>
    <message>
        <source>Alpha %</source>
        <translation>Alfa %</translation>
    </message>
    <message>
        <source>SEM %</source>
        <translation>SEM %</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ítems</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Facility %</source>
        <translation>Facilidad %</translation>
    </message>
    <message>
        <source>Discrimination %</source>
        <translation>Discriminación %</translation>
    </message>
    <message>
        <source>Efficiency %</source>
        <translation>Eficiencia %</translation>
    </message>
    <message>
        <source>Effective weight %</source>
        <translation>Peso efectivo %</translation>
    </message>
    <message>
        <source>Answers given</source>
        <translation>Respuestas dadas</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <extracomment>an answer in the item report: %1 the answer, %2 how often, %3 percent</extracomment>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>%n finished attempts; %1.</source>
        <translation>
            <numerusform>%n intento terminado; %1.</numerusform>
            <numerusform>%n intentos terminados; %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::ReportPdf</name>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Your self-rating</source>
        <translation>Su autoevaluación</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>This quiz gives no recommendation for these results.</source>
        <translation>Este cuestionario no da ninguna recomendación para estos resultados.</translation>
    </message>
    <message>
        <source>Why:</source>
        <extracomment>followed by the conditions that selected a recommendation</extracomment>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Learner: %1</source>
        <extracomment>%1 the learner&apos;s name</extracomment>
        <translation>Estudiante: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <extracomment>%1 the date and time the quiz was submitted</extracomment>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Quiz version: %1</source>
        <extracomment>%1 the quiz author&apos;s version label, e.g. &quot;2026.1&quot;</extracomment>
        <translation>Versión del cuestionario: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <extracomment>%1 the overall percent, possibly followed by its level</extracomment>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>What cost the most points</source>
        <translation>Lo que más puntos le costó</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>No results are shown.</source>
        <translation>No se muestra ningún resultado.</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <extracomment>%1 the reason</extracomment>
        <translation>No se guardó el informe: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>%1 = the name of a language, e.g. &quot;Español&quot;; the notice of a draft translation follows</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>This translation has not yet been checked by a fluent reviewer.</source>
        <translation>Esta traducción todavía no la ha revisado una persona con dominio del idioma.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <extracomment>the report section with every question, the learner&apos;s answer and the right one</extracomment>
        <translation>Sus respuestas</translation>
    </message>
</context>
<context>
    <name>hitready::ResultsModel</name>
    <message>
        <source>These results could not be read: %1</source>
        <extracomment>%1 the reason, from the database</extracomment>
        <translation>No se pudieron leer estos resultados: %1</translation>
    </message>
</context>
<context>
    <name>hitready::RuleExplorer</name>
    <message>
        <source>not answered</source>
        <extracomment>A domain&apos;s self-rating when its self-rating items are left unanswered</extracomment>
        <translation>sin responder</translation>
    </message>
</context>
</TS>
