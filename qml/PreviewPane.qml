pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// The authoring view (PreviewWindow: hitready --preview FILE, "Preview a quiz file…"): the items of a quiz
// file an author edits in another program, each shown as a learner sees it and answerable,
// reloaded on every save. Problems of the file are listed above the items as LINE:COL: message;
// choosing one shows its item. Nothing here writes to the learner database.
Page {
    id: root

    property string filePath
    readonly property QuizPreview preview: preview
    // The rule explorer beside the item: shown from the start when there is room for it.
    property bool showRules: width >= 1100 * Theme.fontScale

    objectName: "previewPane"
    background: Rectangle {
        color: Theme.background
    }

    QuizPreview {
        id: preview

        objectName: "quizPreview"
        filePath: root.filePath
        // A new item on screen (chosen, or the one the author just changed): its answer area
        // gets the focus unless the author is in the lists.
        onSelectionChanged: {
            if (!itemList.activeFocus && !problemList.activeFocus)
                itemView.focusFirst()
        }
    }
    // The items are shown in the interface's languages, as the learner's quiz page shows them.
    readonly property string language: DisplaySettings.language
    readonly property string secondLanguage: DisplaySettings.secondLanguage
    onLanguageChanged: preview.attempt.language = root.language
    onSecondLanguageChanged: preview.attempt.secondLanguage = root.secondLanguage
    Component.onCompleted: {
        preview.attempt.language = root.language
        preview.attempt.secondLanguage = root.secondLanguage
    }

    Shortcut {
        sequence: "Alt+N"
        onActivated: preview.attempt.next()
    }
    Shortcut {
        sequence: "Alt+P"
        onActivated: preview.attempt.previous()
    }

    header: ToolBar {
        implicitHeight: headerRow.implicitHeight + Theme.spacing
        background: Rectangle {
            color: Theme.surface
        }

        RowLayout {
            id: headerRow

            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingTight / 2

                Heading {
                    objectName: "previewTitle"
                    Layout.fillWidth: true
                    text: preview.hasQuiz ? preview.quizTitle : preview.fileName
                    elide: Text.ElideRight
                    wrapMode: Text.NoWrap
                }
                BodyText {
                    objectName: "previewStatus"
                    Layout.fillWidth: true
                    font.pixelSize: Theme.smallSize
                    color: preview.showingOlderVersion ? Theme.problem : Theme.mutedText
                    text: preview.showingOlderVersion
                          ? qsTr("%n problems in the file as saved: the preview shows the last version that loaded.", "", preview.errorCount)
                          : qsTr("%1: every save shows here at once. Nothing you answer here is saved.").arg(preview.filePath)
                    Accessible.role: preview.showingOlderVersion ? Accessible.AlertMessage : Accessible.StaticText
                    Accessible.name: text
                }
            }
            AppButton {
                objectName: "showRules"
                text: root.showRules ? qsTr("Hide the rule explorer") : qsTr("Show the rule explorer")
                Accessible.description: qsTr("The sliders that try the quiz's recommendation rules.")
                onClicked: root.showRules = !root.showRules
            }
            LanguageChoice {}
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        // The file's problems, then its items.
        ColumnLayout {
            Layout.preferredWidth: Math.min(380 * Theme.fontScale, root.width / 3)
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: Theme.spacing

            Heading {
                Layout.fillWidth: true
                visible: problemList.count > 0
                font.pixelSize: Theme.bodySize
                //: heading over the list of problems and warnings: %n = how many
                text: qsTr("%n problems and warnings", "", problemList.count)
            }
            ListView {
                id: problemList

                objectName: "problemList"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, root.height / 3)
                visible: count > 0
                clip: true
                model: preview.problems
                activeFocusOnTab: true
                keyNavigationEnabled: true
                currentIndex: -1
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Problems in the file")
                delegate: ItemDelegate {
                    id: problemRow

                    required property int index
                    required property string problemText
                    required property bool warning
                    required property string itemId

                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem && ListView.view.activeFocus
                    font.pixelSize: Theme.smallSize
                    background: Rectangle {
                        color: problemRow.highlighted ? Theme.selected : "transparent"
                        radius: Theme.smallRadius

                        FocusRing {
                            visible: problemRow.highlighted
                            radius: Theme.smallRadius
                        }
                    }
                    Accessible.name: (problemRow.warning ? qsTr("Warning") : qsTr("Error")) + ": " + problemRow.problemText
                    contentItem: Label {
                        text: (problemRow.warning ? "⚠ " : "✖ ") + problemRow.problemText
                        color: problemRow.warning ? Theme.flagged : Theme.problem
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                    onClicked: {
                        problemList.forceActiveFocus()
                        problemList.currentIndex = problemRow.index
                        preview.selectProblem(problemRow.index)
                    }
                }
                Keys.onReturnPressed: preview.selectProblem(currentIndex)
                Keys.onSpacePressed: preview.selectProblem(currentIndex)
            }

            Heading {
                Layout.fillWidth: true
                font.pixelSize: Theme.bodySize
                //: heading over the list of the quiz's items: %n = how many
                text: qsTr("%n items", "", itemList.count)
            }
            ListView {
                id: itemList

                objectName: "itemList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: preview.items
                activeFocusOnTab: true
                keyNavigationEnabled: true
                currentIndex: preview.selectedIndex
                onCurrentIndexChanged: {
                    if (currentIndex >= 0 && currentIndex !== preview.selectedIndex)
                        preview.selectIndex(currentIndex)
                }
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Items of the quiz")
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: itemRow

                    required property int index
                    required property int number
                    required property string itemId
                    required property string label
                    required property bool changed

                    objectName: "previewItem_" + itemRow.itemId
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    background: Rectangle {
                        color: itemRow.highlighted ? Theme.accent : "transparent"
                        radius: Theme.smallRadius

                        FocusRing {
                            visible: itemRow.highlighted && itemList.activeFocus
                            radius: Theme.smallRadius
                        }
                    }
                    //: an item in the preview's list: %1 = its number, %2 = its id, %3 = its prompt's start
                    Accessible.name: qsTr("Item %1, %2: %3").arg(itemRow.number).arg(itemRow.itemId).arg(itemRow.label)
                    contentItem: ColumnLayout {
                        spacing: 0

                        Label {
                            Layout.fillWidth: true
                            text: itemRow.number + ". " + itemRow.itemId + (itemRow.changed ? "  ✎" : "")
                            font.pixelSize: Theme.smallSize
                            font.bold: true
                            color: itemRow.highlighted ? Theme.accentText : Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            text: itemRow.label
                            font.pixelSize: Theme.smallSize
                            color: itemRow.highlighted ? Theme.accentText : Theme.mutedText
                            elide: Text.ElideRight
                        }
                    }
                    // The list takes the focus, so the arrow keys go on from the item clicked.
                    onClicked: {
                        itemList.forceActiveFocus()
                        preview.selectIndex(itemRow.index)
                    }
                }
            }
        }

        // The item as the learner sees it.
        Pane {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: Theme.spacing
            background: Rectangle {
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
            }

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacing

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    Heading {
                        objectName: "previewItemHeading"
                        Layout.fillWidth: true
                        visible: preview.hasQuiz
                        //: %1 = item number, %2 = number of items, %3 = the item's id
                        text: qsTr("Item %1 of %2 (%3)").arg(preview.selectedIndex + 1).arg(preview.attempt.count).arg(preview.selectedItemId)
                    }
                    ShownText {
                        Layout.maximumWidth: parent.width / 3
                        first: preview.attempt.current.domainTitle
                        second: preview.attempt.current.domainTitleSecond
                        color: Theme.mutedText
                    }
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: !preview.hasQuiz
                    color: Theme.problem
                    text: qsTr("This file has not loaded yet. Fix the problems listed on the left and save: the preview follows.")
                }
                FocusReveal {
                    flickable: itemScroll.contentItem as Flickable
                }
                ScrollView {
                    id: itemScroll

                    objectName: "previewScroll"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentWidth: availableWidth
                    clip: true
                    visible: preview.hasQuiz

                    QuestionView {
                        id: itemView

                        width: itemScroll.availableWidth
                        attempt: preview.attempt

                        BodyText {
                            objectName: "previewPoints"
                            Layout.fillWidth: true
                            font.bold: true
                            text: preview.pointsText
                        }
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: preview.hasQuiz

                    AppButton {
                        text: qsTr("Previous item")
                        enabled: preview.attempt.position > 0
                        onClicked: preview.attempt.previous()
                    }
                    AppButton {
                        text: qsTr("Next item")
                        enabled: preview.attempt.position + 1 < preview.attempt.count
                        onClicked: preview.attempt.next()
                    }
                    AppButton {
                        objectName: "clearAnswer"
                        text: qsTr("Clear the answer")
                        enabled: preview.attempt.current.isAnswered
                        onClicked: preview.attempt.clearAnswer()
                    }
                }
            }
        }

        RuleExplorer {
            objectName: "ruleExplorer"
            Layout.preferredWidth: Math.min(360 * Theme.fontScale, root.width / 3)
            Layout.fillHeight: true
            visible: root.showRules && preview.hasQuiz
            explorer: preview.ruleExplorer
        }
    }
}
