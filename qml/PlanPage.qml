pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// Next steps: the recommendations grouped by kind, each with why it was chosen and links.
Page {
    id: root

    property int attemptId: 0

    background: Rectangle {
        color: Theme.background
    }
    Component.onCompleted: {
        plan.loadAttempt(root.attemptId)
        list.forceActiveFocus()
    }

    PlanModel {
        id: plan

        database: LearnerDatabase
    }

    ListView {
        id: list

        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        clip: true
        model: plan
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Your next steps")
        ScrollBar.vertical: ScrollBar {}

        header: ColumnLayout {
            width: list.width
            spacing: Theme.spacing

            Heading {
                text: qsTr("Your next steps")
            }
            BodyText {
                Layout.fillWidth: true
                visible: plan.errorText !== "" || plan.empty
                color: plan.errorText !== "" ? Theme.problem : Theme.text
                text: plan.errorText !== "" ? plan.errorText : qsTr("This quiz gives no recommendation for these results.")
            }
        }
        section.property: "section"
        section.delegate: Heading {
            id: sectionHeading

            required property string section

            width: list.width
            topPadding: Theme.spacing
            text: sectionHeading.section
        }
        delegate: Rectangle {
            id: card

            required property string title
            required property string text
            required property var reasons
            required property var links

            width: list.width
            implicitHeight: column.implicitHeight + 2 * Theme.spacing
            color: Theme.surface
            radius: Theme.radius
            border.color: ListView.isCurrentItem && list.activeFocus ? Theme.focus : Theme.border
            border.width: ListView.isCurrentItem && list.activeFocus ? Theme.focusWidth : 1
            Accessible.role: Accessible.ListItem
            Accessible.name: card.title
            Accessible.description: card.text

            ColumnLayout {
                id: column

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 6

                BodyText {
                    Layout.fillWidth: true
                    font.bold: true
                    text: card.title
                }
                BodyText {
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    text: card.text
                }
                Repeater {
                    model: card.reasons
                    delegate: BodyText {
                        id: reason

                        required property string modelData

                        Layout.fillWidth: true
                        font.pixelSize: Theme.smallSize
                        color: Theme.mutedText
                        text: qsTr("Why: %1").arg(reason.modelData)
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    Repeater {
                        model: card.links
                        delegate: AppButton {
                            id: link

                            required property var modelData

                            text: link.modelData.title
                            font.pixelSize: Theme.smallSize
                            Accessible.description: link.modelData.url
                            onClicked: Qt.openUrlExternally(link.modelData.url)
                        }
                    }
                }
            }
        }
    }
}
