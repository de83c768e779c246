import QtQuick
import QtTest
import HitReady
import HitReadyTest
import "driver.js" as Driver

// A class whose server goes away mid-quiz: the learner carries on with no error per answer,
// one calm notice and a pending count show, and when the server is back everything is sent.
Item {
    id: root

    width: 800
    height: 600

    Component {
        id: shellComponent

        LearnerShell {
            anchors.fill: parent
        }
    }

    TestCase {
        id: test

        name: "ClassNotice"
        when: windowShown

        function test_serverGoneMidQuiz() {
            const shell = createTemporaryObject(shellComponent, root)
            const connection = LearnerDatabase.classConnection
            verify(Support.connectToFileServer(LearnerDatabase))
            tryCompare(connection, "connected", true)
            tryCompare(connection, "statusText", "All your answers are with the class.")
            const notice = findChild(shell, "classNotice")
            compare(notice.visible, false)

            verify(Support.stopServer())
            Driver.startFirstQuiz(test, shell, "Ines")
            const attempt = shell.attempt
            Driver.answerByKeyboard(test, attempt)
            tryCompare(notice, "visible", true)
            tryCompare(connection, "pendingAnswers", 1)
            keyClick(Qt.Key_N, Qt.AltModifier)
            Driver.answerByKeyboard(test, attempt)
            tryCompare(connection, "pendingAnswers", 2)
            compare(attempt.errorText, "")
            compare(attempt.answeredCount, 2)
            compare(findChild(shell, "classStatus").text,
                    "2 answers kept on this computer, waiting for the class server.")
            verify(Support.saveScreenshot(shell, "class-offline-notice"))

            // OK hides the notice for this outage; the count stays.
            const ok = findChild(shell, "classNoticeOk")
            ok.forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryCompare(notice, "visible", false)
            verify(findChild(shell, "classStatus").visible)

            // The server is back: "Try again now" sends everything; the copies agree.
            verify(Support.startServer())
            const again = findChild(shell, "classSendNow")
            verify(again.visible)
            again.forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryCompare(connection, "reachable", true)
            tryCompare(connection, "hasPending", false)
            compare(findChild(shell, "classStatus").text, "All your answers are with the class.")
            compare(Support.serverAnswers(attempt.attemptId),
                    Support.storedAttempt(attempt.attemptId).answers)

            // Online, the next answer goes at once.
            keyClick(Qt.Key_N, Qt.AltModifier)
            Driver.answerByKeyboard(test, attempt)
            tryVerify(() => Object.keys(Support.serverAnswers(attempt.attemptId)).length === 3)
            tryCompare(connection, "hasPending", false)
        }

        // "Connect to a class" by keyboard: an address that is not a class is refused in the
        // dialog, with the reason, and nothing changes.
        function test_connectDialogRefusesANonClassAddress() {
            const shell = createTemporaryObject(shellComponent, root)
            const home = Driver.waitForPage(test, shell, p => p.profileId !== undefined, "home")
            const connection = LearnerDatabase.classConnection
            const wasConnected = connection.connected
            const button = findChild(home, "classButton")
            compare(button.text, wasConnected ? "Class connection…" : "Connect to a class…")
            button.forceActiveFocus()
            keyClick(Qt.Key_Return)
            const dialog = findChild(home, "classDialog")
            tryCompare(dialog, "opened", true)
            const address = findChild(dialog.contentItem, "classAddress")
            tryCompare(address, "activeFocus", true)
            compare(address.Accessible.name, "Class address")
            Driver.typeText(test, "class.sqlite")
            keyClick(Qt.Key_Return)
            const problem = findChild(dialog.contentItem, "classAddressProblem")
            tryCompare(problem, "visible", true)
            verify(problem.text.indexOf("postgresql://") >= 0)
            verify(dialog.opened)
            compare(connection.connected, wasConnected)
            verify(Support.saveScreenshot(shell, "class-connect-dialog"))
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "opened", false)
        }
    }
}
