pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// Next steps: the recommendations grouped by kind, each with why it was chosen and links.
Page {
    id: root

    // The finished attempt the results screen loaded; its plan is shown.
    property AttemptResults results: null
    readonly property int attemptId: plan.attemptId

    background: Rectangle {
        color: Theme.background
    }
    Component.onCompleted: {
        list.forceActiveFocus();
    }

    PlanModel {
        id: plan

        objectName: "planModel"
        results: root.results
        language: DisplaySettings.language
        secondLanguage: DisplaySettings.secondLanguage
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin(root.width)
        spacing: Theme.spacing

        Heading {
            Layout.fillWidth: true
            text: qsTr("Your next steps")
        }
        BodyText {
            Layout.fillWidth: true
            visible: plan.errorText !== "" || plan.empty
            color: plan.errorText !== "" ? Theme.problem : Theme.text
            text: plan.errorText !== "" ? plan.errorText : qsTr("This quiz gives no recommendation for these results.")
        }
    ListView {
        id: list

        objectName: "planList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.spacing
        clip: true
        model: plan
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Your next steps")
        ScrollBar.vertical: ScrollBar {
        }

        section.property: "section"
        delegate: Column {
            id: entry

            required property string recommendationId
            required property string title
            required property string titleSecond
            required property string text
            required property string textSecond
            required property var reasons
            required property var links

            objectName: "step-" + entry.recommendationId
            width: list.width
            spacing: Theme.spacing

            // The first step of each kind opens with the kind's heading.
            Heading {
                width: entry.width
                visible: entry.ListView.section !== entry.ListView.previousSection
                topPadding: Theme.spacing
                text: entry.ListView.section
            }
            Rectangle {
                id: card

                width: entry.width
                implicitHeight: column.implicitHeight + 2 * Theme.spacing
                color: Theme.surface
                radius: Theme.radius
                border.color: entry.ListView.isCurrentItem && list.activeFocus ? Theme.focus : Theme.border
                border.width: entry.ListView.isCurrentItem && list.activeFocus ? Theme.focusWidth : 1
                Accessible.role: Accessible.ListItem
                Accessible.name: entry.titleSecond !== "" ? entry.title + "\n" + entry.titleSecond : entry.title
                Accessible.description: entry.textSecond !== "" ? entry.text + "\n" + entry.textSecond : entry.text

                ColumnLayout {
                    id: column

                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.spacingSmall

                    ShownText {
                        objectName: "stepTitle"
                        Layout.fillWidth: true
                        bold: true
                        first: entry.title
                        second: entry.titleSecond
                    }
                    ShownText {
                        objectName: "stepText"
                        Layout.fillWidth: true
                        visible: entry.text !== ""
                        first: entry.text
                        second: entry.textSecond
                    }
                    Repeater {
                        model: entry.reasons
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
                        id: linkRow

                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        Repeater {
                            model: entry.links
                            delegate: AppButton {
                                id: link

                                required property var modelData

                                width: Math.min(implicitWidth, linkRow.width) // long titles wrap
                                text: link.modelData.title
                                font.pixelSize: Theme.smallSize
                                Accessible.name: link.modelData.titleSecond !== ""
                                                 ? link.modelData.title + "\n" + link.modelData.titleSecond
                                                 : link.modelData.title
                                Accessible.description: link.modelData.url
                                contentItem: ShownText {
                                    first: link.modelData.title
                                    second: link.modelData.titleSecond
                                    pixelSize: Theme.smallSize
                                    Accessible.ignored: true // the button reads both
                                }
                                onClicked: Qt.openUrlExternally(link.modelData.url)
                            }
                        }
                    }
                }
            }
        }
    }
    }
}
