import QtQuick
import QtQuick.Layouts
import HitReady

// One domain's measured percent as a bar, with its level and the self-rating marker.
ColumnLayout {
    id: root

    required property string title
    required property string titleSecond
    required property real percent
    required property bool hasPercent
    required property string level
    required property string levelSecond
    // The title and level in the second language, under the first; "" when neither has one.
    readonly property string second: {
        const level = root.hasPercent && root.levelSecond !== "" ? "(" + root.levelSecond + ")" : ""
        return [root.titleSecond, level].filter(part => part !== "").join(" ")
    }
    required property real selfRatingPercent
    required property string selfRatingGap
    // The range the real score likely lies in (percent, 0..100; equal ends: no band).
    required property real bandLow
    required property real bandHigh
    required property string bandText
    // What the level means, in the quiz's plain words; "" when the quiz does not say.
    required property string levelDescription
    required property string levelDescriptionSecond
    required property var calibration // sentences (certainty-based marking), may be empty

    spacing: 4
    Accessible.role: Accessible.StaticText
    Accessible.name: (root.hasPercent ? qsTr("%1: %2%, %3").arg(root.title).arg(Math.round(root.percent)).arg(root.level)
                                      : qsTr("%1: no scored questions").arg(root.title))
                     + (root.hasPercent && root.levelDescription !== "" ? "\n" + root.levelDescription : "")
                     + (root.second !== "" ? "\n" + root.second : "")

    ShownText {
        objectName: "domainTitle"
        Layout.fillWidth: true
        bold: true
        first: root.hasPercent ? qsTr("%1 — %2% %3").arg(root.title).arg(Math.round(root.percent))
                                     .arg(root.level !== "" ? "(" + root.level + ")" : "")
                               : qsTr("%1 — no scored questions").arg(root.title)
        second: root.second
        Accessible.ignored: true // the bar's own name reads both
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
        // The uncertainty around the score: an outlined span from bandLow to bandHigh (the
        // legend on the results page says what it means).
        Rectangle {
            objectName: "band"
            visible: root.hasPercent && root.bandHigh > root.bandLow
            x: parent.width * root.bandLow / 100
            width: parent.width * (root.bandHigh - root.bandLow) / 100
            height: parent.height
            color: "transparent"
            border.color: Theme.text
            border.width: 2
            radius: 4
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
    ShownText {
        objectName: "levelDescription"
        Layout.fillWidth: true
        visible: root.hasPercent && root.levelDescription !== ""
        first: root.levelDescription
        second: root.levelDescriptionSecond
        Accessible.ignored: true // the bar's own name reads it
    }
    BodyText {
        Layout.fillWidth: true
        visible: root.selfRatingGap !== ""
        font.pixelSize: Theme.smallSize
        text: root.selfRatingGap
    }
    BodyText {
        Layout.fillWidth: true
        visible: root.bandText !== ""
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
        text: root.bandText
    }
    BodyText {
        Layout.fillWidth: true
        visible: root.calibration.length > 0
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
        text: root.calibration.join(" ")
    }
}
