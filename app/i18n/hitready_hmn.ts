<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hmn">
<context>
    <name>AnswerReview</name>
    <message>
        <source>Flagged</source>
        <translation>Muab cim lawm</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Vim li cas:</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Qhov chaw: %1</translation>
    </message>
    <message>
        <source>Self-rating, not scored</source>
        <translation>Koj ntsuas koj tus kheej, tsis muab qhab nia</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Tsis tau teb</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Yog</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Yog ib feem</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Tsis yog</translation>
    </message>
    <message>
        <source>You said you were not sure.</source>
        <translation>Koj hais tias koj tsis paub tseeb.</translation>
    </message>
    <message>
        <source>You said you were fairly sure.</source>
        <translation>Koj hais tias koj paub tseeb me ntsis.</translation>
    </message>
    <message>
        <source>You said you were very sure.</source>
        <translation>Koj hais tias koj paub tseeb heev.</translation>
    </message>
    <message>
        <source>Your choice: right</source>
        <extracomment>an option or part the learner chose, and it is a right one</extracomment>
        <translation>Koj xaiv: yog</translation>
    </message>
    <message>
        <source>Your choice: wrong</source>
        <extracomment>an option or part the learner chose, and it is not a right one</extracomment>
        <translation>Koj xaiv: tsis yog</translation>
    </message>
    <message>
        <source>Right, not chosen</source>
        <extracomment>a right option or part the learner did not choose</extracomment>
        <translation>Yog, tab sis koj tsis xaiv</translation>
    </message>
    <message>
        <source>Right: comes after the step above</source>
        <translation>Yog: los tom qab kauj ruam saum toj</translation>
    </message>
    <message>
        <source>Wrong: comes before the step above</source>
        <translation>Tsis yog: los ua ntej kauj ruam saum toj</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Tsis tau muab txuas</translation>
    </message>
    <message>
        <source>%1 (±%2)</source>
        <extracomment>a numeric answer and how far from it an answer may be: &quot;12 mL (±0.5)&quot;</extracomment>
        <translation>%1 (±%2)</translation>
    </message>
    <message>
        <source>Belongs at step %1.</source>
        <translation>Yuav tsum nyob kauj ruam %1.</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Koj qhov kev npaj ua ntu</translation>
    </message>
    <message>
        <source>Right order:</source>
        <translation>Qhov ntu yog:</translation>
    </message>
    <message>
        <source>The right order</source>
        <translation>Qhov ntu yog</translation>
    </message>
    <message>
        <source>You did not answer this question.</source>
        <translation>Koj tsis tau teb lo lus nug no.</translation>
    </message>
    <message>
        <source>Your matches</source>
        <translation>Koj cov txuas</translation>
    </message>
    <message>
        <source>You matched: %1.</source>
        <translation>Koj txuas nrog: %1.</translation>
    </message>
    <message>
        <source>You matched: %1. Right match: %2.</source>
        <translation>Koj txuas nrog: %1. Qhov yog: %2.</translation>
    </message>
    <message>
        <source>Right match: %1.</source>
        <translation>Qhov yog: %1.</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Muaj tseeb</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Tsis muaj tseeb</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Koj lo lus teb: %1</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Lo lus teb yog: %1</translation>
    </message>
    <message numerus="yes">
        <source>Accepted answers: %1</source>
        <translation>
            <numerusform>Cov lus teb siv tau: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>You did not rate yourself here.</source>
        <translation>Koj tsis tau ntsuas koj tus kheej ntawm no.</translation>
    </message>
    <message>
        <source>Your rating: %1: %2</source>
        <translation>Koj qhov ntsuas: %1: %2</translation>
    </message>
    <message>
        <source>The parts to select</source>
        <translation>Cov ntu yuav xaiv</translation>
    </message>
    <message>
        <source>The options</source>
        <translation>Cov kev xaiv</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Lo lus nug %1 ntawm %2</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Qhab nia: %1</translation>
    </message>
</context>
<context>
    <name>AnswerReviewCard</name>
    <message>
        <source>Flagged</source>
        <extracomment>the learner flagged this question while taking the quiz</extracomment>
        <translation>Muab cim lawm</translation>
    </message>
    <message>
        <source>Why</source>
        <extracomment>heading of the explanation of a reviewed question</extracomment>
        <translation>Vim li cas</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Qhov chaw: %1</translation>
    </message>
</context>
<context>
    <name>AnswerReviewFilters</name>
    <message>
        <source>Your answers</source>
        <translation>Koj cov lus teb</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Tag nrho (%1)</translation>
    </message>
    <message>
        <source>Wrong or partly right (%1)</source>
        <translation>Tsis yog los yog yog ib feem (%1)</translation>
    </message>
    <message>
        <source>Flagged (%1)</source>
        <translation>Muab cim lawm (%1)</translation>
    </message>
    <message>
        <source>Part of the quiz</source>
        <translation>Ib feem ntawm daim ntawv xeem</translation>
    </message>
    <message>
        <source>No questions match this choice.</source>
        <translation>Tsis muaj lo lus nug twg haum qhov kev xaiv no.</translation>
    </message>
</context>
<context>
    <name>AnswerReviewPage</name>
    <message>
        <source>Your answers</source>
        <translation>Koj cov lus teb</translation>
    </message>
