import QtQuick
import QtQuick.Layouts
import HitReady

// The answer area of a TrueFalse item.
AnswerArea {
    id: root

    firstControl: list.firstOption

    BodyText {
        Layout.fillWidth: true
        color: Theme.mutedText
        text: qsTr("Is this statement true or false?")
    }
    OptionList {
        id: list

        Layout.fillWidth: true
        attempt: root.attempt
        multiple: false
    }
}
