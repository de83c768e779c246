<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hmn">
<context>
    <name>AttemptShapeText</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 scored, %3)</source>
        <extracomment>%1 = &quot;64 questions&quot;, %2 = number of scored questions, %3 = &quot;4 self-ratings&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n self-rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Each attempt draws its %1 scored questions at random from %2, so two attempts differ.</source>
        <extracomment>%1 = number of scored questions in an attempt, %2 = how many there are to draw from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 points</source>
        <extracomment>the points an attempt is worth depend on the questions drawn: %1 least, %2 most</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>the quiz card: %1 = &quot;64 questions (60 scored, 4 self-ratings)&quot;, %2 = &quot;about 50 minutes&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, worth %2.</source>
        <extracomment>%1 = &quot;64 questions (60 scored, 4 self-ratings)&quot;, %2 = &quot;60 points&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes %1; the time limit is %2, and when it runs out the quiz is submitted with the answers given.</source>
        <extracomment>%1 = &quot;about 50 minutes&quot;, %2 = &quot;30 minutes&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes %1; you can stop at any time and continue later.</source>
        <extracomment>%1 = &quot;about 50 minutes&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt had %1, worth %2.</source>
        <extracomment>%1 = &quot;64 questions (60 scored, 4 self-ratings)&quot;, %2 = &quot;60 points&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>Connect to a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the class address your instructor gave you; it starts with postgresql://. Your answers are saved on this computer first and then sent to the class, so nothing is lost when the network goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <extracomment>%1 is the class address without its password</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class address (postgresql://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring. Where there is none, HIT Ready asks for it each time it starts; it is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassStatus</name>
    <message>
        <source>Your answers are kept on this computer and will be sent when the class server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to send your answers to the class now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfidenceChoice</name>
    <message>
        <source>How sure are you of this answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being sure and right earns most; being sure and wrong costs most. Keys: Alt+1, Alt+2, Alt+3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very sure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostlyItems</name>
    <message>
        <source>Not answered. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainBar</name>
    <message>
        <source>%1: %2%, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no scored questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2% %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no scored questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Past results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished attempts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <extracomment>%1 = date, %2 = quiz title, %3 = overall percent and level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no overall score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Readiness quizzes for careers such as Health Information Technician. The results are for exploration, not for screening or hiring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be read: your past results are here, but new answers cannot be saved. To take a quiz, start HIT Ready with --db and a file you may change.</source>
        <extracomment>%1 is the database file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is taking the quiz?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the same quiz below to continue from its file: if the file is the version you started, your answers are all there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile first, so your answers are kept under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quiz files were found in %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz files (.yaml) that you or your instructor put in this folder are listed above: %1</source>
        <extracomment>%1 = a folder on the learner&apos;s computer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for new quiz files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are sent to the class at %1.</source>
        <extracomment>%1 is the class address without its password</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking quizzes for a class? Connect with the address your instructor gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For instructors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor view (passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotTextItem</name>
    <message>
        <source>Select the parts that are wrong: click a boxed part, or reach it with Tab and press Space. The small number under a box only names the part; it is not in the record. A selected part is shaded and its number shows a ✓.</source>
        <extracomment>The record&apos;s parts are boxed; each box has a small numbered badge below it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotTextPart</name>
    <message>
        <source>Part %1: %2, selected</source>
        <extracomment>%1 = part number, %2 = the exact text of that part</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1: %2, not selected</source>
        <extracomment>%1 = part number, %2 = the exact text of that part</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructorPage</name>
    <message>
        <source>Save the item analysis as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect hand-in files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-in files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor view: how the items work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for the instructor view (at least 8 characters). Learners using this computer will need it to see the statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attempt (not only each learner&apos;s first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect hand-in files…</source>
        <extracomment>adds learners&apos; hand-in files to this computer&apos;s database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the results learners handed in as files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finished attempt(s) counted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 attempts, mean %3%, SD %4%, alpha %5%, SEM %6%.</source>
        <extracomment>a quiz or domain summary; alpha = Cronbach&apos;s alpha, SEM = standard error of measurement</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility: mean mark in percent. Discrimination: how well the item separates strong from weak learners. Sort by a figure; the same button again reverses the order. Press Enter on an item to see how often each answer was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>This quiz measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice mode: after each answer you see whether it was right, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment mode: you see your results and the explanations at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some questions ask you to rate yourself. They are not scored: your results show them next to your measured score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz is for exploration: it helps you decide what to learn next. It is not a screening or a hiring test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You started this quiz on %1 and have not submitted it. Continuing takes you back to where you left off, with your answers.</source>
        <extracomment>%1 = date and time the unfinished attempt was started</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over? The answers you gave in the unfinished attempt are deleted, and a new attempt begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete my answers and start over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemStatisticsRow</name>
    <message>
        <source>%1 attempts · facility %2 · discrimination %3 · efficiency %4 · effective weight %5</source>
        <extracomment>item statistics: %1 attempts, %2 facility, %3 discrimination, %4 efficiency, %5 effective weight</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a second language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerShell</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIT Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size, percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LikertItem</name>
    <message>
        <source>Rate yourself from 1 to 5. This is not scored; choose the description closest to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5: %2</source>
        <extracomment>%1 = rating 1-5, %2 = what that rating looks like</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>HIT Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingItem</name>
    <message>
        <source>Choose the match for each entry. Some choices may not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match for %1</source>
        <extracomment>%1 = the entry to match</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultipleChoiceItem</name>
    <message>
        <source>Choose all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionRow</name>
    <message>
        <source>Right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderingItem</name>
    <message>
        <source>Put the steps in order, first step at the top. Select a step, then press Ctrl+Up or Ctrl+Down to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 = position, %2 = number of steps, %3 = the step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is my answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Your next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz gives no recommendation for these results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPalette</name>
    <message>
        <source>Question palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1, %2</source>
        <extracomment>palette cell: %1 = question number, %2 = answered / flagged / not answered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · edition %2</source>
        <extracomment>%1 = e.g. &quot;64 questions (60 scored, 4 self-ratings) · about 50 minutes&quot;, %2 = quiz edition</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from your own quiz folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz file has a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <extracomment>%1 = question number, %2 = number of questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <extracomment>time left in the quiz: %1 = minutes:seconds, such as 5:30</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than 5 minutes. Your answers so far are saved; at zero the quiz is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions (filled: answered, ⚑: flagged). Keys: 1-9 choose, Alt+N next, Alt+P previous, Alt+F flag, Alt+R review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Spider chart of your domain scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultSummary</name>
    <message>
        <source>You rated yourself %1 in %2; you scored %3.</source>
        <extracomment>%1 a self-rating such as &quot;4 of 5&quot;, %2 a domain title, %3 a percent such as &quot;42%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>When you were not sure, you were right %1 of %n time(s).</source>
        <extracomment>%n = answers at this level; %1 = how many were right</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When you were fairly sure, you were right %1 of %n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When you were very sure, you were right %1 of %n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Certainty-weighted score: %1 per question, on a scale from -6 to 3 (1 is every answer right but not sure; 3 is every answer right and very sure).</source>
        <extracomment>certainty-based marking: %1 is the mean mark per question, between -6 and 3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave every self-rating question the same answer (%1). Self-ratings help most when each one describes that area alone; consider whether they all fit.</source>
        <extracomment>%1 the one rating given to every self-rating question, e.g. &quot;3 of 5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These results are for your own exploration and planning. They are not a screening, hiring or admission decision, and they do not certify any skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a whole percent, e.g. &quot;42%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <extracomment>a self-rating on a five-point scale, e.g. &quot;4 of 5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand in your results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-in files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time ran out, so the quiz was submitted with the answers you had given. Questions you had not answered count as not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall: %1% %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall: no scored questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand in results…</source>
        <extracomment>writes this learner&apos;s finished attempts to a file for the instructor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves your finished attempts in one file to give to your instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars and the solid shape: your measured score. Orange marks and the dashed shape: how you rated yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you lost the most points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions. %3 are flagged for review.</source>
        <extracomment>%1 answered, %2 total, %3 flagged</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question is answered and none is flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 (%2): %3</source>
        <extracomment>%1 = question number, %2 = status, %3 = start of the question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit your answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions are not answered; they will count as wrong. After submitting you cannot change your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After submitting you cannot change your answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleChoiceItem</name>
    <message>
        <source>Choose one answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Your domain scores across attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrueFalseItem</name>
    <message>
        <source>Is this statement true or false?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypedAnswerItem</name>
    <message>
        <source>Type a number. Use a point for decimals, for example 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hitready::AttemptController</name>
    <message>
        <source>No learner database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This quiz cannot be started: %1 (%n problem(s) in all).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The attempt could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt could not be discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt could not be resumed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt could not be submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt is submitted; its answers can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That answer does not fit this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In practice mode an answer is final once its feedback is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a rating from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no part %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no choice %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step %1 to move there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer here has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number such as 12.5, with a point (not a comma) before the decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question does not ask how sure you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure you are could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hitready::AttemptItem</name>
    <message>
        <source>(not matched yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hitready::AttemptResults</name>
    <message>
        <source>No learner database is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hitready::ClassConnection</name>
    <message>
        <source>Enter the class password to send your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) kept on this computer, waiting for the class server.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your progress is kept on this computer, waiting for the class server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your answers to the class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All your answers are with the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a class address. It starts with postgresql:// and names you, the server and the class, as your instructor gave it to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hitready::HandInFiles</name>
    <message>
        <source>%1 hand-in %2.json</source>
        <extracomment>the file name &quot;Hand in results…&quot; suggests: %1 = profile name, %2 = today&apos;s date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learner database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt %1 is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Handed in %n finished attempt(s) in “%1” in the folder %2. Give this file to your instructor.</source>
        <extracomment>after &quot;Hand in results…&quot;: %n = finished attempts, %1 = file name, %2 = its folder</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The results could not be handed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open: nothing was collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n new attempt(s)</source>
        <extracomment>one collected hand-in file: %1 = file name, %2 = learner; then how many attempts</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: refused, nothing of it was stored: %2</source>
        <extracomment>a refused hand-in file: %1 = file name, %2 = why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was collected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Collected %n file(s): </source>
        <extracomment>after &quot;Collect hand-in files…&quot;; %n = files read; then attempts added, already there, refused files</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new attempt(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hitready::HistoryModel</name>
    <message>
        <source>No learner database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <extracomment>%1 the reason, from the database</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hitready::InstructorAccess</name>
    <message>
        <source>A passphrase is already set. Enter it to open the instructor view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hitready::LearnerDatabase</name>
    <message>
        <source>The learner database could not be opened (%1). The file was left unchanged; start the app with --db and another file, or move this one away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hitready::PdfFile</name>
    <message>
        <source>Saved “%1” in the folder %2.</source>
        <extracomment>after &quot;Save as PDF&quot;: %1 = file name, %2 = the folder it is in</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hitready::PlanModel</name>
    <message>
        <source>The next steps could not be read: %1</source>
        <extracomment>%1 the reason, from the database</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hitready::ProfileListModel</name>
    <message>
        <source>No learner database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A profile name can have at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hitready::QuizStatisticsModel</name>
    <message>
        <source>Whole quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item analysis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finished attempt(s); %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>every attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each profile&apos;s first attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEM %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrimination %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective weight %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <extracomment>an answer in the item report: %1 the answer, %2 how often, %3 percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hitready::ReportPdf</name>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your self-rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz gives no recommendation for these results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <extracomment>followed by the conditions that selected a recommendation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner: %1</source>
        <extracomment>%1 the learner&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <extracomment>%1 the date and time the quiz was submitted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz version: %1</source>
        <extracomment>%1 the quiz author&apos;s version label, e.g. &quot;2026.1&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <extracomment>%1 the overall percent, possibly followed by its level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What cost the most points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <extracomment>%1 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hitready::ResultsModel</name>
    <message>
        <source>About ±%1 points: the measurement error of this part of the quiz, from %2 attempts by all learners.</source>
        <extracomment>%1 = percentage points, %2 = number of attempts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About ±%1 points: a score from only %n question(s) can be off by this much.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These results could not be read: %1</source>
        <extracomment>%1 the reason, from the database</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