</context>
<context>
    <name>AttemptShapeText</name>
    <message>
        <source>%1 (%2 scored, %3)</source>
        <extracomment>%1 = &quot;64 questions&quot;, %2 = number of scored questions, %3 = &quot;4 self-ratings&quot;</extracomment>
        <translation>%1 (%2 muaj qhab nia, %3)</translation>
    </message>
    <message>
        <source>%1 to %2 points</source>
        <extracomment>the points an attempt is worth depend on the questions drawn: %1 least, %2 most</extracomment>
        <translation>%1 txog %2 qhab nia</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 qhab nia</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 feeb</translation>
    </message>
    <message>
        <source>time limit %1</source>
        <translation>sij hawm txwv %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>the quiz card: %1 = &quot;64 questions (60 scored, 4 self-ratings)&quot;, %2 = &quot;about 50 minutes&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, worth %2.</source>
        <extracomment>%1 = &quot;64 questions (60 scored, 4 self-ratings)&quot;, %2 = &quot;60 points&quot;</extracomment>
        <translation>%1, suav tau %2.</translation>
    </message>
    <message>
        <source>It takes %1; the time limit is %2, and when it runs out the quiz is submitted with the answers given.</source>
        <extracomment>%1 = &quot;about 50 minutes&quot;, %2 = &quot;30 minutes&quot;</extracomment>
        <translation>Siv sij hawm %1; lub sij hawm txwv yog %2, thiab thaum sij hawm tas, kev xeem me yuav raug xa nrog cov lus teb uas koj twb teb lawm.</translation>
    </message>
    <message>
        <source>It takes %1; you can stop at any time and continue later.</source>
        <extracomment>%1 = &quot;about 50 minutes&quot;</extracomment>
        <translation>Siv sij hawm %1; koj nres tau txhua lub sij hawm thiab rov ua ntxiv tom qab.</translation>
    </message>
    <message>
        <source>This attempt had %1, worth %2.</source>
        <extracomment>%1 = &quot;64 questions (60 scored, 4 self-ratings)&quot;, %2 = &quot;60 points&quot;</extracomment>
        <translation>Zaug ua no muaj %1, suav tau %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n lo lus nug</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-ratings</source>
        <translation>
            <numerusform>%n kev ntsuas koj tus kheej</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each attempt draws its %n scored questions at random from %1, so two attempts differ.</source>
        <extracomment>%n = number of scored questions in an attempt, %1 = how many there are to draw from</extracomment>
        <translation>
            <numerusform>Txhua zaug ua xaiv nws %n lo lus nug uas suav qhab nia los ntawm %1 los yog tsis xaiv ua ntej, yog li ob zaug ua tsis zoo ib yam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n qhab nia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>kwv yees li %n feeb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n feeb</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Connect to a class</source>
        <translation>Txuas rau ib chav kawm</translation>
    </message>
    <message>
        <source>Paste the class address your instructor gave you; it starts with postgresql://. Your answers are saved on this computer first and then sent to the class, so nothing is lost when the network goes.</source>
        <translation>Muab qhov chaw nyob ntawm chav kawm uas koj tus xib fwb muab rau koj los tso ntawm no; nws pib nrog postgresql://. Koj cov lus teb raug khaws rau hauv lub khoos phis tawj no ua ntej, tom qab ntawd mam xa mus rau chav kawm, yog li thaum lub network tu los yeej tsis ploj dab tsi.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <extracomment>%1 is the class address without its password</extracomment>
        <translation>Txuas rau %1 lawm</translation>
    </message>
    <message>
        <source>Class address (postgresql://...)</source>
        <translation>Qhov chaw nyob ntawm chav kawm (postgresql://...)</translation>
    </message>
    <message>
        <source>Class address</source>
        <translation>Qhov chaw nyob ntawm chav kawm</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring. Where there is none, HIT Ready asks for it each time it starts; it is never written to a file.</source>
        <translation>Lo lus zais raug khaws cia hauv lub keyring ntawm lub khoos phis tawj no. Yog tsis muaj keyring, HIT Ready yuav nug txhua zaus nws qhib; nws yeej tsis sau rau hauv ib daim file.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Txuas</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Txiav</translation>
    </message>
    <message>
        <source>Disconnect from the class</source>
        <translation>Txiav ntawm chav kawm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Tso tseg</translation>
    </message>
</context>
<context>
    <name>ClassStatus</name>
    <message>
        <source>Your answers are kept on this computer and will be sent when the class server is back.</source>
        <translation>Koj cov lus teb raug khaws cia hauv lub khoos phis tawj no thiab yuav raug xa thaum lub server ntawm chav kawm rov ua hauj lwm.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, hide this notice</source>
        <translation>OK, zais daim ntawv ceeb toom no</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Sim dua tam sim no</translation>
    </message>
    <message>
        <source>Try to send your answers to the class now</source>
        <translation>Sim xa koj cov lus teb mus rau chav kawm tam sim no</translation>
    </message>
    <message>
        <source>Class password</source>
        <translation>Lo lus zais ntawm chav kawm</translation>
    </message>
    <message>
        <source>Use password</source>
        <translation>Siv lo lus zais</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Your answers are kept on this computer and will be sent when the class server is back.</source>
        <translation>Koj cov lus teb raug khaws cia hauv lub khoos phis tawj no thiab yuav raug xa thaum lub server ntawm chav kawm rov ua hauj lwm.</translation>
    </message>
    <message>
        <source>Your answers are on the class server.</source>
        <translation>Koj cov lus teb nyob ntawm lub server ntawm chav kawm lawm.</translation>
    </message>
    <message>
        <source>Waiting on this computer: %1. Run &apos;hitready-cli sync --db URL&apos; (or start the app) when the server is back.</source>
        <extracomment>%1 what is not yet sent, such as &quot;1 attempt (3 answers ... changed)&quot;</extracomment>
        <translation>Tseem tos hauv lub khoos phis tawj no: %1. Khiav &apos;hitready-cli sync --db URL&apos; (los yog qhib HIT Ready) thaum lub server rov ua hauj lwm.</translation>
    </message>
    <message>
        <source>Show the quiz and HIT Ready&apos;s words in this language (a code such as es), where they are translated; the rest stays in the quiz&apos;s own language. Scores are the same in every language. Default: English words, the quiz&apos;s own language.</source>
        <translation>Qhia kev xeem me thiab HIT Ready cov lus ua hom lus no (ib tug code xws li hmn), qhov twg twb txhais lawm; qhov seem nyob ua hom lus ntawm kev xeem me. Cov qhab nia zoo ib yam hauv txhua hom lus. Yog tsis xaiv: HIT Ready cov lus ua lus Askiv, kev xeem me ua nws hom lus.</translation>
    </message>
    <message>
        <source>hitready-cli %1: unknown language &apos;%2&apos;: this quiz is written in %3, and HIT Ready&apos;s own words are in %4.</source>
        <extracomment>%1 the command, %2 the code typed, %3 the quiz&apos;s languages, %4 HIT Ready&apos;s own languages; the lists are codes such as &quot;en, es&quot;</extracomment>
        <translation>hitready-cli %1: tsis paub hom lus &apos;%2&apos;: kev xeem me no sau ua %3, thiab HIT Ready cov lus muaj ua %4.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Qhia cov lus pab no.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos;.</source>
        <extracomment>%1 the command, such as &quot;hitready-cli score&quot;</extracomment>
        <translation>Khiav &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>missing %1</source>
        <extracomment>%1 what the command needs, such as FILE</extracomment>
        <translation>tsis muaj %1</translation>
    </message>
    <message>
        <source>too many arguments: expected %1</source>
        <extracomment>%1 what the command takes, such as FILE</extracomment>
        <translation>muaj ntau yam dhau lawm: tsuas xav tau %1</translation>
    </message>
    <message>
        <source>training</source>
        <extracomment>a kind of recommendation, shown in brackets before its title</extracomment>
        <translation>kev cob qhia</translation>
    </message>
    <message>
        <source>certification</source>
        <extracomment>a kind of recommendation, shown in brackets before its title</extracomment>
        <translation>daim ntawv pov thawj</translation>
    </message>
    <message>
        <source>experience</source>
        <extracomment>a kind of recommendation, shown in brackets before its title</extracomment>
        <translation>kev paub dhau los</translation>
    </message>
    <message>
        <source>course</source>
        <extracomment>a kind of recommendation, shown in brackets before its title</extracomment>
        <translation>chav kawm</translation>
    </message>
    <message>
        <source>%1 points</source>
        <extracomment>%1 points earned of the most there were, such as &quot;3.7 / 15&quot;</extracomment>
        <translation>%1 qhab nia</translation>
    </message>
    <message>
        <source>self-rating %1</source>
        <extracomment>%1 the learner&apos;s mean self-rating in this area, such as &quot;3.5 of 5&quot;</extracomment>
        <translation>ntsuas koj tus kheej %1</translation>
    </message>
    <message>
        <source>certainty %1</source>
        <extracomment>certainty-based mark of this area, %1 a number from -6 to 3</extracomment>
        <translation>kev paub tseeb %1</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <extracomment>%1 the overall percent, with its level when the quiz gives one: &quot;72.0% (Ready)&quot;</extracomment>
        <translation>Tag nrho: %1</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Cov kauj ruam tom ntej:</translation>
    </message>
    <message>
        <source>(this quiz gives no recommendation for these results)</source>
        <translation>(kev xeem me no tsis muaj lus qhia rau cov txiaj ntsig no)</translation>
    </message>
    <message>
        <source>JSON object {&quot;&lt;item id&gt;&quot;: answer}; &apos;-&apos; reads standard input.</source>
        <translation>Ib qho JSON object {&quot;&lt;item id&gt;&quot;: lo lus teb}; &apos;-&apos; nyeem los ntawm standard input.</translation>
    </message>
    <message>
        <source>Print the report as one JSON object (the same in every language).</source>
        <translation>Luam daim ntawv qhia ua ib qho JSON object (zoo ib yam hauv txhua hom lus).</translation>
    </message>
    <message>
        <source>Score the items an attempt with seed S draws (domains with &apos;draw&apos;); an answer to any other item is an error. Without it every item counts.</source>
        <translation>Muab qhab nia rau cov lo lus nug uas ib zaug ua nrog seed S xaiv (cov ntu uas muaj &apos;draw&apos;); ib lo lus teb rau lwm lo lus nug yog qhov yuam kev. Yog tsis muaj, txhua lo lus nug suav.</translation>
    </message>
    <message>
        <source>Scores a set of answers against a quiz and prints the report and the recommendations. Nothing is stored.
Exit 0: scored; 1: problems in the quiz or the answers; 2: a file could not be read, or an unknown option or language.</source>
        <translation>Muab qhab nia rau ib pawg lus teb raws ib qho kev xeem me thiab luam daim ntawv qhia thiab cov lus qhia. Tsis khaws dab tsi li.
Exit 0: muab qhab nia lawm; 1: muaj teeb meem hauv kev xeem me los yog cov lus teb; 2: nyeem tsis tau ib daim file, los yog tsis paub ib qho option los yog hom lus.</translation>
    </message>
    <message>
        <source>A quiz file (.yaml).</source>
        <translation>Ib daim file kev xeem me (.yaml).</translation>
    </message>
    <message>
        <source>hitready-cli score: missing --answers ANSWERS.json</source>
        <translation>hitready-cli score: tsis muaj --answers ANSWERS.json</translation>
    </message>
    <message>
        <source>hitready-cli score: --seed takes a whole number from 0 to %1, not &apos;%2&apos;</source>
        <extracomment>%1 the largest seed, %2 what was typed</extracomment>
        <translation>hitready-cli score: --seed siv tau ib tus lej tag nrho txij 0 txog %1, tsis yog &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <extracomment>%1 a file name, %2 the system&apos;s reason</extracomment>
        <translation>%1: nyeem tsis tau: %2</translation>
    </message>
    <message>
        <source>answers files are limited to 16 MiB</source>
        <translation>cov file lus teb loj tshaj plaws 16 MiB</translation>
    </message>
    <message>
        <source>item &apos;%1&apos; is not drawn in an attempt with seed %2: it cannot be answered</source>
        <extracomment>%1 an item id, %2 a seed number</extracomment>
        <translation>lo lus nug &apos;%1&apos; tsis raug xaiv hauv zaug ua nrog seed %2: teb tsis tau</translation>
    </message>
    <message>
        <source>  Answer with an option letter or number (several for &apos;choose all&apos;: a,c), t or f,
  a rating 1-5, ids in order (b,a,c), pairs (icd=dx,pcs=inpt), a number or a text.
  Enter on an empty line skips. Commands: :back, :flag, :case (shows the case
  again), :quit (saves; run take again to continue), :submit.
</source>
        <extracomment>how to answer in the terminal; keep t, f, the ids and the commands (:back, :flag, :case, :quit, :submit) as they are: they are what the learner types</extracomment>
        <translation>  Teb nrog tus ntawv los yog tus lej ntawm ib qho kev xaiv (ntau qho rau &apos;xaiv txhua qhov&apos;: a,c), t los yog f,
  ib qho qhab nia 1-5, cov id raws kab ke (b,a,c), cov khub (icd=dx,pcs=inpt), ib tus lej los yog cov lus.
  Enter ntawm ib kab khoob yuav hla mus. Cov lus txib: :back, :flag, :case (qhia zaj case
  dua), :quit (khaws tseg; khiav take dua los ua ntxiv), :submit.
</translation>
    </message>
    <message>
        <source>Question %1 of %2 - %3</source>
        <extracomment>%1 the question&apos;s number, %2 how many there are, %3 the area of the quiz it is in</extracomment>
        <translation>Lo lus nug %1 ntawm %2 - %3</translation>
    </message>
    <message>
        <source>[flagged]</source>
        <extracomment>after the question&apos;s heading when the learner flagged it to come back to</extracomment>
        <translation>[muab cim lawm]</translation>
    </message>
    <message>
        <source>Your answer so far: %1</source>
        <extracomment>%1 the answer given so far, as typed (ids, numbers)</extracomment>
        <translation>Koj lo lus teb txog tam sim no: %1</translation>
    </message>
    <message>
        <source>How sure are you? l) low  m) medium  h) high  (Enter: low)</source>
        <extracomment>keep the letters l, m and h: they are what the learner types</extracomment>
        <translation>Koj paub tseeb npaum li cas? l) tsawg  m) nruab nrab  h) heev  (Enter: tsawg)</translation>
    </message>
    <message>
        <source>Type l, m or h.</source>
        <extracomment>keep the letters l, m and h: they are what the learner types</extracomment>
        <translation>Sau l, m los yog h.</translation>
    </message>
    <message>
        <source>That answer does not fit this question.</source>
        <translation>Lo lus teb ntawd tsis haum rau lo lus nug no.</translation>
    </message>
    <message>
        <source>  Type a number with a point for decimals: 12.5 (12,5 is not read as a number).
</source>
        <translation>  Sau ib tus lej nrog lub cim point (.) rau cov decimal: 12.5 (12,5 tsis raug nyeem ua tus lej).
