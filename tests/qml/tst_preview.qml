import QtQuick
import QtTest
import HitReady
import HitReadyTest

// The authoring preview as an author uses it: the quiz file is edited by another program (here:
// saved in place and by rename) while the preview follows; items are chosen and answered by
// keyboard; a broken save lists its problem, keeps the last good version, and the problem
// chosen by keyboard shows its item. Previewing writes nothing to the learner database.
Item {
    id: root

    width: 1100
    height: 700

    readonly property string quizPath: Support.scratchPath("preview-quiz.yaml")
    readonly property string quizText: "hitready: 1\n"
        + "id: preview-qml\n"
        + "title: Preview in QML\n"
        + "language: en\n"
        + "domains:\n"
        + "  - {id: detail, title: Attention to detail}\n"
        + "items:\n"
        + "  - id: det-01\n"
        + "    domain: detail\n"
        + "    type: single\n"
        + "    prompt: Which field identifies the patient?\n"
        + "    options:\n"
        + "      - {id: a, text: Room number}\n"
        + "      - {id: b, text: Medical record number, correct: true}\n"
        + "    explanation: The medical record number is unique to the patient.\n"
        + "  - id: det-02\n"
        + "    domain: detail\n"
        + "    type: truefalse\n"
        + "    prompt: A correction erases the original entry.\n"
        + "    answer: false\n"
        + "    explanation: The original stays readable.\n"

    Loader {
        id: loader

        anchors.fill: parent
        active: false
        sourceComponent: PreviewPane {
            filePath: root.quizPath
        }
    }

    TestCase {
        id: test

        name: "Preview"
        when: windowShown

        function init() {
            verify(Support.saveText(root.quizPath, root.quizText, false))
            loader.active = true
            tryVerify(() => loader.item && loader.item.preview.hasQuiz)
        }
        function cleanup() {
            loader.active = false
        }
        function promptText(): string {
            return findChild(loader.item, "prompt").first
        }

        function test_chooseAndAnswerByKeyboard() {
            const pane = loader.item
            const preview = pane.preview
            const before = Support.unfinishedAttempts().length
            compare(preview.selectedItemId, "det-01")
            compare(promptText(), "Which field identifies the patient?")

            const list = findChild(pane, "itemList")
            list.forceActiveFocus()
            keyClick(Qt.Key_Down)
            tryCompare(preview, "selectedItemId", "det-02")
            tryCompare(findChild(pane, "prompt"), "first", "A correction erases the original entry.")
            keyClick(Qt.Key_Up)
            tryCompare(preview, "selectedItemId", "det-01")
            // A click on an item keeps the keys in the list.
            mouseClick(findChild(pane, "previewItem_det-02"))
            tryCompare(preview, "selectedItemId", "det-02")
            verify(list.activeFocus)
            keyClick(Qt.Key_Up)
            tryCompare(preview, "selectedItemId", "det-01")

            // Into the answer area: the first option, then the second, chosen with Space.
            const points = findChild(pane, "previewPoints")
            compare(points.text, "Not answered yet: 0 / 1 points.")
            keyClick(Qt.Key_Tab)
            // An option row is the item that has a chosen() signal.
            tryVerify(() => pane.Window.activeFocusItem && typeof pane.Window.activeFocusItem.chosen === "function",
                      5000, "Tab leads from the list into the options")
            keyClick(Qt.Key_Tab)
            keyClick(Qt.Key_Space)
            tryCompare(points, "text", "Points: 1 / 1")
            tryVerify(() => findChild(pane, "explanation").first.indexOf("unique to the patient") >= 0)
            Support.saveScreenshot(pane, "preview-answered")
            compare(Support.unfinishedAttempts().length, before, "previewing wrote no attempt")
        }

        function test_followsSavesAndJumpsToTheChangedItem() {
            const preview = loader.item.preview
            compare(preview.selectedItemId, "det-01")
            const edited = root.quizText.replace("A correction erases", "A correction never erases")
            verify(Support.saveText(root.quizPath, edited, true))
            tryCompare(preview, "selectedItemId", "det-02")
            tryCompare(findChild(loader.item, "prompt"), "first", "A correction never erases the original entry.")
            // Saved again in place, a change in det-01: back to it.
            verify(Support.saveText(root.quizPath, edited.replace("Which field", "Which one field"), false))
            tryCompare(preview, "selectedItemId", "det-01")
            tryCompare(findChild(loader.item, "prompt"), "first", "Which one field identifies the patient?")
        }

        function test_brokenSaveKeepsTheLastGoodVersion() {
            const pane = loader.item
            const preview = pane.preview
            verify(Support.saveText(root.quizPath, root.quizText.replace("    answer: false\n", ""), false))
            tryCompare(preview, "showingOlderVersion", true)
            compare(preview.errorCount, 1)
            compare(findChild(pane, "previewStatus").color, Theme.problem)
            const problems = findChild(pane, "problemList")
            tryCompare(problems, "count", 1)
            compare(preview.items.rowCount(), 2)
            compare(promptText(), "Which field identifies the patient?")
            problems.forceActiveFocus()
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Return)
            tryCompare(preview, "selectedItemId", "det-02")
            Support.saveScreenshot(pane, "preview-problem")

            verify(Support.saveText(root.quizPath, root.quizText, true))
            tryCompare(preview, "showingOlderVersion", false)
            tryCompare(problems, "count", 0)
        }
    }
}
