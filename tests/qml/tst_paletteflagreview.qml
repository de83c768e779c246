import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// The question palette, flags and the review step, by keyboard: what each shows must follow
// what the learner did and what storage holds.
Item {
    id: root

    width: 1280
    height: 800

    LearnerShell {
        id: shell

        anchors.fill: parent
    }

    TestCase {
        id: test

        name: "PaletteFlagReview"
        when: windowShown

        function cell(page, number) {
            const found = findChild(page, "palette" + number)
            verify(found, "palette cell " + number)
            return found
        }

        function test_paletteFlagsAndReview() {
            const quizPage = Driver.startFirstQuiz(test, shell, "Bo")
            const attempt = shell.attempt
            compare(cell(quizPage, 1).status, "empty")
            compare(cell(quizPage, 1).isCurrent, true)

            // 1: answered; 2: answered and flagged; 3: flagged only; 4: left empty; then to 5.
            Driver.answerByKeyboard(test, attempt)
            keyClick(Qt.Key_N, Qt.AltModifier)
            Driver.answerByKeyboard(test, attempt)
            keyClick(Qt.Key_F, Qt.AltModifier)
            keyClick(Qt.Key_N, Qt.AltModifier)
            keyClick(Qt.Key_F, Qt.AltModifier)
            keyClick(Qt.Key_N, Qt.AltModifier)
            keyClick(Qt.Key_N, Qt.AltModifier)
            compare(attempt.position, 4)
            compare(cell(quizPage, 1).status, "answered")
            compare(cell(quizPage, 2).status, "flagged")
            compare(cell(quizPage, 3).status, "flagged")
            compare(cell(quizPage, 4).status, "empty")
            compare(cell(quizPage, 5).isCurrent, true)
            compare(attempt.answeredCount, 2)
            compare(attempt.flaggedCount, 2)

            // Alt+F again takes a flag off; Alt+P goes back.
            keyClick(Qt.Key_P, Qt.AltModifier)
            keyClick(Qt.Key_P, Qt.AltModifier)
            compare(attempt.position, 2)
            keyClick(Qt.Key_F, Qt.AltModifier)
            compare(cell(quizPage, 3).status, "empty")
            keyClick(Qt.Key_F, Qt.AltModifier)

            // Storage holds exactly that, flags included.
            const stored = Support.storedAttempt(attempt.attemptId)
            compare(Object.keys(stored.answers).length, 2)
            compare(stored.flags.length, 2)
            compare(stored.flags.indexOf(stored.order[1]) >= 0, true)
            compare(stored.flags.indexOf(stored.order[2]) >= 0, true)

            // The palette jumps: Tab to cell 4, Enter.
            cell(quizPage, 4).forceActiveFocus()
            keyClick(Qt.Key_Return)
            compare(attempt.position, 3)

            // Review lists the unanswered and the flagged questions; an entry jumps back.
            keyClick(Qt.Key_R, Qt.AltModifier)
            const review = Driver.waitForPage(test, shell, p => p.jumpRequested !== undefined, "review")
            verify(findChild(review, "review1") === null, "an answered, unflagged question is not listed")
            verify(findChild(review, "review2"), "answered but flagged is listed")
            verify(findChild(review, "review3"), "flagged is listed")
            verify(findChild(review, "review4"), "unanswered is listed")
            compare(attempt.reviewList.length, attempt.count - 1)
            const entry = findChild(review, "review4")
            verify(entry.text.indexOf("not answered") >= 0, entry.text)
            entry.forceActiveFocus()
            keyClick(Qt.Key_Return)
            Driver.waitForPage(test, shell, p => p.objectName === "quizPage", "question 4")
            compare(attempt.position, 3)

            // The confirm step: Escape cancels (nothing submitted), Enter on "Yes" submits.
            keyClick(Qt.Key_R, Qt.AltModifier)
            const again = Driver.waitForPage(test, shell, p => p.jumpRequested !== undefined, "review")
            const confirm = findChild(again, "submitConfirm")
            findChild(again, "submitButton").forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryCompare(confirm, "opened", true)
            keyClick(Qt.Key_Escape)
            tryCompare(confirm, "opened", false)
            verify(!attempt.submitted)
            verify(!Support.storedAttempt(attempt.attemptId).finished)
            findChild(again, "submitButton").forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryCompare(confirm, "opened", true)
            keyClick(Qt.Key_Return)
            Driver.waitForPage(test, shell, p => p.planRequested !== undefined, "results")
            verify(Support.storedAttempt(attempt.attemptId).finished)
        }
    }
}
