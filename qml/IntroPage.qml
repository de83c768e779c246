pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// Before the quiz: what it measures, how long it takes, when feedback comes.
Page {
    id: root

    required property AttemptController attempt
    property string path
    property string quizTitle
    property var domainTitles: []
    property int itemCount: 0
    property bool practice: false
    property int profileId: 0

    signal started

    background: Rectangle {
        color: Theme.background
    }

    // Tab and arrow keys scroll the page to the control they reach.
    FocusReveal {
        flickable: scroll.contentItem as Flickable
    }
    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth - 2 * Theme.margin
            x: Theme.margin
            spacing: Theme.spacing

            Item {
                implicitHeight: Theme.spacing
            }
            Heading {
                Layout.fillWidth: true
                text: root.quizTitle
                font.pixelSize: Theme.titleSize
            }
            BodyText {
                Layout.fillWidth: true
                text: qsTr("This quiz measures:")
            }
            Repeater {
                model: root.domainTitles
                delegate: BodyText {
                    required property string modelData

                    Layout.fillWidth: true
                    leftPadding: Theme.margin
                    text: "• " + modelData
                }
            }
            BodyText {
                Layout.fillWidth: true
                //: %1 = number of questions, %2 = minutes
                text: qsTr("%1 questions. It takes about %2 minutes; you can stop at any time and continue later.")
                    .arg(root.itemCount).arg(Math.max(5, Math.round(root.itemCount * 1.2)))
            }
            BodyText {
                Layout.fillWidth: true
                text: root.practice
                      ? qsTr("Practice mode: after each answer you see whether it was right, and why.")
                      : qsTr("Assessment mode: you see your results and the explanations at the end.")
            }
            BodyText {
                Layout.fillWidth: true
                text: qsTr("Some questions ask you to rate yourself. They are not scored: your results show them next to your measured score.")
            }
            BodyText {
                Layout.fillWidth: true
                color: Theme.mutedText
                text: qsTr("This quiz is for exploration: it helps you decide what to learn next. It is not a screening or a hiring test.")
            }
            BodyText {
                Layout.fillWidth: true
                visible: root.attempt.errorText !== ""
                color: Theme.problem
                text: root.attempt.errorText
            }
            AppButton {
                id: startButton

                primary: true
                text: qsTr("Start the quiz")
                focus: true
                onClicked: {
                    if (root.attempt.start(root.path, root.profileId))
                        root.started()
                }
            }
        }
    }
    Component.onCompleted: startButton.forceActiveFocus()
}
