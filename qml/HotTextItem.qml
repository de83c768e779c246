import QtQuick
import QtQuick.Layouts
import HitReady

// The answer area of a HotText item: a record in which numbered parts can be selected. Click a
// boxed part, or reach it with Tab and press Space (digit keys 1-9 toggle parts 1-9 too).
AnswerArea {
    id: root

    firstControl: record.firstPart

    BodyText {
        Layout.fillWidth: true
        color: Theme.mutedText
        //: The record's parts are boxed; each box has a small numbered badge below it.
        text: qsTr("Select the parts that are wrong: click a boxed part, or reach it with Tab and press Space. The small number under a box only names the part; it is not in the record. A selected part is shaded and its number shows a ✓.")
    }
    HotTextRecord {
        id: record

        Layout.fillWidth: true
        parts: root.attempt.current.hotParts
        shown: root.attempt.current.hotText
        onToggled: (spanId) => root.attempt.toggleSpan(spanId)
    }
    // The same record in the second language, exactly as its translation writes it, with the
    // same parts numbered and selected as above.
    HotTextRecord {
        Layout.fillWidth: true
        visible: root.attempt.current.hotTextSecond !== ""
                 && root.attempt.current.hotParts.secondExtents.length === root.attempt.current.hotParts.count
        companion: true
        parts: root.attempt.current.hotParts
        shown: visible ? root.attempt.current.hotTextSecond : ""
        spans: visible ? root.attempt.current.hotParts.secondExtents : []
        onToggled: (spanId) => root.attempt.toggleSpan(spanId)
    }
}
