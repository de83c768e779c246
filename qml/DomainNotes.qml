import QtQuick
import QtQuick.Layouts
import HitReady

// How sure one domain's score is, and how it compares with the learner's own view: the span
// the real score is likely in, a self-rating far from the score, and (certainty-based marking)
// how often being sure was right. Under the results' picture, one per domain.
ColumnLayout {
    id: root

    required property string title
    required property string titleSecond
    required property string selfRatingGap
    required property string bandText
    required property var calibration // sentences, may be empty

    spacing: Theme.spacingTight
    visible: root.bandText !== "" || root.selfRatingGap !== "" || root.calibration.length > 0

    ShownText {
        Layout.fillWidth: true
        bold: true
        first: root.title
        second: root.titleSecond
    }
    BodyText {
        objectName: "selfRatingGap"
        Layout.fillWidth: true
        visible: root.selfRatingGap !== ""
        text: root.selfRatingGap
    }
    BodyText {
        objectName: "bandText"
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
