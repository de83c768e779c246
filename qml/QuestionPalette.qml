pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import HitReady

// Every question as a numbered square: answered, flagged or empty; click or Enter jumps.
Flow {
    id: root

    required property AttemptController attempt

    spacing: Theme.spacingTight
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Question palette")

    Repeater {
        model: root.attempt.palette
        delegate: Rectangle {
            id: cell

            required property int number
            required property bool answered
            required property bool flagged
            required property bool isCurrent
            readonly property string status: flagged ? "flagged" : answered ? "answered" : "empty"

            objectName: "palette" + cell.number
            width: 30 * Theme.fontScale
            height: width
            radius: Theme.smallRadius
            color: cell.status === "answered" ? Theme.accent : Theme.surface
            border.color: cell.status === "flagged" ? Theme.flagged : Theme.border
            border.width: cell.isCurrent || cell.status === "flagged" ? Theme.focusWidth : 1
            activeFocusOnTab: true
            Accessible.role: Accessible.Button
            //: palette cell: %1 = question number, %2 = answered / flagged / not answered
            Accessible.name: qsTr("Question %1, %2").arg(cell.number).arg(
                cell.status === "answered" ? qsTr("answered") : cell.status === "flagged" ? qsTr("flagged") : qsTr("not answered"))
            Accessible.onPressAction: root.attempt.goTo(cell.number - 1)
            Keys.onReturnPressed: root.attempt.goTo(cell.number - 1)
            Keys.onSpacePressed: root.attempt.goTo(cell.number - 1)

            FocusRing {
                visible: cell.activeFocus
                radius: cell.radius
            }
            Label {
                anchors.centerIn: parent
                text: cell.status === "flagged" ? "⚑" : cell.number
                font.pixelSize: Theme.captionSize
                font.bold: cell.isCurrent
                color: cell.status === "answered" ? Theme.accentText : (cell.status === "flagged" ? Theme.flagged : Theme.text)
            }
            MouseArea {
                anchors.fill: parent
                onClicked: root.attempt.goTo(cell.number - 1)
            }
        }
    }
}
