pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// The answer area of a Matching item: for each entry on the left, choose its match.
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
            required property int choiceIndex

            Component.onCompleted: if (row.index === 0) root.firstControl = box
            Layout.fillWidth: true
            spacing: 4

            BodyText {
                Layout.fillWidth: true
                font.bold: true
                text: row.text
            }
            ComboBox {
                id: box

                objectName: "match" + (row.index + 1)
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(40, implicitContentHeight + topPadding + bottomPadding)
                font.pixelSize: Theme.bodySize
                // "not matched yet", then the right entries as shown
                model: root.attempt.current.matchChoices
                currentIndex: row.choiceIndex
                background: FieldFrame {
                    focused: box.activeFocus
                }
                //: %1 = the entry to match
                Accessible.name: qsTr("Match for %1").arg(row.text)
                onActivated: (index) => root.attempt.setMatch(row.leftId, root.attempt.current.matchChoiceIds[index])
            }
        }
    }
}
