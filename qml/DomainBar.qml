import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// One domain's measured percent as a bar in the domain's accent colour, with its number and
// level in words beside the title (never colour alone), a mark where each level starts, the
// span the real score is likely in, the self-rating marker, and what the level means.
ColumnLayout {
    id: root

    required property int index

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
    required property string percentText // "58%"
    required property string pointsText  // "3.7 / 15"
    required property var levelMarks     // [{min, minText, label}]: where each level above the lowest starts
    readonly property color accent: Theme.domainAccent(root.index)

    spacing: Theme.spacingTight
    Accessible.role: Accessible.StaticText
    Accessible.name: (root.hasPercent ? qsTr("%1: %2, %3").arg(root.title).arg(root.percentText).arg(root.level)
                                      : qsTr("%1: no scored questions").arg(root.title))
                     + (root.hasPercent && root.levelDescription !== "" ? "\n" + root.levelDescription : "")
                     + (root.second !== "" ? "\n" + root.second : "")

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        ShownText {
            objectName: "domainTitle"
            width: Math.min(implicitWidth, parent.width)
            bold: true
            pixelSize: Theme.subheadingSize
            first: root.title
            second: root.second
            Accessible.ignored: true // the bar's own name reads both
        }
        Label {
            objectName: "domainScore"
            width: Math.min(implicitWidth, parent.width)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.subheadingSize
            color: Theme.text
            //: a domain's score on the results: %1 a percent such as "58%", %2 its level
            text: root.hasPercent ? (root.level !== "" ? qsTr("%1 · %2").arg(root.percentText).arg(root.level)
                                                       : root.percentText)
                                  : qsTr("no scored questions")
            Accessible.ignored: true
        }
        Label {
            objectName: "domainPoints"
            visible: root.pointsText !== ""
            width: Math.min(implicitWidth, parent.width)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            //: points earned of the points there were, such as "3.7 / 15 points"
            text: qsTr("%1 points").arg(root.pointsText)
            Accessible.ignored: true
        }
    }
    Rectangle {
        objectName: "bar"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingTight
        Layout.bottomMargin: Theme.spacingTight
        implicitHeight: 20 * Theme.fontScale
        color: Theme.track
        border.color: Theme.border
        radius: Theme.smallRadius

        Rectangle {
            objectName: "fill"
            width: parent.width * Math.max(0, root.percent) / 100
            height: parent.height
            radius: Theme.smallRadius
            color: root.accent
        }
        // Where each level starts: a tick across the bar (the legend names them).
        Repeater {
            model: root.levelMarks
            delegate: Rectangle {
                required property var modelData

                objectName: "levelMark"
                x: parent.width * modelData.min / 100 - width / 2
                y: -4
                width: 2
                height: parent.height + 8
                color: Theme.text
            }
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
            radius: Theme.smallRadius
        }
        Rectangle {
            visible: root.selfRatingPercent >= 0
            x: parent.width * root.selfRatingPercent / 100 - width / 2
            width: 4
            height: parent.height + 12
            y: -6
            color: Theme.flagged
        }
    }
    BodyText {
        objectName: "levelMarks"
        Layout.fillWidth: true
        visible: root.levelMarks.length > 0
        font.pixelSize: Theme.captionSize
        color: Theme.mutedText
        //: under a domain's bar: %1 the levels and where they start, such as "Developing 50%, Ready 75%"
        text: qsTr("Levels start at: %1").arg(root.levelMarks.map(m => m.label + " " + m.minText).join(", "))
        Accessible.ignored: true
    }
    ShownText {
        objectName: "levelDescription"
        Layout.fillWidth: true
        visible: root.hasPercent && root.levelDescription !== ""
        first: root.levelDescription
        second: root.levelDescriptionSecond
        Accessible.ignored: true // the bar's own name reads it
    }
}
