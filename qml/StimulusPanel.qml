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

    // The table's header row, then its rows.
    readonly property var tableRows: {
        const columns = root.attempt.current.stimulusColumns
        if (columns.length === 0)
            return []
        let rows = [columns]
        const body = root.attempt.current.stimulusRows
        for (let r = 0; r < body.length; ++r)
            rows.push(body[r])
        return rows
    }
    Accessible.name: title.spoken

    ColumnLayout {
        id: content

        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing

        ShownText {
            id: title

            objectName: "stimulusTitle"
            Layout.fillWidth: true
            bold: true
            first: root.attempt.current.stimulusTitle
            second: root.attempt.current.stimulusTitleSecond
        }
        ShownText {
            objectName: "stimulusText"
            Layout.fillWidth: true
            visible: first !== ""
            first: root.attempt.current.stimulusText
            second: root.attempt.current.stimulusTextSecond
            fontFamily: "DejaVu Sans Mono"
        }
        // Equal columns; a long cell wraps and its row grows (a GridLayout would not grow it).
        Column {
            id: table

            readonly property int columnCount: Math.max(1, root.attempt.current.stimulusColumns.length)
            readonly property real columnWidth: (table.width - (table.columnCount - 1) * Theme.spacing) / table.columnCount

            Layout.fillWidth: true
            visible: root.tableRows.length > 0
            spacing: Theme.spacingTight

            Repeater {
                model: root.tableRows.length
                delegate: Row {
                    id: tableRow

                    required property int index
                    readonly property var cells: root.tableRows[tableRow.index] ?? []

                    spacing: Theme.spacing

                    // The header row carries the columns' second-language names too.
                    Repeater {
                        model: tableRow.cells.length
                        delegate: ShownText {
                            id: cell

                            required property int index

                            width: table.columnWidth
                            bold: tableRow.index === 0
                            first: tableRow.cells[cell.index] ?? ""
                            second: tableRow?.index === 0
                                    ? root.attempt.current.stimulusColumnsSecond[cell.index] ?? "" : ""
                        }
                    }
                }
            }
        }
    }
}
