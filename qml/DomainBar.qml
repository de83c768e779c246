import QtQuick
import QtQuick.Layouts
import HitReady

// One domain's measured percent as a bar, with its level and the self-rating marker.
ColumnLayout {
    id: root

    required property string title
    required property real percent
    required property bool hasPercent
    required property string level
    required property real selfRatingPercent
    required property string selfRatingGap
    required property var calibration // sentences (certainty-based marking), may be empty

    spacing: 4
    Accessible.role: Accessible.StaticText
    Accessible.name: root.hasPercent ? qsTr("%1: %2%, %3").arg(root.title).arg(Math.round(root.percent)).arg(root.level)
                                     : qsTr("%1: no scored questions").arg(root.title)

    BodyText {
        Layout.fillWidth: true
        font.bold: true
        text: root.hasPercent ? qsTr("%1 — %2% %3").arg(root.title).arg(Math.round(root.percent))
                                    .arg(root.level !== "" ? "(" + root.level + ")" : "")
                              : qsTr("%1 — no scored questions").arg(root.title)
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 18 * Theme.fontScale
        color: Theme.surface
        border.color: Theme.border
        radius: 4

        Rectangle {
            width: parent.width * Math.max(0, root.percent) / 100
            height: parent.height
            radius: 4
            color: Theme.accent
        }
        Rectangle {
            visible: root.selfRatingPercent >= 0
            x: parent.width * root.selfRatingPercent / 100 - width / 2
            width: 4
            height: parent.height + 8
            y: -4
            color: Theme.flagged
        }
    }
    BodyText {
        Layout.fillWidth: true
        visible: root.selfRatingGap !== ""
        font.pixelSize: Theme.smallSize
        text: root.selfRatingGap
    }
    BodyText {
        Layout.fillWidth: true
        visible: root.calibration.length > 0
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
        text: root.calibration.join(" ")
    }
}
