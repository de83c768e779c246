pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// The item on screen as a learner sees it: its shared case, prompt, answer area (one delegate
// file per item type), "Check my answer", confidence, practice feedback and any refusal. The
// quiz page and the preview window both show items through it, so an author previews exactly
// what a learner gets. Items declared inside a QuestionView go under the item's own column.
GridLayout {
    id: root

    required property AttemptController attempt
    default property alias below: column.data

    // Focus on the answer area's first control.
    function focusFirst() {
        const area = answerArea.item as AnswerArea
        if (area && area.firstControl)
            area.firstControl.forceActiveFocus()
    }
    signal answerAreaLoaded

    // The engine's verdict on an answer in words, the same words as the CLI's (takeprompts.cpp).
    function verdictWords(verdict: int): string {
        switch (verdict) {
        case PracticeFeedback.Correct:
            return qsTr("Correct.")
        case PracticeFeedback.PartlyCorrect:
            return qsTr("Partly correct.")
        default:
            return qsTr("Not correct.")
        }
    }

    // A shared case sits beside the question in a wide view, above it otherwise.
    columns: root.attempt.current.hasStimulus && width >= 900 * Theme.fontScale ? 2 : 1
    columnSpacing: Theme.margin
    rowSpacing: Theme.spacing

    StimulusPanel {
        objectName: "stimulus"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        visible: root.attempt.current.hasStimulus
        attempt: root.attempt
    }
    ColumnLayout {
        id: column

        Layout.fillWidth: true
        Layout.preferredWidth: 1
        spacing: Theme.spacing

        ShownText {
            objectName: "prompt"
            Layout.fillWidth: true
            first: root.attempt.current.prompt.trim()
            second: root.attempt.current.promptSecond.trim()
            pixelSize: Theme.subheadingSize
        }
        Loader {
            id: answerArea

            // One delegate file per item type.
            readonly property string delegateFile: ({
                single: "SingleChoiceItem.qml", multiple: "MultipleChoiceItem.qml",
                truefalse: "TrueFalseItem.qml", likert: "LikertItem.qml",
                ordering: "OrderingItem.qml", matching: "MatchingItem.qml",
                hottext: "HotTextItem.qml", numeric: "TypedAnswerItem.qml", text: "TypedAnswerItem.qml"
            })[root.attempt.current.itemType] ?? ""

            Layout.fillWidth: true
            onDelegateFileChanged: {
                if (delegateFile === "")
                    setSource("")
                else
                    setSource(Qt.resolvedUrl(delegateFile), { attempt: root.attempt })
            }
            Component.onCompleted: delegateFileChanged()
            onLoaded: root.answerAreaLoaded()
        }
        AppButton {
            objectName: "checkAnswer"
            // Practice mode: answers built in several steps are checked on request.
            visible: root.attempt.feedback.checkable
            text: qsTr("Check my answer")
            onClicked: root.attempt.checkAnswer()
        }
        ConfidenceChoice {
            Layout.fillWidth: true
            attempt: root.attempt
        }
        Rectangle {
            Layout.fillWidth: true
            visible: root.attempt.feedback.visible && root.attempt.feedback.explanation !== ""
            implicitHeight: explanation.implicitHeight + 2 * Theme.spacing
            color: Theme.surface
            border.color: root.attempt.feedback.verdict === PracticeFeedback.Correct ? Theme.good : Theme.problem
            radius: Theme.radius

            ShownText {
                id: explanation

                objectName: "explanation"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                first: root.verdictWords(root.attempt.feedback.verdict) + " " + root.attempt.feedback.explanation
                second: root.attempt.feedback.explanationSecond
            }
        }
        BodyText {
            Layout.fillWidth: true
            visible: root.attempt.errorText !== ""
            color: Theme.problem
            text: root.attempt.errorText
        }
    }
}
