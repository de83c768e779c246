pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// One part of a reviewed answer: an option, an ordering step, a matching pair or a hottext
// part, with a mark drawn and said in words (never colour alone).
RowLayout {
    id: root

    required property string partText
    required property string partTextSecond
    required property string detail
    required property string markWord
    required property int mark
    required property bool chosen
    required property string spoken

    readonly property color markColor: {
        switch (root.mark) {
        case AnswerReviewModel.Right:
            return Theme.good
        case AnswerReviewModel.Wrong:
            return Theme.problem
        case AnswerReviewModel.Missed:
            return Theme.flagged
        }
        return Theme.mutedText
    }

    spacing: Theme.spacing / 2
    Accessible.role: Accessible.ListItem
    Accessible.name: root.spoken

    Label {
        Layout.fillHeight: true
        verticalAlignment: Text.AlignTop
        Layout.preferredWidth: Theme.bodySize * 1.6
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: root.markColor
        text: {
            switch (root.mark) {
            case AnswerReviewModel.Right:
                return "✓"
            case AnswerReviewModel.Wrong:
                return "✗"
            case AnswerReviewModel.Missed:
                return "○"
            }
            return "·"
        }
        Accessible.ignored: true
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2

        ShownText {
            Layout.fillWidth: true
            first: root.partText
            second: root.partTextSecond
            bold: root.chosen
            Accessible.ignored: true
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.markWord !== ""
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: root.markColor
            text: root.markWord
            Accessible.ignored: true
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.detail !== ""
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            text: root.detail
            Accessible.ignored: true
        }
    }
}
