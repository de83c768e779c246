#include "layoutcheck.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>
#include <cmath>
#include <functional>

namespace hitready::test {

namespace {

bool isText(const QQuickItem *item)
{
    return item->inherits("QQuickText") || item->inherits("QQuickTextEdit") ||
           item->inherits("QQuickTextInput");
}

// Inside a Flickable that scrolls sideways (or clips), running past the window is fine.
bool scrollsSideways(const QQuickItem *item)
{
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem())
        if (p->inherits("QQuickFlickable") && p->property("contentWidth").toReal() > p->width() + 1)
            return true;
    return false;
}

// Hidden, transparent or zero-sized anywhere up the tree: nothing shows.
bool shown(const QQuickItem *item)
{
    for (const QQuickItem *p = item; p; p = p->parentItem())
        if (!p->isVisible() || p->opacity() <= 0.01 || (p != item && p->clip() && p->height() < 1))
            return false;
    return item->width() > 0 && item->height() > 0;
}

QString describe(const QQuickItem *item)
{
    QString text = item->property("text").toString().simplified();
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    const QQuickItem *named = item;
    while (named && named->objectName().isEmpty())
        named = named->parentItem();
    return QStringLiteral("\"%1\" (%2%3)")
        .arg(text, QString::fromLatin1(item->metaObject()->className()),
             named ? QStringLiteral(" in ") + named->objectName() : QString());
}

void check(QQuickItem *item, qreal windowWidth, QStringList *out)
{
    if (!item->isVisible())
        return;
    if (isText(item) && shown(item) && !item->property("text").toString().isEmpty()) {
        const qreal width = item->width();
        const qreal contentWidth = item->property("contentWidth").toReal();
        const int wrapMode = item->property("wrapMode").toInt(); // 0: NoWrap
        const QPointF right = item->mapToScene(QPointF(std::min(width, contentWidth), 0));
        if (item->property("truncated").toBool())
            out->append(describe(item) + QStringLiteral(": elided"));
        else if (wrapMode == 0 && contentWidth > width + 1 && item->inherits("QQuickText"))
            out->append(describe(item) + QStringLiteral(": %1 px of text in a %2 px box")
                                             .arg(qRound(contentWidth))
                                             .arg(qRound(width)));
        else if ((item->inherits("QQuickText") || item->inherits("QQuickTextInput")) &&
                 item->property("contentHeight").toReal() > item->height() + 2)
            out->append(describe(item) + QStringLiteral(": %1 px of text in a %2 px high box")
                                             .arg(qRound(item->property("contentHeight").toReal()))
                                             .arg(qRound(item->height())));
        else if (right.x() > windowWidth + 1 && !scrollsSideways(item))
            out->append(describe(item) + QStringLiteral(": runs past the window's edge"));
    }
    for (QQuickItem *child : item->childItems())
        check(child, windowWidth, out);
}

// WCAG 2 relative luminance of an sRGB colour.
double luminance(QRgb c)
{
    const auto linear = [](int v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(qRed(c)) + 0.7152 * linear(qGreen(c)) + 0.0722 * linear(qBlue(c));
}

QString hex(QRgb c)
{
    return QColor(c).name();
}

// Where `item` can be seen, in scene coordinates: its box cut by every ancestor that clips.
// For a text item, boundingRect() is the laid-out text, not the (often wider) item.
QRectF visibleSceneRect(const QQuickItem *item, QRectF local)
{
    if (item->clip())
        local &= QRectF(0, 0, item->width(), item->height());
    QRectF scene = item->mapRectToScene(local);
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem())
        if (p->clip())
            scene &= p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
    return scene;
}

QRect toImage(const QRectF &scene, const QImage &image)
{
    const qreal dpr = image.devicePixelRatio();
    return QRectF(scene.topLeft() * dpr, scene.bottomRight() * dpr).toAlignedRect() & image.rect();
}

// WCAG 1.4.3 exempts "text that is part of an inactive user interface component": the label
// of a disabled button, box or field. Text in a disabled container that is not such a control
// (a quiz card that cannot be started) still informs, and is checked.
bool inDisabledControl(const QQuickItem *item)
{
    for (const QQuickItem *p = item; p; p = p->parentItem())
        if (p->inherits("QQuickAbstractButton") || p->inherits("QQuickComboBox") ||
            p->inherits("QQuickSpinBox") || p->inherits("QQuickSlider") ||
            p->inherits("QQuickTextInput") || p->inherits("QQuickTextEdit"))
            return !p->isEnabled();
    return false;
}

qreal fontPixels(const QQuickItem *item)
{
    const QFont font = item->property("font").value<QFont>();
    return font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96 / 72;
}

// WCAG "large scale" text: at least 18 pt (24 px), or 14 pt (18.66 px) bold.
bool isLargeText(const QQuickItem *item)
{
    const qreal px = fontPixels(item);
    return px >= 24 ||
           (item->property("font").value<QFont>().weight() >= QFont::Bold && px >= 18.66);
}

// While a popup (a dialog) is open, what lies behind its overlay is dimmed and out of reach:
// only the popup's own text counts. The overlay, or nullptr when no popup shows.
const QQuickItem *openOverlay(const QQuickItem *root)
{
    for (const QQuickItem *child : root->childItems()) {
        if (child->inherits("QQuickOverlay")) {
            const auto items = child->childItems();
            const bool popup = std::any_of(items.cbegin(), items.cend(), [](const QQuickItem *i) {
                return i->isVisible() && i->inherits("QQuickPopupItem");
            });
            return popup ? child : nullptr;
        }
        if (const QQuickItem *found = openOverlay(child))
            return found;
    }
    return nullptr;
}

void checkContrast(const QQuickItem *item, const QImage &image, QStringList *out)
{
    if (!item->isVisible())
        return;
    if (isText(item) && shown(item) && !item->property("text").toString().trimmed().isEmpty() &&
        !inDisabledControl(item)) {
        const QRectF laidOut = item->boundingRect();
        const QRectF seen = visibleSceneRect(item, laidOut);
        const QRect area = toImage(seen, image);
        // Scrolled out of sight, or less than a line showing (its top may hold no glyph):
        // nothing to read.
        const qreal line = std::min(laidOut.height(), 1.4 * fontPixels(item));
        if (!area.isEmpty() && seen.height() >= line - 1 && seen.width() >= 4) {
            const double needed = isLargeText(item) ? 3.0 : 4.5;
            const auto measured = measureTextContrast(image, area);
            if (measured && measured->ratio < needed)
                out->append(describe(item) +
                            QStringLiteral(": contrast %1:1 (%2 on %3), needs %4:1")
                                .arg(measured->ratio, 0, 'f', 2)
                                .arg(hex(measured->text), hex(measured->background))
                                .arg(needed));
        }
    }
    for (const QQuickItem *child : item->childItems())
        checkContrast(child, image, out);
}

// The most common colour of the pixels of `image` in `area` for which `take(x, y)` holds.
std::optional<QRgb> dominantColour(const QImage &image, const QRect &area,
                                   const std::function<bool(int, int)> &take)
{
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.rect().contains(x, y) && take(x, y))
                ++counts[image.pixel(x, y) | 0xff000000];
    if (counts.isEmpty())
        return std::nullopt;
    auto best = counts.cbegin();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > best.value())
            best = it;
    return best.key();
}

} // namespace

