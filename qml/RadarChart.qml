pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import HitReady

// Spider chart of the domain percents (solid) and self-ratings (dashed) on one scale.
Item {
    id: root

    // [{title, percent (-1: none), selfRatingPercent (-1: none)}]
    property var domains: []
    readonly property real radius: Math.min(width, height) / 2 - 40 * Theme.fontScale
    readonly property var centre: Qt.point(width / 2, height / 2)

    function pointAt(index: int, percent: real): var {
        const angle = -Math.PI / 2 + index * 2 * Math.PI / Math.max(1, root.domains.length)
        const r = root.radius * Math.max(0, percent) / 100
        return Qt.point(root.centre.x + r * Math.cos(angle), root.centre.y + r * Math.sin(angle))
    }
    function polygon(key: string): var {
        const points = []
        for (let i = 0; i < root.domains.length; ++i)
            points.push(root.pointAt(i, root.domains[i][key]))
        if (points.length > 0)
            points.push(points[0])
        return points
    }

    implicitHeight: 320 * Theme.fontScale
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Spider chart of your domain scores")

    Repeater {
        model: [25, 50, 75, 100]
        delegate: Shape {
            id: ring

            required property int modelData

            anchors.fill: parent
            ShapePath {
                strokeColor: Theme.border
                fillColor: "transparent"
                strokeWidth: 1
                PathPolyline {
                    path: {
                        const points = []
                        for (let i = 0; i <= root.domains.length; ++i)
                            points.push(root.pointAt(i % Math.max(1, root.domains.length), ring.modelData))
                        return points
                    }
                }
            }
        }
    }
    Shape {
        anchors.fill: parent
        ShapePath {
            strokeColor: Theme.accent
            strokeWidth: 3
            fillColor: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.2)
            PathPolyline {
                path: root.polygon("percent")
            }
        }
        ShapePath {
            strokeColor: Theme.flagged
            strokeWidth: 2
            strokeStyle: ShapePath.DashLine
            fillColor: "transparent"
            PathPolyline {
                path: root.domains.every((d) => d.selfRatingPercent >= 0) ? root.polygon("selfRatingPercent") : []
            }
        }
    }
    Repeater {
        model: root.domains
        delegate: BodyText {
            required property int index
            required property var modelData
            readonly property var at: root.pointAt(index, 118)

            width: 140 * Theme.fontScale
            x: Math.max(0, Math.min(root.width - width, at.x - width / 2))
            y: Math.max(0, Math.min(root.height - height, at.y - height / 2))
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.smallSize
            text: modelData.title
        }
    }
}
