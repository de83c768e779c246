import QtQuick

// The keyboard focus indicator of a control, laid over its edge: a ring in Theme.focus and,
// inside it, a band in Theme.surface. The ring then stands out at least 3:1 (WCAG 1.4.11 and
// 2.4.11) from the page around the control and from whatever fills it, the accent of a primary
// button or an answered question chip included, in both themes.
Rectangle {
    anchors.fill: parent
    color: "transparent"
    border.color: Theme.focus
    border.width: Theme.focusWidth

    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.focusWidth
        radius: Math.max(0, parent.radius - Theme.focusWidth)
        color: "transparent"
        border.color: Theme.surface
        border.width: Theme.focusGap
    }
}
