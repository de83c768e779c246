pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// The answer area of an Ordering item: steps to put in order. A step row takes focus;
// Ctrl+Up / Ctrl+Down (or its buttons) move it. A move is a row move of the steps model: the
// row's delegate moves with its step, so keyboard focus stays on the step that moved.
AnswerArea {
    id: root

    firstControl: rows.count > 0 ? rows.itemAt(0) : null

    // The buttons take focus when clicked: give it back to the step they moved.
    function moveAndFollow(from: int, to: int) {
        if (root.attempt.moveStep(from, to) && rows.itemAt(to))
            rows.itemAt(to).forceActiveFocus()
    }

    BodyText {
        Layout.fillWidth: true
        color: Theme.mutedText
        text: qsTr("Put the steps in order, first step at the top. Select a step, then press Ctrl+Up or Ctrl+Down to move it.")
    }
    Repeater {
        id: rows

        model: root.attempt.current.steps
        delegate: Rectangle {
            id: row

            required property int index
            required property string stepId
            required property string text
            required property string textSecond

            objectName: "step" + (row.index + 1)
            Layout.fillWidth: true
            implicitHeight: Math.max(label.implicitHeight, buttons.implicitHeight) + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: row.activeFocus ? Theme.focus : Theme.border
            border.width: row.activeFocus ? Theme.focusWidth : 1
            activeFocusOnTab: true
            Accessible.role: Accessible.ListItem
            //: %1 = position, %2 = number of steps, %3 = the step
            Accessible.name: qsTr("Step %1 of %2: %3").arg(row.index + 1).arg(rows.count)
                             .arg(row.textSecond !== "" ? row.text + "\n" + row.textSecond : row.text)
            Keys.onPressed: (event) => {
                if (event.modifiers & Qt.ControlModifier && event.key === Qt.Key_Up && row.index > 0) {
                    root.moveAndFollow(row.index, row.index - 1)
                    event.accepted = true
                } else if (event.modifiers & Qt.ControlModifier && event.key === Qt.Key_Down
                           && row.index + 1 < rows.count) {
                    root.moveAndFollow(row.index, row.index + 1)
                    event.accepted = true
                } else if (event.key === Qt.Key_Up && row.index > 0) {
                    rows.itemAt(row.index - 1).forceActiveFocus()
                    event.accepted = true
                } else if (event.key === Qt.Key_Down && row.index + 1 < rows.count) {
                    rows.itemAt(row.index + 1).forceActiveFocus()
                    event.accepted = true
                }
            }

            RowLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                ShownText {
                    id: label

                    Layout.fillWidth: true
                    first: (row.index + 1) + ". " + row.text
                    second: row.textSecond
                }
                RowLayout {
                    id: buttons

                    spacing: Theme.spacingTight

                    AppButton {
                        text: qsTr("Up")
                        enabled: row.index > 0
                        Accessible.name: qsTr("Move step %1 up").arg(row.index + 1)
                        onClicked: root.moveAndFollow(row.index, row.index - 1)
                    }
                    AppButton {
                        text: qsTr("Down")
                        enabled: row.index + 1 < rows.count
                        Accessible.name: qsTr("Move step %1 down").arg(row.index + 1)
                        onClicked: root.moveAndFollow(row.index, row.index + 1)
                    }
                }
            }
        }
    }
    AppButton {
        visible: !root.attempt.current.isAnswered
        text: qsTr("This order is my answer")
        onClicked: root.attempt.keepStepOrder()
    }
}
