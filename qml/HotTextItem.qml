pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HitReady

// The answer area of a HotText item: a record in which numbered parts can be selected. Click
// a part in the text, or use its button below (digit keys 1-9 toggle parts 1-9).
AnswerArea {
    id: root

    firstControl: spans.count > 0 ? spans.itemAt(0) : null

    function spansOf(segments: var): var {
        let list = []
        for (let i = 0; i < segments.length; ++i)
            if (segments[i].spanId !== "")
                list.push(segments[i])
        return list
    }
    function spokenText(segments: var): string {
        let text = ""
        for (let i = 0; i < segments.length; ++i)
            text += segments[i].text
        return text
    }
    function escaped(text: string): string {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
                   .replace(/ {2}/g, "&nbsp; ").replace(/\n/g, "<br>")
    }
    readonly property var parts: root.spansOf(root.attempt.hotSegments)
    readonly property string markup: {
        let html = ""
        for (const segment of root.attempt.hotSegments) {
            if (segment.spanId === "") {
                html += root.escaped(segment.text)
                continue
            }
            const shown = root.escaped(segment.text) + "<sup>" + segment.number + "</sup>"
            html += "<a href=\"" + segment.spanId + "\">"
                    + (segment.selected ? "<b><u>" + shown + " ✓</u></b>" : shown) + "</a>"
        }
        return html
    }

    BodyText {
        Layout.fillWidth: true
        color: Theme.mutedText
        text: qsTr("Select the parts that are wrong. Selected parts are bold and underlined with a ✓.")
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: record.implicitHeight + 2 * Theme.spacing
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius

        Text {
            id: record

            anchors.fill: parent
            anchors.margins: Theme.spacing
            text: root.markup
            textFormat: Text.StyledText
            wrapMode: Text.Wrap
            font.family: "DejaVu Sans Mono"
            font.pixelSize: Theme.bodySize
            color: Theme.text
            linkColor: Theme.accent
            Accessible.role: Accessible.StaticText
            Accessible.name: root.spokenText(root.attempt.hotSegments)
            onLinkActivated: (link) => root.attempt.toggleSpan(link)
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        Repeater {
            id: spans

            // A count, not the list: a toggle changes the buttons' data, they stay (and keep focus).
            model: root.parts.length
            delegate: AppButton {
                id: span

                required property int index
                readonly property var modelData: root.parts[span.index] ?? ({ spanId: "", text: "", number: 0, selected: false })

                objectName: "span" + span.modelData.number
                width: Math.min(implicitWidth, root.width)
                checkable: true
                checked: span.modelData.selected
                primary: checked
                text: span.modelData.number + ". " + span.modelData.text + (checked ? " ✓" : "")
                Accessible.role: Accessible.CheckBox
                Accessible.checkable: true
                Accessible.checked: checked
                //: %1 = part number, %2 = the text of that part
                Accessible.name: qsTr("Part %1: %2").arg(span.modelData.number).arg(span.modelData.text)
                onClicked: root.attempt.toggleSpan(span.modelData.spanId)
            }
        }
    }
}
