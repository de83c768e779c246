pragma Singleton
import QtQuick

// Colours, spacing and type for every view; one place to change the look.
QtObject {
    // 1.0 = 100%; the learner's font-size setting scales every text size.
    property real fontScale: 1.0

    readonly property color background: "#f6f7f9"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1d232b"        // 15.6:1 on surface
    readonly property color mutedText: "#4a5563"   // 7.6:1 on surface
    readonly property color accent: "#1f5f99"      // 6.9:1 on surface
    readonly property color border: "#c9d0d8"
    readonly property color problem: "#a4262c"     // 6.5:1 on surface

    readonly property int spacing: 12
    readonly property int margin: 24
    readonly property int radius: 8

    readonly property real bodySize: 15 * fontScale
    readonly property real smallSize: 13 * fontScale
    readonly property real headingSize: 20 * fontScale
    readonly property real titleSize: 26 * fontScale
}
