pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// Who is learning, which quiz, and where they left off.
Page {
    id: root

    required property AttemptController attempt
    readonly property int profileId: profiles.currentId
    // Follows the database: the model re-reads it whenever attempts start, are left or are
    // submitted, and whenever this page shows again.
    readonly property int unfinishedAttempt: profiles.currentUnfinishedAttempt

    signal startRequested(string path, string quizId, string title, var domains, int items,
                          string introduction, bool practice)
    signal resumeRequested
    signal historyRequested(int profileId)
    signal instructorRequested

    background: Rectangle {
        color: Theme.background
    }

    StackView.onActivated: profiles.refresh()
    Component.onCompleted: {
        if (profiles.count > 0)
            profileBox.forceActiveFocus()
        else
            newName.forceActiveFocus()
    }

    ProfileListModel {
        id: profiles

        database: LearnerDatabase
        currentIndex: profileBox.currentIndex
    }
    QuizCatalog {
        id: catalog

        language: DisplaySettings.language
        secondLanguage: DisplaySettings.secondLanguage
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
            BodyText {
                Layout.fillWidth: true
                text: qsTr("Readiness quizzes for careers such as Health Information Technician. The results are for exploration, not for screening or hiring.")
                color: Theme.mutedText
            }
            BodyText {
                Layout.fillWidth: true
                visible: !LearnerDatabase.isOpen
                color: Theme.problem
                text: qsTr("Your answers cannot be saved: %1").arg(LearnerDatabase.errorText)
            }
            BodyText {
                objectName: "readOnlyNotice"
                Layout.fillWidth: true
                visible: LearnerDatabase.readOnly
                color: Theme.problem
                //: %1 is the database file
                text: qsTr("%1 can only be read: your past results are here, but new answers cannot be saved. To take a quiz, start HIT Ready with --db and a file you may change.").arg(LearnerDatabase.path)
            }

            Heading {
                text: qsTr("Who is taking the quiz?")
            }
            // One row when there is room, else one control under the other (large text).
            GridLayout {
                Layout.fillWidth: true
                columns: scroll.availableWidth >= 640 * Theme.fontScale ? 3 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                ComboBox {
                    id: profileBox

                    Layout.preferredWidth: 260 * Theme.fontScale
                    Layout.fillWidth: parent.columns === 1
                    // The stock height is for 100% text; grow with the text size.
                    Layout.preferredHeight: Math.max(40, implicitContentHeight + topPadding + bottomPadding)
                    model: profiles
                    textRole: "name"
                    font.pixelSize: Theme.bodySize
                    background: FieldFrame {
                        focused: profileBox.activeFocus
                    }
                    visible: profiles.count > 0
                    Accessible.name: qsTr("Profile")
                }
                TextField {
                    id: newName

                    objectName: "newProfileName"
                    Layout.fillWidth: true
                    placeholderText: qsTr("New profile name")
                    placeholderTextColor: Theme.mutedText
                    font.pixelSize: Theme.bodySize
                    background: FieldFrame {
                        focused: newName.activeFocus
                    }
                    Accessible.name: qsTr("New profile name")
                    onAccepted: addProfile.clicked()
                }
                AppButton {
                    id: addProfile

                    text: qsTr("Add profile")
                    enabled: newName.text.trim() !== ""
                    onClicked: {
                        if (profiles.createProfile(newName.text)) {
                            const name = newName.text.trim()
                            for (let i = 0; i < profiles.count; ++i)
                                if (profiles.data(profiles.index(i, 0), ProfileListModel.NameRole) === name)
                                    profileBox.currentIndex = i
                            newName.clear()
                            if (quizzes.count > 0)
                                quizzes.itemAt(0).forceActiveFocus()
                        }
                    }
                }
            }
            BodyText {
                Layout.fillWidth: true
                visible: profiles.errorText !== ""
                color: Theme.problem
                text: profiles.errorText
            }
            RowLayout {
                spacing: Theme.spacing
                visible: root.profileId > 0

                AppButton {
                    objectName: "continueButton"
                    primary: true
                    visible: root.unfinishedAttempt > 0
                    text: qsTr("Continue where you left off")
                    onClicked: {
                        continueProblem.text = ""
                        if (root.attempt.resume(root.unfinishedAttempt))
                            root.resumeRequested()
                        else
                            continueProblem.text = root.attempt.errorText
                    }
                }
                AppButton {
                    objectName: "historyButton"
                    text: qsTr("Past results")
                    onClicked: root.historyRequested(root.profileId)
                }
            }
            BodyText {
                id: continueProblem

                objectName: "continueProblem"
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.problem
                Accessible.role: Accessible.AlertMessage
            }
            BodyText {
                Layout.fillWidth: true
                visible: continueProblem.text !== ""
                text: qsTr("Choose the same quiz below to continue from its file: if the file is the version you started, your answers are all there.")
            }

            Heading {
                text: qsTr("Choose a quiz")
            }
            BodyText {
                Layout.fillWidth: true
                visible: root.profileId === 0
                color: Theme.mutedText
                text: qsTr("Add a profile first, so your answers are kept under your name.")
            }
            BodyText {
                Layout.fillWidth: true
                visible: quizzes.count === 0
                color: Theme.problem
                text: qsTr("No quiz files were found in %1 or %2.").arg(catalog.folder).arg(catalog.userFolder)
            }
            Repeater {
                id: quizzes

                model: catalog
                delegate: QuizCard {
                    id: card

                    required property string path
                    required property string quizId
                    required property bool practice
                    required property string introduction

                    objectName: "quiz-" + card.quizId
                    Layout.fillWidth: true
                    enabled: root.profileId > 0 && problem === ""
                    onActivated: root.startRequested(card.path, card.quizId, card.title,
                                                     card.domainTitles, card.itemCount,
                                                     card.introduction, card.practice)
                }
            }
            Heading {
                text: qsTr("Your own quizzes")
            }
            BodyText {
                Layout.fillWidth: true
                color: Theme.mutedText
                //: %1 = a folder on the learner's computer
                text: qsTr("Quiz files (.yaml) that you or your instructor put in this folder are listed above: %1").arg(catalog.userFolder)
            }
            AppButton {
                text: qsTr("Look for new quiz files")
                onClicked: catalog.reload()
            }
            Heading {
                text: qsTr("Your class")
            }
            BodyText {
                objectName: "classSummary"
                Layout.fillWidth: true
                color: Theme.mutedText
                //: %1 is the class address without its password
                text: LearnerDatabase.classConnection.connected
                      ? qsTr("Your answers are sent to the class at %1.").arg(LearnerDatabase.classConnection.className)
                      : qsTr("Taking quizzes for a class? Connect with the address your instructor gave you.")
            }
            AppButton {
                objectName: "classButton"
                text: LearnerDatabase.classConnection.connected ? qsTr("Class connection…") : qsTr("Connect to a class…")
                onClicked: classDialog.open()
            }
            ClassDialog {
                id: classDialog

                connection: LearnerDatabase.classConnection
            }
            Heading {
                text: qsTr("For instructors")
            }
            AppButton {
                objectName: "instructorButton"
                text: qsTr("Instructor view (passphrase)")
                onClicked: root.instructorRequested()
            }
            Item {
                implicitHeight: Theme.margin
            }
        }
    }
}
