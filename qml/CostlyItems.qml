pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HitReady

// A domain's questions that cost the most points, each with its explanation.
ColumnLayout {
    id: root

    required property string title
    required property var costlyItems

    spacing: 4
    visible: root.costlyItems.length > 0

    BodyText {
        Layout.fillWidth: true
        font.bold: true
        text: root.title
    }
    Repeater {
        model: root.costlyItems
        delegate: ColumnLayout {
            id: costly

            required property var modelData

            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            spacing: 2

            BodyText {
                Layout.fillWidth: true
                textFormat: Text.PlainText
                text: costly.modelData.prompt
            }
            BodyText {
                Layout.fillWidth: true
                font.pixelSize: Theme.smallSize
                color: Theme.mutedText
                textFormat: Text.PlainText
                text: (costly.modelData.answered ? "" : qsTr("Not answered. ")) + costly.modelData.explanation
            }
        }
    }
}
