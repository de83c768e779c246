import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// Under every screen while the learner works for a class: how the sending stands (a pending
// count while the server cannot be reached), the one calm notice of an outage, and the
// password when none was kept. Never a dialog per answer.
Pane {
    id: root

    required property ClassConnection connection

    padding: Theme.spacing
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing / 2

        Rectangle {
            objectName: "classNotice"
            Layout.fillWidth: true
            visible: root.connection.noticeVisible
            implicitHeight: notice.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.selected
            border.color: Theme.border

            RowLayout {
                id: notice

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                BodyText {
                    objectName: "classNoticeText"
                    Layout.fillWidth: true
                    text: qsTr("Your answers are kept on this computer and will be sent when the class server is back.")
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    Accessible.description: root.connection.problem
                }
                AppButton {
                    objectName: "classNoticeOk"
                    text: qsTr("OK")
                    Accessible.name: qsTr("OK, hide this notice")
                    onClicked: root.connection.dismissNotice()
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                objectName: "classStatus"
                Layout.fillWidth: true
                text: root.connection.statusText
                color: Theme.mutedText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            AppButton {
                objectName: "classSendNow"
                visible: !root.connection.reachable && root.connection.hasPending
                text: qsTr("Try again now")
                Accessible.name: qsTr("Try to send your answers to the class now")
                onClicked: root.connection.sendNow()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.connection.needsPassword
            spacing: Theme.spacing

            TextField {
                id: password

                objectName: "classPassword"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                font.pixelSize: Theme.bodySize
                color: Theme.text
                placeholderText: qsTr("Class password")
                placeholderTextColor: Theme.mutedText
                background: FieldFrame {
                    focused: password.activeFocus
                }
                Accessible.name: qsTr("Class password")
                onAccepted: usePassword.clicked()
            }
            AppButton {
                id: usePassword

                objectName: "classUsePassword"
                text: qsTr("Use password")
                enabled: password.text !== ""
                onClicked: {
                    root.connection.setPassword(password.text)
                    password.clear()
                }
            }
        }
    }
}
