import QtQuick
import HitReady

// Keeps the control with keyboard focus in view: when focus moves (Tab, arrow keys, a moved
// step) to an item inside `flickable` that is scrolled out of view, scrolls just enough to
// show it, once the layout has settled.
Item {
    id: root

    required property Flickable flickable
    // Focus given to this item is left where it is (a new question keeps its top in view).
    property Item exempt: null
    readonly property Item focused: Window.activeFocusItem

    onFocusedChanged: Qt.callLater(root.reveal)

    // Text that settles after focus moved (a second language's line, a chosen match's words, a
    // wrapped title) changes the page's height and can push the focused control out of view.
    readonly property real pageHeight: root.flickable ? root.flickable.contentHeight : 0
    readonly property real focusedHeight: root.focused ? root.focused.height : 0

    // A control that keeps focus while it moves (a step moved up, a row laid out again after a
    // language switch) changes its own or its parent's position, not the focus.
    readonly property real focusedY: root.focused ? root.focused.y : 0
    readonly property real focusedParentY: root.focused && root.focused.parent ? root.focused.parent.y : 0

    onPageHeightChanged: Qt.callLater(root.reveal)
    onFocusedHeightChanged: Qt.callLater(root.reveal)
    onFocusedYChanged: Qt.callLater(root.reveal)
    onFocusedParentYChanged: Qt.callLater(root.reveal)

    function reveal() {
        const item = root.focused
        const flick = root.flickable
        if (!item || !flick || item === root.exempt || !root.isInside(item, flick.contentItem))
            return
        root.exempt = null
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        const margin = Theme.spacing
        if (top - margin < flick.contentY)
            flick.contentY = Math.max(0, top - margin)
        else if (top + item.height + margin > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height,
                                                  top + item.height + margin - flick.height))
    }
    function isInside(item: Item, ancestor: Item): bool {
        for (let at = item; at; at = at.parent)
            if (at === ancestor)
                return true
        return false
    }
}
