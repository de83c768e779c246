import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// Every item type answered right by keyboard alone (tests/fixtures/app/every-item-type.yaml, in
// a fixed order), at 800x600 with 100% and 200% text and in high contrast: no text is cut off
// on any question, each screen is saved to build/screenshots/, and the engine scores the
// attempt 100%.
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

        name: "ItemTypes"
        when: windowShown

        // The right answers of the test quiz, as the learner would work them out.
        readonly property var stepKey: ["receive", "verify", "check", "release"]
        readonly property var matchKey: ({ icd: "dx", pcs: "inpt", cpt: "outpt" })

        // The step ids in the order shown (the steps model, read by role).
        function shownSteps(attempt) {
            const steps = attempt.current.steps
            let ids = []
            for (let i = 0; i < steps.count; ++i)
                ids.push(steps.data(steps.index(i, 0), StepListModel.StepIdRole))
            return ids
        }

        // Ctrl+Up on a step moves it one place up and keeps focus on it.
        function answerOrdering(attempt, page) {
            for (let target = 0; target < stepKey.length; ++target) {
                const from = shownSteps(attempt).indexOf(stepKey[target])
                verify(from >= target, "step " + stepKey[target] + " is shown")
                findChild(page, "step" + (from + 1)).forceActiveFocus() // as by Tab
                // The moved step keeps focus: each press waits for the step and its focus to move.
                for (let k = from; k > target; --k) {
                    keyClick(Qt.Key_Up, Qt.ControlModifier)
                    tryVerify(() => shownSteps(attempt)[k - 1] === stepKey[target], 2000, "step moved up")
                    tryVerify(() => findChild(page, "step" + k).activeFocus, 2000, "the moved step has focus")
                }
            }
            compare(shownSteps(attempt), stepKey)
        }

        // A closed list takes Down to its next choice; the first choice is "not matched yet".
        function answerMatching(attempt, page) {
            const left = attempt.current.matchLeft
            const leftId = row => left.data(left.index(row, 0), MatchListModel.LeftIdRole)
            for (let row = 0; row < left.count; ++row) {
                const steps = attempt.current.matchChoiceIds.indexOf(matchKey[leftId(row)])
                verify(steps > 0, "a match for " + leftId(row) + " is shown")
                findChild(page, "match" + (row + 1)).forceActiveFocus() // as by Tab
                for (let k = 0; k < steps; ++k)
                    keyClick(Qt.Key_Down)
            }
            for (let row = 0; row < left.count; ++row)
                compare(left.data(left.index(row, 0), MatchListModel.ChosenIdRole), matchKey[leftId(row)])
        }

        // After keys moved focus within a question (ordering, matching), the control with focus
        // is scrolled into view. (A new question shows its top, its first control may be below.)
        // Scrolling follows focus once laid out: waits for it, then says where it is if not.
        function expectFocusInView(page, what) {
            const scroll = findChild(page, "questionScroll")
            const inView = () => {
                const focused = root.Window.activeFocusItem
                let inside = false
                for (let at = focused; at; at = at.parent)
                    inside = inside || at === scroll
                if (!inside)
                    return true
                const top = focused.mapToItem(scroll, 0, 0).y
                return top >= 0 && top + focused.height <= scroll.height + 1
            }
            tryVerify(inView, 2000, what + ": the control with focus is scrolled into view")
        }

        function answerRight(attempt, page) {
            switch (attempt.current.itemType) {
            case "single":
                keyClick(Qt.Key_1)
                break
            case "multiple":
                keyClick(Qt.Key_1)
                keyClick(Qt.Key_2)
                break
            case "truefalse":
                keyClick(Qt.Key_2) // "False"
                break
            case "likert":
                keyClick(Qt.Key_4)
                break
            case "ordering":
                answerOrdering(attempt, page)
                break
            case "matching":
                answerMatching(attempt, page)
                break
            case "hottext":
                keyClick(Qt.Key_2) // Sex: M
                keyClick(Qt.Key_4) // Discharged before admitted
                break
            case "numeric":
                Driver.typeText(test, "12.5")
                break
            case "text":
                Driver.typeText(test, "e11.9") // any case
                break
            default:
                fail("no keys for item type " + attempt.current.itemType)
            }
        }

        function everyTypeByKeyboard(look, scale, highContrast) {
            DisplaySettings.textScale = scale
            DisplaySettings.highContrast = highContrast
            const page = Driver.startQuiz(test, shell, "every-item-type")
            const attempt = shell.attempt
            compare(attempt.count, 9)
            let types = []
            for (let i = 0; i < attempt.count; ++i) {
                compare(attempt.position, i)
                types.push(attempt.current.itemType)
                answerRight(attempt, page)
                verify(attempt.current.isAnswered, attempt.current.itemType + " answered by keyboard")
                if (attempt.current.itemType === "ordering" || attempt.current.itemType === "matching")
                    expectFocusInView(page, attempt.current.itemType)
                // Laid out first (an answer may reflow the question); then nothing may be clipped.
                tryVerify(() => Support.clippedTexts(shell).length === 0, 5000, attempt.current.itemType + " settles unclipped")
                const clipped = Support.clippedTexts(shell)
                compare(clipped.length, 0, attempt.current.itemType + " " + look + ": " + clipped.join("; "))
                verify(Support.saveScreenshot(shell, "itemtype-" + (i + 1) + "-" + attempt.current.itemType + "-800x600" + look))
                if (i < attempt.count - 1)
                    keyClick(Qt.Key_N, Qt.AltModifier)
            }
            // Self-ratings come first, then the quiz's order.
            compare(types, ["likert", "single", "multiple", "truefalse", "ordering", "matching",
                            "hottext", "numeric", "text"])
            const attemptId = attempt.attemptId
            keyClick(Qt.Key_R, Qt.AltModifier)
            const review = Driver.waitForPage(test, shell, p => p.jumpRequested !== undefined, "review")
            keyClick(Qt.Key_Return)
            tryCompare(findChild(review, "submitConfirm"), "opened", true)
            keyClick(Qt.Key_Return)
            const results = Driver.waitForPage(test, shell, p => p.planRequested !== undefined, "results")
            compare(Support.engineReport(attemptId).overall, 100)
            verify(findChild(results, "overall").text.indexOf("100%") > 0)
            const home = findChild(results, "homeButton")
            home.forceActiveFocus()
            keyClick(Qt.Key_Return)
            Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
        }

        // Each test starts at home with a profile chosen ("Kwame", added by keyboard unless a
        // test before made him), whatever ran before it.
        function init() {
            shell.stack.pop(null)
            const home = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            if (home.profileId <= 0) {
                findChild(home, "newProfileName").forceActiveFocus()
                Driver.typeText(test, "Kwame")
                keyClick(Qt.Key_Return)
            }
            tryVerify(() => home.profileId > 0, 2000, "a profile is chosen")
        }

        function cleanup() {
            DisplaySettings.textScale = 1
            DisplaySettings.highContrast = false
        }

        function test_at100Percent() {
            everyTypeByKeyboard("", 1, false)
        }

        function test_at200Percent() {
            everyTypeByKeyboard("-200pct", 2, false)
        }

        function test_at200PercentHighContrast() {
            everyTypeByKeyboard("-200pct-contrast", 2, true)
        }
    }
}
