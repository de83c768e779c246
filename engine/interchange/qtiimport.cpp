// One QTI 3.0 item file (<qti-assessment-item>) read into an item: choice (single or multiple),
// order, match, text entry (text or numeric); true/false when the choices are 'true' and
// 'false'. Extended text, hottext and other interactions are reported, not imported.

#include "qtiimport.h"

#include "importnames.h"

#include <QLocale>
#include <cmath>

namespace hitready::interchange {

namespace {

const QStringList interactionNames = {
    QStringLiteral("qti-choice-interaction"),       QStringLiteral("qti-order-interaction"),
    QStringLiteral("qti-match-interaction"),        QStringLiteral("qti-associate-interaction"),
    QStringLiteral("qti-text-entry-interaction"),   QStringLiteral("qti-extended-text-interaction"),
    QStringLiteral("qti-hottext-interaction"),      QStringLiteral("qti-inline-choice-interaction"),
    QStringLiteral("qti-gap-match-interaction"),    QStringLiteral("qti-hotspot-interaction"),
    QStringLiteral("qti-slider-interaction"),       QStringLiteral("qti-upload-interaction"),
    QStringLiteral("qti-graphic-order-interaction")};

double toNumber(const QString &text, bool *ok = nullptr)
{
    return QLocale::c().toDouble(text.trimmed(), ok);
}

// The interactions of the body, depth first, and the body's text without them.
void findInteractions(const XmlElement &e, QList<const XmlElement *> &found)
{
    for (const XmlElement &c : e.children) {
        if (interactionNames.contains(c.name))
            found.append(&c);
        else
            findInteractions(c, found);
    }
}

// `e` without its interactions (their prompts kept), as plain text.
XmlElement withoutInteractions(const XmlElement &e)
{
    XmlElement out = e;
    out.children.clear();
    for (const XmlElement &c : e.children) {
        if (c.name == QLatin1String("qti-text-entry-interaction"))
            out.children.append({QString(), QStringLiteral(" _____ "), {}, {}, 0, 0});
        else if (interactionNames.contains(c.name)) {
            if (const XmlElement *prompt = c.child(u"qti-prompt"))
                out.children.append(*prompt);
        } else
            out.children.append(withoutInteractions(c));
    }
    return out;
}

// Option, step and entry ids as the quiz format takes them ([A-Za-z0-9_.-], unique in their
// list), matches following their right entries.
void normaliseIds(Item &item)
{
    const auto rename = [](auto &list, QHash<QString, QString> *renamed) {
        UniqueIds ids;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString wanted = itemSlug(list[i].id);
            const QString id = ids.take(wanted.isEmpty() ? optionId(i) : wanted);
            if (renamed)
                renamed->insert(list[i].id, id);
            list[i].id = id;
        }
    };
    QHash<QString, QString> right;
    rename(item.options, nullptr);
    rename(item.steps, nullptr);
    rename(item.right, &right);
    rename(item.left, nullptr);
    for (Entry &left : item.left)
        left.match = right.value(left.match);
}

} // namespace

QtiItemReader::QtiItemReader(const XmlElement &root, const QString &fileName,
                             const QString &language)
    : m_root(root), m_fileName(fileName), m_language(language)
{}

void QtiItemReader::warn(const XmlElement &at, const QString &message)
{
    warnings.append({m_fileName, at.line, at.column, message});
}

std::optional<Item> QtiItemReader::run()
{
    Item item;
    item.id = m_root.attribute("identifier");
    const XmlElement *body = m_root.child(u"qti-item-body");
    if (!body) {
        warn(m_root, QStringLiteral("the item has no <qti-item-body>: not imported"));
        return std::nullopt;
    }
    QList<const XmlElement *> interactions;
    findInteractions(*body, interactions);
    if (interactions.size() != 1) {
        warn(*body, QStringLiteral("the item has %1 interactions: HIT Ready items have one, not "
                                   "imported")
                        .arg(interactions.size()));
        return std::nullopt;
    }
    const XmlElement &interaction = *interactions.first();
    const QString responseId = interaction.attribute("response-identifier");
    const XmlElement *declaration = nullptr;
    for (const XmlElement *d : m_root.all(u"qti-response-declaration"))
        if (d->attribute("identifier") == responseId)
            declaration = d;
    if (!declaration) {
        warn(interaction,
             QStringLiteral("no response declaration for '%1': not imported").arg(responseId));
        return std::nullopt;
    }
    m_cardinality = declaration->attribute("cardinality");
    m_baseType = declaration->attribute("base-type");
    if (const XmlElement *correct = declaration->child(u"qti-correct-response"))
        for (const XmlElement *v : correct->all(u"qti-value"))
            m_correct << v->plainText();
    if (const XmlElement *mapping = declaration->child(u"qti-mapping")) {
        for (const XmlElement *entry : mapping->all(u"qti-map-entry")) {
            m_mapping.append(
                {entry->attribute("map-key"), toNumber(entry->attribute("mapped-value"))});
            if (entry->attribute("case-sensitive") != QLatin1String("false"))
                m_caseSensitive = true;
        }
    }
    item.points = 1;
    for (const XmlElement *o : m_root.all(u"qti-outcome-declaration"))
        if (o->attribute("identifier") == QLatin1String("MAXSCORE"))
            if (const XmlElement *d = o->child(u"qti-default-value"))
                if (const XmlElement *v = d->child(u"qti-value")) {
                    bool ok = false;
                    const double points = toNumber(v->plainText(), &ok);
                    if (ok && points > 0 && std::isfinite(points))
                        item.points = points;
                }
    // The prompt: the body's text (a text entry's place as '_____' when text follows it).
    QString prompt = withoutInteractions(*body).plainText();
    if (interaction.name == QLatin1String("qti-text-entry-interaction")) {
        const qsizetype at = prompt.lastIndexOf(QLatin1String("_____"));
        m_afterEntry = prompt.mid(at + 5).trimmed();
        prompt = prompt.left(at).trimmed();
        if (m_baseType == QLatin1String("string") && !m_afterEntry.isEmpty())
            prompt += QLatin1String(" _____ ") + m_afterEntry;
    }
    item.prompt = Text::plain(m_language, prompt);
    for (const XmlElement *feedback : m_root.all(u"qti-modal-feedback")) {
        const QString text = feedback->plainText();
        if (!text.isEmpty() && item.explanation.isEmpty())
            item.explanation = Text::plain(m_language, text);
    }
    const QString &kind = interaction.name;
    bool ok = false;
    if (kind == QLatin1String("qti-choice-interaction"))
        ok = choice(interaction, item);
    else if (kind == QLatin1String("qti-order-interaction"))
        ok = order(interaction, item);
    else if (kind == QLatin1String("qti-match-interaction") ||
             kind == QLatin1String("qti-associate-interaction"))
        ok = match(interaction, item);
    else if (kind == QLatin1String("qti-text-entry-interaction"))
        ok = textEntry(interaction, item);
    else if (kind == QLatin1String("qti-hottext-interaction"))
        ok = hottext(interaction, item);
    else if (kind == QLatin1String("qti-extended-text-interaction"))
        warn(interaction, QStringLiteral("extended text (an essay) is not imported: it is not "
                                         "scored automatically"));
    else
        warn(interaction,
             QStringLiteral("<%1> is not imported: HIT Ready has no such item yet").arg(kind));
    if (!ok)
        return std::nullopt;
    normaliseIds(item);
    return item;
}

} // namespace hitready::interchange
