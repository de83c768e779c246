pragma Singleton
import QtQuick
import HitReady

// The design system every view uses: colour tokens, a type scale and a spacing scale; one
// place to change the look. Every pair of colours the views draw one on the other is listed
// in `contrastPairs` with the WCAG AA ratio it needs, and tst_contrast checks each in both
// themes; the screenshot tests measure every text against what is drawn behind it
// (tests/layoutcheck.cpp).
// No property may be named on<Capital>...: QML reads such a name as a signal handler, and a
// binding to it gets no colour (black), as `onAccent` did.
QtObject {
    // The learner's settings, kept between runs: text size 1.0-2.0 (100-200%) and the
    // high-contrast theme.
    readonly property real fontScale: DisplaySettings.textScale
    readonly property bool highContrast: DisplaySettings.highContrast

    // ---- colour tokens -----------------------------------------------------------------
    readonly property color background: highContrast ? "#000000" : "#f6f7f9"
    readonly property color surface: highContrast ? "#000000" : "#ffffff"
    readonly property color text: highContrast ? "#ffffff" : "#1d232b"
    readonly property color mutedText: highContrast ? "#ffffff" : "#4a5563"
    readonly property color accent: highContrast ? "#ffff00" : "#1f5f99"
    readonly property color accentText: highContrast ? "#000000" : "#ffffff" // on accent
    readonly property color border: highContrast ? "#ffffff" : "#7a8591"
    readonly property color selected: highContrast ? "#333300" : "#e3eef8"
    // The empty part of a bar (a score, a progress).
    readonly property color track: highContrast ? "#262626" : "#e8ebef"
    readonly property color good: highContrast ? "#00ff66" : "#1d6b36"
    readonly property color problem: highContrast ? "#ff8080" : "#a4262c"
    readonly property color flagged: highContrast ? "#ffb000" : "#8a4b00"
    // The focus ring; it stands out from every fill a control can have.
    readonly property color focus: highContrast ? "#00ffff" : "#0b57d0"
    // One accent per domain, in the quiz's order (domainAccent() repeats them past four).
    // Charts never say anything by colour alone: each bar carries its title and number.
    readonly property var domainAccents: highContrast
        ? ["#8fd3ff", "#ffb3ff", "#b0f0a0", "#ffc080"]
        : ["#1f5f99", "#6b3fa0", "#00695c", "#a3470d"]

    function domainAccent(index: int): color {
        return domainAccents[Math.max(0, index) % domainAccents.length]
    }

    // [foreground, background, ratio needed]: text 4.5:1, graphics and borders 3:1 (WCAG 2.1
    // 1.4.3, 1.4.11). tst_contrast checks every pair in both themes, and that every colour
    // token above is in one.
    readonly property var contrastPairs: [
        ["text", "background", 4.5], ["text", "surface", 4.5], ["text", "selected", 4.5],
        ["text", "track", 4.5],
        ["mutedText", "background", 4.5], ["mutedText", "surface", 4.5],
        ["mutedText", "selected", 4.5],
        ["accent", "background", 4.5], ["accent", "surface", 4.5], ["accent", "track", 3],
        ["accentText", "accent", 4.5],
        ["border", "background", 3], ["border", "surface", 3], ["border", "selected", 3],
        ["border", "track", 3],
        ["good", "background", 4.5], ["good", "surface", 4.5],
        ["problem", "background", 4.5], ["problem", "surface", 4.5],
        ["flagged", "background", 4.5], ["flagged", "surface", 4.5],
        ["flagged", "selected", 4.5],
        ["focus", "background", 3], ["focus", "surface", 3], ["focus", "selected", 3],
        ["domainAccents", "background", 4.5], ["domainAccents", "surface", 4.5],
        ["domainAccents", "track", 3]
    ]

    // ---- spacing scale (px; layout, so they do not follow the text size) ----------------
    readonly property int spacingTight: 4
    readonly property int spacingSmall: 8
    readonly property int spacing: 12
    readonly property int spacingLarge: 16
    readonly property int margin: 24
    readonly property int radius: 8
    readonly property int smallRadius: 4
    readonly property int focusWidth: 3
    readonly property int focusGap: 2 // the band between a focus ring and a control's fill

    // A small window or large text: compact header and navigation, narrow page margins.
    function isCompact(width: real, height: real): bool {
        return width < 760 * fontScale || height < 560 * fontScale
    }
    function pageMargin(width: real): int {
        return width < 760 * fontScale ? spacingSmall : margin
    }

    // ---- type scale (px at 100%; every size follows the learner's text size) ------------
    readonly property real captionSize: 12 * fontScale
    readonly property real smallSize: 13 * fontScale
    readonly property real bodySize: 15 * fontScale
    readonly property real subheadingSize: 17 * fontScale
    readonly property real headingSize: 20 * fontScale
    readonly property real titleSize: 26 * fontScale
    readonly property real displaySize: 34 * fontScale // the one number a page leads with
    // An icon glyph on a button.
    readonly property real iconSize: 18 * fontScale
}
