import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// A whole attempt by keyboard only; the results screen must show what the engine scored, and
// history must open the same results again.
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

        name: "KeyboardAttempt"
        when: windowShown

        function test_wholeAttemptThenHistory() {
            const quizPage = Driver.startFirstQuiz(test, shell, "Ana")
            const attempt = shell.attempt
            verify(attempt.active)
            const count = attempt.count
            verify(count > 10)

            // Every question: the first choice by digit key, then Alt+N; likert ratings take 4.
            for (let i = 0; i < count; ++i) {
                compare(attempt.position, i)
                Driver.answerByKeyboard(test, attempt)
                verify(attempt.current.isAnswered, "question " + (i + 1) + " (" + attempt.current.itemType + ") answered by keyboard")
                if (i < count - 1)
                    keyClick(Qt.Key_N, Qt.AltModifier)
            }
            compare(attempt.answeredCount, count)
            const stored = Support.storedAttempt(attempt.attemptId)
            compare(Object.keys(stored.answers).length, count)

            keyClick(Qt.Key_R, Qt.AltModifier)
            const review = Driver.waitForPage(test, shell, p => p.jumpRequested !== undefined, "review")
            keyClick(Qt.Key_Return)                  // "Submit my answers" has focus
            tryCompare(findChild(review, "submitConfirm"), "opened", true)
            keyClick(Qt.Key_Return)                  // "Yes, submit" in the confirm step
            const results = Driver.waitForPage(test, shell, p => p.planRequested !== undefined, "results")
            const attemptId = results.attemptId
            verify(Support.storedAttempt(attemptId).finished)

            // The results screen against the engine's report.
            const report = Support.engineReport(attemptId)
            verify(report.overall !== undefined)
            const overallText = findChild(results, "overall").text
            verify(overallText.indexOf(Math.round(report.overall) + "%") > 0, overallText)
            const bars = findChild(results, "domainBars")
            compare(bars.count, report.domains.length)
            for (let i = 0; i < report.domains.length; ++i) {
                const bar = bars.itemAt(i)
                const domain = report.domains[i]
                compare(bar.hasPercent, domain.percent !== null && domain.percent !== undefined, domain.id)
                if (bar.hasPercent)
                    fuzzyCompare(bar.percent, domain.percent, 1e-9)
            }

            // Home, then Past results, then the attempt: the same results from its snapshot (the
            // results page above is gone by then: keep only values).
            const home = findChild(results, "homeButton")
            home.forceActiveFocus()
            keyClick(Qt.Key_Return)
            const homePage = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            const historyButton = findChild(homePage, "historyButton")
            historyButton.forceActiveFocus()
            keyClick(Qt.Key_Space)
            const history = Driver.waitForPage(test, shell, p => p.openRequested !== undefined, "history")
            tryVerify(() => findChild(history, "historyRow" + attemptId) !== null, 3000)
            const row = findChild(history, "historyRow" + attemptId)
            verify(row, "the attempt is listed in history")
            verify(row.text.indexOf(Math.round(report.overall) + "%") >= 0, row.text)
            row.forceActiveFocus()
            keyClick(Qt.Key_Return)
            const again = Driver.waitForPage(test, shell, p => p.planRequested !== undefined, "past results")
            compare(again.attemptId, attemptId)
            compare(findChild(again, "overall").text, overallText)
        }
    }
}
