import QtQuick
import HitReady

// The frame of an input field (text field, combo box, spin box) in the theme: a border that
// keeps 3:1 contrast in both themes, thicker and in the focus colour when focused.
Rectangle {
    property bool focused: false

    implicitWidth: 200
    implicitHeight: 40
    radius: Theme.smallRadius
    color: Theme.surface
    border.color: focused ? Theme.focus : Theme.border
    border.width: focused ? Theme.focusWidth : 1
}
