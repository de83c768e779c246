import QtQuick
import QtQuick.Controls

// A push button in the theme: visible focus, accessible name from its text. The focus ring
// shows whenever the button has focus, also when a page gives it focus on opening (not only
// after Tab, as visualFocus would): a keyboard user must see where Enter goes.
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
        color: root.primary ? Theme.accentText : Theme.text
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
        border.color: Theme.border
        border.width: 1

        FocusRing {
            visible: root.activeFocus
            radius: Theme.radius
        }
    }
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
}
