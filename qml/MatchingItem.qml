pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// The answer area of a Matching item: for each entry on the left, choose its match.
AnswerArea {
    id: root

    // The choices of every entry: "not matched yet", then the right entries as shown.
    function choicesOf(right: var): var {
        let list = [{ id: "", text: qsTr("(not matched yet)") }]
        for (let i = 0; i < right.length; ++i)
            list.push(right[i])
        return list
    }

    BodyText {
        Layout.fillWidth: true
        color: Theme.mutedText
        text: qsTr("Choose the match for each entry. Some choices may not be used.")
    }
    Repeater {
        id: rows

        // A count, not the list: a choice changes the rows' data, the rows stay (and keep focus).
        model: root.attempt.matchLeft.length
        delegate: ColumnLayout {
            id: row

            required property int index
            readonly property var modelData: root.attempt.matchLeft[row.index] ?? ({ id: "", text: "", chosen: "" })

            Component.onCompleted: if (row.index === 0) root.firstControl = box
            Layout.fillWidth: true
            spacing: 4

            BodyText {
                Layout.fillWidth: true
                font.bold: true
                text: row.modelData.text
            }
            ComboBox {
                id: box

                objectName: "match" + (row.index + 1)
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(40, implicitContentHeight + topPadding + bottomPadding)
                font.pixelSize: Theme.bodySize
                readonly property var choices: root.choicesOf(root.attempt.matchRight)
                model: choices.map(c => c.text)
                currentIndex: Math.max(0, choices.findIndex(c => c.id === row.modelData.chosen))
                background: FieldFrame {
                    focused: box.activeFocus
                }
                //: %1 = the entry to match
                Accessible.name: qsTr("Match for %1").arg(row.modelData.text)
                onActivated: (index) => root.attempt.setMatch(row.modelData.id, box.choices[index].id)
            }
        }
    }
}
