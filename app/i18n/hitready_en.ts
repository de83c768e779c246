<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnswerReview</name>
    <message numerus="yes">
        <source>Accepted answers: %1</source>
        <translation>
            <numerusform>Accepted answer: %1</numerusform>
            <numerusform>Accepted answers: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttemptShapeText</name>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-ratings</source>
        <translation>
            <numerusform>%n self-rating</numerusform>
            <numerusform>%n self-ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each attempt draws its %n scored questions at random from %1, so two attempts differ.</source>
        <extracomment>%n = number of scored questions in an attempt, %1 = how many there are to draw from</extracomment>
        <translation>
            <numerusform>Each attempt draws its %n scored question at random from %1, so two attempts differ.</numerusform>
            <numerusform>Each attempt draws its %n scored questions at random from %1, so two attempts differ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n questions. The results are for exploration, not for screening.</source>
        <extracomment>after the quiz&apos;s title; %n the questions of this attempt</extracomment>
        <translation>
            <numerusform>%n question. The results are for exploration, not for screening.</numerusform>
            <numerusform>%n questions. The results are for exploration, not for screening.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers, flags or confidences changed</source>
        <extracomment>how many answers, flags or confidence choices of an attempt are new or changed</extracomment>
        <translation>
            <numerusform>%n answer, flag or confidence changed</numerusform>
            <numerusform>%n answers, flags or confidences changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discarded attempts</source>
        <extracomment>attempts the learner discarded (started again), whose removal is sent to the server</extracomment>
        <translation>
            <numerusform>%n discarded attempt</numerusform>
            <numerusform>%n discarded attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n questions read).</source>
        <extracomment>after a conversion: %1 = the file written, %2 = its format, n = questions imported</extracomment>
        <translation>
            <numerusform>Wrote %1 (%2, %n question read).</numerusform>
            <numerusform>Wrote %1 (%2, %n questions read).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstructorPage</name>
    <message numerus="yes">
        <source>%n finished attempts counted.</source>
        <translation>
            <numerusform>%n finished attempt counted.</numerusform>
            <numerusform>%n finished attempts counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message numerus="yes">
        <source>%n problems in the file as saved: the preview shows the last version that loaded.</source>
        <translation>
            <numerusform>%n problem in the file as saved: the preview shows the last version that loaded.</numerusform>
            <numerusform>%n problems in the file as saved: the preview shows the last version that loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems and warnings</source>
        <extracomment>heading over the list of problems and warnings: %n = how many</extracomment>
        <translation>
            <numerusform>%n problem or warning</numerusform>
            <numerusform>%n problems and warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <extracomment>heading over the list of the quiz&apos;s items: %n = how many</extracomment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>When you were very sure, you were right %1 of %n times.</source>
        <extracomment>%n answers given as &quot;very sure&quot;; %1 how many of them were right</extracomment>
        <translation>
            <numerusform>When you were very sure, you were right %1 of %n time.</numerusform>
            <numerusform>When you were very sure, you were right %1 of %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When you were not sure, you were right %1 of %n times.</source>
        <extracomment>%n answers given as &quot;not sure&quot;; %1 how many of them were right</extracomment>
        <translation>
            <numerusform>When you were not sure, you were right %1 of %n time.</numerusform>
            <numerusform>When you were not sure, you were right %1 of %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When you were fairly sure, you were right %1 of %n times.</source>
        <extracomment>%n answers given as &quot;fairly sure&quot;; %1 how many of them were right</extracomment>
        <translation>
            <numerusform>When you were fairly sure, you were right %1 of %n time.</numerusform>
            <numerusform>When you were fairly sure, you were right %1 of %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About ±%1 points: the measurement error of this part of the quiz, from %n attempts by all learners.</source>
        <extracomment>%1 percentage points either side of the score; %n finished attempts of the quiz</extracomment>
        <translation>
            <numerusform>About ±%1 points: the measurement error of this part of the quiz, from %n attempt by all learners.</numerusform>
            <numerusform>About ±%1 points: the measurement error of this part of the quiz, from %n attempts by all learners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Time limit: %n minutes; the attempt is submitted when it runs out.</source>
        <extracomment>%n the quiz&apos;s time limit in whole minutes</extracomment>
        <translation>
            <numerusform>Time limit: %n minute; the attempt is submitted when it runs out.</numerusform>
            <numerusform>Time limit: %n minutes; the attempt is submitted when it runs out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likely between %1 and %2: from only %n questions, a score can be off by this much.</source>
        <extracomment>%1 and %2 percents such as &quot;0%&quot; and &quot;43%&quot;: the range the learner&apos;s real score likely lies in (95%); %n scored questions in this area</extracomment>
        <translation>
            <numerusform>Likely between %1 and %2: from only %n question, a score can be off by this much.</numerusform>
            <numerusform>Likely between %1 and %2: from only %n questions, a score can be off by this much.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::AnswerReviewModel</name>
    <message numerus="yes">
        <source>%n right</source>
        <translation>
            <numerusform>%n right</numerusform>
            <numerusform>%n right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly right</source>
        <translation>
            <numerusform>%n partly right</numerusform>
            <numerusform>%n partly right</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong</source>
        <translation>
            <numerusform>%n wrong</numerusform>
            <numerusform>%n wrong</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answered</source>
        <translation>
            <numerusform>%n not answered</numerusform>
            <numerusform>%n not answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::AttemptController</name>
    <message numerus="yes">
        <source>This quiz cannot be started: %1 (%n problems in all).</source>
        <translation>
            <numerusform>This quiz cannot be started: %1 (%n problem in all).</numerusform>
            <numerusform>This quiz cannot be started: %1 (%n problems in all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::ClassConnection</name>
    <message numerus="yes">
        <source>%n answers kept on this computer, waiting for the class server.</source>
        <translation>
            <numerusform>%n answer kept on this computer, waiting for the class server.</numerusform>
            <numerusform>%n answers kept on this computer, waiting for the class server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::HandInFiles</name>
    <message numerus="yes">
        <source>, %n already there</source>
        <translation>
            <numerusform>, %n already there</numerusform>
            <numerusform>, %n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there, </source>
        <translation>
            <numerusform>%n already there, </numerusform>
            <numerusform>%n already there, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handed in %n finished attempts in “%1” in the folder %2. Give this file to your instructor.</source>
        <extracomment>after &quot;Hand in results…&quot;: %n = finished attempts, %1 = file name, %2 = its folder</extracomment>
        <translation>
            <numerusform>Handed in %n finished attempt in “%1” in the folder %2. Give this file to your instructor.</numerusform>
            <numerusform>Handed in %n finished attempts in “%1” in the folder %2. Give this file to your instructor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n new attempts</source>
        <extracomment>one collected hand-in file: %1 = file name, %2 = learner; then how many attempts</extracomment>
        <translation>
            <numerusform>%1 (%2): %n new attempt</numerusform>
            <numerusform>%1 (%2): %n new attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collected %n files: </source>
        <extracomment>after &quot;Collect hand-in files…&quot;; %n = files read; then attempts added, already there, refused files</extracomment>
        <translation>
            <numerusform>Collected %n file: </numerusform>
            <numerusform>Collected %n files: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new attempts, </source>
        <translation>
            <numerusform>%n new attempt, </numerusform>
            <numerusform>%n new attempts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files refused.</source>
        <translation>
            <numerusform>%n file refused.</numerusform>
            <numerusform>%n files refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::ProfileListModel</name>
    <message numerus="yes">
        <source>A profile name can have at most %n characters.</source>
        <translation>
            <numerusform>A profile name can have at most %n character.</numerusform>
            <numerusform>A profile name can have at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::QuestionBankImport</name>
    <message numerus="yes">
        <source>%n questions imported into %1.</source>
        <translation>
            <numerusform>%n question imported into %1.</numerusform>
            <numerusform>%n questions imported into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things did not come across; each is listed with its line.</source>
        <translation>
            <numerusform>%n thing did not come across; it is listed with its line.</numerusform>
            <numerusform>%n things did not come across; each is listed with its line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::QuizStatisticsModel</name>
    <message numerus="yes">
        <source>%n finished attempts; %1.</source>
        <translation>
            <numerusform>%n finished attempt; %1.</numerusform>
            <numerusform>%n finished attempts; %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
