pragma ComponentBehavior: Bound
import QtQuick
import HitReady

// One selectable part of a hottext record: a box around its text (one per line the part runs
// on), its number in a badge below the box, and the control that selects it - a click on the box
// or the badge, or Space/Enter once Tab has reached it. It draws only around the text.
Item {
    id: root

    required property string spanId
    required property string text
    required property string textSecond
    // In the second-language record: named by its text there, and not a Tab stop.
    property bool companion: false
    // What a screen reader reads as the part: the first language, then the second.
    readonly property string spoken: root.companion ? root.textSecond
                                   : root.textSecond !== "" ? root.text + "\n" + root.textSecond : root.text
    required property int number
    required property bool selected
    required property var place // {pieces: [{x, y, width, height}], badgeX, badgeY, badgeWidth}
    required property real outset
    required property real badgeHeight
    readonly property var first: root.place.pieces[0]
    // The control's bounds take in its focus ring (drawn around the first box, a 2 px gap away
    // so it never merges with the box's own border), so the ring is on the control's own edge.
    readonly property real ringGap: Theme.focusWidth + 2
    readonly property real ringSpace: root.outset + root.ringGap

    signal toggled

    objectName: (root.companion ? "secondPart" : "part") + root.number
    x: root.first.x - root.ringSpace
    y: root.first.y - root.ringGap
    width: root.first.width + 2 * root.ringSpace
    height: root.first.height + 2 * root.ringGap
    activeFocusOnTab: !root.companion
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: root.selected
    Accessible.name: root.selected
                     //: %1 = part number, %2 = the exact text of that part
                     ? qsTr("Part %1: %2, selected").arg(root.number).arg(root.spoken)
                     //: %1 = part number, %2 = the exact text of that part
                     : qsTr("Part %1: %2, not selected").arg(root.number).arg(root.spoken)
    Accessible.onPressAction: root.toggled()
    Accessible.onToggleAction: root.toggled()
    Keys.onSpacePressed: root.toggled()
    Keys.onReturnPressed: root.toggled()
    Keys.onEnterPressed: root.toggled()

    Repeater {
        model: root.place.pieces

        delegate: Rectangle {
            required property var modelData

            x: modelData.x - root.x - root.outset
            y: modelData.y - root.y
            width: modelData.width + 2 * root.outset
            height: modelData.height
            color: "transparent"
            radius: 3
            border.color: Theme.accent
            border.width: root.selected ? 2 : 1

            // The focus ring, around the box.
            Rectangle {
                anchors.fill: parent
                anchors.margins: -root.ringGap
                visible: root.activeFocus
                color: "transparent"
                radius: 6
                border.color: Theme.focus
                border.width: Theme.focusWidth
            }
            MouseArea {
                anchors.fill: parent
                onClicked: root.toggled()
            }
        }
    }
    Rectangle {
        objectName: "badge"
        x: root.place.badgeX - root.x
        y: root.place.badgeY - root.y
        width: root.place.badgeWidth
        height: root.badgeHeight
        radius: height / 2
        color: root.selected ? Theme.accent : Theme.surface
        border.color: Theme.accent
        border.width: 1

        Text {
            anchors.centerIn: parent
            text: (root.selected ? "✓ " : "") + root.number
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: root.selected ? Theme.accentText : Theme.accent
            Accessible.ignored: true
        }
        MouseArea {
            anchors.fill: parent
            onClicked: root.toggled()
        }
    }
}
