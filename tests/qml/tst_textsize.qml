import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// The text-size setting (100-200%) and the high-contrast theme: set by keyboard, followed by
// the whole UI, kept for the next run; at 200% and 800x600 no screen cuts any text off.
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

        name: "TextSize"
        when: windowShown

        function expectNothingClipped(what) {
            // Transitions and layouts settle first; then nothing may be clipped.
            tryVerify(() => Support.clippedTexts(shell).length === 0, 5000, what + " settles unclipped")
            const clipped = Support.clippedTexts(shell)
            compare(clipped.length, 0, what + " at 200%: " + clipped.join("; "))
        }

        // Each test starts at home at 100% and normal contrast, whatever ran before it.
        function init() {
            DisplaySettings.textScale = 1
            DisplaySettings.highContrast = false
            shell.stack.pop(null)
        }

        function test_settingsByKeyboard() {
            Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            compare(DisplaySettings.textScale, 1)
            const heading = findChild(shell, "textSize")
            heading.forceActiveFocus()
            for (let i = 0; i < 6; ++i) // two presses beyond the top: stays at 200%
                keyClick(Qt.Key_Up)
            compare(heading.value, 200)
            compare(DisplaySettings.textScale, 2)
            compare(Theme.bodySize, 30)
            compare(Theme.headingSize, 40)
            compare(shell.font.pixelSize, 30)
            keyClick(Qt.Key_Down)
            compare(DisplaySettings.textScale, 1.75)
            keyClick(Qt.Key_Up)
            compare(Support.storedDisplaySettings().textScale, 2)

            const contrast = findChild(shell, "highContrast")
            contrast.forceActiveFocus()
            keyClick(Qt.Key_Space)
            verify(DisplaySettings.highContrast)
            compare(Theme.background, "#000000")
            compare(Theme.text, "#ffffff")
            compare(Support.storedDisplaySettings().highContrast, true)
        }

        function test_noScreenClipsAt200Percent() {
            DisplaySettings.textScale = 2
            DisplaySettings.highContrast = true
            expectNothingClipped("home, empty")
            const quizPage = Driver.startFirstQuiz(test, shell, "Dolores Fernandez-Oyelaran")
            const attempt = shell.attempt
            expectNothingClipped("first question")
            for (let i = 0; i < attempt.count; ++i) {
                Driver.answerByKeyboard(test, attempt)
                if (i % 7 === 3)
                    expectNothingClipped("question " + (i + 1) + " (" + attempt.current.itemType + ")")
                if (i < attempt.count - 1)
                    keyClick(Qt.Key_N, Qt.AltModifier)
            }
            keyClick(Qt.Key_R, Qt.AltModifier)
            Driver.waitForPage(test, shell, p => p.jumpRequested !== undefined, "review")
            expectNothingClipped("review")
            keyClick(Qt.Key_Return)
            expectNothingClipped("the confirm step")
            keyClick(Qt.Key_Return)
            Driver.waitForPage(test, shell, p => p.planRequested !== undefined, "results")
            expectNothingClipped("results")
            keyClick(Qt.Key_Return)
            Driver.waitForPage(test, shell, p => p.planRequested === undefined && p.attemptId !== undefined, "next steps")
            expectNothingClipped("next steps")
        }
    }
}
