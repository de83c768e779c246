// The QTI interactions HIT Ready has items for, each read with its response declaration: what
// the scoring cannot keep is a warning at the interaction's line.

#include "qtiimport.h"

#include "hottext.h"
#include "importnames.h"

#include <QLocale>
#include <QSet>
#include <cmath>

namespace hitready::interchange {

std::optional<double> QtiItemReader::mapped(const QString &key) const
{
    for (const auto &[k, v] : m_mapping)
        if (k == key)
            return v;
    return std::nullopt;
}

bool QtiItemReader::choice(const XmlElement &interaction, Item &item)
{
    const QList<const XmlElement *> choices = interaction.all(u"qti-simple-choice");
    item.keepOptionOrder = interaction.attribute("shuffle") != QLatin1String("true");
    QStringList ids;
    for (const XmlElement *c : choices)
        ids << c->attribute("identifier");
    const bool single = m_cardinality == QLatin1String("single");
    if (single && ids == QStringList{QStringLiteral("true"), QStringLiteral("false")} &&
        m_correct.size() == 1) {
        item.type = ItemType::TrueFalse;
        item.answer = m_correct.first() == QLatin1String("true");
        item.keepOptionOrder = false;
        return true;
    }
    if (choices.size() < 2) {
        warn(interaction, QStringLiteral("a choice with fewer than two options is not imported"));
        return false;
    }
    item.type = single ? ItemType::Single : ItemType::Multiple;
    int right = 0;
    for (const XmlElement *c : choices) {
        Option o;
        o.id = c->attribute("identifier");
        o.text = Text::plain(m_language, c->plainText());
        o.correct = m_correct.isEmpty() ? mapped(o.id).value_or(0) > 0 : m_correct.contains(o.id);
        right += o.correct;
        item.options.append(o);
    }
    if (right == 0) {
        warn(interaction, QStringLiteral("no choice is right: not imported"));
        return false;
    }
    if (single && right > 1) {
        item.type = ItemType::Multiple;
        warn(interaction, QStringLiteral("%1 choices are right in a one-answer choice: imported "
                                         "as a multiple choice")
                              .arg(right));
    }
    if (item.type == ItemType::Multiple && !m_mapping.isEmpty()) {
        const double share = item.points / right;
        for (const Option &o : std::as_const(item.options)) {
            const double value = mapped(o.id).value_or(0);
            if (std::abs(value - (o.correct ? share : -share)) > 1e-6)
                warn(interaction,
                     QStringLiteral("the score %1 of choice '%2' becomes %3: each right option "
                                    "earns an equal share, each wrong one chosen takes one away")
                         .arg(value)
                         .arg(o.id)
                         .arg(o.correct ? share : -share));
        }
    }
    return true;
}

bool QtiItemReader::order(const XmlElement &interaction, Item &item)
{
    item.type = ItemType::Ordering;
    QHash<QString, Entry> byId;
    for (const XmlElement *c : interaction.all(u"qti-simple-choice"))
        byId.insert(c->attribute("identifier"),
                    {c->attribute("identifier"), Text::plain(m_language, c->plainText()), {}});
    for (const QString &id : std::as_const(m_correct))
        if (byId.contains(id))
            item.steps.append(byId.take(id));
    if (!byId.isEmpty()) {
        warn(interaction, QStringLiteral("the correct order does not name every step once: not "
                                         "imported"));
        return false;
    }
    if (item.steps.size() < 3 || item.steps.size() > 8) {
        warn(interaction, QStringLiteral("an order of %1 steps is not imported: HIT Ready orders "
                                         "3 to 8")
                              .arg(item.steps.size()));
        return false;
    }
    if (item.steps.size() > 2)
        warn(interaction, QStringLiteral("QTI scores the order all or nothing: HIT Ready gives "
                                         "credit for each right neighbour"));
    return true;
}

bool QtiItemReader::match(const XmlElement &interaction, Item &item)
{
    item.type = ItemType::Matching;
    item.keepOptionOrder = interaction.attribute("shuffle") != QLatin1String("true");
    const QList<const XmlElement *> sets = interaction.all(u"qti-simple-match-set");
    if (sets.size() != 2) {
        warn(interaction, QStringLiteral("an association without two match sets is not "
                                         "imported"));
        return false;
    }
    for (int s = 0; s < 2; ++s)
        for (const XmlElement *c : sets.at(s)->all(u"qti-simple-associable-choice"))
            (s == 0 ? item.left : item.right)
                .append({c->attribute("identifier"), Text::plain(m_language, c->plainText()), {}});
    for (const QString &pair : std::as_const(m_correct)) {
        const QStringList ids = pair.split(u' ', Qt::SkipEmptyParts);
        for (Entry &left : item.left)
            if (ids.size() == 2 && left.id == ids.at(0) && item.rightEntry(ids.at(1)))
                left.match = ids.at(1);
    }
    for (const Entry &left : std::as_const(item.left))
        if (left.match.isEmpty()) {
            warn(interaction, QStringLiteral("'%1' has no right match: not imported").arg(left.id));
            return false;
        }
    if (item.left.size() < 2 || item.left.size() > 10) {
        warn(interaction, QStringLiteral("a matching with %1 pairs is not imported: HIT Ready "
                                         "takes 2 to 10")
                              .arg(item.left.size()));
        return false;
    }
    return true;
}

bool QtiItemReader::textEntry(const XmlElement &interaction, Item &item)
{
    if (m_baseType == QLatin1String("float") || m_baseType == QLatin1String("integer")) {
        item.type = ItemType::Numeric;
        bool ok = false;
        item.numeric.answer =
            QLocale::c().toDouble(m_correct.isEmpty() ? QString() : m_correct.first(), &ok);
        if (!ok || !std::isfinite(item.numeric.answer)) {
            warn(interaction, QStringLiteral("a numeric entry without a correct number is not "
                                             "imported"));
            return false;
        }
        // The tolerance of a <qti-equal> in the response processing.
        QList<const XmlElement *> pending = {&m_root};
        while (!pending.isEmpty()) {
            const XmlElement *e = pending.takeLast();
            if (e->name == QLatin1String("qti-equal")) {
                const QStringList t = e->attribute("tolerance").split(u' ', Qt::SkipEmptyParts);
                const double tolerance = t.isEmpty() ? 0 : QLocale::c().toDouble(t.first());
                item.numeric.tolerance = std::isfinite(tolerance) ? std::abs(tolerance) : 0;
                item.numeric.percent = e->attribute("tolerance-mode") == QLatin1String("relative");
            }
            for (const XmlElement &c : e->children)
                pending.append(&c);
        }
        if (m_afterEntry.size() <= 20)
            item.numeric.unit = m_afterEntry;
        return true;
    }
    item.type = ItemType::Text;
    item.textKey.caseSensitive = m_caseSensitive;
    QSet<QString> seen;
    for (const auto &[key, value] : std::as_const(m_mapping)) {
        if (value <= 0 || seen.contains(key))
            continue;
        seen.insert(key);
        if (std::abs(value - item.points) > 1e-6)
            warn(interaction, QStringLiteral("the answer '%1' (%2 points) becomes fully right: a "
                                             "typed answer is right or wrong")
                                  .arg(key)
                                  .arg(value));
        if (!key.trimmed().isEmpty() && key.size() <= maxTextAnswerLength)
            item.textKey.accept.append(key);
    }
    if (m_mapping.isEmpty())
        for (const QString &v : std::as_const(m_correct))
            if (!v.trimmed().isEmpty() && v.size() <= maxTextAnswerLength)
                item.textKey.accept.append(v);
    if (item.textKey.accept.isEmpty()) {
        warn(interaction, QStringLiteral("a text entry without an accepted answer is not "
                                         "imported"));
        return false;
    }
    return true;
}

namespace {

// The hottext interaction's text with each <qti-hottext> as a [[id|text]] marker, span ids in
// [A-Za-z0-9_-] and unique; `ids` maps the QTI identifiers to them.
void markText(const XmlElement &e, QString &out, UniqueIds &taken, QHash<QString, QString> &ids)
{
    for (const XmlElement &c : e.children) {
        if (c.name.isEmpty()) {
            out += QString(c.text).replace(QLatin1String("[["), QLatin1String("[ ["));
        } else if (c.name == QLatin1String("br")) {
            out += u'\n';
        } else if (c.name == QLatin1String("qti-hottext")) {
            QString wanted = slug(c.attribute("identifier"));
            const QString id = taken.take(wanted.isEmpty() ? QStringLiteral("s") : wanted);
            ids.insert(c.attribute("identifier"), id);
            QString shown = c.plainText();
            shown.replace(u'|', u'/').replace(u']', u')').replace(u'[', u'(');
            out += QStringLiteral("[[%1|%2]]").arg(id, shown);
        } else if (c.name != QLatin1String("qti-prompt")) {
            const bool block = c.name == QLatin1String("p") || c.name == QLatin1String("div");
            if (block && !out.isEmpty() && !out.endsWith(u'\n'))
                out += u'\n';
            markText(c, out, taken, ids);
        }
    }
}

} // namespace

bool QtiItemReader::hottext(const XmlElement &interaction, Item &item)
{
    item.type = ItemType::HotText;
    QString marked;
    UniqueIds taken;
    QHash<QString, QString> ids;
    markText(interaction, marked, taken, ids);
    marked = marked.trimmed();
    const HotTextMarkup markup = parseHotText(marked);
    if (!markup.errors.isEmpty() || markup.spans.isEmpty()) {
        warn(interaction, QStringLiteral("a hottext without spans HIT Ready can mark is not "
                                         "imported%1")
                              .arg(markup.errors.isEmpty()
                                       ? QString()
                                       : QStringLiteral(": ") + markup.errors.first().message));
        return false;
    }
    item.hotText = Text::plain(m_language, marked);
    item.spans = markup.spans;
    int right = 0;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        for (HotSpan &span : item.spans)
            if (span.id == it.value()) {
                span.correct = m_correct.isEmpty() ? mapped(it.key()).value_or(0) > 0
                                                   : m_correct.contains(it.key());
                right += span.correct;
            }
    if (right == 0) {
        warn(interaction, QStringLiteral("no hottext span is right: not imported"));
        return false;
    }
    return true;
}

} // namespace hitready::interchange
