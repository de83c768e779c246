#pragma once
// Finds text a learner cannot read whole: cut off by its own box (elided, or wider than the
// box it may not wrap in) or running past the window's edge outside anything that scrolls;
// text that stands out too little from what is drawn behind it (WCAG 2 AA, measured on the
// screenshot's pixels); and a keyboard focus that cannot be seen.
// Shared by the C++ app test and the QML tests.

#include <QImage>
#include <QStringList>

#include <optional>

class QQuickItem;
class QQuickWindow;

namespace hitready::test {

// One line per clipped text: its object path, the text and why.
QStringList clippedTexts(QQuickItem *root);

// WCAG 2 contrast ratio of two opaque colours: 1 (same luminance) to 21 (black on white).
double contrastRatio(QRgb a, QRgb b);

// The colours of text drawn in `area` of `image` and their contrast ratio.
struct TextContrast
{
    QRgb background = 0;
    QRgb text = 0;
    double ratio = 1;
};
// Empty when `area` holds no pixel of `image`.
std::optional<TextContrast> measureTextContrast(const QImage &image, const QRect &area);

// One line per visible text of `root`'s window whose contrast with what `screenshot` (that
// window, grabbed) shows behind it is below 4.5:1, or 3:1 for large text (>= 24 px, or bold
// and >= 18.66 px, at the current text size): the item, the text and the measured ratio.
QStringList lowContrastTexts(QQuickItem *root, const QImage &screenshot);

// Why the control with keyboard focus in `screenshot` (of `window`) shows no focus ring that
// stands out 3:1 from the colours on both sides of it; "" when it does or nothing has focus.
QString hiddenFocus(QQuickWindow *window, const QImage &screenshot);

} // namespace hitready::test
