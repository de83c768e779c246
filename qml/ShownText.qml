import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// A quiz text as the learner reads it: the first language, and under it, when the learner
// shows a second language and the text has it, the second in a quieter style. Screen readers
// read the first and then the second. No second line at all when there is no second text.
ColumnLayout {
    id: root

    required property string first
    property string second: ""
    property real pixelSize: Theme.bodySize
    property bool bold: false
    property string fontFamily: ""
    property color color: Theme.text
    property int wrapMode: Text.Wrap
    property int textFormat: Text.PlainText
    readonly property string spoken: second.length > 0 ? first + "\n" + second : first

    spacing: Theme.spacingTight / 2

    // The theme's default font, for texts without a font of their own (never shown).
    Label {
        id: defaultFont

        visible: false
    }
    Accessible.role: Accessible.StaticText
    Accessible.name: spoken

    Label {
        objectName: "firstText"
        Layout.fillWidth: true
        text: root.first
        font.pixelSize: root.pixelSize
        font.bold: root.bold
        font.family: root.fontFamily !== "" ? root.fontFamily : defaultFont.font.family
        color: root.color
        wrapMode: root.wrapMode
        textFormat: root.textFormat
        Accessible.ignored: true
    }
    Label {
        objectName: "secondText"
        Layout.fillWidth: true
        visible: root.second.length > 0
        text: root.second
        font.pixelSize: root.pixelSize * 0.9
        font.italic: true
        font.family: root.fontFamily !== "" ? root.fontFamily : defaultFont.font.family
        color: Theme.mutedText
        wrapMode: root.wrapMode
        textFormat: root.textFormat
        Accessible.ignored: true
    }
}
