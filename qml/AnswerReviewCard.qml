pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// One item of the answer review: how it went, the question, the learner's answer part by
// part, the right answer, the explanation and the source.
Rectangle {
    id: root

    required property int index
    required property string itemId
    required property string heading
    required property string domainTitle
    required property int mark
    required property string verdictWord
    required property string points
    required property bool flagged
    required property string confidence
    required property string prompt
    required property string promptSecond
    required property string hotText
    required property string hotTextSecond
    required property string partsHeading
    required property ReviewPartModel parts
    required property string yourAnswer
    required property string rightAnswer
    required property string explanation
    required property string explanationSecond
    required property string source
    required property string stimulusTitle
    required property string stimulusText
    required property var stimulusColumns // strings
    required property var stimulusRows
    required property string spoken
    // The list has the keys and this card is its current one.
    property bool focused: false

    readonly property color markColor: {
        switch (root.mark) {
        case AnswerReviewModel.Right:
            return Theme.good
        case AnswerReviewModel.PartlyRight:
            return Theme.accent
        case AnswerReviewModel.Wrong:
            return Theme.problem
        }
        return Theme.mutedText
    }

    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    Accessible.role: Accessible.ListItem
    Accessible.name: root.spoken

    FocusRing {
        visible: root.focused
        radius: root.radius
    }
    // The verdict's colour down the left edge, beside the words that say it.
    Rectangle {
        x: Theme.focusWidth + Theme.focusGap
        y: x
        width: 5
        height: parent.height - 2 * y
        radius: 2
        color: root.markColor
    }
    ColumnLayout {
        id: content

        x: Theme.spacing + 6
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing - 6
        spacing: Theme.spacing / 2

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: root.markColor
                text: {
                    switch (root.mark) {
                    case AnswerReviewModel.Right:
                        return "✓ " + root.verdictWord
                    case AnswerReviewModel.PartlyRight:
                        return "◐ " + root.verdictWord
                    case AnswerReviewModel.Wrong:
                        return "✗ " + root.verdictWord
                    }
                    return "– " + root.verdictWord
                }
            }
            Label {
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                text: root.heading
            }
            Label {
                visible: root.points !== ""
                font.pixelSize: Theme.bodySize
                color: Theme.text
                text: root.points
            }
            Label {
                visible: root.flagged
                font.pixelSize: Theme.bodySize
                color: Theme.flagged
                //: the learner flagged this question while taking the quiz
                text: "⚑ " + qsTr("Flagged")
            }
        }
        BodyText {
            Layout.fillWidth: true
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            text: root.domainTitle
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: root.stimulusTitle !== "" || root.stimulusText !== ""
            spacing: 2

            BodyText {
                Layout.fillWidth: true
                font.bold: true
                text: root.stimulusTitle
            }
            BodyText {
                Layout.fillWidth: true
                visible: root.stimulusText !== ""
                text: root.stimulusText
            }
            GridLayout {
                Layout.fillWidth: true
                visible: root.stimulusColumns.length > 0
                columns: Math.max(1, root.stimulusColumns.length)
                columnSpacing: Theme.spacing
                rowSpacing: 2

                Repeater {
                    model: root.stimulusColumns
                    delegate: BodyText {
                        required property string modelData

                        Layout.fillWidth: true
                        font.bold: true
                        font.pixelSize: Theme.smallSize
                        text: modelData
                    }
                }
                Repeater {
                    // Every cell of every row, row by row.
                    model: {
                        let cells = []
                        for (let r = 0; r < root.stimulusRows.length; ++r)
                            cells = cells.concat(root.stimulusRows[r])
                        return cells
                    }
                    delegate: BodyText {
                        required property string modelData

                        Layout.fillWidth: true
                        font.pixelSize: Theme.smallSize
                        text: modelData
                    }
                }
            }
        }
        ShownText {
            Layout.fillWidth: true
            first: root.prompt
            second: root.promptSecond
            bold: true
        }
        ShownText {
            Layout.fillWidth: true
            visible: root.hotText !== ""
            first: root.hotText
            second: root.hotTextSecond
            fontFamily: "DejaVu Sans Mono"
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.yourAnswer !== ""
            text: root.yourAnswer
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.partsHeading !== "" && partList.count > 0
            font.bold: true
            text: root.partsHeading
        }
        Repeater {
            id: partList

            model: root.parts
            delegate: ReviewPartRow {
                Layout.fillWidth: true
            }
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.rightAnswer !== ""
            font.bold: true
            text: root.rightAnswer
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.confidence !== ""
            color: Theme.mutedText
            text: root.confidence
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.explanation !== ""
            font.bold: true
            //: heading of the explanation of a reviewed question
            text: qsTr("Why")
        }
        ShownText {
            Layout.fillWidth: true
            visible: root.explanation !== ""
            first: root.explanation
            second: root.explanationSecond
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.source !== ""
            font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            text: qsTr("Source: %1").arg(root.source)
        }
    }
}