</translation>
    </message>
    <message>
        <source>Whose attempt this is (created if new; default: your user name).</source>
        <translation>Zaug ua no yog leej twg li (tsim tshiab yog tsis tau muaj; yog tsis xaiv: koj lub npe siv computer).</translation>
    </message>
    <message>
        <source>Database file (default: %1), or a class URL (postgresql://...): the attempt is then taken on this computer&apos;s copy of the class and sent after each question; what cannot be sent waits for &apos;sync&apos;.</source>
        <extracomment>%1 the database file used when none is given</extracomment>
        <translation>Daim file database (yog tsis xaiv: %1), los yog ib qho class URL (postgresql://...): zaug ua yuav ua rau ntawm daim qauv ntawm chav kawm hauv lub khoos phis tawj no thiab xa tom qab txhua lo lus nug; qhov xa tsis tau yuav tos &apos;sync&apos;.</translation>
    </message>
    <message>
        <source>Start over: delete the unfinished attempt of this quiz (and its answers) and start a new one.</source>
        <translation>Pib dua: rho zaug ua uas tsis tiav ntawm kev xeem me no (thiab nws cov lus teb) thiab pib ib zaug tshiab.</translation>
    </message>
    <message>
        <source>Seed of a new attempt: the same seed draws the same items in the same order (default: a random seed, printed). A resumed attempt keeps its own.</source>
        <translation>Seed ntawm ib zaug ua tshiab: tib tug seed xaiv tib cov lo lus nug raws tib kab ke (yog tsis xaiv: ib tug seed random, luam tawm). Ib zaug ua uas rov ua ntxiv khaws nws tus seed.</translation>
    </message>
    <message>
        <source>Takes a quiz in the terminal, one question at a time, storing each answer as it is given, and prints the report. A profile has at most one unfinished attempt per quiz: it is resumed where it stopped, from the version of the quiz it was started on. Answers can come from a script on standard input, one per line.
Exit 0: submitted or saved for later; 1: problems in the quiz; 2: the quiz or the database could not be read, or an unknown option or language.</source>
        <translation>Ua ib qho kev xeem me hauv terminal, ib lo lus nug ib zaug, khaws txhua lo lus teb thaum teb, thiab luam daim ntawv qhia. Ib tus neeg siv muaj tsuas ib zaug ua uas tsis tiav rau ib qho kev xeem me: nws rov pib ntawm qhov nws nres, nrog lub version ntawm kev xeem me uas nws pib. Cov lus teb tuaj tau los ntawm ib tsab script ntawm standard input, ib kab ib lo lus teb.
Exit 0: xa lawm los yog khaws tseg rau tom qab; 1: muaj teeb meem hauv kev xeem me; 2: nyeem tsis tau kev xeem me los yog database, los yog tsis paub ib qho option los yog hom lus.</translation>
    </message>
    <message>
        <source>hitready-cli take: --seed takes a whole number from 0 to %1, not &apos;%2&apos;</source>
        <extracomment>%1 the largest seed, %2 what was typed</extracomment>
        <translation>hitready-cli take: --seed siv tau ib tus lej tag nrho txij 0 txog %1, tsis yog &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Deleted your unfinished attempt of %1 (--new).</source>
        <extracomment>%1 when the attempt was started (date and time)</extracomment>
        <translation>Rho koj zaug ua uas tsis tiav ntawm %1 lawm (--new).</translation>
    </message>
    <message>
        <source>The stored copy of this quiz was damaged; it was restored from %1 (the same version). Your answers are unchanged.</source>
        <extracomment>%1 the quiz file</extracomment>
        <translation>Daim qauv ntawm kev xeem me no uas khaws cia tau puas lawm; nws rov kho los ntawm %1 (tib lub version). Koj cov lus teb tsis hloov.</translation>
    </message>
    <message>
        <source>Resuming your attempt of %1 (seed %2): %3 of %4 answered.</source>
        <extracomment>%1 when the attempt was started, %2 its seed, %3 questions answered, %4 questions</extracomment>
        <translation>Ua ntxiv koj zaug ua ntawm %1 (seed %2): teb lawm %3 ntawm %4.</translation>
    </message>
    <message>
        <source>The quiz file has changed since; this attempt keeps the version it was started on (--new starts over on the file as it is now).</source>
        <translation>Daim file kev xeem me tau hloov txij thaum ntawd los; zaug ua no khaws lub version uas nws pib (--new pib dua nrog daim file raws li nws muaj tam sim no).</translation>
    </message>
    <message numerus="yes">
        <source>%n questions. The results are for exploration, not for screening.</source>
        <extracomment>after the quiz&apos;s title; %n the questions of this attempt</extracomment>
        <translation>
            <numerusform>%n lo lus nug. Cov txiaj ntsig yog rau koj tshawb nrhiav xwb, tsis yog rau xaiv neeg.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seed %1 (--seed %1 gives the same questions in the same order).</source>
        <extracomment>%1 the seed of this attempt</extracomment>
        <translation>Seed %1 (--seed %1 muab tib cov lo lus nug raws tib kab ke).</translation>
    </message>
    <message>
        <source>Saved: %1 of %2 answered. Run the same command again to continue.</source>
        <extracomment>%1 questions answered, %2 questions in the attempt</extracomment>
        <translation>Khaws tseg lawm: teb lawm %1 ntawm %2. Khiav tib lo lus txib dua los ua ntxiv.</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>Xa lawm.</translation>
    </message>
    <message>
        <source>(Choose all that apply.)</source>
        <translation>(Xaiv txhua qhov uas muaj tseeb.)</translation>
    </message>
    <message>
        <source>True</source>
        <extracomment>the two answers of a true/false question; keep the letters t and f: they are typed</extracomment>
        <translation>Tseeb</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Tsis tseeb</translation>
    </message>
    <message>
        <source>(Type every id in the right order, e.g. %1)</source>
        <extracomment>%1 the ids of the steps as shown, such as &quot;b,a,c&quot;</extracomment>
        <translation>(Sau txhua tus id raws kab ke raug, piv txwv %1)</translation>
    </message>
    <message>
        <source>with</source>
        <extracomment>between the two lists of a matching question: entries on the left &quot;with&quot; the right</extracomment>
        <translation>nrog</translation>
    </message>
    <message>
        <source>(Type pairs, e.g. %1; leave out any you skip.)</source>
        <extracomment>%1 an example pair of ids, such as &quot;icd=dx&quot;</extracomment>
        <translation>(Sau cov khub, piv txwv %1; tsis txhob sau cov koj hla.)</translation>
    </message>
    <message>
        <source>(Type the ids of the parts you select, e.g. %1)</source>
        <extracomment>%1 the id of a part, such as &quot;sex&quot;</extracomment>
        <translation>(Sau cov id ntawm cov feem koj xaiv, piv txwv %1)</translation>
    </message>
    <message>
        <source>(Type a number with a point for decimals: 12.5, not 12,5)</source>
        <translation>(Sau ib tus lej nrog lub cim point rau cov decimal: 12.5, tsis yog 12,5)</translation>
    </message>
    <message>
        <source>(Type a number with a point for decimals: 12.5, not 12,5; unit: %1)</source>
        <translation>(Sau ib tus lej nrog lub cim point rau cov decimal: 12.5, tsis yog 12,5; unit: %1)</translation>
    </message>
    <message>
        <source>(Type your answer on one line.)</source>
        <translation>(Sau koj lo lus teb rau ib kab xwb.)</translation>
    </message>
    <message>
        <source>The right order: %1</source>
        <extracomment>%1 the step ids in the right order</extracomment>
        <translation>Kab ke raug: %1</translation>
    </message>
    <message>
        <source>The right matches: %1</source>
        <extracomment>%1 the right pairs of ids, such as &quot;icd=dx,pcs=inpt&quot;</extracomment>
        <translation>Cov khub raug: %1</translation>
    </message>
    <message>
        <source>The parts to select: %1</source>
        <extracomment>%1 the ids of the parts to select</extracomment>
        <translation>Cov feem yuav tsum xaiv: %1</translation>
    </message>
    <message>
        <source>%1 (give or take %2)</source>
        <extracomment>%1 the answer, %2 how far from it still counts, such as &quot;2&quot; or &quot;5%&quot;</extracomment>
        <translation>%1 (ntau los tsawg %2)</translation>
    </message>
    <message>
        <source>The answer: %1</source>
        <extracomment>%1 the right number, with its tolerance and unit</extracomment>
        <translation>Lo lus teb: %1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <extracomment>%1 the answers that count, separated by &quot; / &quot;</extracomment>
        <translation>Txais: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 &quot;2 attempts&quot;, %2 &quot;14 answers, flags or confidences changed&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>what is waiting to be sent when nothing is</extracomment>
        <translation>tsis muaj dab tsi</translation>
    </message>
    <message>
        <source>%1 (%2; %3), %4</source>
        <extracomment>%1 &quot;3 attempts&quot;, %2 &quot;1 new, 2 updated&quot;, %3 &quot;14 answers, flags or confidences changed&quot;, %4 &quot;0 discarded attempts&quot;</extracomment>
        <translation>%1 (%2; %3), %4</translation>
    </message>
    <message>
        <source>%1 new, %2 updated</source>
        <extracomment>attempts new on the class server, and ones it already had and now has in full</extracomment>
        <translation>%1 tshiab, %2 hloov kho lawm</translation>
    </message>
    <message>
        <source>Nothing to send: the class server %1 has everything taken on this computer.</source>
        <extracomment>%1 the class server&apos;s name</extracomment>
        <translation>Tsis muaj dab tsi yuav xa: lub server ntawm chav kawm %1 twb muaj txhua yam uas ua hauv lub khoos phis tawj no lawm.</translation>
    </message>
    <message>
        <source>Still pending (kept on this computer): %1</source>
        <extracomment>%1 what is not yet sent, such as &quot;1 attempt (3 answers ... changed)&quot;</extracomment>
        <translation>Tseem tos xa (khaws cia hauv lub khoos phis tawj no): %1</translation>
    </message>
    <message>
        <source>Sent to %1: %2.</source>
        <extracomment>%1 the class server&apos;s name, %2 what was sent, such as &quot;1 attempt (1 new, 0 updated; ...)&quot;</extracomment>
        <translation>Xa mus rau %1 lawm: %2.</translation>
    </message>
    <message>
        <source>Still pending: nothing.</source>
        <translation>Tseem tos xa: tsis muaj dab tsi.</translation>
    </message>
    <message numerus="yes">
        <source>%n answers, flags or confidences changed</source>
        <extracomment>how many answers, flags or confidence choices of an attempt are new or changed</extracomment>
        <translation>
            <numerusform>%n lo lus teb, cim los yog kev paub tseeb hloov lawm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n zaug ua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discarded attempts</source>
        <extracomment>attempts the learner discarded (started again), whose removal is sent to the server</extracomment>
        <translation>
            <numerusform>%n zaug ua uas muab pov tseg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n questions read).</source>
        <extracomment>after a conversion: %1 = the file written, %2 = its format, n = questions imported</extracomment>
        <translation>
            <numerusform>Tau sau %1 (%2, nyeem tau %n lo lus nug).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfidenceChoice</name>
    <message>
        <source>How sure are you of this answer?</source>
        <translation>Koj paub tseeb npaum li cas txog lo lus teb no?</translation>
    </message>
    <message>
        <source>Being sure and right earns most; being sure and wrong costs most. Keys: Alt+1, Alt+2, Alt+3.</source>
        <translation>Paub tseeb thiab teb raug tau qhab nia ntau tshaj; paub tseeb tiam sis teb tsis raug poob qhab nia ntau tshaj. Cov yuam sij: Alt+1, Alt+2, Alt+3.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Tsis paub tseeb</translation>
    </message>
    <message>
        <source>Fairly sure</source>
        <translation>Paub tseeb me ntsis</translation>
    </message>
    <message>
        <source>Very sure</source>
        <translation>Paub tseeb heev</translation>
    </message>
</context>
<context>
    <name>CostlyItems</name>
    <message>
        <source>Not answered. </source>
        <translation>Tsis tau teb. </translation>
    </message>
</context>
<context>
    <name>DomainBar</name>
    <message>
        <source>%1: no scored questions</source>
        <translation>%1: tsis muaj lo lus nug uas muaj qhab nia</translation>
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
        <translation>tsis muaj lo lus nug muab qhab nia</translation>
    </message>
    <message>
        <source>%1 points</source>
        <extracomment>points earned of the points there were, such as &quot;3.7 / 15 points&quot;</extracomment>
        <translation>%1 qhab nia</translation>
    </message>
    <message>
        <source>Levels start at: %1</source>
        <extracomment>under a domain&apos;s bar: %1 the levels and where they start, such as &quot;Developing 50%, Ready 75%&quot;</extracomment>
        <translation>Cov qib pib ntawm: %1</translation>
    </message>
</context>
<context>
    <name>DomainPicture</name>
    <message>
        <source>Your scores by area</source>
        <translation>Koj cov qhab nia raws li txoj kev</translation>
    </message>
    <message>
        <source>Each bar is your score, 0 to 100%. Thin lines across a bar: where a level starts. Orange mark: how you rated yourself. Outlined span: the range your real score is likely in.</source>
        <translation>Txhua txoj kab yog koj qhab nia, 0 txog 100%. Cov kab nyias hla txoj kab: qhov chaw ib qib pib. Lub cim txiv kab ntxwv: koj ntsuas koj tus kheej li cas. Thaj chaw kos ciam: qhov koj qhab nia tiag tiag zoo li nyob hauv.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past results</source>
        <translation>Cov txiaj ntsig dhau los</translation>
    </message>
    <message>
        <source>No finished attempts yet.</source>
        <translation>Tseem tsis tau muaj zaug ua tiav.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <extracomment>%1 = date, %2 = quiz title, %3 = overall percent and level</extracomment>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>no overall score</source>
        <translation>tsis muaj qhab nia tag nrho</translation>
    </message>
    <message>
        <source>Review answers</source>
        <extracomment>opens the answer review of one past attempt</extracomment>
        <translation>Saib dua cov lus teb</translation>
    </message>
    <message>
        <source>Your answers, the right answers and why, for this attempt</source>
        <translation>Koj cov lus teb, cov lus teb yog thiab vim li cas, rau zaum no</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Readiness quizzes for careers such as Health Information Technician. The results are for exploration, not for screening or hiring.</source>
        <translation>Kev xeem me saib koj npaj txhij li cas rau tej hauj lwm xws li Health Information Technician. Cov txiaj ntsig yog rau koj tshawb nrhiav xwb, tsis yog rau xaiv neeg los yog ntiav neeg ua hauj lwm.</translation>
    </message>
    <message>
        <source>Your answers cannot be saved: %1</source>
        <translation>Koj cov lus teb khaws tsis tau: %1</translation>
    </message>
    <message>
        <source>%1 can only be read: your past results are here, but new answers cannot be saved. To take a quiz, start HIT Ready with --db and a file you may change.</source>
        <extracomment>%1 is the database file</extracomment>
        <translation>%1 tsuas nyeem tau xwb: koj cov txiaj ntsig dhau los nyob ntawm no, tiam sis khaws tsis tau cov lus teb tshiab. Yog xav ua kev xeem me, qhib HIT Ready nrog --db thiab ib daim file uas koj hloov tau.</translation>
    </message>
    <message>
        <source>Who is taking the quiz?</source>
        <translation>Leej twg ua kev xeem me?</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Tus neeg siv</translation>
    </message>
    <message>
        <source>New profile name</source>
        <translation>Npe tus neeg siv tshiab</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Ntxiv tus neeg siv</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Ua ntxiv qhov koj tseg lawm</translation>
    </message>
    <message>
        <source>Past results</source>
        <translation>Cov txiaj ntsig dhau los</translation>
    </message>
    <message>
        <source>Choose the same quiz below to continue from its file: if the file is the version you started, your answers are all there.</source>
        <translation>Xaiv tib qho kev xeem me hauv qab no los ua ntxiv ntawm nws daim file: yog tias daim file yog tib lub version uas koj pib, koj cov lus teb nyob tag nrho.</translation>
    </message>
    <message>
        <source>Choose a quiz</source>
        <translation>Xaiv ib qho kev xeem me</translation>
    </message>
    <message>
        <source>Add a profile first, so your answers are kept under your name.</source>
        <translation>Ntxiv ib tus neeg siv ua ntej, kom koj cov lus teb raug khaws rau hauv koj lub npe.</translation>
    </message>
    <message>
        <source>No quiz files were found in %1 or %2.</source>
        <translation>Nrhiav tsis tau ib daim file kev xeem me hauv %1 los yog %2.</translation>
    </message>
    <message>
        <source>Your own quizzes</source>
        <translation>Koj tus kheej cov kev xeem me</translation>
    </message>
    <message>
        <source>Quiz files (.yaml) that you or your instructor put in this folder are listed above: %1</source>
        <extracomment>%1 = a folder on the learner&apos;s computer</extracomment>
        <translation>Cov file kev xeem me (.yaml) uas koj los yog koj tus xib fwb muab tso rau hauv lub folder no muaj nyob saum toj no: %1</translation>
    </message>
    <message>
        <source>Look for new quiz files</source>
        <translation>Nrhiav cov file kev xeem me tshiab</translation>
    </message>
    <message>
        <source>Your class</source>
        <translation>Koj chav kawm</translation>
    </message>
    <message>
        <source>Your answers are sent to the class at %1.</source>
        <extracomment>%1 is the class address without its password</extracomment>
        <translation>Koj cov lus teb raug xa mus rau chav kawm ntawm %1.</translation>
    </message>
    <message>
        <source>Taking quizzes for a class? Connect with the address your instructor gave you.</source>
        <translation>Koj ua kev xeem me rau ib chav kawm puas? Txuas nrog qhov chaw nyob uas koj tus xib fwb muab rau koj.</translation>
    </message>
    <message>
        <source>Class connection…</source>
        <translation>Kev txuas rau chav kawm…</translation>
    </message>
    <message>
        <source>Connect to a class…</source>
        <translation>Txuas rau ib chav kawm…</translation>
    </message>
    <message>
        <source>For instructors</source>
        <translation>Rau cov xib fwb</translation>
    </message>
    <message>
        <source>Instructor view (passphrase)</source>
        <translation>Nplooj ntawv xib fwb (kab lus zais)</translation>
    </message>
</context>
<context>
    <name>HotTextItem</name>
    <message>
        <source>Select the parts that are wrong: click a boxed part, or reach it with Tab and press Space. The small number under a box only names the part; it is not in the record. A selected part is shaded and its number shows a ✓.</source>
        <extracomment>The record&apos;s parts are boxed; each box has a small numbered badge below it.</extracomment>
        <translation>Xaiv cov feem uas tsis raug: nias ib feem uas muaj npoo, los yog mus txog nws nrog Tab thiab nias Space. Tus lej me me hauv qab lub npoo tsuas yog lub npe ntawm feem ntawd xwb; nws tsis nyob hauv daim ntaub ntawv. Ib feem uas xaiv lawm muaj xim ntxoov thiab nws tus lej muaj ib tug ✓.</translation>
    </message>
</context>
<context>
    <name>HotTextPart</name>
    <message>
        <source>Part %1: %2, selected</source>
        <extracomment>%1 = part number, %2 = the exact text of that part</extracomment>
        <translation>Feem %1: %2, xaiv lawm</translation>
    </message>
    <message>
        <source>Part %1: %2, not selected</source>
        <extracomment>%1 = part number, %2 = the exact text of that part</extracomment>
        <translation>Feem %1: %2, tsis tau xaiv</translation>
    </message>
</context>
<context>
    <name>InstructorPage</name>
    <message>
        <source>Save the item analysis as PDF</source>
        <translation>Khaws kev tshuaj xyuas cov lo lus nug ua PDF</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Khaws tseg</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Cov file PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Collect hand-in files</source>
        <translation>Txais cov ntawv xa rau xib fwb</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Txais</translation>
    </message>
    <message>
        <source>Hand-in files (*.json)</source>
        <translation>Cov ntawv xa rau xib fwb (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Txhua yam file (*)</translation>
    </message>
    <message>
        <source>Instructor view: how the items work</source>
        <translation>Nplooj ntawv xib fwb: cov lo lus nug ua hauj lwm li cas</translation>
    </message>
    <message>
        <source>Choose a passphrase for the instructor view (at least 8 characters). Learners using this computer will need it to see the statistics.</source>
        <translation>Xaiv ib kab lus zais rau nplooj ntawv xib fwb (tsawg kawg 8 tus ntawv). Cov neeg kawm uas siv lub khoos phis tawj no yuav tsum muaj nws thiaj saib tau cov lej txheeb.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Kab lus zais tshiab</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Tib kab lus zais dua ib zaug</translation>
    </message>
    <message>
        <source>Set the passphrase</source>
        <translation>Teeb kab lus zais</translation>
    </message>
    <message>
        <source>Instructor passphrase</source>
        <translation>Kab lus zais ntawm xib fwb</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Qhib</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Kev xeem me</translation>
    </message>
    <message>
        <source>Every attempt (not only each learner&apos;s first)</source>
        <translation>Txhua zaug ua (tsis yog tus neeg kawm zaug thawj xwb)</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Khaws daim ntawv qhia ua PDF</translation>
    </message>
    <message>
        <source>Collect hand-in files…</source>
        <extracomment>adds learners&apos; hand-in files to this computer&apos;s database</extracomment>
        <translation>Txais cov ntawv xa rau xib fwb…</translation>
    </message>
    <message>
        <source>Adds the results learners handed in as files</source>
        <translation>Ntxiv cov txiaj ntsig uas cov neeg kawm xa ua file</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Xauv</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Tab tom xam…</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Qhov ntseeg tau</translation>
    </message>
    <message>
        <source>%1: %2 attempts, mean %3%, SD %4%, alpha %5%, SEM %6%.</source>
        <extracomment>a quiz or domain summary; alpha = Cronbach&apos;s alpha, SEM = standard error of measurement</extracomment>
        <translation>%1: %2 zaug ua, nruab nrab %3%, SD %4%, alpha %5%, SEM %6%.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Cov lo lus nug</translation>
    </message>
    <message>
        <source>Facility: mean mark in percent. Discrimination: how well the item separates strong from weak learners. Sort by a figure; the same button again reverses the order. Press Enter on an item to see how often each answer was given.</source>
        <translation>Qhov yooj yim: qhab nia nruab nrab ua feem pua. Qhov sib cais: lo lus nug cais tau cov neeg kawm muaj zog ntawm cov tsis muaj zog zoo npaum li cas. Teeb kab ke raws ib tus lej; nias tib lub khawm dua yuav thim kab ke rov qab. Nias Enter ntawm ib lo lus nug los saib txhua lo lus teb raug muab pes tsawg zaus.</translation>
    </message>
    <message>
        <source>Quiz order</source>
        <translation>Raws kev xeem me</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Qhov yooj yim</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Qhov sib cais</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Qhov ua tau zoo</translation>
    </message>
    <message>
        <source>Effective weight</source>
        <translation>Qhov hnyav tiag</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Cov cim</translation>
    </message>
    <message>
        <source>Preview a quiz file</source>
        <translation>Saib ua ntej ib daim file kev xeem me</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Saib ua ntej</translation>
    </message>
    <message>
        <source>Quiz files (*.yaml *.yml)</source>
        <translation>Cov file kev xeem me (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Preview a quiz file…</source>
        <translation>Saib ua ntej ib daim file kev xeem me…</translation>
    </message>
    <message>
        <source>Opens a window that shows a quiz file&apos;s items as learners see them and follows every save.</source>
        <translation>Qhib ib lub qhov rais uas qhia cov lo lus nug (item) hauv daim file kev xeem me ib yam li cov tub kawm pom, thiab hloov txhua zaus koj khaws daim file.</translation>
    </message>
    <message numerus="yes">
        <source>%n finished attempts counted.</source>
        <translation>
            <numerusform>Suav %n zaug ua tiav lawm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>This quiz measures:</source>
        <translation>Kev xeem me no ntsuas:</translation>
    </message>
    <message>
        <source>Practice mode: after each answer you see whether it was right, and why.</source>
        <translation>Kev xyaum: tom qab txhua lo lus teb koj pom tias nws raug los tsis raug, thiab vim li cas.</translation>
    </message>
    <message>
        <source>Assessment mode: you see your results and the explanations at the end.</source>
        <translation>Kev ntsuam xyuas: koj pom koj cov txiaj ntsig thiab cov lus piav qhia thaum kawg.</translation>
    </message>
    <message>
        <source>Some questions ask you to rate yourself. They are not scored: your results show them next to your measured score.</source>
        <translation>Muaj qee lo lus nug kom koj ntsuas koj tus kheej. Cov no tsis muaj qhab nia: koj cov txiaj ntsig qhia lawv ib sab ntawm koj cov qhab nia uas ntsuas tau.</translation>
    </message>
    <message>
        <source>This quiz is for exploration: it helps you decide what to learn next. It is not a screening or a hiring test.</source>
        <translation>Kev xeem me no yog rau koj tshawb nrhiav: nws pab koj txiav txim seb yuav kawm dab tsi tom ntej. Nws tsis yog kev xeem xaiv neeg los yog ntiav neeg ua hauj lwm.</translation>
    </message>
    <message>
        <source>You started this quiz on %1 and have not submitted it. Continuing takes you back to where you left off, with your answers.</source>
        <extracomment>%1 = date and time the unfinished attempt was started</extracomment>
        <translation>Koj pib kev xeem me no rau hnub %1 thiab tseem tsis tau xa. Yog koj ua ntxiv, koj rov mus rau qhov koj tseg lawm, nrog koj cov lus teb.</translation>
    </message>
    <message>
        <source>Continue the quiz</source>
        <translation>Ua kev xeem me ntxiv</translation>
    </message>
    <message>
        <source>Start the quiz</source>
        <translation>Pib kev xeem me</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Pib dua</translation>
    </message>
    <message>
        <source>Start over? The answers you gave in the unfinished attempt are deleted, and a new attempt begins.</source>
        <translation>Pib dua puas? Cov lus teb hauv zaug ua uas tsis tiav yuav raug rho tawm, thiab pib ib zaug ua tshiab.</translation>
    </message>
    <message>
        <source>Keep my answers</source>
        <translation>Khaws kuv cov lus teb</translation>
    </message>
    <message>
        <source>Delete my answers and start over</source>
        <translation>Rho kuv cov lus teb thiab pib dua</translation>
    </message>
    <message>
        <source>This translation has not yet been checked by a fluent reviewer.</source>
        <translation>Kev txhais lus no tseem tsis tau muaj ib tug neeg paub lus zoo kuaj xyuas.</translation>
    </message>
</context>
<context>
    <name>ItemStatisticsRow</name>
    <message>
        <source>%1 attempts · facility %2 · discrimination %3 · efficiency %4 · effective weight %5</source>
        <extracomment>item statistics: %1 attempts, %2 facility, %3 discrimination, %4 efficiency, %5 effective weight</extracomment>
        <translation>%1 zaug ua · qhov yooj yim %2 · qhov sib cais %3 · qhov ua tau zoo %4 · qhov hnyav tiag %5</translation>
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
        <translation>Tsis muaj</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lus</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Lus thib ob</translation>
    </message>
    <message>
        <source>Show a second language</source>
        <translation>Qhia ib hom lus thib ob</translation>
    </message>
</context>
<context>
    <name>LearnerShell</name>
    <message>
        <source>Back</source>
        <translation>Rov qab</translation>
    </message>
    <message>
        <source>HIT Ready</source>
        <translation>HIT Ready</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Qhov loj ntawm tus ntawv</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Text size, percent</source>
        <translation>Qhov loj ntawm tus ntawv, feem pua</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Xim pom tseeb</translation>
    </message>
    <message>
        <source>Hide text size, contrast and language</source>
        <translation>Zais qhov loj ntawm ntawv, qhov sib txawv xim thiab hom lus</translation>
    </message>
    <message>
        <source>Text size, contrast and language</source>
        <translation>Qhov loj ntawm ntawv, qhov sib txawv xim thiab hom lus</translation>
    </message>
</context>
<context>
    <name>LikertItem</name>
    <message>
        <source>Rate yourself from 1 to 5. This is not scored; choose the description closest to you.</source>
        <translation>Ntsuas koj tus kheej txij 1 txog 5. Qhov no tsis muaj qhab nia; xaiv cov lus piav qhia uas zoo li koj tshaj.</translation>
    </message>
    <message>
        <source>%1 of 5: %2</source>
        <extracomment>%1 = rating 1-5, %2 = what that rating looks like</extracomment>
        <translation>%1 ntawm 5: %2</translation>
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
        <translation>Xaiv qhov sib phim rau txhua kab. Qee qhov kev xaiv yuav tsis siv.</translation>
    </message>
    <message>
        <source>Match for %1</source>
        <extracomment>%1 = the entry to match</extracomment>
        <translation>Qhov sib phim rau %1</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceItem</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>Xaiv txhua qhov uas muaj tseeb.</translation>
    </message>
</context>
<context>
    <name>OptionRow</name>
    <message>
        <source>Right answer.</source>
        <translation>Lo lus teb raug.</translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation>Tsis raug.</translation>
    </message>
</context>
<context>
    <name>OrderingItem</name>
    <message>
        <source>Put the steps in order, first step at the top. Select a step, then press Ctrl+Up or Ctrl+Down to move it.</source>
        <translation>Muab cov kauj ruam teeb raws li kab ke, kauj ruam thawj nyob saum toj. Xaiv ib kauj ruam, ces nias Ctrl+Up los yog Ctrl+Down los txav nws.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 = position, %2 = number of steps, %3 = the step</extracomment>
        <translation>Kauj ruam %1 ntawm %2: %3</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nce</translation>
    </message>
    <message>
        <source>Move step %1 up</source>
        <translation>Txav kauj ruam %1 nce</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nqis</translation>
    </message>
    <message>
        <source>Move step %1 down</source>
        <translation>Txav kauj ruam %1 nqis</translation>
    </message>
    <message>
        <source>This order is my answer</source>
        <translation>Qhov kab ke no yog kuv lo lus teb</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Your next steps</source>
        <translation>Koj cov kauj ruam tom ntej</translation>
    </message>
    <message>
        <source>This quiz gives no recommendation for these results.</source>
        <translation>Kev xeem me no tsis muaj lus qhia rau cov txiaj ntsig no.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Vim li cas: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message numerus="yes">
        <source>%n problems in the file as saved: the preview shows the last version that loaded.</source>
        <translation>
            <numerusform>%n qhov teeb meem hauv daim file uas khaws cia: qhov saib ua ntej qhia version kawg uas qhib tau.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: every save shows here at once. Nothing you answer here is saved.</source>
        <translation>%1: txhua zaus koj khaws daim file, nws tshwm ntawm no tam sim ntawd. Tsis muaj ib lo lus teb twg uas koj teb ntawm no raug khaws cia.</translation>
    </message>
    <message>
        <source>Hide the rule explorer</source>
        <translation>Zais lub cuab yeej saib cov cai</translation>
    </message>
    <message>
        <source>Show the rule explorer</source>
        <translation>Qhia lub cuab yeej saib cov cai</translation>
    </message>
    <message>
        <source>The sliders that try the quiz&apos;s recommendation rules.</source>
        <translation>Cov slider uas sim cov cai lus qhia ntawm kev xeem me.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems and warnings</source>
        <extracomment>heading over the list of problems and warnings: %n = how many</extracomment>
        <translation>
            <numerusform>%n qhov teeb meem thiab lus ceeb toom</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Cov teeb meem hauv daim file</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Lus ceeb toom</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Qhov yuam kev</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <extracomment>heading over the list of the quiz&apos;s items: %n = how many</extracomment>
        <translation>
            <numerusform>%n lo lus nug (item)</numerusform>
        </translation>
    </message>
    <message>
        <source>Items of the quiz</source>
        <translation>Cov lo lus nug (item) ntawm kev xeem me</translation>
    </message>
    <message>
        <source>Item %1, %2: %3</source>
        <extracomment>an item in the preview&apos;s list: %1 = its number, %2 = its id, %3 = its prompt&apos;s start</extracomment>
        <translation>Lo lus nug %1, %2: %3</translation>
    </message>
    <message>
        <source>Item %1 of %2 (%3)</source>
        <extracomment>%1 = item number, %2 = number of items, %3 = the item&apos;s id</extracomment>
        <translation>Lo lus nug %1 ntawm %2 (%3)</translation>
    </message>
    <message>
        <source>This file has not loaded yet. Fix the problems listed on the left and save: the preview follows.</source>
        <translation>Daim file no tseem tsis tau qhib. Kho cov teeb meem nyob rau sab laug thiab khaws: qhov saib ua ntej yuav hloov raws.</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Lo lus nug dhau los</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Lo lus nug tom ntej</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Lwv lo lus teb</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Preview: %1</source>
        <extracomment>window title: %1 = the quiz file&apos;s name</extracomment>
        <translation>Saib ua ntej: %1</translation>
    </message>
</context>
<context>
    <name>QuestionBankImportPanel</name>
    <message>
        <source>Import a question bank</source>
        <translation>Muab ib pawg lus nug los</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Muab los</translation>
    </message>
    <message>
        <source>Question banks (*.gift *.txt *.xml *.zip *.yaml *.yml)</source>
        <translation>Pawg lus nug (*.gift *.txt *.xml *.zip *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Txhua cov ntaub ntawv (*)</translation>
    </message>
    <message>
        <source>Import a question bank…</source>
        <translation>Muab ib pawg lus nug los…</translation>
    </message>
    <message>
        <source>Reads GIFT, Moodle XML or QTI 3 questions into a new quiz file in your quiz folder and opens it in the preview.</source>
        <translation>Nyeem cov lus nug GIFT, Moodle XML los yog QTI 3 rau hauv ib daim ntawv xeem tshiab hauv koj lub nplaub tshev xeem thiab qhib nws hauv qhov saib ua ntej.</translation>
    </message>
</context>
<context>
    <name>QuestionPalette</name>
    <message>
        <source>Question palette</source>
        <translation>Daim ntawv teev lo lus nug</translation>
    </message>
    <message>
        <source>Question %1, %2</source>
        <extracomment>palette cell: %1 = question number, %2 = answered / flagged / not answered</extracomment>
        <translation>Lo lus nug %1, %2</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>teb lawm</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>muab cim lawm</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>tsis tau teb</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Correct.</source>
        <translation>Raug lawm.</translation>
    </message>
    <message>
        <source>Partly correct.</source>
        <translation>Raug ib feem.</translation>
    </message>
    <message>
        <source>Not correct.</source>
        <translation>Tsis raug.</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Kuaj kuv lo lus teb</translation>
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <source>Start %1</source>
        <translation>Pib %1</translation>
    </message>
    <message>
        <source>%1 · edition %2</source>
        <extracomment>%1 = e.g. &quot;64 questions (60 scored, 4 self-ratings) · about 50 minutes&quot;, %2 = quiz edition</extracomment>
        <translation>%1 · version %2</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>tsis muaj npe</translation>
    </message>
    <message>
        <source>from your own quiz folder</source>
        <translation>los ntawm koj lub folder kev xeem me</translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation>Ntsuas: %1</translation>
    </message>
    <message>
        <source>This quiz file has a problem: %1</source>
        <translation>Daim file kev xeem me no muaj teeb meem: %1</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Question %1 of %2</source>
        <extracomment>%1 = question number, %2 = number of questions</extracomment>
        <translation>Lo lus nug %1 ntawm %2</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <extracomment>time left in the quiz: %1 = minutes:seconds, such as 5:30</extracomment>
        <translation>Sij hawm tseem tshuav: %1</translation>
    </message>
    <message>
        <source>less than 5 minutes. Your answers so far are saved; at zero the quiz is submitted.</source>
        <translation>tsawg dua 5 feeb. Koj cov lus teb txog tam sim no raug khaws lawm; thaum txog xoom, kev xeem me yuav raug xa.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Teb lawm %1 ntawm %2</translation>
    </message>
    <message>
        <source>All questions (filled: answered, ⚑: flagged). Keys: 1-9 choose, Alt+N next, Alt+P previous, Alt+F flag, Alt+R review.</source>
        <translation>Txhua lo lus nug (puv: teb lawm, ⚑: muab cim lawm). Cov yuam sij: 1-9 xaiv, Alt+N tom ntej, Alt+P dhau los, Alt+F cim, Alt+R rov saib.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Dhau los</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>Tshem cim</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Cim kom rov saib</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tom ntej</translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation>Rov saib thiab xa</translation>
    </message>
    <message>
        <source>Save and leave</source>
        <translation>Khaws tseg thiab tawm</translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <source>You gave every self-rating question the same answer (%1). Self-ratings help most when each one describes that area alone; consider whether they all fit.</source>
        <extracomment>%1 the one rating given to every self-rating question, e.g. &quot;3 of 5&quot;</extracomment>
        <translation>Koj muab tib lo lus teb rau txhua lo lus nug ntsuas koj tus kheej (%1). Kev ntsuas koj tus kheej pab tau zoo tshaj thaum txhua qhov piav txog ntu ntawd xwb; xav saib puas yog txhua qhov haum rau koj.</translation>
    </message>
    <message>
        <source>These results are for your own exploration and planning. They are not a screening, hiring or admission decision, and they do not certify any skill.</source>
        <translation>Cov txiaj ntsig no yog rau koj tshawb nrhiav thiab npaj xwb. Lawv tsis yog kev txiav txim xaiv neeg, ntiav neeg ua hauj lwm los yog txais neeg kawm ntawv, thiab lawv tsis lees paub ib yam txuj ci twg.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Kev cob qhia</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Daim ntawv pov thawj</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Kev paub dhau los</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Chav kawm</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Save the report as PDF</source>
        <translation>Khaws daim ntawv qhia ua PDF</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Khaws tseg</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Cov file PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Hand in your results</source>
        <translation>Xa koj cov txiaj ntsig rau xib fwb</translation>
    </message>
    <message>
        <source>Hand-in files (*.json)</source>
        <translation>Cov ntawv xa rau xib fwb (*.json)</translation>
    </message>
    <message>
        <source>Your time ran out, so the quiz was submitted with the answers you had given. Questions you had not answered count as not correct.</source>
        <translation>Koj lub sij hawm tas lawm, yog li kev xeem me raug xa nrog cov lus teb uas koj twb teb lawm. Cov lo lus nug uas koj tsis tau teb suav tias tsis raug.</translation>
    </message>
    <message>
        <source>Overall: no scored questions</source>
        <translation>Tag nrho: tsis muaj lo lus nug uas muaj qhab nia</translation>
    </message>
    <message>
        <source>See your next steps</source>
        <translation>Saib koj cov kauj ruam tom ntej</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Khaws ua PDF</translation>
    </message>
    <message>
        <source>Hand in results…</source>
        <extracomment>writes this learner&apos;s finished attempts to a file for the instructor</extracomment>
        <translation>Xa cov txiaj ntsig…</translation>
    </message>
    <message>
        <source>Saves your finished attempts in one file to give to your instructor</source>
        <translation>Khaws koj cov zaug ua tiav rau hauv ib daim file los muab rau koj tus xib fwb</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Nplooj tsev</translation>
    </message>
    <message>
        <source>Where you lost the most points</source>
        <translation>Qhov twg koj poob qhab nia ntau tshaj</translation>
    </message>
    <message>
        <source>Overall: %1 %2</source>
        <extracomment>%1 the overall percent such as &quot;58%&quot;, %2 &quot;— &quot; and its level, or nothing</extracomment>
        <translation>Tag nrho: %1 %2</translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation>Koj kauj ruam tom ntej</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>the first recommendation on the results: %1 its kind (&quot;Training&quot;), %2 its title</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This quiz gives no recommendation for these results.</source>
        <translation>Kev xeem me no tsis muaj lus qhia rau cov txiaj ntsig no.</translation>
    </message>
    <message>
        <source>Review your answers</source>
        <translation>Saib dua koj cov lus teb</translation>
    </message>
    <message>
        <source>Each question with your answer, the right answer and why</source>
        <translation>Txhua lo lus nug nrog koj lo lus teb, lo lus teb yog thiab vim li cas</translation>
    </message>
    <message>
        <source>Include your answers in the PDF</source>
        <translation>Muab koj cov lus teb tso rau hauv PDF</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and submit</source>
        <translation>Rov saib thiab xa</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions. %3 are flagged for review.</source>
        <extracomment>%1 answered, %2 total, %3 flagged</extracomment>
        <translation>Koj teb %1 ntawm %2 lo lus nug. %3 lo lus nug raug cim kom rov saib.</translation>
    </message>
    <message>
        <source>Every question is answered and none is flagged.</source>
        <translation>Txhua lo lus nug teb lawm thiab tsis muaj ib qho muab cim.</translation>
    </message>
    <message>
        <source>Question %1 (%2): %3</source>
        <extracomment>%1 = question number, %2 = status, %3 = start of the question</extracomment>
        <translation>Lo lus nug %1 (%2): %3</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>muab cim lawm</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>tsis tau teb</translation>
    </message>
    <message>
        <source>Submit my answers</source>
        <translation>Xa kuv cov lus teb</translation>
    </message>
    <message>
        <source>Submit your answers?</source>
        <translation>Xa koj cov lus teb puas?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yog</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tsis yog</translation>
    </message>
    <message>
        <source>%1 questions are not answered; they will count as wrong. After submitting you cannot change your answers.</source>
        <translation>%1 lo lus nug tsis tau teb; lawv yuav suav tias tsis raug. Tom qab xa lawm koj hloov tsis tau koj cov lus teb.</translation>
    </message>
    <message>
        <source>After submitting you cannot change your answers.</source>
        <translation>Tom qab xa lawm koj hloov tsis tau koj cov lus teb.</translation>
    </message>
</context>
<context>
    <name>RuleExplorer</name>
    <message>
        <source>Rule explorer</source>
        <translation>Lub cuab yeej saib cov cai</translation>
    </message>
    <message>
        <source>Set a learner&apos;s score in each domain to see the overall score and the recommendations that learner would get.</source>
        <translation>Teem ib tug tub kawm qhov qhab nia hauv txhua ntu kom pom qhab nia tag nrho thiab cov lus qhia uas tus tub kawm ntawd yuav tau txais.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = a domain&apos;s title, %2 = its percent (&quot;Ethics and privacy: 58%&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <extracomment>%1 = the overall percent and level (&quot;58% (Developing)&quot;)</extracomment>
        <translation>Tag nrho: %1</translation>
    </message>
    <message>
        <source>Self-rating in %1: %2</source>
        <extracomment>%1 = a domain&apos;s title, %2 = a rating (&quot;3.5 of 5&quot;) or &quot;not answered&quot;</extracomment>
        <translation>Kev ntsuas koj tus kheej hauv %1: %2</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <extracomment>%1 = the level band of a domain&apos;s percent (&quot;Developing&quot;)</extracomment>
        <translation>Theem: %1</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Tag nrho</translation>
    </message>
    <message>
        <source>Recommendations given</source>
        <translation>Cov lus qhia uas muab</translation>
    </message>
    <message>
        <source>%1 of the quiz&apos;s %2</source>
        <extracomment>%1 = how many recommendations hold, %2 = how many the quiz has</extracomment>
        <translation>%1 ntawm %2 ntawm kev xeem me</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Vim li cas: %1</translation>
    </message>
</context>
<context>
    <name>ScoreNotes</name>
    <message>
        <source>How sure these numbers are</source>
        <translation>Cov lej no tseeb npaum li cas</translation>
    </message>
    <message>
        <source>The outlined span on each bar is the range your real score is likely in. Until many learners have taken the quiz, it is worked out from your own answers (95% sure), so a part with few questions has a wide span, even at 0% or 100%. After that, it comes from how much the quiz&apos;s scores vary.</source>
        <extracomment>explains the outlined span drawn on each domain&apos;s bar</extracomment>
        <translation>Lub thawv nyob ntawm txhua kab qhia qhov koj qhab nia tiag tej zaum yuav nyob. Thaum tseem tsis tau muaj neeg coob ua kev xeem me, nws xam los ntawm koj cov lus teb (paub tseeb 95%), yog li ib ntu uas muaj ob peb lo lus nug xwb muaj lub thawv dav, txawm yog 0% los yog 100%. Tom qab ntawd, nws xam raws li cov qhab nia ntawm kev xeem me txawv npaum li cas.</translation>
    </message>
</context>
<context>
    <name>SingleChoiceItem</name>
    <message>
        <source>Choose one answer.</source>
        <translation>Xaiv ib lo lus teb.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Your domain scores across attempts</source>
        <translation>Koj cov qhab nia txhua ntu hauv txhua zaug ua</translation>
    </message>
</context>
<context>
    <name>TrueFalseItem</name>
    <message>
        <source>Is this statement true or false?</source>
        <translation>Kab lus no tseeb los tsis tseeb?</translation>
    </message>
</context>
<context>
    <name>TypedAnswerItem</name>
    <message>
        <source>Type a number. Use a point for decimals, for example 12.5.</source>
        <translation>Sau ib tus lej. Siv ib lub cim point rau cov decimal, piv txwv 12.5.</translation>
    </message>
    <message>
        <source>Type your answer.</source>
        <translation>Sau koj lo lus teb.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Koj tus lej</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Koj lo lus teb</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Correct.</source>
        <translation>Raug lawm.</translation>
    </message>
    <message>
        <source>Partly correct.</source>
        <translation>Raug ib feem.</translation>
    </message>
    <message>
        <source>Not correct.</source>
        <translation>Tsis raug.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Your overall score is %1.</source>
        <extracomment>%1 the learner&apos;s overall percent</extracomment>
        <translation>Koj cov qhab nia tag nrho yog %1.</translation>
    </message>
    <message>
        <source>Your score in %1 is %2.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s percent in it</extracomment>
        <translation>Koj cov qhab nia hauv %1 yog %2.</translation>
    </message>
    <message>
        <source>You rated yourself %2 in %1.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s self-rating such as &quot;4 of 5&quot;</extracomment>
        <translation>Koj ntsuas koj tus kheej %2 hauv %1.</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percent: %1 is the number, written the language&apos;s way (&quot;58&quot;, &quot;83.3&quot;); write the percent sign as the language does (&quot;58 %&quot; in Spanish)</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no scored items</source>
        <extracomment>in place of a percent: the area had no questions that count for points</extracomment>
        <translation>tsis muaj lo lus nug uas muaj qhab nia</translation>
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
        <translation>%1 ntawm 5</translation>
    </message>
    <message>
        <source>This step is suggested to every learner.</source>
        <translation>Kauj ruam no pom zoo rau txhua tus neeg kawm.</translation>
    </message>
    <message numerus="yes">
        <source>When you were very sure, you were right %1 of %n times.</source>
        <extracomment>%n answers given as &quot;very sure&quot;; %1 how many of them were right</extracomment>
        <translation>
            <numerusform>Thaum koj paub tseeb heev, koj teb raug %1 ntawm %n zaug.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When you were not sure, you were right %1 of %n times.</source>
        <extracomment>%n answers given as &quot;not sure&quot;; %1 how many of them were right</extracomment>
        <translation>
            <numerusform>Thaum koj tsis paub tseeb, koj teb raug %1 ntawm %n zaug.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When you were fairly sure, you were right %1 of %n times.</source>
        <extracomment>%n answers given as &quot;fairly sure&quot;; %1 how many of them were right</extracomment>
        <translation>
            <numerusform>Thaum koj paub tseeb me ntsis, koj teb raug %1 ntawm %n zaug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certainty-weighted score: %1 per question, on a scale from -6 to 3 (1 is every answer right but not sure; 3 is every answer right and very sure).</source>
        <extracomment>certainty-based marking: %1 is the mean mark per question, between -6 and 3</extracomment>
        <translation>Qhab nia raws kev paub tseeb: %1 rau ib lo lus nug, ntawm -6 txog 3 (1 yog txhua lo lus teb raug tiam sis tsis paub tseeb; 3 yog txhua lo lus teb raug thiab paub tseeb heev).</translation>
    </message>
    <message>
        <source>You rated yourself %1 in %2; you scored %3.</source>
        <extracomment>%1 a self-rating such as &quot;4 of 5&quot;, %2 a domain title, %3 a percent such as &quot;42%&quot;</extracomment>
        <translation>Koj ntsuas koj tus kheej %1 hauv %2; koj tau %3.</translation>
    </message>
    <message numerus="yes">
        <source>About ±%1 points: the measurement error of this part of the quiz, from %n attempts by all learners.</source>
        <extracomment>%1 percentage points either side of the score; %n finished attempts of the quiz</extracomment>
        <translation>
            <numerusform>Kwv yees li ±%1 qhab nia: qhov yuam kev ntawm kev ntsuas ntu no ntawm kev xeem me, los ntawm %n zaug ua ntawm txhua tus neeg kawm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time limit: %n minutes; the attempt is submitted when it runs out.</source>
        <extracomment>%n the quiz&apos;s time limit in whole minutes</extracomment>
        <translation>
            <numerusform>Sij hawm txwv: %n feeb; zaug ua yuav raug xa thaum sij hawm tas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time limit: %1 minutes; the attempt is submitted when it runs out.</source>
        <extracomment>%1 a number of minutes with a fraction, such as 7.5</extracomment>
        <translation>Sij hawm txwv: %1 feeb; zaug ua yuav raug xa thaum sij hawm tas.</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>the time left in a timed quiz; %1 minutes:seconds, such as 12:05</extracomment>
        <translation>tseem tshuav %1</translation>
    </message>
    <message>
        <source>Time is up: the attempt is submitted with the answers given so far.</source>
        <translation>Sij hawm tas lawm: zaug ua raug xa nrog cov lus teb uas teb txog tam sim no.</translation>
    </message>
    <message>
        <source>The time limit had run out: the attempt was submitted with the answers given.</source>
        <translation>Sij hawm twb tas lawm: zaug ua raug xa nrog cov lus teb uas twb teb lawm.</translation>
    </message>
    <message>
        <source>Your overall score, %1, is %2 or more and under %3.</source>
        <extracomment>%1 the learner&apos;s overall percent, %2 and %3 bounds such as &quot;50%&quot;</extracomment>
        <translation>Koj qhab nia tag nrho, %1, yog %2 los yog ntau dua thiab tsawg dua %3.</translation>
    </message>
    <message>
        <source>Your overall score, %1, is from %2 to %3.</source>
        <extracomment>%1 the learner&apos;s overall percent, %2 and %3 bounds such as &quot;50%&quot;</extracomment>
        <translation>Koj qhab nia tag nrho, %1, nyob nruab nrab %2 thiab %3.</translation>
    </message>
    <message>
        <source>Your overall score, %1, is %2 or more.</source>
        <extracomment>%1 the learner&apos;s overall percent, %2 the lowest that counts, such as &quot;70%&quot;</extracomment>
        <translation>Koj qhab nia tag nrho, %1, yog %2 los yog ntau dua.</translation>
    </message>
    <message>
        <source>Your overall score, %1, is under %2.</source>
        <extracomment>%1 the learner&apos;s overall percent, %2 a bound such as &quot;50%&quot;</extracomment>
        <translation>Koj qhab nia tag nrho, %1, tsawg dua %2.</translation>
    </message>
    <message>
        <source>Your overall score, %1, is %2 or less.</source>
        <extracomment>%1 the learner&apos;s overall percent, %2 a bound such as &quot;50%&quot;</extracomment>
        <translation>Koj qhab nia tag nrho, %1, yog %2 los yog tsawg dua.</translation>
    </message>
    <message>
        <source>Your score in %1, %2, is %3 or more and under %4.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s percent in it, %3 and %4 bounds</extracomment>
        <translation>Koj qhab nia hauv %1, %2, yog %3 los yog ntau dua thiab tsawg dua %4.</translation>
    </message>
    <message>
        <source>Your score in %1, %2, is from %3 to %4.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s percent in it, %3 and %4 bounds</extracomment>
        <translation>Koj qhab nia hauv %1, %2, nyob nruab nrab %3 thiab %4.</translation>
    </message>
    <message>
        <source>Your score in %1, %2, is %3 or more.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s percent in it, %3 the lowest that counts</extracomment>
        <translation>Koj qhab nia hauv %1, %2, yog %3 los yog ntau dua.</translation>
    </message>
    <message>
        <source>Your score in %1, %2, is under %3.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s percent in it, %3 a bound</extracomment>
        <translation>Koj qhab nia hauv %1, %2, tsawg dua %3.</translation>
    </message>
    <message>
        <source>Your score in %1, %2, is %3 or less.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s percent in it, %3 a bound</extracomment>
        <translation>Koj qhab nia hauv %1, %2, yog %3 los yog tsawg dua.</translation>
    </message>
    <message>
        <source>You rated yourself %2 in %1, which is %3 or more and under %4.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s self-rating such as &quot;4 of 5&quot;, %3 and %4 bounds such as &quot;3 of 5&quot;</extracomment>
        <translation>Koj ntsuas koj tus kheej %2 hauv %1, uas yog %3 los yog ntau dua thiab tsawg dua %4.</translation>
    </message>
    <message>
        <source>You rated yourself %2 in %1, which is from %3 to %4.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s self-rating such as &quot;4 of 5&quot;, %3 and %4 bounds such as &quot;3 of 5&quot;</extracomment>
        <translation>Koj ntsuas koj tus kheej %2 hauv %1, uas nyob nruab nrab %3 thiab %4.</translation>
    </message>
    <message>
        <source>You rated yourself %2 in %1, which is %3 or more.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s self-rating such as &quot;4 of 5&quot;, %3 a bound</extracomment>
        <translation>Koj ntsuas koj tus kheej %2 hauv %1, uas yog %3 los yog ntau dua.</translation>
    </message>
    <message>
        <source>You rated yourself %2 in %1, which is under %3.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s self-rating such as &quot;2 of 5&quot;, %3 a bound</extracomment>
        <translation>Koj ntsuas koj tus kheej %2 hauv %1, uas tsawg dua %3.</translation>
    </message>
    <message>
        <source>You rated yourself %2 in %1, which is %3 or less.</source>
        <extracomment>%1 an area of the quiz, %2 the learner&apos;s self-rating such as &quot;2 of 5&quot;, %3 a bound</extracomment>
        <translation>Koj ntsuas koj tus kheej %2 hauv %1, uas yog %3 los yog tsawg dua.</translation>
    </message>
    <message numerus="yes">
        <source>Likely between %1 and %2: from only %n questions, a score can be off by this much.</source>
        <extracomment>%1 and %2 percents such as &quot;0%&quot; and &quot;43%&quot;: the range the learner&apos;s real score likely lies in (95%); %n scored questions in this area</extracomment>
        <translation>
            <numerusform>Tej zaum nyob nruab nrab %1 thiab %2: los ntawm %n lo lus nug xwb, qhab nia yuav txawv tau li no.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::AnswerReviewModel</name>
    <message numerus="yes">
        <source>%n right</source>
        <translation>
            <numerusform>%n yog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly right</source>
        <translation>
            <numerusform>%n yog ib feem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong</source>
        <translation>
            <numerusform>%n tsis yog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answered</source>
        <translation>
            <numerusform>%n tsis tau teb</numerusform>
        </translation>
    </message>
    <message>
        <source>Every part of the quiz</source>
        <extracomment>the choice of the review&apos;s domain filter that lists every domain</extracomment>
        <translation>Txhua feem ntawm daim ntawv xeem</translation>
    </message>
</context>
<context>
    <name>hitready::AttemptController</name>
    <message>
        <source>No learner database is open.</source>
        <translation>Tsis muaj qhov chaw khaws ntaub ntawv ntawm cov neeg kawm qhib.</translation>
    </message>
    <message>
        <source>The attempt could not be started: %1</source>
        <translation>Pib tsis tau zaug ua: %1</translation>
    </message>
    <message>
        <source>The attempt could not be discarded: %1</source>
        <translation>Muab zaug ua pov tseg tsis tau: %1</translation>
    </message>
    <message>
        <source>The attempt could not be resumed: %1</source>
        <translation>Ua ntxiv tsis tau zaug ua: %1</translation>
    </message>
    <message>
        <source>No question is open.</source>
        <translation>Tsis muaj lo lus nug qhib.</translation>
    </message>
    <message>
        <source>The flag could not be saved: %1</source>
        <translation>Khaws tsis tau lub cim: %1</translation>
    </message>
    <message>
        <source>There is no question %1.</source>
        <translation>Tsis muaj lo lus nug %1.</translation>
    </message>
    <message>
        <source>The position could not be saved: %1</source>
        <translation>Khaws tsis tau qhov chaw: %1</translation>
    </message>
    <message>
        <source>No attempt is open.</source>
        <translation>Tsis muaj zaug ua qhib.</translation>
    </message>
    <message>
        <source>The attempt could not be submitted: %1</source>
        <translation>Xa tsis tau zaug ua: %1</translation>
    </message>
    <message>
        <source>This attempt is submitted; its answers can no longer change.</source>
        <translation>Zaug ua no xa lawm; nws cov lus teb hloov tsis tau lawm.</translation>
    </message>
    <message>
        <source>That answer does not fit this question.</source>
        <translation>Lo lus teb ntawd tsis haum rau lo lus nug no.</translation>
    </message>
    <message>
        <source>In practice mode an answer is final once its feedback is shown.</source>
        <translation>Hauv kev xyaum, ib lo lus teb yog tas lawm thaum pom cov lus teb rov qab.</translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation>Khaws tsis tau koj lo lus teb: %1</translation>
    </message>
    <message>
        <source>Choose a rating from 1 to 5.</source>
        <translation>Xaiv ib qho qhab nia txij 1 txog 5.</translation>
    </message>
    <message>
        <source>There is no part %1 here.</source>
        <translation>Tsis muaj feem %1 ntawm no.</translation>
    </message>
    <message>
        <source>There is no choice %1 here.</source>
        <translation>Tsis muaj kev xaiv %1 ntawm no.</translation>
    </message>
    <message>
        <source>There is no step %1 to move there.</source>
        <translation>Tsis muaj kauj ruam %1 los txav mus rau ntawd.</translation>
    </message>
    <message>
        <source>An answer here has at most %1 characters.</source>
        <translation>Lo lus teb ntawm no muaj ntau tshaj %1 tus ntawv.</translation>
    </message>
    <message>
        <source>Type a number such as 12.5, with a point (not a comma) before the decimals.</source>
        <translation>Sau ib tus lej xws li 12.5, muab lub cim point (.) ua ntej cov decimal, tsis yog lub cim comma (,).</translation>
    </message>
    <message>
        <source>This question does not ask how sure you are.</source>
        <translation>Lo lus nug no tsis nug tias koj paub tseeb npaum li cas.</translation>
    </message>
    <message>
        <source>How sure you are could not be saved: %1</source>
        <translation>Khaws tsis tau tias koj paub tseeb npaum li cas: %1</translation>
    </message>
    <message numerus="yes">
        <source>This quiz cannot be started: %1 (%n problems in all).</source>
        <translation>
            <numerusform>Pib tsis tau kev xeem me no: %1 (tag nrho %n qhov teeb meem).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::AttemptItem</name>
    <message>
        <source>(not matched yet)</source>
        <translation>(tseem tsis tau sib phim)</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Tseeb</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Tsis tseeb</translation>
    </message>
</context>
<context>
    <name>hitready::AttemptResults</name>
    <message>
        <source>No learner database is open.</source>
        <translation>Tsis muaj qhov chaw khaws ntaub ntawv ntawm cov neeg kawm qhib.</translation>
    </message>
</context>
<context>
    <name>hitready::ClassConnection</name>
    <message>
        <source>Enter the class password to send your answers.</source>
        <translation>Sau lo lus zais ntawm chav kawm los xa koj cov lus teb.</translation>
    </message>
    <message>
        <source>Your progress is kept on this computer, waiting for the class server.</source>
        <translation>Koj txoj kev ua raug khaws cia hauv lub khoos phis tawj no, tos lub server ntawm chav kawm.</translation>
    </message>
    <message>
        <source>Sending your answers to the class…</source>
        <translation>Tab tom xa koj cov lus teb mus rau chav kawm…</translation>
    </message>
    <message>
        <source>All your answers are with the class.</source>
        <translation>Koj cov lus teb tag nrho nyob ntawm chav kawm lawm.</translation>
    </message>
    <message>
        <source>This is not a class address. It starts with postgresql:// and names you, the server and the class, as your instructor gave it to you.</source>
        <translation>Qhov no tsis yog qhov chaw nyob ntawm chav kawm. Nws pib nrog postgresql:// thiab muaj koj lub npe, lub server thiab chav kawm, raws li koj tus xib fwb muab rau koj.</translation>
    </message>
    <message numerus="yes">
        <source>%n answers kept on this computer, waiting for the class server.</source>
        <translation>
            <numerusform>%n lo lus teb raug khaws cia hauv lub khoos phis tawj no, tos lub server ntawm chav kawm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::HandInFiles</name>
    <message>
        <source>%1 hand-in %2.json</source>
        <extracomment>the file name &quot;Hand in results…&quot; suggests: %1 = profile name, %2 = today&apos;s date</extracomment>
        <translation>%1 ntawv xa %2.json</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>tus neeg kawm</translation>
    </message>
    <message>
        <source>No learner database is open.</source>
        <translation>Tsis muaj qhov chaw khaws ntaub ntawv ntawm cov neeg kawm qhib.</translation>
    </message>
    <message>
        <source>No file was chosen.</source>
        <translation>Tsis tau xaiv ib daim file.</translation>
    </message>
    <message>
        <source>The attempt %1 is not in the database.</source>
        <translation>Zaug ua %1 tsis nyob hauv qhov chaw khaws ntaub ntawv.</translation>
    </message>
    <message>
        <source>The results could not be handed in: %1</source>
        <translation>Xa tsis tau cov txiaj ntsig: %1</translation>
    </message>
    <message>
        <source>No database is open: nothing was collected.</source>
        <translation>Tsis muaj qhov chaw khaws ntaub ntawv qhib: tsis tau txais dab tsi li.</translation>
    </message>
    <message numerus="yes">
        <source>, %n already there</source>
        <translation>
            <numerusform>, %n twb muaj lawm</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: refused, nothing of it was stored: %2</source>
        <extracomment>a refused hand-in file: %1 = file name, %2 = why</extracomment>
        <translation>%1: tsis txais, tsis tau khaws ib yam dab tsi ntawm nws: %2</translation>
    </message>
    <message>
        <source>Nothing was collected: %1</source>
        <translation>Tsis tau txais dab tsi li: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n already there, </source>
        <translation>
            <numerusform>%n twb muaj lawm, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handed in %n finished attempts in “%1” in the folder %2. Give this file to your instructor.</source>
        <extracomment>after &quot;Hand in results…&quot;: %n = finished attempts, %1 = file name, %2 = its folder</extracomment>
        <translation>
            <numerusform>Xa %n zaug ua tiav rau hauv “%1” hauv lub folder %2 lawm. Muab daim file no rau koj tus xib fwb.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n new attempts</source>
        <extracomment>one collected hand-in file: %1 = file name, %2 = learner; then how many attempts</extracomment>
        <translation>
            <numerusform>%1 (%2): %n zaug ua tshiab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collected %n files: </source>
        <extracomment>after &quot;Collect hand-in files…&quot;; %n = files read; then attempts added, already there, refused files</extracomment>
        <translation>
            <numerusform>Txais tau %n daim file: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new attempts, </source>
        <translation>
            <numerusform>%n zaug ua tshiab, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused.</source>
        <translation>
            <numerusform>%n daim file tsis txais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::HistoryModel</name>
    <message>
        <source>No learner database is open.</source>
        <translation>Tsis muaj qhov chaw khaws ntaub ntawv ntawm cov neeg kawm qhib.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <extracomment>%1 the reason, from the database</extracomment>
        <translation>Nyeem tsis tau keeb kwm: %1</translation>
    </message>
</context>
<context>
    <name>hitready::InstructorAccess</name>
    <message>
        <source>A passphrase is already set. Enter it to open the instructor view.</source>
        <translation>Twb muaj kab lus zais lawm. Sau nws los qhib nplooj ntawv xib fwb.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Siv tsawg kawg %1 tus ntawv.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Ob kab lus zais tsis zoo ib yam.</translation>
    </message>
    <message>
        <source>The passphrase could not be saved to %1.</source>
        <translation>Khaws tsis tau kab lus zais rau %1.</translation>
    </message>
    <message>
        <source>Set a passphrase first.</source>
        <translation>Teeb ib kab lus zais ua ntej.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Kab lus zais ntawd tsis raug.</translation>
    </message>
</context>
<context>
    <name>hitready::LearnerDatabase</name>
    <message>
        <source>The learner database could not be opened (%1). The file was left unchanged; start the app with --db and another file, or move this one away.</source>
        <translation>Qhib tsis tau qhov chaw khaws ntaub ntawv ntawm cov neeg kawm (%1). Daim file tsis raug hloov; qhib HIT Ready nrog --db thiab lwm daim file, los yog muab daim no txav mus lwm qhov.</translation>
    </message>
</context>
<context>
    <name>hitready::PdfFile</name>
    <message>
        <source>Saved “%1” in the folder %2.</source>
        <extracomment>after &quot;Save as PDF&quot;: %1 = file name, %2 = the folder it is in</extracomment>
        <translation>Khaws “%1” rau hauv lub folder %2 lawm.</translation>
    </message>
</context>
<context>
    <name>hitready::PlanModel</name>
    <message>
        <source>The next steps could not be read: %1</source>
        <extracomment>%1 the reason, from the database</extracomment>
        <translation>Nyeem tsis tau cov kauj ruam tom ntej: %1</translation>
    </message>
</context>
<context>
    <name>hitready::ProfileListModel</name>
    <message>
        <source>No learner database is open.</source>
        <translation>Tsis muaj qhov chaw khaws ntaub ntawv ntawm cov neeg kawm qhib.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Sau ib lub npe rau tus neeg siv.</translation>
    </message>
    <message numerus="yes">
        <source>A profile name can have at most %n characters.</source>
        <translation>
            <numerusform>Lub npe ntawm tus neeg siv muaj tau ntau tshaj %n tus ntawv.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Twb muaj ib tus neeg siv npe &quot;%1&quot; lawm.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Khaws tsis tau tus neeg siv: %1</translation>
    </message>
</context>
<context>
    <name>hitready::QuestionBankImport</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nyeem tsis tau %1: %2</translation>
    </message>
    <message>
        <source>%1 is over the 16 MiB limit of a quiz file; nothing was imported.</source>
        <translation>%1 loj dua 16 MiB, qhov txwv ntawm ib daim ntawv xeem; tsis tau muab dab tsi los.</translation>
    </message>
    <message>
        <source>%1 is not a question bank HIT Ready reads: choose a GIFT file (.gift, .txt), Moodle XML (.xml), a QTI 3 item (.xml) or package (.zip).</source>
        <translation>%1 tsis yog ib pawg lus nug uas HIT Ready nyeem tau: xaiv ib daim ntawv GIFT (.gift, .txt), Moodle XML (.xml), ib lo lus nug QTI 3 (.xml) los yog ib pob (.zip).</translation>
    </message>
    <message>
        <source>%1 could not be read as %2; nothing was imported.</source>
        <translation>Nyeem tsis tau %1 ua %2; tsis tau muab dab tsi los.</translation>
    </message>
    <message>
        <source>The quiz folder %1 cannot be made.</source>
        <translation>Ua tsis tau lub nplaub tshev xeem %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Sau tsis tau %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n questions imported into %1.</source>
        <translation>
            <numerusform>Muab tau %n lo lus nug los rau hauv %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things did not come across; each is listed with its line.</source>
        <translation>
            <numerusform>Muaj %n yam tsis tau los; txhua yam muaj nws kab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::QuizPreview</name>
    <message>
        <source>Preview</source>
        <translation>Saib ua ntej</translation>
    </message>
    <message>
        <source>The file cannot be read (%1). It may have been moved or deleted.</source>
        <translation>Nyeem tsis tau daim file (%1). Tej zaum nws raug tsiv los yog muab rho tawm lawm.</translation>
    </message>
    <message>
        <source>A self-rating: it scores no points.</source>
        <translation>Kev ntsuas koj tus kheej: nws tsis suav qhab nia.</translation>
    </message>
    <message>
        <source>Not answered yet: %1 points.</source>
        <extracomment>%1 = points earned of the points the item is worth, such as &quot;0.5 / 1&quot;</extracomment>
        <translation>Tseem tsis tau teb: %1 qhab nia.</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Qhab nia: %1</translation>
    </message>
</context>
<context>
    <name>hitready::QuizStatisticsModel</name>
    <message>
        <source>Whole quiz</source>
        <translation>Tag nrho kev xeem me</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(tsis muaj lo lus teb)</translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation>Kev tshuaj xyuas cov lo lus nug</translation>
    </message>
    <message>
        <source>Item analysis: %1</source>
        <translation>Kev tshuaj xyuas cov lo lus nug: %1</translation>
    </message>
    <message>
        <source>every attempt</source>
        <translation>txhua zaug ua</translation>
    </message>
    <message>
        <source>each profile&apos;s first attempt</source>
        <translation>txhua tus neeg siv zaug ua thawj</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Qhov ntseeg tau</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Zaug ua uas suav</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Zaug ua</translation>
    </message>
    <message>
        <source>Mean %</source>
        <translation>Nruab nrab %</translation>
    </message>
    <message>
        <source>SD %</source>
        <translation>SD %</translation>
    </message>
    <message>
        <source>Alpha %</source>
        <translation>Alpha %</translation>
    </message>
    <message>
        <source>SEM %</source>
        <translation>SEM %</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Cov cim</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Cov lo lus nug</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Lo lus nug</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ntu</translation>
    </message>
    <message>
        <source>Facility %</source>
        <translation>Qhov yooj yim %</translation>
    </message>
    <message>
        <source>Discrimination %</source>
        <translation>Qhov sib cais %</translation>
    </message>
    <message>
        <source>Efficiency %</source>
        <translation>Qhov ua tau zoo %</translation>
    </message>
    <message>
        <source>Effective weight %</source>
        <translation>Qhov hnyav tiag %</translation>
    </message>
    <message>
        <source>Answers given</source>
        <translation>Cov lus teb uas muab</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <extracomment>an answer in the item report: %1 the answer, %2 how often, %3 percent</extracomment>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message numerus="yes">
        <source>%n finished attempts; %1.</source>
        <translation>
            <numerusform>%n zaug ua tiav; %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::ReportPdf</name>
    <message>
        <source>Area</source>
        <translation>Ntu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Qhab nia</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Qhab nia tau</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Theem</translation>
    </message>
    <message>
        <source>Your self-rating</source>
        <translation>Koj ntsuas koj tus kheej</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>tsis muaj qhab nia</translation>
    </message>
    <message>
        <source>This quiz gives no recommendation for these results.</source>
        <translation>Kev xeem me no tsis muaj lus qhia rau cov txiaj ntsig no.</translation>
    </message>
    <message>
        <source>Why:</source>
        <extracomment>followed by the conditions that selected a recommendation</extracomment>
        <translation>Vim li cas:</translation>
    </message>
    <message>
        <source>Learner: %1</source>
        <extracomment>%1 the learner&apos;s name</extracomment>
        <translation>Tus neeg kawm: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <extracomment>%1 the date and time the quiz was submitted</extracomment>
        <translation>Hnub ua: %1</translation>
    </message>
    <message>
        <source>Quiz version: %1</source>
        <extracomment>%1 the quiz author&apos;s version label, e.g. &quot;2026.1&quot;</extracomment>
        <translation>Version kev xeem me: %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Cov txiaj ntsig</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <extracomment>%1 the overall percent, possibly followed by its level</extracomment>
        <translation>Tag nrho: %1</translation>
    </message>
    <message>
        <source>What cost the most points</source>
        <translation>Qhov twg poob qhab nia ntau tshaj</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Cov kauj ruam tom ntej</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Sau tsis tau %1: %2</translation>
    </message>
    <message>
        <source>No results are shown.</source>
        <translation>Tsis muaj txiaj ntsig qhia.</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <extracomment>%1 the reason</extracomment>
        <translation>Khaws tsis tau daim ntawv qhia: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>%1 = the name of a language, e.g. &quot;Español&quot;; the notice of a draft translation follows</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>This translation has not yet been checked by a fluent reviewer.</source>
        <translation>Kev txhais lus no tseem tsis tau muaj ib tug neeg paub lus zoo kuaj xyuas.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <extracomment>the report section with every question, the learner&apos;s answer and the right one</extracomment>
        <translation>Koj cov lus teb</translation>
    </message>
</context>
<context>
    <name>hitready::ResultsModel</name>
    <message>
        <source>These results could not be read: %1</source>
        <extracomment>%1 the reason, from the database</extracomment>
        <translation>Nyeem tsis tau cov txiaj ntsig no: %1</translation>
    </message>
</context>
<context>
    <name>hitready::RuleExplorer</name>
    <message>
        <source>not answered</source>
        <extracomment>A domain&apos;s self-rating when its self-rating items are left unanswered</extracomment>
        <translation>tsis tau teb</translation>
    </message>
</context>
</TS>
