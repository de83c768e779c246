import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// "Save as PDF" on the results page: the dialog is a save dialog (says Save, adds ".pdf"), a
// name typed without the suffix gets it, and the note says where the file went.
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

        name: "SavePdf"
        when: windowShown

        function test_resultsSavedWithSuffixAndFolderNamed() {
            Driver.startFirstQuiz(test, shell, "Imani")
            Driver.answerByKeyboard(test, shell.attempt)
            keyClick(Qt.Key_R, Qt.AltModifier)
            const review = Driver.waitForPage(test, shell, p => p.jumpRequested !== undefined, "review")
            keyClick(Qt.Key_Return)
            tryCompare(findChild(review, "submitConfirm"), "opened", true)
            keyClick(Qt.Key_Return)
            const results = Driver.waitForPage(test, shell, p => p.planRequested !== undefined, "results")
            const note = Driver.saveAsPdf(test, results, Support, "my results")
            compare(note, "Saved “my results.pdf” in the folder " + Support.scratchPath("").replace(/\/$/, "") + ".")
        }
    }
}
