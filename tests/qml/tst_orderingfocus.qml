import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// Keyboard reordering of an ordering item (tests/fixtures/app/every-item-type.yaml): Ctrl+Down /
// Ctrl+Up move the focused step, and focus stays on that step's own row - the steps model moves
// the row, so the delegate travels with its step instead of showing another step's data.
Item {
    id: root

    width: 800
    height: 600

    LearnerShell {
        id: shell

        anchors.fill: parent
    }

    SignalSpy {
        id: moved

        target: shell.attempt.current.steps
        signalName: "rowsMoved"
    }

    TestCase {
        id: test

        name: "OrderingFocus"
        when: windowShown

        function shownSteps(attempt) {
            const steps = attempt.current.steps
            let ids = []
            for (let i = 0; i < steps.count; ++i)
                ids.push(steps.data(steps.index(i, 0), StepListModel.StepIdRole))
            return ids
        }

        function test_focusStaysOnTheMovedStep() {
            const home = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            findChild(home, "newProfileName").forceActiveFocus()
            Driver.typeText(test, "Oda")
            keyClick(Qt.Key_Return)
            const page = Driver.startQuiz(test, shell, "every-item-type")
            const attempt = shell.attempt
            let position = -1
            for (let i = 0; i < attempt.count && position < 0; ++i)
                if (attempt.goTo(i) && attempt.current.itemType === "ordering")
                    position = i
            verify(position >= 0, "the quiz has an ordering item")
            tryVerify(() => findChild(page, "step1") !== null, 5000, "the steps are shown")

            const row = findChild(page, "step1")
            const stepId = row.stepId
            const before = shownSteps(attempt)
            compare(before[0], stepId)
            row.forceActiveFocus() // as by Tab
            verify(row.activeFocus)
            moved.clear()

            keyClick(Qt.Key_Down, Qt.ControlModifier)
            tryCompare(moved, "count", 1)
            compare(shownSteps(attempt)[1], stepId)
            compare(row.index, 1, "the same row now shows place 2")
            compare(row.stepId, stepId)
            verify(row.activeFocus, "focus stayed on the moved step")
            compare(findChild(page, "step2"), row)

            keyClick(Qt.Key_Down, Qt.ControlModifier)
            tryCompare(moved, "count", 2)
            compare(row.index, 2)
            verify(row.activeFocus)

            keyClick(Qt.Key_Up, Qt.ControlModifier)
            tryCompare(moved, "count", 3)
            compare(row.index, 1)
            verify(row.activeFocus)
            compare(shownSteps(attempt)[1], stepId)
            // The other steps kept their order around it.
            let others = before.filter(id => id !== stepId)
            compare(shownSteps(attempt).filter(id => id !== stepId), others)
            // Plain Down moves focus to the next row, not the step.
            keyClick(Qt.Key_Down)
            tryVerify(() => findChild(page, "step3").activeFocus)
            compare(moved.count, 3)
        }
    }
}
