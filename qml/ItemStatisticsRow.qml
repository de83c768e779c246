pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HitReady

// One item of the instructor's analysis: its figures, flags, and (Enter or click) how often
// each answer was given, as bars.
Rectangle {
    id: root

    required property string itemId
    required property string domainTitle
    required property string prompt
    required property string itemType
    required property real attempts
    required property real facility
    required property real discrimination
    required property real efficiency
    required property real effectiveWeight
    required property string flags
    required property bool flagged
    required property var responses
    property bool expanded: false

    function figure(value: real): string {
        return value < 0 ? "–" : value.toFixed(1) + "%"
    }

    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    radius: Theme.radius
    border.color: root.activeFocus ? Theme.focus : (root.flagged ? Theme.flagged : Theme.border)
    border.width: root.activeFocus ? Theme.focusWidth : 1
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: figures.text + " " + root.flags
    Accessible.onPressAction: root.expanded = !root.expanded
    Keys.onReturnPressed: root.expanded = !root.expanded
    Keys.onSpacePressed: root.expanded = !root.expanded

    MouseArea {
        anchors.fill: parent
        onClicked: root.expanded = !root.expanded
    }
    ColumnLayout {
        id: content

        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacingTight

        BodyText {
            Layout.fillWidth: true
            font.bold: true
            text: root.itemId + " · " + root.domainTitle + " · " + root.itemType + " — " + root.prompt
        }
        BodyText {
            id: figures

            Layout.fillWidth: true
            font.pixelSize: Theme.smallSize
            //: item statistics: %1 attempts, %2 facility, %3 discrimination, %4 efficiency, %5 effective weight
            text: qsTr("%1 attempts · facility %2 · discrimination %3 · efficiency %4 · effective weight %5")
                  .arg(root.attempts).arg(root.figure(root.facility)).arg(root.figure(root.discrimination))
                  .arg(root.figure(root.efficiency)).arg(root.figure(root.effectiveWeight))
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.flags !== ""
            font.pixelSize: Theme.smallSize
            color: Theme.flagged
            text: "⚠ " + root.flags
        }
        Repeater {
            model: root.expanded ? root.responses : []
            delegate: RowLayout {
                id: bar

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacing

                BodyText {
                    // From the row's width, not the bar's own (that would loop the layout).
                    Layout.preferredWidth: (root.width - 2 * Theme.spacing) * 0.35
                    font.pixelSize: Theme.smallSize
                    text: bar.modelData.label + (bar.modelData.correct ? " ✓" : "")
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 14 * Theme.fontScale
                    color: Theme.background
                    border.color: Theme.border

                    Rectangle {
                        width: parent.width * bar.modelData.percent / 100
                        height: parent.height
                        color: bar.modelData.correct ? Theme.good : Theme.accent
                    }
                }
                BodyText {
                    font.pixelSize: Theme.smallSize
                    text: qsTr("%1 (%2%)").arg(bar.modelData.count).arg(Math.round(bar.modelData.percent))
                }
            }
        }
    }
}
