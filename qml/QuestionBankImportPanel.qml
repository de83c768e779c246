pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import HitReady

// "Import a question bank…": a GIFT, Moodle XML or QTI 3 bank becomes a new quiz file in the
// learner's quiz folder, opened at once in the preview window, which lists what the author must
// still add. What did not come across is listed here, each at its line in the bank.
ColumnLayout {
    id: root

    // The learner's quiz folder (the quiz catalogue's user folder).
    required property string folder
    // A quiz file was written: the page opens it in the preview window.
    signal imported(string path)

    spacing: Theme.spacing

    function importFile(url: url): bool {
        const ok = bank.importFile(url)
        summary.forceActiveFocus()
        if (ok)
            root.imported(bank.writtenPath)
        return ok
    }

    QuestionBankImport {
        id: bank

        objectName: "questionBankImport"
        folder: root.folder
    }
    FileDialog {
        id: importDialog

        objectName: "importDialog"
        title: qsTr("Import a question bank")
        fileMode: FileDialog.OpenFile
        acceptLabel: qsTr("Import")
        nameFilters: [qsTr("Question banks (*.gift *.txt *.xml *.zip *.yaml *.yml)"), qsTr("All files (*)")]
        onAccepted: root.importFile(selectedFile)
    }
    AppButton {
        objectName: "importQuestionBank"
        text: qsTr("Import a question bank…")
        Accessible.description: qsTr("Reads GIFT, Moodle XML or QTI 3 questions into a new quiz file in your quiz folder and opens it in the preview.")
        onClicked: importDialog.open()
    }
    BodyText {
        id: summary

        objectName: "importSummary"
        Layout.fillWidth: true
        visible: text !== ""
        text: bank.summary
        color: bank.succeeded ? Theme.text : Theme.problem
        activeFocusOnTab: visible
        Accessible.role: bank.succeeded ? Accessible.StaticText : Accessible.AlertMessage
        Accessible.name: text
    }
    Repeater {
        objectName: "importDetails"
        model: bank.details

        delegate: BodyText {
            required property string modelData

            Layout.fillWidth: true
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            wrapMode: Text.Wrap // at words, and inside a long path where it must
            text: modelData
            Accessible.name: text
        }
    }
}
