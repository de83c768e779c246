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

        function test_passphraseGuardsTheAnalysis() {
            const home = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
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
            wait(100)
            verify(!findChild(again, "analysis").visible)
            field.forceActiveFocus()
            Driver.typeText(test, "records-room-42")
            keyClick(Qt.Key_Return)
            tryVerify(() => findChild(again, "analysis").visible, 5000)
            expectNoClipping(again)
        }

        function expectNoClipping(page) {
            wait(300)
            const clipped = Support.clippedTexts(shell)
            compare(clipped.length, 0, clipped.join("; "))
        }
    }
}
