import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// The instructor view is behind a passphrase: set on first use, asked again after locking, and
// a wrong one never shows the analysis.
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

        name: "Instructor"
        when: windowShown

        // 120 simulated learners of the shipped quiz, stored once for all the tests here.
        property bool learnersSimulated: false

        function simulateLearnersOnce() {
            if (!learnersSimulated)
                compare(Support.simulateLearners("hit-readiness.yaml", 120, 7), 120)
            learnersSimulated = true
        }

        function homePage() {
            shell.stack.pop(null)
            return Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
        }

        // The instructor view unlocked, its figures in: where the tests of the analysis start,
        // whatever ran before them (the passphrase is set here when no test set it yet).
        function unlockedAnalysis() {
            simulateLearnersOnce()
            let page = shell.stack.currentItem
            if (findChild(page, "analysis") === null) {
                findChild(homePage(), "instructorButton").forceActiveFocus()
                keyClick(Qt.Key_Return)
                page = Driver.waitForPage(test, shell, p => findChild(p, "analysis") !== null, "instructor view")
            }
            if (!findChild(page, "analysis").visible) {
                const first = findChild(page, "newPassphrase")
                if (first.visible) {
                    first.forceActiveFocus()
                    Driver.typeText(test, "records-room-42")
                    keyClick(Qt.Key_Return)
                } else {
                    findChild(page, "passphrase").forceActiveFocus()
                }
                Driver.typeText(test, "records-room-42")
                keyClick(Qt.Key_Return)
                tryVerify(() => findChild(page, "analysis").visible, 5000)
            }
            const stats = findChild(page, "statistics")
            tryVerify(() => stats.loaded && !stats.busy, 10000)
            return page
        }

        function cleanup() {
            DisplaySettings.textScale = 1
            DisplaySettings.highContrast = false
        }

        function test_passphraseGuardsTheAnalysis() {
            const home = homePage()
            verify(Support.forgetInstructorPassphrase())
            simulateLearnersOnce()
            const open = findChild(home, "instructorButton")
            open.forceActiveFocus()
            keyClick(Qt.Key_Return)
            const page = Driver.waitForPage(test, shell, p => findChild(p, "analysis") !== null, "instructor view")
            const analysis = findChild(page, "analysis")
            verify(!analysis.visible)

            // First use: typed twice, by keyboard.
            findChild(page, "newPassphrase").forceActiveFocus()
            Driver.typeText(test, "records-room-42")
            keyClick(Qt.Key_Return)
            Driver.typeText(test, "records-room-42")
            keyClick(Qt.Key_Return)
            tryVerify(() => analysis.visible, 5000)

            // Locked again: a wrong passphrase keeps it closed, the right one opens it.
            shell.stack.pop()
            Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            findChild(shell.stack.currentItem, "instructorButton").forceActiveFocus()
            keyClick(Qt.Key_Return)
            const again = Driver.waitForPage(test, shell, p => findChild(p, "analysis") !== null, "instructor view")
            const field = findChild(again, "passphrase")
            verify(field.visible)
            field.forceActiveFocus()
            Driver.typeText(test, "records-room-43")
            keyClick(Qt.Key_Return)
            tryCompare(field, "text", "") // "Open" ran: it clears the field, right or wrong
            verify(!findChild(again, "analysis").visible)
            field.forceActiveFocus()
            Driver.typeText(test, "records-room-42")
            keyClick(Qt.Key_Return)
            tryVerify(() => findChild(again, "analysis").visible, 5000)
            // Checked once the figures are in: summaries that arrive during the check have
            // not been laid out yet (a flagged one is wider than the window until wrapped).
            const stats = findChild(again, "statistics")
            tryVerify(() => stats.loaded && !stats.busy, 10000)
            expectNoClipping(again)
        }

        // The unlocked analysis of the shipped quiz's 120 simulated learners, by keyboard: sort
        // by facility twice, open an item's answer bars; at 100% and 200% text, and in high
        // contrast.
        function test_itemTableByKeyboard() {
            const page = unlockedAnalysis()
            const stats = findChild(page, "statistics")
            compare(stats.attempts, 120)
            compare(findChild(page, "attemptsCounted").text, "120 finished attempts counted.")
            verify(stats.rowCount() > 20)
            // N per item counts the attempts that drew the item: each of the 120 attempts
            // drew 15 items in each of the quiz's 4 domains.
            let drawn = 0
            for (let r = 0; r < stats.rowCount(); ++r) {
                const row = findChild(page, "itemStatsRow" + r)
                verify(row !== null, "row " + r)
                verify(row.attempts > 0 && row.attempts < 120, "row " + r + ": " + row.attempts)
                drawn += row.attempts
            }
            compare(drawn, 120 * 4 * 15)
            for (const [scale, highContrast] of [[1, false], [2, false], [1, true]]) {
                DisplaySettings.textScale = scale
                DisplaySettings.highContrast = highContrast
                const look = (scale === 1 ? "" : "-200pct") + (highContrast ? "-contrast" : "")
                const sort = findChild(page, "sort-facility")
                sort.forceActiveFocus()
                keyClick(Qt.Key_Space)
                compare(stats.sortKey, "facility")
                const firstDescending = stats.sortAscending
                keyClick(Qt.Key_Space)
                verify(stats.sortAscending !== firstDescending)
                // The rows follow the sort: facility never falls going down an ascending list.
                let previous = -1
                for (let r = 0; r < stats.rowCount(); ++r) {
                    const row = findChild(page, "itemStatsRow" + r)
                    verify(row !== null, "row " + r)
                    if (row.facility >= 0 && stats.sortAscending) {
                        verify(row.facility >= previous, "row " + r)
                        previous = row.facility
                    }
                }
                const first = findChild(page, "itemStatsRow0")
                first.forceActiveFocus()
                keyClick(Qt.Key_Return)
                verify(first.expanded)
                expectNoClipping(page)
                verify(Support.saveScreenshot(page, "instructor-items-800x600" + look))
                keyClick(Qt.Key_Return)
                verify(!first.expanded)
            }
        }

        // The analysis saved as PDF: a save dialog, ".pdf" added, the folder named.
        function test_savedAsPdf() {
            const page = unlockedAnalysis()
            const note = Driver.saveAsPdf(test, page, Support, "item analysis")
            compare(note, "Saved “item analysis.pdf” in the folder " + Support.scratchPath("").replace(/\/$/, "") + ".")
        }

        // "Import a question bank…" (the file dialog's choice given as it would be): a new quiz
        // file in the learner's quiz folder, opened in the preview window; what did not come
        // across listed by line; a bank that does not parse says so and opens nothing.
        function test_importAQuestionBank() {
            let page = shell.stack.currentItem
            if (findChild(page, "bankImport") === null) {
                findChild(homePage(), "instructorButton").forceActiveFocus()
                keyClick(Qt.Key_Return)
                page = Driver.waitForPage(test, shell, p => findChild(p, "bankImport") !== null, "instructor view")
            }
            const panel = findChild(page, "bankImport")
            const bank = findChild(panel, "questionBankImport")
            verify(findChild(panel, "importQuestionBank").Accessible.name.length > 0)

            verify(panel.importFile("file://" + Support.fixturePath("gift/choices.gift")))
            verify(bank.writtenPath.endsWith("/choices.yaml"), bank.writtenPath)
            verify(Support.readText(bank.writtenPath).startsWith("# Imported from choices.gift by HIT Ready.\n"))
            const summary = findChild(panel, "importSummary")
            verify(summary.activeFocus, "the outcome takes focus, so a screen reader reads it")
            verify(summary.text.startsWith("5 questions imported into "), summary.text)
            const details = findChild(panel, "importDetails")
            verify(details.count > 0)
            verify(details.itemAt(0).text.indexOf("choices.gift:") >= 0, details.itemAt(0).text)
            const preview = findChild(page, "previewWindow")
            verify(preview !== null, "the new quiz file opens in the preview window")
            tryCompare(preview, "title", "Preview: " + bank.writtenPath.split("/").pop())
            expectNoClipping(page)
            verify(Support.saveScreenshot(page, "instructor-import-800x600"))
            preview.close()
            preview.destroy()
            tryVerify(() => findChild(page, "previewWindow") === null, 5000, "the preview is closed")

            verify(!panel.importFile("file://" + Support.fixturePath("gift/errors.gift")))
            compare(bank.writtenPath, "")
            verify(summary.text.startsWith("errors.gift could not be read as gift"), summary.text)
            verify(details.itemAt(0).text.indexOf("errors.gift:1:") >= 0, details.itemAt(0).text)
            verify(findChild(page, "previewWindow") === null, "nothing opens for a bank that was not imported")
        }

        function expectNoClipping(page) {
            tryVerify(() => Support.clippedTexts(shell).length === 0, 5000, "the page settles unclipped")
            const clipped = Support.clippedTexts(shell)
            compare(clipped.length, 0, clipped.join("; "))
        }
    }
}
