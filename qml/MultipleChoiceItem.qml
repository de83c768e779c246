import QtQuick
import QtQuick.Layouts
import HitReady

// The answer area of a MultipleChoice item.
AnswerArea {
    id: root

    firstControl: list.firstOption

    BodyText {
        Layout.fillWidth: true
        color: Theme.mutedText
        text: qsTr("Choose all that apply.")
    }
    OptionList {
        id: list

        Layout.fillWidth: true
        attempt: root.attempt
        multiple: true
    }
}
