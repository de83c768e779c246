pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// "How sure are you?" after a scored answer (quizzes with certainty-based marking).
// Keys: Alt+1 not sure, Alt+2 fairly sure, Alt+3 very sure.
ColumnLayout {
    id: root

    required property AttemptController attempt

    spacing: Theme.spacingSmall
    visible: root.attempt.current.asksConfidence && root.attempt.current.isAnswered

    Shortcut {
        sequences: ["Alt+1"]
        enabled: root.visible
        onActivated: root.attempt.setConfidence(1)
    }
    Shortcut {
        sequences: ["Alt+2"]
        enabled: root.visible
        onActivated: root.attempt.setConfidence(2)
    }
    Shortcut {
        sequences: ["Alt+3"]
        enabled: root.visible
        onActivated: root.attempt.setConfidence(3)
    }

    BodyText {
        Layout.fillWidth: true
        font.bold: true
        text: qsTr("How sure are you of this answer?")
    }
    BodyText {
        Layout.fillWidth: true
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
        text: qsTr("Being sure and right earns most; being sure and wrong costs most. Keys: Alt+1, Alt+2, Alt+3.")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Repeater {
            model: [qsTr("Not sure"), qsTr("Fairly sure"), qsTr("Very sure")]
            delegate: AppButton {
                id: level

                required property int index
                required property string modelData

                objectName: "confidence" + (level.index + 1)
                text: level.modelData
                checkable: true
                checked: root.attempt.current.confidence === level.index + 1
                primary: checked
                Accessible.role: Accessible.RadioButton
                Accessible.checkable: true
                Accessible.checked: checked
                onClicked: root.attempt.setConfidence(level.index + 1)
            }
        }
    }
}
