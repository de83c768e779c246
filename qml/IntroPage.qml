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
    // The quiz's title and domains in the learner's languages, and the translations shown that
    // no fluent reviewer has checked yet: read again when a language changes.
    readonly property var texts: root.attempt.introTexts(root.path, DisplaySettings.language,
                                                         DisplaySettings.secondLanguage)
    readonly property var domains: root.texts.domains
                                   ?? root.domainTitles.map(title => ({ first: title, second: "" }))

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
            width: scroll.availableWidth - 2 * Theme.pageMargin(scroll.width)
            x: Theme.pageMargin(scroll.width)
            spacing: Theme.spacing

            Item {
                implicitHeight: Theme.spacing
            }
            ShownText {
                objectName: "introTitle"
                Layout.fillWidth: true
                first: root.texts.title ?? root.quizTitle
                second: root.texts.titleSecond ?? ""
                pixelSize: Theme.titleSize
                bold: true
                Accessible.role: Accessible.Heading
            }
            // A draft translation says so, with the author's note if there is one.
            Repeater {
                model: root.texts.drafts ?? []
                delegate: BodyText {
                    required property var modelData

                    objectName: "draftNotice"
                    Layout.fillWidth: true
                    color: Theme.flagged
                    // The language's name first: a second language may be the draft one.
                    text: modelData.name + ": " + qsTr("This translation has not yet been checked by a fluent reviewer.")
                          + (modelData.note !== "" ? " " + modelData.note : "")
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            BodyText {
                Layout.fillWidth: true
                text: qsTr("This quiz measures:")
            }
            Repeater {
                model: root.domains
                delegate: ShownText {
                    required property var modelData

                    objectName: "introDomain"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    first: "• " + modelData.first
                    second: modelData.second
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
