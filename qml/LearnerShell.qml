pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// Everything inside the app's window: the header bar (back, text size, contrast) and the
// screens home -> intro -> quiz -> review -> results -> next steps, plus history.
// Main.qml puts it in a window; the QML tests put it in theirs.
Page {
    id: shell

    // The attempt being taken; tests reach it through the shell.
    readonly property alias attempt: attempt
    readonly property alias stack: stack

    font.pixelSize: Theme.bodySize
    // Stock controls (combo box, spin box, switch, text fields, dialogs) follow the theme too.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.background
    palette.text: Theme.text
    palette.button: Theme.surface
    palette.buttonText: Theme.text
    palette.brightText: Theme.accentText
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text
    palette.light: Theme.surface
    palette.midlight: Theme.selected
    palette.mid: Theme.border
    palette.dark: Theme.text
    palette.shadow: Theme.border

    background: Rectangle {
        color: Theme.background
    }

    // After a submit: home underneath, the results on top (Back returns home).
    // `timeRanOut`: the clock submitted the attempt, not the learner.
    function showResults(attemptId: int, timeRanOut: bool) {
        stack.pop(null)
        stack.push(resultsPage, { attemptId: attemptId, timeRanOut: timeRanOut, submitter: attempt })
    }

    AttemptController {
        id: attempt

        database: LearnerDatabase
        language: DisplaySettings.language
        secondLanguage: DisplaySettings.secondLanguage
    }

    // A small window or large text: the header keeps one line (back, title, and a button that
    // shows the text size, contrast and language controls), and the quiz page its question.
    // Also when the display controls would not fit on one line under the title (long words of a
    // language, a narrow window): they would take two more lines from every page.
    readonly property bool compact: Theme.isCompact(shell.width, shell.height) || shell.displayWidth > bar.width
    // The display controls side by side (their own widths: they do not follow `compact`).
    readonly property real displayWidth: settingsRow.implicitWidth + contrastSwitch.implicitWidth
                                         + languageChoice.naturalWidth + 2 * Theme.spacing
    // The compact header's display controls: shown on request, and while one has focus.
    property bool displayOpen: false
    readonly property bool displayFocused: {
        for (let item = shell.Window.activeFocusItem; item; item = item.parent)
            if (item === displayControls)
                return true
        return false
    }
    readonly property bool displayShown: !shell.compact || shell.displayOpen || shell.displayFocused

    // The header bar wraps onto more lines when the text is large and the window narrow.
    header: ToolBar {
        implicitHeight: bar.implicitHeight + Theme.spacing
        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
        }
        Flow {
            id: bar

            x: Theme.spacing
            y: Theme.spacing / 2
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.spacing

            AppButton {
                id: backButton

                objectName: "backButton"
                text: qsTr("Back")
                glyph: "←"
                iconOnly: shell.compact
                visible: stack.depth > 1 && !(stack.currentItem && stack.currentItem.objectName === "quizPage")
                onClicked: stack.pop()
            }
            Heading {
                height: Math.max(implicitHeight, backButton.implicitHeight)
                verticalAlignment: Text.AlignVCenter
                font.pixelSize: shell.compact ? Theme.subheadingSize : Theme.headingSize
                text: qsTr("HIT Ready")
                wrapMode: Text.NoWrap
            }
            AppButton {
                objectName: "displayButton"
                visible: shell.compact
                glyph: "⚙"
                iconOnly: true
                text: shell.displayShown ? qsTr("Hide text size, contrast and language")
                                         : qsTr("Text size, contrast and language")
                onClicked: shell.displayOpen = !shell.displayOpen
            }
            Flow {
                id: displayControls

                // One line beside or under the title; wrapped in the compact header's panel.
                width: shell.compact ? bar.width : shell.displayWidth
                visible: shell.displayShown
                spacing: Theme.spacing

                RowLayout {
                    id: settingsRow

                    spacing: Theme.spacing

                    Label {
                        text: qsTr("Text size")
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                    }
                    SpinBox {
                        id: textSize

                        objectName: "textSize"
                        from: 100
                        to: 200
                        stepSize: 25
                        value: Math.round(DisplaySettings.textScale * 100)
                        editable: false
                        font.pixelSize: Theme.smallSize
                        background: FieldFrame {
                            implicitWidth: 140
                            focused: textSize.activeFocus
                        }
                        textFromValue: (value) => qsTr("%1%").arg(value)
                        Accessible.name: qsTr("Text size, percent")
                        onValueModified: DisplaySettings.textScale = value / 100
                    }
                }
                Switch {
                    id: contrastSwitch

                    objectName: "highContrast"
                    height: Math.max(implicitHeight, settingsRow.height)
                    text: qsTr("High contrast")
                    font.pixelSize: Theme.smallSize
                    background: FocusRing {
                        visible: contrastSwitch.visualFocus
                        radius: Theme.radius
                    }
                    checked: Theme.highContrast
                    Accessible.name: text
                    onToggled: DisplaySettings.highContrast = checked
                }
                LanguageChoice {
                    id: languageChoice

                    objectName: "languageChoice"
                    width: shell.compact ? displayControls.width : naturalWidth
                }
            }
        }
    }

    // While the learner works for a class: how the sending stands, calmly.
    footer: ClassStatus {
        connection: LearnerDatabase.classConnection
        visible: LearnerDatabase.classConnection.connected
    }

    StackView {
        id: stack

        anchors.fill: parent
        initialItem: HomePage {
            id: home

            attempt: attempt
            onStartRequested: (path, quizId, title, domains, items, introduction, practice) => stack.push(introPage, {
                path: path, quizId: quizId, quizTitle: title, domainTitles: domains, itemCount: items,
                introduction: introduction, practice: practice, profileId: home.profileId
            })
            // An attempt whose time ran out while the app was closed comes back submitted.
            onResumeRequested: attempt.submitted ? shell.showResults(attempt.attemptId, attempt.timer.ranOut)
                                                  : stack.push(quizPage)
            onHistoryRequested: (profileId) => stack.push(historyPage, { profileId: profileId })
            onInstructorRequested: stack.push(instructorPage)
        }
    }

    Component {
        id: introPage

        IntroPage {
            attempt: attempt
            // A continued attempt whose time ran out while the app was closed comes back submitted.
            onStarted: attempt.submitted ? shell.showResults(attempt.attemptId, attempt.timer.ranOut)
                                         : stack.replace(quizPage)
        }
    }
    Component {
        id: quizPage

        QuizPage {
            attempt: attempt
            onReviewRequested: stack.push(reviewPage)
            onLeaveRequested: {
                attempt.close()
                stack.pop(null)
            }
            onSubmitted: shell.showResults(attempt.attemptId, attempt.timer.ranOut)
        }
    }
    Component {
        id: reviewPage

        ReviewPage {
            attempt: attempt
            onJumpRequested: (position) => {
                attempt.goTo(position)
                stack.pop()
            }
            onSubmitted: shell.showResults(attempt.attemptId, false)
        }
    }
    Component {
        id: resultsPage

        ResultsPage {
            onPlanRequested: (results) => stack.push(planPage, { results: results })
            onReviewRequested: (results) => stack.push(answerReviewPage, { results: results })
            onHomeRequested: stack.pop(null)
        }
    }
    Component {
        id: instructorPage

        InstructorPage {}
    }
    Component {
        id: planPage

        PlanPage {}
    }
    Component {
        id: answerReviewPage

        AnswerReviewPage {}
    }
    Component {
        id: historyPage

        HistoryPage {
            onOpenRequested: (attemptId) => stack.push(resultsPage, { attemptId: attemptId })
            onReviewRequested: (attemptId) => stack.push(answerReviewPage, { attemptId: attemptId })
        }
    }
}
