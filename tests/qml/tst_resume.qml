import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// Closing the app mid-quiz and starting it again: home offers to continue, and the attempt
// comes back exactly as it was (item order, answers, flags, position, time).
Item {
    id: root

    width: 800
    height: 600

    Component {
        id: shellComponent

        LearnerShell {
            anchors.fill: parent
        }
    }

    TestCase {
        id: test

        name: "Resume"
        when: windowShown

        function test_resumeAfterReload() {
            let shell = createTemporaryObject(shellComponent, root)
            Driver.startFirstQuiz(test, shell, "Chen")
            let attempt = shell.attempt
            const attemptId = attempt.attemptId
            Support.useFakeClock(attempt)
            Driver.answerByKeyboard(test, attempt)
            keyClick(Qt.Key_N, Qt.AltModifier)
            keyClick(Qt.Key_F, Qt.AltModifier)
            keyClick(Qt.Key_N, Qt.AltModifier)
            Driver.answerByKeyboard(test, attempt)
            keyClick(Qt.Key_N, Qt.AltModifier)
            Support.advanceClock(120) // some time on the clock, not stored yet
            const before = Support.storedAttempt(attemptId)
            compare(before.position, 3)
            compare(Object.keys(before.answers).length, 2)
            verify(before.elapsedMs < 120, "stored before closing: " + before.elapsedMs)

            // The window closes: everything goes, the database stays.
            shell.destroy()
            tryVerify(() => Support.storedAttempt(attemptId).elapsedMs >= 120, 5000,
                      "the running time is stored on close")
            const closed = Support.storedAttempt(attemptId)

            shell = createTemporaryObject(shellComponent, root)
            const home = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            compare(home.unfinishedAttempt, attemptId)
            const resume = findChild(home, "continueButton")
            verify(resume.visible)
            resume.forceActiveFocus()
            keyClick(Qt.Key_Return)
            Driver.waitForPage(test, shell, p => p.objectName === "quizPage", "the question left off at")
            attempt = shell.attempt
            compare(attempt.attemptId, attemptId)
            compare(attempt.position, 3)
            compare(attempt.answeredCount, 2)
            compare(attempt.flaggedCount, 1)
            verify(attempt.elapsedMs >= closed.elapsedMs)
            const after = Support.storedAttempt(attemptId)
            compare(after.order, before.order)
            compare(after.answers, before.answers)
            compare(after.flags, [before.order[1]])

            // Back to question 2: still flagged; question 1 still has its answer.
            keyClick(Qt.Key_P, Qt.AltModifier)
            keyClick(Qt.Key_P, Qt.AltModifier)
            verify(attempt.current.isFlagged)
            keyClick(Qt.Key_P, Qt.AltModifier)
            verify(attempt.current.isAnswered)
        }
    }
}
