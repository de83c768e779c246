pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// The top of the answer review: its heading, how the attempt went, and the filters (all,
// wrong or partly right, flagged; one part of the quiz), each with how many it lists.
ColumnLayout {
    id: root

    required property AnswerReviewModel review
    // How many questions the list shows now (0: say that none match).
    required property int listedCount

    spacing: Theme.spacing

    Item {
        implicitHeight: Theme.spacing / 2
    }
    Heading {
        Layout.fillWidth: true
        text: qsTr("Your answers")
    }
    BodyText {
        objectName: "reviewSummary"
        Layout.fillWidth: true
        visible: text !== ""
        text: root.review.errorText !== "" ? root.review.errorText : root.review.summary
        color: root.review.errorText !== "" ? Theme.problem : Theme.text
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ButtonGroup {
            id: filters
        }
        Repeater {
            model: [
                { filter: AnswerReviewModel.All, name: "filterAll",
                  label: qsTr("All (%1)").arg(root.review.allCount) },
                { filter: AnswerReviewModel.NotRight, name: "filterNotRight",
                  label: qsTr("Wrong or partly right (%1)").arg(root.review.notRightCount) },
                { filter: AnswerReviewModel.Flagged, name: "filterFlagged",
                  label: qsTr("Flagged (%1)").arg(root.review.flaggedCount) }
            ]
            delegate: RadioButton {
                id: choice

                required property var modelData

                objectName: modelData.name
                text: modelData.label
                font.pixelSize: Theme.bodySize
                checked: root.review.filter === modelData.filter
                ButtonGroup.group: filters
                Accessible.name: text
                onToggled: if (checked) root.review.filter = modelData.filter
                background: FocusRing {
                    visible: choice.visualFocus
                    radius: Theme.radius
                }
            }
        }
        ComboBox {
            id: domainChoice

            objectName: "domainFilter"
            visible: root.review.domainIds.length > 1
            font.pixelSize: Theme.bodySize
            // As wide as its longest choice at the text size now chosen (ComboBox's own
            // WidestText is measured once, at the size the page opened with).
            implicitWidth: Math.min(root.width - Theme.margin,
                                    widest.advanceWidth + leftPadding + rightPadding
                                    + indicator.width + 2 * spacing)
            model: root.review.domainChoices

            TextMetrics {
                id: widest

                font: domainChoice.font
                text: {
                    let longest = ""
                    for (let i = 0; i < root.review.domainChoices.length; ++i)
                        if (root.review.domainChoices[i].length > longest.length)
                            longest = root.review.domainChoices[i]
                    return longest
                }
            }
            currentIndex: root.review.domainChoice
            Accessible.name: qsTr("Part of the quiz")
            onActivated: (index) => root.review.domainChoice = index
            background: FieldFrame {
                focused: domainChoice.visualFocus
            }
        }
    }
    BodyText {
        objectName: "reviewEmpty"
        Layout.fillWidth: true
        visible: root.listedCount === 0 && root.review.errorText === ""
        color: Theme.mutedText
        text: qsTr("No questions match this choice.")
    }
    Item {
        implicitHeight: Theme.spacing / 2
    }
}
