import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// "Connect to a class": the address `hitready-cli class add-learner` printed for this learner.
// The settings keep it without its password; the password goes to the keyring, or is asked
// for at each start where there is none.
Dialog {
    id: root

    required property ClassConnection connection

    objectName: "classDialog"
    title: qsTr("Connect to a class")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 640, 640 * Theme.fontScale)
    padding: Theme.margin
    palette.window: Theme.surface
    onOpened: {
        address.clear()
        address.forceActiveFocus()
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        BodyText {
            Layout.fillWidth: true
            text: qsTr("Paste the class address your instructor gave you; it starts with postgresql://. Your answers are saved on this computer first and then sent to the class, so nothing is lost when the network goes.")
        }
        BodyText {
            objectName: "classConnectedTo"
            Layout.fillWidth: true
            visible: root.connection.connected
            color: Theme.mutedText
            //: %1 is the class address without its password
            text: qsTr("Connected to %1").arg(root.connection.className)
        }
        TextField {
            id: address

            objectName: "classAddress"
            Layout.fillWidth: true
            // The address carries the password.
            echoMode: TextInput.Password
            font.pixelSize: Theme.bodySize
            color: Theme.text
            placeholderText: qsTr("Class address (postgresql://...)")
            placeholderTextColor: Theme.mutedText
            background: FieldFrame {
                focused: address.activeFocus
            }
            Accessible.name: qsTr("Class address")
            onAccepted: connectButton.clicked()
        }
        BodyText {
            objectName: "classAddressProblem"
            Layout.fillWidth: true
            visible: text !== ""
            color: Theme.problem
            text: root.connection.errorText
            Accessible.role: Accessible.AlertMessage
        }
        BodyText {
            Layout.fillWidth: true
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            text: qsTr("The password is kept in this computer's keyring. Where there is none, HIT Ready asks for it each time it starts; it is never written to a file.")
        }
        RowLayout {
            spacing: Theme.spacing

            AppButton {
                id: connectButton

                objectName: "classConnect"
                primary: true
                text: qsTr("Connect")
                enabled: address.text.trim() !== ""
                onClicked: {
                    if (root.connection.connectTo(address.text))
                        root.close()
                }
            }
            AppButton {
                objectName: "classDisconnect"
                visible: root.connection.connected
                text: qsTr("Disconnect")
                Accessible.name: qsTr("Disconnect from the class")
                onClicked: {
                    root.connection.disconnectFromClass()
                    root.close()
                }
            }
            AppButton {
                objectName: "classCancel"
                text: qsTr("Cancel")
                onClicked: root.close()
            }
        }
    }
}
