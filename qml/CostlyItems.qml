pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HitReady

// A domain's questions that cost the most points, each with its explanation.
ColumnLayout {
    id: root

    required property string title
    required property string titleSecond
    required property var costlyItems

    spacing: Theme.spacingTight
    visible: root.costlyItems.length > 0

    ShownText {
        Layout.fillWidth: true
        bold: true
        first: root.title
        second: root.titleSecond
    }
    Repeater {
        model: root.costlyItems
        delegate: ColumnLayout {
            id: costly

            required property var modelData

            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            spacing: Theme.spacingTight / 2

            ShownText {
                objectName: "costlyPrompt"
                Layout.fillWidth: true
                first: costly.modelData.prompt
                second: costly.modelData.promptSecond
            }
            ShownText {
                objectName: "costlyExplanation"
                Layout.fillWidth: true
                pixelSize: Theme.smallSize
                color: Theme.mutedText
                first: (costly.modelData.answered ? "" : qsTr("Not answered. ")) + costly.modelData.explanation
                second: costly.modelData.explanationSecond
            }
        }
    }
}
