pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// The learner app: home -> intro -> quiz -> review -> results -> next steps.
ApplicationWindow {
    id: window

    width: 1024
    height: 768
    minimumWidth: 800
    minimumHeight: 600
    visible: true
    title: qsTr("HIT Ready")
    color: Theme.background
    font.pixelSize: Theme.bodySize

    // After a submit: home underneath, the results on top (Back returns home).
    function showResults(attemptId: int) {
        stack.pop(null)
        stack.push(resultsPage, { attemptId: attemptId })
    }

    AttemptController {
        id: attempt

        database: LearnerDatabase
    }

    header: ToolBar {
        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            AppButton {
                text: qsTr("Back")
                visible: stack.depth > 1 && !(stack.currentItem && stack.currentItem.objectName === "quizPage")
                onClicked: stack.pop()
            }
            Heading {
                Layout.fillWidth: true
                text: qsTr("HIT Ready")
                elide: Text.ElideRight
                wrapMode: Text.NoWrap
            }
            Label {
                text: qsTr("Text size")
                color: Theme.text
                font.pixelSize: Theme.smallSize
            }
            SpinBox {
                id: textSize

                from: 100
                to: 200
                stepSize: 25
                value: 100
                editable: false
                font.pixelSize: Theme.smallSize
                textFromValue: (value) => qsTr("%1%").arg(value)
                Accessible.name: qsTr("Text size, percent")
                onValueModified: Theme.fontScale = value / 100
            }
            Switch {
                text: qsTr("High contrast")
                font.pixelSize: Theme.smallSize
                checked: Theme.highContrast
                Accessible.name: text
                onToggled: Theme.highContrast = checked
            }
        }
    }

    StackView {
        id: stack

        anchors.fill: parent
        initialItem: HomePage {
            id: home

            attempt: attempt
            onStartRequested: (path, title, domains, items, practice) => stack.push(introPage, {
                path: path, quizTitle: title, domainTitles: domains, itemCount: items,
                practice: practice, profileId: home.profileId
            })
            onResumeRequested: stack.push(quizPage)
            onHistoryRequested: (profileId) => stack.push(historyPage, { profileId: profileId })
        }
    }

    Component {
        id: introPage

        IntroPage {
            attempt: attempt
            onStarted: stack.replace(quizPage)
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
            onSubmitted: window.showResults(attempt.attemptId)
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
            onSubmitted: window.showResults(attempt.attemptId)
        }
    }
    Component {
        id: resultsPage

        ResultsPage {
            onPlanRequested: (attemptId) => stack.push(planPage, { attemptId: attemptId })
            onHomeRequested: stack.pop(null)
        }
    }
    Component {
        id: planPage

        PlanPage {}
    }
    Component {
        id: historyPage

        HistoryPage {
            onOpenRequested: (attemptId) => stack.push(resultsPage, { attemptId: attemptId })
        }
    }
}
