import QtQuick
import QtQuick.Layouts
import HitReady

// The answer area of a SingleChoice item.
AnswerArea {
    id: root

    firstControl: list.firstOption

    BodyText {
        Layout.fillWidth: true
        color: Theme.mutedText
        text: qsTr("Choose one answer.")
    }
    OptionList {
        id: list

        Layout.fillWidth: true
        attempt: root.attempt
        multiple: false
    }
}
