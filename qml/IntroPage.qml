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
    property string quizId
    property string quizTitle
    property var domainTitles: []
    property int itemCount: 0
    // How many questions, points and minutes (the engine's attemptShape(), in words).
    property string introduction
    property bool practice: false
    property int profileId: 0
    // The profile's unfinished attempt of this quiz, {attemptId, started}: starting continues it.
    readonly property var unfinished: root.attempt.unfinishedAttempt(root.quizId, root.profileId)
    readonly property bool continues: root.unfinished.attemptId !== undefined
    property bool confirmingStartOver: false

    signal started

    function begin() {
        if (root.attempt.start(root.path, root.profileId))
            root.started()
    }

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
                objectName: "introduction"
                Layout.fillWidth: true
                text: root.introduction
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
            BodyText {
                objectName: "unfinishedNote"
                Layout.fillWidth: true
                visible: root.continues
                font.bold: true
                //: %1 = date and time the unfinished attempt was started
                text: root.continues
                      ? qsTr("You started this quiz on %1 and have not submitted it. Continuing takes you back to where you left off, with your answers.")
                          .arg(root.unfinished.started.toLocaleString(Qt.locale(), Locale.ShortFormat))
                      : ""
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: !root.confirmingStartOver

                AppButton {
                    id: startButton

                    objectName: "startButton"
                    primary: true
                    text: root.continues ? qsTr("Continue the quiz") : qsTr("Start the quiz")
                    focus: true
                    onClicked: root.begin()
                }
                AppButton {
                    objectName: "startOverButton"
                    visible: root.continues
                    text: qsTr("Start over")
                    onClicked: {
                        root.confirmingStartOver = true
                        keepButton.forceActiveFocus()
                    }
                }
            }
            BodyText {
                Layout.fillWidth: true
                visible: root.confirmingStartOver
                color: Theme.problem
                text: qsTr("Start over? The answers you gave in the unfinished attempt are deleted, and a new attempt begins.")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: root.confirmingStartOver

                AppButton {
                    id: keepButton

                    text: qsTr("Keep my answers")
                    onClicked: {
                        root.confirmingStartOver = false
                        startButton.forceActiveFocus()
                    }
                }
                AppButton {
                    objectName: "discardButton"
                    text: qsTr("Delete my answers and start over")
                    onClicked: {
                        if (root.attempt.discardAttempt(root.unfinished.attemptId))
                            root.begin()
                    }
                }
            }
        }
    }
    Component.onCompleted: startButton.forceActiveFocus()
}
