pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HitReady

// The answer area of a self-rating: five levels, each anchored by what it looks like.
AnswerArea {
    id: root

    firstControl: levels.count > 0 ? levels.itemAt(0) : null

    BodyText {
        Layout.fillWidth: true
        color: Theme.mutedText
        text: qsTr("Rate yourself from 1 to 5. This is not scored; choose the description closest to you.")
    }
    Repeater {
        id: levels

        model: root.attempt.current.anchors
        delegate: OptionRow {
            required property int index
            required property string modelData

            Layout.fillWidth: true
            //: %1 = rating 1-5, %2 = what that rating looks like
            label: qsTr("%1 of 5: %2").arg(index + 1).arg(modelData)
            labelSecond: root.attempt.current.anchorsSecond[index] ?? ""
            shortcut: index + 1
            correct: false
            feedback: ""
            selected: root.attempt.current.rating === index + 1
            onChosen: root.attempt.answerRating(index + 1)
        }
    }
}
