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
    //: %1 = question number, %2 = number of questions
    readonly property string questionNumberText: qsTr("Question %1 of %2").arg(root.attempt.position + 1).arg(root.attempt.count)
    // A new question: back to its top, focus on its first choice.
    readonly property int shownPosition: root.attempt.position
    onShownPositionChanged: {
        scroll.ScrollBar.vertical.position = 0
        root.focusFirstControl()
    }

    // Focus on the question's first control, leaving its top (case and prompt) in view.
    function focusFirstControl() {
        itemView.focusFirst()
        reveal.exempt = reveal.focused
    }
    FocusReveal {
        id: reveal

        flickable: scroll.contentItem as Flickable
    }

    // A small window or large text: the question number sits in the navigation row, the
    // buttons show symbols (their words in tooltips and accessible names), the margins narrow:
    // the question keeps most of the height.
    readonly property bool compact: Theme.isCompact(root.Window.width, root.Window.height)
    readonly property bool lastQuestion: root.attempt.position + 1 >= root.attempt.count

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: root.compact ? Theme.spacingSmall : Theme.margin
        spacing: root.compact ? Theme.spacingSmall : Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            visible: !root.compact
            spacing: Theme.spacing

            Heading {
                objectName: root.compact ? "" : "questionNumber"
                Layout.fillWidth: true
                text: root.questionNumberText
            }
            ShownText {
                objectName: root.compact ? "" : "domainTitle"
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
            font.pixelSize: root.compact ? Theme.smallSize : Theme.bodySize
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

            ColumnLayout {
                width: scroll.availableWidth
                spacing: Theme.spacingSmall

                // Compact: the domain above the question, in the scrolling part.
                ShownText {
                    objectName: root.compact ? "domainTitle" : ""
                    Layout.fillWidth: true
                    visible: root.compact
                    first: root.attempt.current.domainTitle
                    second: root.attempt.current.domainTitleSecond
                    pixelSize: Theme.smallSize
                    color: Theme.mutedText
                }
                QuestionView {
                    id: itemView

                    Layout.fillWidth: true
                    attempt: root.attempt
                    onAnswerAreaLoaded: root.focusFirstControl()

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
            objectName: "quizNavigation"
            Layout.fillWidth: true
            spacing: root.compact ? Theme.spacingSmall : Theme.spacing

            AppButton {
                objectName: "previousButton"
                text: qsTr("Previous")
                glyph: "◀"
                iconOnly: root.compact
                enabled: root.attempt.position > 0
                onClicked: root.attempt.previous()
            }
            AppButton {
                objectName: "flagButton"
                text: root.attempt.current.isFlagged ? qsTr("Remove flag") : qsTr("Flag for review")
                glyph: root.attempt.current.isFlagged ? "⚑" : "⚐"
                iconOnly: root.compact
                onClicked: root.attempt.setFlagged(!root.attempt.current.isFlagged)
            }
            // Compact: the question number and domain between the buttons, as one line.
            Label {
                objectName: root.compact ? "questionNumber" : ""
                visible: root.compact
                height: nextButton.height
                verticalAlignment: Text.AlignVCenter
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                text: root.questionNumberText
                Accessible.role: Accessible.Heading
                Accessible.name: text + ", " + root.attempt.current.domainTitle
            }
            AppButton {
                id: nextButton

                objectName: "nextButton"
                primary: true
                text: root.lastQuestion ? qsTr("Review and submit") : qsTr("Next")
                glyph: root.lastQuestion ? "✓" : "▶"
                iconOnly: root.compact
                onClicked: {
                    if (root.lastQuestion)
                        root.reviewRequested()
                    else
                        root.attempt.next()
                }
            }
            AppButton {
                objectName: "leaveButton"
                text: qsTr("Save and leave")
                glyph: "⌂"
                iconOnly: root.compact
                onClicked: root.leaveRequested()
            }
        }
    }
}
