pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import HitReady

// One line per domain across attempts (oldest left), 0-100% up the side.
Item {
    id: root

    // [{domainId, title, percents: [..]}], as HistoryModel.trend gives it
    property var series: []
    readonly property var colours: [Theme.accent, Theme.flagged, Theme.good, Theme.problem, Theme.text]
    readonly property real plotLeft: 40 * Theme.fontScale
    readonly property real plotBottom: height - 8

    function pointsOf(percents: var): var {
        const points = []
        const steps = Math.max(1, percents.length - 1)
        for (let i = 0; i < percents.length; ++i)
            if (percents[i] >= 0)
                points.push(Qt.point(root.plotLeft + i * (root.width - root.plotLeft - 8) / steps,
                                     root.plotBottom - percents[i] / 100 * (root.plotBottom - 8)))
        return points
    }

    implicitHeight: 240 * Theme.fontScale
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Your domain scores across attempts")

    Repeater {
        model: [0, 50, 100]
        delegate: BodyText {
            required property int modelData

            x: 0
            y: root.plotBottom - modelData / 100 * (root.plotBottom - 8) - height / 2
            font.pixelSize: Theme.smallSize
            text: modelData + "%"
        }
    }
    Repeater {
        model: root.series
        delegate: Shape {
            id: line

            required property int index
            required property var modelData

            anchors.fill: parent
            ShapePath {
                strokeColor: root.colours[line.index % root.colours.length]
                strokeWidth: 3
                fillColor: "transparent"
                PathPolyline {
                    path: root.pointsOf(line.modelData.percents)
                }
            }
        }
    }
}
