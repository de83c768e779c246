<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>When you were very sure, you were right %1 of %n times.</source>
        <translation>
            <numerusform>When you were very sure, you were right %1 of %n time.</numerusform>
            <numerusform>When you were very sure, you were right %1 of %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When you were not sure, you were right %1 of %n times.</source>
        <translation>
            <numerusform>When you were not sure, you were right %1 of %n time.</numerusform>
            <numerusform>When you were not sure, you were right %1 of %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When you were fairly sure, you were right %1 of %n times.</source>
        <translation>
            <numerusform>When you were fairly sure, you were right %1 of %n time.</numerusform>
            <numerusform>When you were fairly sure, you were right %1 of %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About ±%1 points: the measurement error of this part of the quiz, from %n attempts by all learners.</source>
        <translation>
            <numerusform>About ±%1 points: the measurement error of this part of the quiz, from %n attempt by all learners.</numerusform>
            <numerusform>About ±%1 points: the measurement error of this part of the quiz, from %n attempts by all learners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likely between %1 and %2: from only %n questions, a score can be off by this much.</source>
        <translation>
            <numerusform>Likely between %1 and %2: from only %n question, a score can be off by this much.</numerusform>
            <numerusform>Likely between %1 and %2: from only %n questions, a score can be off by this much.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time limit: %n minutes; the attempt is submitted when it runs out.</source>
        <translation>
            <numerusform>Time limit: %n minute; the attempt is submitted when it runs out.</numerusform>
            <numerusform>Time limit: %n minutes; the attempt is submitted when it runs out.</numerusform>
        </translation>
    </message>
</context>
</TS>
