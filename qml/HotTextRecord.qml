pragma ComponentBehavior: Bound
import QtQuick
import HitReady

// A hottext record exactly as the quiz writes it: one plain-text TextEdit keeps every character,
// run of spaces and line break. Each selectable part is boxed, and its number sits in a badge in
// the gap left below its line (RecordSpacing): outside the text, so that no number can be read
// as part of the data, and selecting a part moves nothing.
// A `companion` record is the same record in the second language, shown under the first in a
// quieter colour: its parts are the same span ids (boxed, numbered and shaded as in the first,
// clicking one selects that id), but Tab passes them by - the keyboard works the first record.
Rectangle {
    id: root

    // The selectable parts (AttemptItem.hotParts) of the record's text `shown`.
    required property HotTextPartModel parts
    required property string shown
    property bool companion: false
    readonly property Item firstPart: partControls.count > 0 ? partControls.itemAt(0) : null
    // [{start, length, number}] in the parts' order: where each part is in `shown`; changes
    // with the item and the language shown.
    property var spans: root.parts.extents
    // Where each part is drawn, in this item's coordinates: [{pieces: [{x, y, width, height}]
    // (one per line the part is on), badgeX, badgeY}]. Read again whenever the text is laid out.
    readonly property var places: {
        spacing.revision, record.width, record.contentHeight, record.font.pixelSize, record.text // laid out anew
        return root.placesOf(root.spans)
    }
    readonly property real badgeHeight: Math.ceil(badgeMetrics.height) + 4
    readonly property real outset: 3 // a part's box clears its first and last character

    signal toggled(spanId: string)

    // Set, not bound: a binding of TextEdit.text to `shown` did not follow it here (Qt 6.4).
    onShownChanged: record.text = root.shown
    Component.onCompleted: record.text = root.shown

    function badgeWidth(number: int): real {
        return Math.ceil(badgeMetrics.advanceWidth("✓ " + number)) + 8
    }
    function placesOf(spans: var): var {
        let result = []
        if (record.text !== root.shown) // new segments, their text not yet in the record
            return result
        let previous = null // the badge before, to keep badges on one line apart
        // Laid out in the text's order (a translation may put the parts in another order), each
        // kept at its part's row.
        const inTextOrder = spans.map((span, row) => ({ span: span, row: row }))
                                 .sort((a, b) => a.span.start - b.span.start)
        for (const entry of inTextOrder) {
            const span = entry.span
            if (span.start + span.length > record.length)
                return []
            let pieces = []
            for (let at = span.start; at < span.start + span.length; ++at) {
                const glyph = record.positionToRectangle(at)
                const next = record.positionToRectangle(at + 1)
                const right = next.y === glyph.y && next.x > glyph.x
                        ? next.x : glyph.x + metrics.advanceWidth(root.shown[at])
                const last = pieces[pieces.length - 1]
                if (last && last.y === glyph.y + record.y)
                    last.width = right + record.x - last.x
                else
                    pieces.push({ x: glyph.x + record.x, y: glyph.y + record.y,
                                  width: right - glyph.x, height: metrics.height })
            }
            const first = pieces[0]
            const width = root.badgeWidth(span.number)
            const badgeY = first.y + metrics.height + 2
            let badgeX = Math.min(first.x - root.outset, root.width - width - 2)
            if (previous && previous.y === badgeY)
                badgeX = Math.max(badgeX, previous.x + previous.width + 2)
            previous = { x: badgeX, y: badgeY, width: width }
            result[entry.row] = { pieces: pieces, badgeX: badgeX, badgeY: badgeY, badgeWidth: width }
        }
        return result
    }

    implicitHeight: record.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    FontMetrics {
        id: metrics

        font: record.font
    }
    FontMetrics {
        id: badgeMetrics

        font.pixelSize: Theme.smallSize
        font.bold: true
    }
    // Selected parts are shaded beneath the text, so that no character is covered.
    Repeater {
        model: root.parts

        delegate: Repeater {
            id: shading

            required property int index
            required property bool selected

            model: root.places[shading.index]?.pieces ?? []
            delegate: Rectangle {
                required property var modelData

                x: modelData.x - root.outset
                y: modelData.y
                width: modelData.width + 2 * root.outset
                height: modelData.height
                visible: shading.selected
                color: Theme.selected
            }
        }
    }
    TextEdit {
        id: record

        objectName: root.companion ? "hotRecordSecond" : "hotRecord"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        textFormat: TextEdit.PlainText
        readOnly: true
        selectByMouse: false
        activeFocusOnPress: false
        wrapMode: TextEdit.Wrap
        font.family: "DejaVu Sans Mono"
        font.pixelSize: Theme.bodySize
        color: root.companion ? Theme.mutedText : Theme.text
        Accessible.role: Accessible.StaticText
        Accessible.name: root.shown
    }
    RecordSpacing {
        id: spacing

        document: record.textDocument
        lineGap: root.badgeHeight + 4
    }
    // The parts' boxes, badges and controls, above the text (they draw only around it).
    Repeater {
        id: partControls

        // A toggle changes that part's data only: the parts stay (and keep focus).
        model: root.parts
        delegate: HotTextPart {
            id: part

            required property int index

            place: root.places[part.index]
                   ?? ({ pieces: [{ x: 0, y: 0, width: 0, height: 0 }], badgeX: 0, badgeY: 0, badgeWidth: 0 })
            outset: root.outset
            badgeHeight: root.badgeHeight
            companion: root.companion
            onToggled: root.toggled(part.spanId)
        }
    }
}
