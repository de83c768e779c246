pragma Singleton
import QtQuick
import HitReady

// Colours, spacing and type for every view; one place to change the look.
// Contrast ratios are against `surface` (WCAG AA asks 4.5:1 for text, 3:1 for graphics); the
// screenshot tests measure every text against what is drawn behind it (tests/layoutcheck.cpp).
// No property may be named on<Capital>...: QML reads such a name as a signal handler, and a
// binding to it gets no colour (black), as `onAccent` did.
QtObject {
    // The learner's settings, kept between runs: text size 1.0-2.0 (100-200%) and the
    // high-contrast theme.
    readonly property real fontScale: DisplaySettings.textScale
    readonly property bool highContrast: DisplaySettings.highContrast

    readonly property color background: highContrast ? "#000000" : "#f6f7f9"
    readonly property color surface: highContrast ? "#000000" : "#ffffff"
    readonly property color text: highContrast ? "#ffffff" : "#1d232b"        // 15.6:1 / 21:1
    readonly property color mutedText: highContrast ? "#ffffff" : "#4a5563"   // 7.6:1
    readonly property color accent: highContrast ? "#ffff00" : "#1f5f99"      // 6.9:1 / 19.6:1
    readonly property color accentText: highContrast ? "#000000" : "#ffffff"  // 6.7:1 / 19.6:1 on accent
    readonly property color border: highContrast ? "#ffffff" : "#8a96a3"      // 3.1:1
    readonly property color selected: highContrast ? "#333300" : "#e3eef8"
    readonly property color good: highContrast ? "#00ff66" : "#1d6b36"        // 6.6:1
    readonly property color problem: highContrast ? "#ff8080" : "#a4262c"     // 6.5:1
    readonly property color flagged: highContrast ? "#ffb000" : "#8a4b00"     // 6.9:1
    // The focus ring: 6.4:1 on surface, 6.0:1 on background, 5.4:1 on selected / 16.7:1 on black.
    readonly property color focus: highContrast ? "#00ffff" : "#0b57d0"

    readonly property int spacing: 12
    readonly property int margin: 24
    readonly property int radius: 8
    readonly property int focusWidth: 3
    readonly property int focusGap: 2 // the band between a focus ring and a control's fill

    readonly property real bodySize: 15 * fontScale
    readonly property real smallSize: 13 * fontScale
    readonly property real headingSize: 20 * fontScale
    readonly property real titleSize: 26 * fontScale
}
