<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A few Spanish sentences for tst_words only: they show that Words follows the installed
     translation. HIT Ready's own Spanish is app/i18n/hitready_es.ts. -->
<TS version="2.1" language="es">
<context>
    <name>Words</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Your score in %1, %2, is under %3.</source>
        <translation>Tu puntuación en %1, %2, está por debajo del %3.</translation>
    </message>
    <message numerus="yes">
        <source>Likely between %1 and %2: from only %n questions, a score can be off by this much.</source>
        <translation>
            <numerusform>Probablemente entre %1 y %2: con solo %n pregunta, una puntuación puede desviarse tanto.</numerusform>
            <numerusform>Probablemente entre %1 y %2: con solo %n preguntas, una puntuación puede desviarse tanto.</numerusform>
        </translation>
    </message>
</context>
</TS>
