pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HitReady

// The case, record or table several questions refer to, shown with each of them.
Rectangle {
    id: root

    required property AttemptController attempt

    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    Accessible.role: Accessible.Grouping

    // Every cell of the table, row after row (the grid lays them out).
    function cellsOf(rows: var): var {
        let cells = []
        for (let r = 0; r < rows.length; ++r)
            for (let c = 0; c < rows[r].length; ++c)
                cells.push(rows[r][c])
        return cells
    }
    Accessible.name: root.attempt.stimulusTitle

    ColumnLayout {
        id: content

        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing

        BodyText {
            Layout.fillWidth: true
            font.bold: true
            text: root.attempt.stimulusTitle
        }
        BodyText {
            Layout.fillWidth: true
            visible: text !== ""
            text: root.attempt.stimulusText
            textFormat: Text.PlainText
            font.family: "DejaVu Sans Mono"
        }
        GridLayout {
            Layout.fillWidth: true
            visible: root.attempt.stimulusColumns.length > 0
            columns: Math.max(1, root.attempt.stimulusColumns.length)
            columnSpacing: Theme.spacing
            rowSpacing: 4

            Repeater {
                model: root.attempt.stimulusColumns
                delegate: BodyText {
                    required property string modelData

                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    font.bold: true
                    text: modelData
                }
            }
            Repeater {
                model: root.cellsOf(root.attempt.stimulusRows)
                delegate: BodyText {
                    required property string modelData

                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: modelData
                }
            }
        }
    }
}
