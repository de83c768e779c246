import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "../qml/driver.js" as Driver

// Every learner page in a 640x480 window with 200% text (issue 15): home, the display controls
// of the compact header, the intro, every item type (tests/fixtures/app/every-item-type.yaml),
// the pre-submit review, results, next steps, history and the instructor view. On each, no text
// is cut off (tests/layoutcheck.cpp), every text reaches WCAG AA contrast and the focus ring
// shows (Support.saveScreenshot checks both and saves build/screenshots/small-*.png); on the
// quiz page the question keeps most of the window's height.
Item {
    id: root

    width: 640
    height: 480

    LearnerShell {
        id: shell

        anchors.fill: parent
    }

    TestCase {
        id: test

        name: "SmallWindow"
        when: windowShown

        // Laid out first (a page may still be settling); then nothing may be clipped, and the
        // screenshot is checked and saved.
        function expectUsable(what, look) {
            tryVerify(() => Support.clippedTexts(shell).length === 0, 5000, what + " settles unclipped: " + Support.clippedTexts(shell).join("; "))
            const clipped = Support.clippedTexts(shell)
            compare(clipped.length, 0, what + " at 640x480, 200%: " + clipped.join("; "))
            verify(Support.saveScreenshot(shell, "small-" + what + "-640x480-200pct" + look))
        }

        // The question's scrolling area takes at least 55% of the window's height: the header,
        // progress and navigation around it are compact.
        function expectQuestionGetsTheHeight(page, what) {
            const scroll = findChild(page, "questionScroll")
            verify(scroll.height >= 0.55 * root.height,
                   what + ": the question gets " + Math.round(scroll.height) + " of " + root.height + " px")
        }

        function init() {
            DisplaySettings.textScale = 2
            DisplaySettings.highContrast = false
            shell.stack.pop(null)
        }

        function cleanup() {
            DisplaySettings.textScale = 1
            DisplaySettings.highContrast = false
        }

        function test_everyPage() {
            const home = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            expectUsable("1-home", "")
            verify(shell.compact, "the header is compact")

            // The compact header: text size, contrast and language behind one button.
            const display = findChild(shell, "displayButton")
            verify(display.visible)
            verify(!findChild(shell, "textSize").visible, "the display controls are folded away")
            compare(display.Accessible.name, "Text size, contrast and language")
            display.forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryVerify(() => findChild(shell, "textSize").visible)
            expectUsable("2-display-controls", "")
            keyClick(Qt.Key_Return)
            tryVerify(() => !findChild(shell, "textSize").visible)

            findChild(home, "newProfileName").forceActiveFocus()
            Driver.typeText(test, "Ngozi Adeyemi-Okonkwo")
            keyClick(Qt.Key_Return)
            tryVerify(() => home.profileId > 0, 2000, "a profile is chosen")
            const card = findChild(home, "quiz-every-item-type")
            card.forceActiveFocus()
            keyClick(Qt.Key_Return)
            Driver.waitForPage(test, shell, p => p.itemCount !== undefined, "the intro")
            expectUsable("3-intro", "")
            keyClick(Qt.Key_Return)
            const page = Driver.waitForPage(test, shell, p => p.objectName === "quizPage", "the first question")
            const attempt = shell.attempt
            compare(attempt.count, 9)

            // The navigation is icon buttons whose words are their tooltips and names.
            const next = findChild(page, "nextButton")
            verify(next.showsGlyph)
            compare(next.Accessible.name, "Next")
            compare(findChild(page, "flagButton").Accessible.name, "Flag for review")
            compare(findChild(page, "questionNumber").text, "Question 1 of 9")
            for (let i = 0; i < attempt.count; ++i) {
                const type = attempt.current.itemType
                Driver.answerByKeyboard(test, attempt)
                verify(attempt.current.isAnswered, type + " answered by keyboard")
                expectQuestionGetsTheHeight(page, type)
                expectUsable("4-question-" + (i + 1) + "-" + type, "")
                if (i < attempt.count - 1)
                    keyClick(Qt.Key_N, Qt.AltModifier)
            }
            compare(findChild(page, "nextButton").Accessible.name, "Review and submit")
            // The shortcuts are kept: flag, then review.
            keyClick(Qt.Key_F, Qt.AltModifier)
            verify(attempt.current.isFlagged)
            compare(findChild(page, "flagButton").Accessible.name, "Remove flag")
            keyClick(Qt.Key_R, Qt.AltModifier)
            const review = Driver.waitForPage(test, shell, p => p.jumpRequested !== undefined, "review")
            expectUsable("5-review", "")
            keyClick(Qt.Key_Return)
            tryCompare(findChild(review, "submitConfirm"), "opened", true)
            expectUsable("6-confirm", "")
            keyClick(Qt.Key_Return)
            const results = Driver.waitForPage(test, shell, p => p.planRequested !== undefined, "results")
            expectUsable("7-results", "")
            DisplaySettings.highContrast = true
            expectUsable("7-results", "-contrast")
            DisplaySettings.highContrast = false

            findChild(results, "nextStepsButton").forceActiveFocus()
            keyClick(Qt.Key_Return)
            Driver.waitForPage(test, shell, p => p.planRequested === undefined && p.attemptId !== undefined, "next steps")
            expectUsable("8-next-steps", "")

            shell.stack.pop(null)
            const again = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            findChild(again, "historyButton").forceActiveFocus()
            keyClick(Qt.Key_Space)
            const history = Driver.waitForPage(test, shell, p => p.openRequested !== undefined, "history")
            tryVerify(() => findChild(history, "historyRow" + attempt.attemptId) !== null, 3000)
            expectUsable("9-history", "")
        }

        function test_instructorView() {
            compare(Support.simulateLearners("hit-readiness.yaml", 40, 3), 40)
            const home = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            findChild(home, "instructorButton").forceActiveFocus()
            keyClick(Qt.Key_Return)
            const page = Driver.waitForPage(test, shell, p => findChild(p, "analysis") !== null, "instructor view")
            expectUsable("10-instructor-passphrase", "")
            findChild(page, "newPassphrase").forceActiveFocus()
            Driver.typeText(test, "records-room-42")
            keyClick(Qt.Key_Return)
            Driver.typeText(test, "records-room-42")
            keyClick(Qt.Key_Return)
            tryVerify(() => findChild(page, "analysis").visible, 5000)
            const stats = findChild(page, "statistics")
            tryVerify(() => stats.loaded && !stats.busy, 10000)
            expectUsable("11-instructor-analysis", "")
        }
    }
}
