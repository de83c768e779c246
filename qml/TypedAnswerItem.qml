import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// The answer area of a Numeric or Text item: a typed answer, saved as it is typed.
AnswerArea {
    id: root

    readonly property bool numeric: root.attempt.current.itemType === "numeric"

    firstControl: field

    // The next question of the same type reuses this delegate: show its answer.
    readonly property int shownPosition: root.attempt.position
    onShownPositionChanged: field.text = root.attempt.current.typedAnswer

    BodyText {
        Layout.fillWidth: true
        color: Theme.mutedText
        text: root.numeric ? qsTr("Type a number. Use a point for decimals, for example 12.5.")
                           : qsTr("Type your answer.")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        TextField {
            id: field

            objectName: "typedAnswer"
            Layout.fillWidth: true
            font.pixelSize: Theme.bodySize
            placeholderTextColor: Theme.mutedText
            color: Theme.text
            placeholderText: root.numeric ? qsTr("Your number") : qsTr("Your answer")
            maximumLength: 200
            background: FieldFrame {
                focused: field.activeFocus
            }
            Accessible.name: root.numeric ? qsTr("Your number") : qsTr("Your answer")
            Component.onCompleted: text = root.attempt.current.typedAnswer
            onTextEdited: root.attempt.answerTyped(text)
        }
        BodyText {
            visible: root.attempt.current.numericUnit !== ""
            text: root.attempt.current.numericUnit
        }
    }
}
