pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HitReady

// The choices of the current item, from the attempt's option model.
ColumnLayout {
    id: root

    required property AttemptController attempt
    property bool multiple: false
    readonly property Item firstOption: options.count > 0 ? options.itemAt(0) : null

    spacing: Theme.spacing

    Repeater {
        id: options

        model: root.attempt.current.options
        delegate: OptionRow {
            required property string optionId
            required property string text
            required property string textSecond
            required feedbackSecond

            Layout.fillWidth: true
            label: text
            labelSecond: textSecond
            multiple: root.multiple
            showFeedback: root.attempt.feedback.visible
            onChosen: root.attempt.chooseOption(optionId)
        }
    }
}