double contrastRatio(QRgb a, QRgb b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// What is behind a text is the colour most pixels of its laid-out box have: glyphs cover a
// minority of that box. The text's colour is the pixel that stands out most from it, since
// antialiasing blends only the glyphs' edges and leaves their cores at the colour drawn (with
// any opacity applied, as the learner sees it). The third most distant pixel is taken, not
// the first, so that a stray pixel of something else cannot pass a faint text. Contrast is
// symmetric, so a glyph that fills most of its box (a flag) measures the same.
std::optional<TextContrast> measureTextContrast(const QImage &image, const QRect &area)
{
    const QRect inside = area & image.rect();
    if (inside.isEmpty())
        return std::nullopt;
    QHash<QRgb, int> counts;
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    auto background = counts.cbegin();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > background.value())
            background = it;
    struct Shade
    {
        double ratio;
        QRgb colour;
        int count;
    };
    std::vector<Shade> shades;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        shades.push_back({contrastRatio(it.key(), background.key()), it.key(), it.value()});
    std::sort(shades.begin(), shades.end(),
              [](const Shade &a, const Shade &b) { return a.ratio > b.ratio; });
    int seen = 0;
    for (const Shade &s : shades) {
        seen += s.count;
        if (seen >= 3 || &s == &shades.back())
            return TextContrast{background.key(), s.colour, s.ratio};
    }
    return std::nullopt;
}

