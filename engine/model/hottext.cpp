#include "hottext.h"

#include <QSet>
#include <algorithm>

namespace hitready {

bool isValidSpanId(QStringView id)
{
    return !id.isEmpty() && std::all_of(id.begin(), id.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
               u == u'_' || u == u'-';
    });
}

HotTextMarkup parseHotText(QStringView marked)
{
    HotTextMarkup m;
    QSet<QString> ids;
    const auto error = [&](qsizetype offset, const QString &message) {
        m.errors.append({offset, message});
    };
    const QString form = QStringLiteral("a span is written [[id|shown text]]");
    qsizetype at = 0;
    while (at < marked.size()) {
        const qsizetype open = marked.indexOf(u"[[", at);
        if (open < 0) {
            m.shown += marked.mid(at);
            break;
        }
        m.shown += marked.mid(at, open - at);
        const qsizetype close = marked.indexOf(u"]]", open + 2);
        const qsizetype nextOpen = marked.indexOf(u"[[", open + 2);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            error(open, close < 0 ? QStringLiteral("unclosed '[[': %1").arg(form)
                                  : QStringLiteral("'[[' is not closed before the next '[[' "
                                                   "(spans do not nest): %1")
                                        .arg(form));
            const qsizetype resume = close < 0 ? marked.size() : nextOpen;
            m.shown += marked.mid(open, resume - open);
            at = resume;
            continue;
        }
        const QStringView inside = marked.mid(open + 2, close - open - 2);
        at = close + 2;
        const qsizetype bar = inside.indexOf(u'|');
        if (bar < 0) {
            const QString shown = inside.size() > 40
                                      ? inside.left(37).toString() + QStringLiteral("...")
                                      : inside.toString();
            error(open, QStringLiteral("missing '|' in '[[%1]]': %2").arg(shown, form));
            continue;
        }
        const QStringView id = inside.left(bar);
        const QStringView text = inside.mid(bar + 1);
        if (id.isEmpty())
            error(open, QStringLiteral("a span needs an id before the '|': %1").arg(form));
        else if (!isValidSpanId(id))
            error(open,
                  QStringLiteral("span id '%1' may use only letters, digits, '_' and '-'").arg(id));
        else if (text.trimmed().isEmpty())
            error(open, QStringLiteral("span '%1' has no shown text after the '|'").arg(id));
        else if (ids.contains(id.toString()))
            error(open, QStringLiteral("span id '%1' is used twice in this text").arg(id));
        else {
            ids.insert(id.toString());
            m.spans.append(HotSpan{id.toString(), text.toString(), m.shown.size(), false, {}});
        }
        m.shown += text;
    }
    return m;
}

} // namespace hitready
