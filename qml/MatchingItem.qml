pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// The answer area of a Matching item: for each entry on the left, choose its match. With a
// second language, each entry and each choice (closed or in the open list) shows it under the
// first.
AnswerArea {
    id: root

    BodyText {
        Layout.fillWidth: true
        color: Theme.mutedText
        text: qsTr("Choose the match for each entry. Some choices may not be used.")
    }
    Repeater {
        id: rows

        // A choice changes that row's data only: the rows stay (and keep focus).
        model: root.attempt.current.matchLeft
        delegate: ColumnLayout {
            id: row

            required property int index
            required property string leftId
            required property string text
            required property string textSecond
            required property int choiceIndex
            readonly property string spoken: row.textSecond !== "" ? row.text + "\n" + row.textSecond : row.text

            Component.onCompleted: if (row.index === 0) root.firstControl = box
            Layout.fillWidth: true
            spacing: Theme.spacingTight

            ShownText {
                objectName: "matchEntry" + (row.index + 1)
                Layout.fillWidth: true
                bold: true
                first: row.text
                second: row.textSecond
            }
            ComboBox {
                id: box

                objectName: "match" + (row.index + 1)
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(40, implicitContentHeight + topPadding + bottomPadding)
                font.pixelSize: Theme.bodySize
                // "not matched yet", then the right entries as shown: by id, so that a change
                // of language changes the words only (a new model would lose the choice shown).
                model: root.attempt.current.matchChoiceIds
                displayText: root.attempt.current.matchChoices[box.currentIndex] ?? ""
                currentIndex: row.choiceIndex
                background: FieldFrame {
                    focused: box.activeFocus
                }
                leftPadding: 12
                contentItem: ShownText {
                    objectName: "chosenText"
                    first: box.displayText
                    second: root.attempt.current.matchChoicesSecond[box.currentIndex] ?? ""
                }
                delegate: ItemDelegate {
                    id: choice

                    required property int index

                    width: box.width
                    highlighted: box.highlightedIndex === choice.index
                    contentItem: ShownText {
                        first: root.attempt.current.matchChoices[choice.index] ?? ""
                        second: root.attempt.current.matchChoicesSecond[choice.index] ?? ""
                    }
                    Accessible.name: (contentItem as ShownText).spoken
                }
                //: %1 = the entry to match
                Accessible.name: qsTr("Match for %1").arg(row.spoken)
                onActivated: (index) => root.attempt.setMatch(row.leftId, root.attempt.current.matchChoiceIds[index])
            }
        }
    }
}