QStringList lowContrastTexts(QQuickItem *root, const QImage &screenshot)
{
    QStringList out;
    if (!root || screenshot.isNull())
        return out;
    const QImage image = screenshot.convertToFormat(QImage::Format_RGB32);
    const QQuickItem *overlay = openOverlay(root);
    checkContrast(overlay ? overlay : root, image, &out);
    return out;
}

// The focus ring is drawn on the edge of the focused control, Theme.focusWidth (3 px) wide.
// Its colour is the most common one in that band; it must stand out 3:1 (WCAG 1.4.11) from
// the most common colour just outside the control and from the one just inside the ring,
// so the ring reads as a ring on any page and around any fill (an answered, blue question
// chip included).
QString hiddenFocus(QQuickWindow *window, const QImage &screenshot)
{
    QQuickItem *focused = window ? window->activeFocusItem() : nullptr;
    if (!focused || !focused->activeFocusOnTab() || screenshot.isNull())
        return {};
    QQuickItem *ringed = focused;
    if (focused->inherits("QQuickItemView")) // a list shows focus on its current row
        ringed = focused->property("currentItem").value<QQuickItem *>();
    if (!ringed || !shown(ringed))
        return {};
    const qreal dpr = screenshot.devicePixelRatio();
    const QRect box = toImage(
        ringed->mapRectToScene(QRectF(0, 0, ringed->width(), ringed->height())), screenshot);
    const QRect seen = toImage(
        visibleSceneRect(ringed, QRectF(0, 0, ringed->width(), ringed->height())), screenshot);
    const int ring = qRound(3 * dpr);
    if (seen.width() < 4 * ring || seen.height() < 4 * ring)
        return {};
    // How far a pixel lies inside `box` (negative outside).
    const auto depth = [&box](int x, int y) {
        const int in = std::min({x - box.left(), box.right() - x, y - box.top(), box.bottom() - y});
        if (in >= 0)
            return in;
        const int dx = std::max({box.left() - x, x - box.right(), 0});
        const int dy = std::max({box.top() - y, y - box.bottom(), 0});
        return -std::max(dx, dy);
    };
    const auto band = [&](int from, int to) {
        return dominantColour(screenshot, seen, [&](int x, int y) {
            const int d = depth(x, y);
            return d >= from && d < to;
        });
    };
    const auto outside = [&](int x, int y) {
        const int d = depth(x, y);
        return d <= -2 && d > -2 - ring;
    };
    const auto ringColour = band(0, ring);
    const auto inner = band(ring, ring + qRound(2 * dpr));
    const auto outer = dominantColour(
        screenshot, seen.adjusted(-2 - ring, -2 - ring, 2 + ring, 2 + ring), outside);
    if (!ringColour || !inner || !outer)
        return {};
    const double in = contrastRatio(*ringColour, *inner);
    const double out = contrastRatio(*ringColour, *outer);
    if (in >= 3 && out >= 3)
        return {};
    return describe(ringed) + QStringLiteral(": focus ring %1 stands out %2:1 from %3 inside it "
                                             "and %4:1 from %5 around it, needs 3:1")
                                  .arg(hex(*ringColour))
                                  .arg(in, 0, 'f', 2)
                                  .arg(hex(*inner))
                                  .arg(out, 0, 'f', 2)
                                  .arg(hex(*outer));
}

QStringList clippedTexts(QQuickItem *root)
{
    QStringList out;
    if (root)
        check(root, root->window() ? root->window()->width() : root->width(), &out);
    return out;
}

} // namespace hitready::test
