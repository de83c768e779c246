#include "layoutcheck.h"

#include <QQuickItem>
#include <QQuickWindow>

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
        else if (item->inherits("QQuickText") &&
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

} // namespace

QStringList clippedTexts(QQuickItem *root)
{
    QStringList out;
    if (root)
        check(root, root->window() ? root->window()->width() : root->width(), &out);
    return out;
}

} // namespace hitready::test
