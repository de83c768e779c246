pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One answer choice: its digit key, a radio or check mark, the text (and under it, in a quieter
// style, the second language's), and (after feedback) whether it was right and why.
Rectangle {
    id: root

    required property string label
    property string labelSecond: ""
    required property bool selected
    required property int shortcut
    property bool multiple: false
    required property bool correct   // meaningful once feedback shows
    required property string feedback
    property string feedbackSecond: ""
    property bool showFeedback: false

    signal chosen

    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: root.selected ? Theme.selected : Theme.surface
    border.color: root.activeFocus ? Theme.focus : (root.selected ? Theme.accent : Theme.border)
    border.width: root.activeFocus ? Theme.focusWidth : (root.selected ? 2 : 1)
    activeFocusOnTab: true

    Accessible.role: root.multiple ? Accessible.CheckBox : Accessible.RadioButton
    Accessible.name: root.labelSecond !== "" ? root.label + "\n" + root.labelSecond : root.label
    Accessible.checkable: true
    Accessible.checked: root.selected
    Accessible.description: root.showFeedback ? feedbackText.spoken : ""
    Accessible.onPressAction: root.chosen()
    Keys.onSpacePressed: root.chosen()
    Keys.onReturnPressed: root.chosen()
    Keys.onEnterPressed: root.chosen()

    MouseArea {
        anchors.fill: parent
        onClicked: {
            root.forceActiveFocus()
            root.chosen()
        }
    }

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            text: root.shortcut > 0 ? root.shortcut : ""
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            Layout.preferredWidth: 16 * Theme.fontScale
            Accessible.ignored: true
        }
        Rectangle {
            implicitWidth: 20 * Theme.fontScale
            implicitHeight: implicitWidth
            radius: root.multiple ? 4 : width / 2
            color: root.selected ? Theme.accent : Theme.surface
            border.color: Theme.accent
            border.width: 2
            Accessible.ignored: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingTight

            ShownText {
                objectName: "optionText"
                Layout.fillWidth: true
                first: root.label
                second: root.labelSecond
            }
            ShownText {
                id: feedbackText

                Layout.fillWidth: true
                visible: root.showFeedback && (root.correct || root.selected)
                pixelSize: Theme.smallSize
                color: root.correct ? Theme.good : Theme.problem
                first: (root.correct ? qsTr("Right answer.") : qsTr("Not right.")) +
                       (root.feedback !== "" ? " " + root.feedback : "")
                second: root.feedbackSecond
            }
        }
    }
}
