import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// Hand-in files in the app: "Hand in results…" on the results page writes the learner's file
// and says where; "Collect hand-in files…" in the instructor view adds learners' files, lists
// per file what was added or why it was refused, and the statistics count the new attempts.
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

        name: "HandIn"
        when: windowShown

        function folder() {
            return Support.scratchPath("").replace(/\/$/, "")
        }

        function resultsPage() {
            Driver.startFirstQuiz(test, shell, "Imani")
            Driver.answerByKeyboard(test, shell.attempt)
            keyClick(Qt.Key_R, Qt.AltModifier)
            const review = Driver.waitForPage(test, shell, p => p.jumpRequested !== undefined, "review")
            keyClick(Qt.Key_Return)
            tryCompare(findChild(review, "submitConfirm"), "opened", true)
            keyClick(Qt.Key_Return)
            return Driver.waitForPage(test, shell, p => p.planRequested !== undefined, "results")
        }

        function instructorView() {
            shell.stack.pop(null)
            const home = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            findChild(home, "instructorButton").forceActiveFocus()
            keyClick(Qt.Key_Return)
            const page = Driver.waitForPage(test, shell, p => findChild(p, "analysis") !== null, "instructor view")
            findChild(page, "newPassphrase").forceActiveFocus()
            Driver.typeText(test, "records-room-42")
            keyClick(Qt.Key_Return)
            Driver.typeText(test, "records-room-42")
            keyClick(Qt.Key_Return)
            tryVerify(() => findChild(page, "analysis").visible, 5000)
            const stats = findChild(page, "statistics")
            tryVerify(() => stats.loaded && !stats.busy, 10000)
            return page
        }

        function test_handInThenCollect() {
            // The learner hands in: a save dialog for .json files, reached by keyboard.
            const results = resultsPage()
            const button = findChild(results, "handInButton")
            compare(button.Accessible.name, "Hand in results…")
            const dialog = findChild(results, "handInDialog")
            compare(dialog.fileMode, 2, "FileDialog.SaveFile")
            compare(dialog.defaultSuffix, "json")
            verify(dialog.nameFilters.join(" ").indexOf("*.json") >= 0, "a hand-in name filter")
            verify(String(dialog.currentFile).endsWith(".json"), "a suggested file name")
            button.forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "visible", true)
            dialog.close()
            tryCompare(dialog, "visible", false)
            const handInSpy = signalSpy.createObject(test, { target: findChild(results, "handIns"), signalName: "handedIn" })
            dialog.selectedFile = "file://" + Support.scratchPath("imani hand-in")
            dialog.accepted()
            tryCompare(handInSpy, "count", 1)
            const path = Support.scratchPath("imani hand-in.json")
            verify(Support.fileExists(path), "the file is written, .json added")
            compare(findChild(results, "handInNote").text,
                    "Handed in 1 finished attempt in “imani hand-in.json” in the folder " + folder()
                    + ". Give this file to your instructor.")
            findChild(results, "handInNote").forceActiveFocus()
            verify(Support.saveScreenshot(results, "handin-results-800x600"))

            // The instructor collects it (already in this database), two other learners'
            // files and a file cut short.
            const page = instructorView()
            const stats = findChild(page, "statistics")
            const before = stats.attempts
            const others = Support.simulatedHandIns("hit-readiness.yaml", 2, 11)
            compare(others.length, 2)
            const cut = Support.truncatedCopy(others[1], "cut short.json")
            const collect = findChild(page, "collectDialog")
            compare(collect.fileMode, 1, "FileDialog.OpenFiles")
            const collectButton = findChild(page, "collectButton")
            compare(collectButton.Accessible.name, "Collect hand-in files…")
            collectButton.forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryCompare(collect, "visible", true)
            collect.close()
            const adapter = findChild(page, "handIns")
            const collectSpy = signalSpy.createObject(test, { target: adapter, signalName: "collected" })
            adapter.collect(["file://" + path, "file://" + others[0], "file://" + cut, "file://" + others[1]])
            tryCompare(collectSpy, "count", 1)
            compare(findChild(page, "collectSummary").text,
                    "Collected 4 files: 2 new attempts, 1 already there, 1 file refused.")
            const rows = adapter.collectedFiles
            compare(rows.length, 4)
            compare(rows[0].text, "imani hand-in.json (Imani): 0 new attempts, 1 already there")
            compare(rows[1].added, 1)
            verify(rows[2].refused)
            verify(rows[2].text.startsWith("cut short.json: refused, nothing of it was stored: not valid JSON at line "),
                   rows[2].text)
            compare(rows[3].added, 1)
            // The statistics were computed again and count the two new learners.
            tryVerify(() => stats.loaded && !stats.busy && stats.attempts === before + 2, 10000)
            collectButton.forceActiveFocus()
            verify(Support.saveScreenshot(page, "handin-collect-800x600"))

            // Through the dialog: the one file chosen, collected again, adds nothing.
            collect.selectedFile = "file://" + others[0]
            collect.accepted()
            tryCompare(collectSpy, "count", 2)
            compare(findChild(page, "collectSummary").text,
                    "Collected 1 file: 0 new attempts, 1 already there, 0 files refused.")
        }

        Component {
            id: signalSpy

            SignalSpy {}
        }
    }
}
