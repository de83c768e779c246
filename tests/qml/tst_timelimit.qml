import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// A timed quiz (tests/fixtures/app/timed.yaml, 6 minutes) on a fake clock: the time left on
// screen, the warning at 5 minutes, and the submit at zero with the answers given so far,
// which the results screen says.
Item {
    id: root

    width: 800
    height: 600

    LearnerShell {
        id: shell

        anchors.fill: parent
    }

    TestCase {
        id: test

        name: "TimeLimit"
        when: windowShown

        function test_warningThenSubmitAtZero() {
            const home = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            findChild(home, "newProfileName").forceActiveFocus()
            Driver.typeText(test, "Imani")
            keyClick(Qt.Key_Return)
            const page = Driver.startQuiz(test, shell, "timed-test")
            const attempt = shell.attempt
            Support.useFakeClock(attempt)
            const timeLeft = findChild(page, "timeLeft")
            verify(timeLeft.visible)
            verify(attempt.timer.limited)

            Support.advanceClock(30000)
            compare(timeLeft.text, "Time left: 5:30")
            verify(!attempt.timer.warning)
            compare(timeLeft.Accessible.role, Accessible.StaticText)
            keyClick(Qt.Key_1) // right
            keyClick(Qt.Key_N, Qt.AltModifier)

            // 5 minutes left: the warning, spoken as an alert.
            Support.advanceClock(30000)
            verify(attempt.timer.warning)
            verify(timeLeft.text.indexOf("Time left: 5:00") === 0, timeLeft.text)
            verify(timeLeft.text.indexOf("less than 5 minutes") > 0, timeLeft.text)
            compare(timeLeft.Accessible.role, Accessible.AlertMessage)
            keyClick(Qt.Key_2) // "False": wrong
            keyClick(Qt.Key_N, Qt.AltModifier)

            // Not yet: one second before zero nothing is submitted.
            Support.advanceClock(5 * 60000 - 1000)
            compare(timeLeft.text.indexOf("Time left: 0:01"), 0)
            verify(!attempt.submitted)
            const attemptId = attempt.attemptId
            compare(Object.keys(Support.storedAttempt(attemptId).answers).length, 2)

            // Zero: submitted with the two answers; the third counts as not correct.
            Support.advanceClock(1000)
            const results = Driver.waitForPage(test, shell, p => p.planRequested !== undefined, "results")
            const stored = Support.storedAttempt(attemptId)
            verify(stored.finished)
            compare(Object.keys(stored.answers).length, 2)
            verify(stored.elapsedMs >= 6 * 60000, "elapsed " + stored.elapsedMs)
            fuzzyCompare(Support.engineReport(attemptId).overall, 100 / 3, 1e-9)
            const notice = findChild(results, "timeRanOut")
            verify(notice.visible)
            compare(notice.Accessible.role, Accessible.AlertMessage)
            verify(findChild(results, "overall").text.indexOf("33%") > 0)
        }
    }
}
