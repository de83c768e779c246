pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// One question at a time. Every answer and flag is stored before the page changes.
// Keys: digits choose, Alt+N next, Alt+P previous, Alt+F flag, Alt+R review.
Page {
    id: root

    required property AttemptController attempt

    signal reviewRequested
    signal leaveRequested
    signal submitted

    objectName: "quizPage"
    background: Rectangle {
        color: Theme.background
    }
    Keys.onPressed: (event) => {
        if (event.modifiers === Qt.NoModifier && event.key >= Qt.Key_1 && event.key <= Qt.Key_9) {
            root.attempt.chooseByShortcut(event.key - Qt.Key_0)
            event.accepted = true
        }
    }

    Shortcut {
        sequence: "Alt+N"
        onActivated: nextButton.clicked()
    }
    Shortcut {
        sequence: "Alt+P"
        onActivated: root.attempt.previous()
    }
    Shortcut {
        sequence: "Alt+F"
        onActivated: root.attempt.setFlagged(!root.attempt.current.isFlagged)
    }
    Shortcut {
        sequence: "Alt+R"
        onActivated: root.reviewRequested()
    }
    // The clock ran out: the attempt is submitted with the answers so far.
    Component.onCompleted: root.attempt.timer.timeRanOut.connect(root.submitted)
    Component.onDestruction: root.attempt.timer.timeRanOut.disconnect(root.submitted)
    // A new question: back to its top, focus on its first choice.
    readonly property int shownPosition: root.attempt.position
    onShownPositionChanged: {
        scroll.ScrollBar.vertical.position = 0
        root.focusFirstControl()
    }

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

    // Focus on the question's first control, leaving its top (case and prompt) in view.
    function focusFirstControl() {
        answerArea.focusFirst()
        reveal.exempt = reveal.focused
    }
    FocusReveal {
        id: reveal

        flickable: scroll.contentItem as Flickable
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Heading {
                objectName: "questionNumber"
                Layout.fillWidth: true
                //: %1 = question number, %2 = number of questions
                text: qsTr("Question %1 of %2").arg(root.attempt.position + 1).arg(root.attempt.count)
            }
            ShownText {
                objectName: "domainTitle"
                Layout.maximumWidth: root.width / 3
                first: root.attempt.current.domainTitle
                second: root.attempt.current.domainTitleSecond
                color: Theme.mutedText
            }
        }
        BodyText {
            objectName: "timeLeft"
            Layout.fillWidth: true
            visible: root.attempt.timer.limited
            color: root.attempt.timer.warning ? Theme.problem : Theme.mutedText
            font.bold: root.attempt.timer.warning
            //: time left in the quiz: %1 = minutes:seconds, such as 5:30
            text: qsTr("Time left: %1").arg(root.attempt.timer.remainingText)
                  + (root.attempt.timer.warning ? " — " + qsTr("less than 5 minutes. Your answers so far are saved; at zero the quiz is submitted.") : "")
            Accessible.role: root.attempt.timer.warning ? Accessible.AlertMessage : Accessible.StaticText
            Accessible.name: text
        }
        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, root.attempt.count)
            value: root.attempt.answeredCount
            Accessible.name: qsTr("%1 of %2 answered").arg(root.attempt.answeredCount).arg(root.attempt.count)
        }

        ScrollView {
            id: scroll

            objectName: "questionScroll"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            // A shared case sits beside the question in a wide window, above it otherwise.
            GridLayout {
                width: scroll.availableWidth
                columns: root.attempt.current.hasStimulus && scroll.availableWidth >= 900 * Theme.fontScale ? 2 : 1
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
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                spacing: Theme.spacing

                ShownText {
                    objectName: "prompt"
                    Layout.fillWidth: true
                    first: root.attempt.current.prompt.trim()
                    second: root.attempt.current.promptSecond.trim()
                    pixelSize: Theme.headingSize * 0.9
                }
                Loader {
                    id: answerArea

                    function focusFirst() {
                        const area = item as AnswerArea
                        if (area && area.firstControl)
                            area.firstControl.forceActiveFocus()
                    }

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
                    onLoaded: root.focusFirstControl()
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
                BodyText {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.margin
                    font.pixelSize: Theme.smallSize
                    color: Theme.mutedText
                    text: qsTr("All questions (filled: answered, ⚑: flagged). Keys: 1-9 choose, Alt+N next, Alt+P previous, Alt+F flag, Alt+R review.")
                }
                QuestionPalette {
                    Layout.fillWidth: true
                    attempt: root.attempt
                }
            }
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            AppButton {
                text: qsTr("Previous")
                enabled: root.attempt.position > 0
                onClicked: root.attempt.previous()
            }
            AppButton {
                text: root.attempt.current.isFlagged ? qsTr("Remove flag") : qsTr("Flag for review")
                onClicked: root.attempt.setFlagged(!root.attempt.current.isFlagged)
            }
            AppButton {
                id: nextButton

                primary: true
                text: root.attempt.position + 1 < root.attempt.count ? qsTr("Next") : qsTr("Review and submit")
                onClicked: {
                    if (root.attempt.position + 1 < root.attempt.count)
                        root.attempt.next()
                    else
                        root.reviewRequested()
                }
            }
            AppButton {
                objectName: "leaveButton"
                text: qsTr("Save and leave")
                onClicked: root.leaveRequested()
            }
        }
    }
}
