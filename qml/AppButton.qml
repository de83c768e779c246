import QtQuick
import QtQuick.Controls

// A push button in the theme: visible focus, accessible name from its text. The focus ring
// shows whenever the button has focus, also when a page gives it focus on opening (not only
// after Tab, as visualFocus would): a keyboard user must see where Enter goes.
// With `iconOnly` (a compact header or navigation) it shows its `glyph` instead of its text;
// the text is then its tooltip (on hover and keyboard focus) and stays its accessible name.
Button {
    id: root

    property bool primary: false
    // A symbol the bundled DejaVu fonts have (fonts-dejavu-core): "←", "▶", "⚑", "⚙" ...
    property string glyph: ""
    property bool iconOnly: false
    readonly property bool showsGlyph: root.iconOnly && root.glyph !== ""

    font.pixelSize: root.showsGlyph ? Theme.iconSize : Theme.bodySize
    padding: root.showsGlyph ? Theme.spacingSmall : Theme.spacing
    Accessible.role: Accessible.Button
    Accessible.name: root.text
    ToolTip.visible: root.showsGlyph && (root.hovered || root.visualFocus)
    ToolTip.text: root.text

    contentItem: Text {
        text: root.showsGlyph ? root.glyph : root.text
        font: root.font
        color: root.primary ? Theme.accentText : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        Accessible.ignored: true // the button's own name reads the text, not the glyph
    }
    background: Rectangle {
        implicitWidth: root.showsGlyph ? 40 : 96
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
