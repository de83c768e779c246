import QtQuick
import QtQuick.Controls

// A push button in the theme: visible focus, accessible name from its text.
Button {
    id: root

    property bool primary: false

    font.pixelSize: Theme.bodySize
    padding: Theme.spacing
    Accessible.role: Accessible.Button
    Accessible.name: root.text

    contentItem: Text {
        text: root.text
        font: root.font
        color: root.primary ? Theme.onAccent : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        implicitWidth: 96
        implicitHeight: 40
        radius: Theme.radius
        color: root.primary ? Theme.accent : Theme.surface
        opacity: root.enabled ? 1 : 0.5
        border.color: root.visualFocus ? Theme.focus : Theme.border
        border.width: root.visualFocus ? Theme.focusWidth : 1
    }
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
}
