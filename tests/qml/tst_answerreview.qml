import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// The answer review after submitting, by keyboard: reached from the results and from past
// results, it lists every question shown in the order shown, marks each as the engine scored
// it, filters to the wrong or partly right and the flagged ones and by part of the quiz, and
// Up/Down walk the list.
Item {
    id: root

    width: 900
    height: 700

    LearnerShell {
        id: shell

        anchors.fill: parent
    }

    TestCase {
        id: test

        name: "AnswerReview"
        when: windowShown

        function openReview(from, buttonName) {
            const button = findChild(from, buttonName)
            verify(button !== null, buttonName)
            button.forceActiveFocus()
            keyClick(Qt.Key_Space)
            return Driver.waitForPage(test, shell, p => p.objectName === "answerReviewPage", "the answer review")
        }

        function expectNothingClipped(what) {
            tryVerify(() => Support.clippedTexts(shell).length === 0, 5000, what + " settles unclipped")
            const clipped = Support.clippedTexts(shell)
            compare(clipped.length, 0, what + ": " + clipped.join("; "))
        }

        function cleanup() {
            DisplaySettings.textScale = 1
            root.width = 900
            root.height = 700
        }

        function test_reviewFromResultsAndHistory() {
            Driver.startFirstQuiz(test, shell, "Lena")
            const attempt = shell.attempt
            const count = attempt.count
            // Answer the first eight (the self-ratings come first), flag the eighth; leave the
            // rest empty.
            for (let i = 0; i < 8; ++i) {
                if (i > 0)
                    keyClick(Qt.Key_N, Qt.AltModifier)
                Driver.answerByKeyboard(test, attempt)
            }
            keyClick(Qt.Key_F, Qt.AltModifier)
            tryCompare(attempt, "flaggedCount", 1)
            keyClick(Qt.Key_R, Qt.AltModifier)
            const submitPage = Driver.waitForPage(test, shell, p => p.jumpRequested !== undefined, "review")
            keyClick(Qt.Key_Return)
            tryCompare(findChild(submitPage, "submitConfirm"), "opened", true)
            keyClick(Qt.Key_Return)
            const results = Driver.waitForPage(test, shell, p => p.planRequested !== undefined, "results")
            const attemptId = results.attemptId
            const report = Support.engineReport(attemptId)

            const page = openReview(results, "reviewAnswersButton")
            const list = page.list
            const review = page.review
            tryCompare(list, "count", count)
            const summary = review.summary
            verify(summary.indexOf("not answered") > 0, summary)
            verify(/right|wrong/.test(summary), summary)
            compare(review.allCount, count)
            compare(review.flaggedCount, 1)
            verify(list.activeFocus, "the list has the keys")
            compare(list.currentIndex, 0)

            // The marks are the engine's: every scored item not answered or not full points is
            // listed under "wrong or partly right".
            let notFull = 0
            for (let i = 0; i < report.items.length; ++i)
                if (report.items[i].earned < report.items[i].max - 1e-9)
                    ++notFull
            compare(review.notRightCount, notFull)

            expectNothingClipped("the answer review at 900x700")
            verify(Support.saveScreenshot(shell, "answer-review-900x700"))

            // Down and Up walk the questions; End goes to the last.
            keyClick(Qt.Key_Down)
            compare(list.currentIndex, 1)
            verify(list.currentItem.focused)
            keyClick(Qt.Key_End)
            compare(list.currentIndex, count - 1)
            keyClick(Qt.Key_Up)
            compare(list.currentIndex, count - 2)
            keyClick(Qt.Key_Home)
            compare(list.currentIndex, 0)

            // Flagged: the one flagged question, by keyboard (Space on the radio button).
            const flagged = findChild(page, "filterFlagged")
            flagged.forceActiveFocus()
            keyClick(Qt.Key_Space)
            tryCompare(list, "count", 1)
            compare(list.itemAtIndex(0).heading, qsTr("Question %1 of %2").arg(8).arg(count))
            verify(list.itemAtIndex(0).flagged)

            const notRight = findChild(page, "filterNotRight")
            notRight.forceActiveFocus()
            keyClick(Qt.Key_Space)
            tryCompare(list, "count", notFull)

            // One part of the quiz: its items only, the counts follow.
            const domains = findChild(page, "domainFilter")
            verify(domains.visible)
            const domainId = review.domainIds[0]
            domains.forceActiveFocus()
            domains.currentIndex = 1
            domains.activated(1)
            compare(review.domain, domainId)
            for (let i = 0; i < list.count; ++i)
                compare(list.itemAtIndex(i) ? list.itemAtIndex(i).domainTitle : review.domainTitles[0], review.domainTitles[0])
            verify(review.allCount < count)

            // Back to the results; then home, past results and the attempt's own review button.
            keyClick(Qt.Key_Escape) // nothing to close: stays
            findChild(shell, "backButton").clicked()
            const back = Driver.waitForPage(test, shell, p => p.planRequested !== undefined, "results again")
            findChild(back, "homeButton").clicked()
            const home = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            const historyButton = findChild(home, "historyButton")
            historyButton.forceActiveFocus()
            keyClick(Qt.Key_Space)
            const history = Driver.waitForPage(test, shell, p => p.openRequested !== undefined, "history")
            tryVerify(() => findChild(history, "historyReview" + attemptId) !== null, 3000)
            const again = openReview(history, "historyReview" + attemptId)
            tryCompare(again.list, "count", count)
            compare(again.review.flaggedCount, 1)
            compare(again.review.summary, summary)

            // A small window with large text: the list still takes most of the height, and the
            // cards wrap instead of clipping.
            root.width = 640
            root.height = 480
            DisplaySettings.textScale = 2
            again.list.show(7)
            expectNothingClipped("the answer review at 640x480, 200%")
            verify(Support.saveScreenshot(shell, "answer-review-640x480-200pct"))
        }
    }
}
