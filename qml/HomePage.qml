pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// Who is learning, which quiz, and where they left off.
Page {
    id: root

    required property AttemptController attempt
    readonly property int profileId: profiles.count > 0 && profileBox.currentIndex >= 0
                                     ? profiles.data(profiles.index(profileBox.currentIndex, 0), ProfileListModel.IdRole) : 0
    readonly property int unfinishedAttempt: profiles.count > 0 && profileBox.currentIndex >= 0
                                     ? profiles.data(profiles.index(profileBox.currentIndex, 0),
                                                     ProfileListModel.LatestUnfinishedAttemptRole) : 0

    signal startRequested(string path, string title, var domains, int items, bool practice)
    signal resumeRequested
    signal historyRequested(int profileId)

    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: {
        if (profiles.count > 0)
            profileBox.forceActiveFocus()
        else
            newName.forceActiveFocus()
    }

    ProfileListModel {
        id: profiles

        database: LearnerDatabase
    }
    QuizCatalog {
        id: catalog
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
            BodyText {
                Layout.fillWidth: true
                text: qsTr("A readiness quiz for a career as a Health Information Technician. The results are for exploration, not for screening or hiring.")
                color: Theme.mutedText
            }
            BodyText {
                Layout.fillWidth: true
                visible: !LearnerDatabase.isOpen
                color: Theme.problem
                text: qsTr("Your answers cannot be saved: %1").arg(LearnerDatabase.errorText)
            }

            Heading {
                text: qsTr("Who is taking the quiz?")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                ComboBox {
                    id: profileBox

                    Layout.preferredWidth: 260 * Theme.fontScale
                    model: profiles
                    textRole: "name"
                    font.pixelSize: Theme.bodySize
                    visible: profiles.count > 0
                    Accessible.name: qsTr("Profile")
                }
                TextField {
                    id: newName

                    Layout.fillWidth: true
                    placeholderText: qsTr("New profile name")
                    font.pixelSize: Theme.bodySize
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
                    primary: true
                    visible: root.unfinishedAttempt > 0
                    text: qsTr("Continue where you left off")
                    onClicked: {
                        if (root.attempt.resume(root.unfinishedAttempt))
                            root.resumeRequested()
                    }
                }
                AppButton {
                    text: qsTr("Past results")
                    onClicked: root.historyRequested(root.profileId)
                }
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
                visible: catalog.folder !== "" && quizzes.count === 0
                color: Theme.problem
                text: qsTr("No quiz files were found in %1.").arg(catalog.folder)
            }
            Repeater {
                id: quizzes

                model: catalog
                delegate: QuizCard {
                    id: card

                    required property string path
                    required property bool practice

                    Layout.fillWidth: true
                    enabled: root.profileId > 0 && problem === ""
                    onActivated: root.startRequested(card.path, card.title, card.domainTitles,
                                                     card.itemCount, card.practice)
                }
            }
            Item {
                implicitHeight: Theme.margin
            }
        }
    }
}
