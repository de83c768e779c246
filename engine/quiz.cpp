#include "quiz.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hitready {

QString Text::in(const QString &language, const QString &fallback) const
{
    if (auto it = byLanguage.constFind(language); it != byLanguage.cend())
        return *it;
    if (auto it = byLanguage.constFind(fallback); it != byLanguage.cend())
        return *it;
    return byLanguage.isEmpty() ? QString() : byLanguage.first();
}

static const char *const itemTypeNames[] = {"single", "multiple", "truefalse", "likert"};
static const char *const kindNames[] = {"training", "certification", "experience", "course"};

QString itemTypeName(ItemType type)
{
    return QString::fromLatin1(itemTypeNames[int(type)]);
}

std::optional<ItemType> itemTypeFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(itemTypeNames)); ++i)
        if (name == QLatin1String(itemTypeNames[i]))
            return ItemType(i);
    return std::nullopt;
}

QString recommendationKindName(RecommendationKind kind)
{
    return QString::fromLatin1(kindNames[int(kind)]);
}

std::optional<RecommendationKind> recommendationKindFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kindNames)); ++i)
        if (name == QLatin1String(kindNames[i]))
            return RecommendationKind(i);
    return std::nullopt;
}

const Option *Item::option(const QString &optionId) const
{
    for (const Option &o : options)
        if (o.id == optionId)
            return &o;
    return nullptr;
}

const Domain *Quiz::domain(const QString &domainId) const
{
    for (const Domain &d : domains)
        if (d.id == domainId)
            return &d;
    return nullptr;
}

const Item *Quiz::item(const QString &itemId) const
{
    for (const Item &i : items)
        if (i.id == itemId)
            return &i;
    return nullptr;
}

std::optional<Text> levelFor(const QList<LevelBand> &bands, double percent)
{
    std::optional<Text> label;
    for (const LevelBand &band : bands)
        if (band.min <= percent)
            label = band.label;
    return label;
}

// Canonical JSON of the content; QJsonObject keeps keys sorted, so equal content gives
// equal bytes however the file was laid out.
namespace {

QJsonValue json(const Text &t)
{
    QJsonObject o;
    for (auto it = t.byLanguage.cbegin(); it != t.byLanguage.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonValue json(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonArray json(const QList<LevelBand> &bands)
{
    QJsonArray a;
    for (const LevelBand &b : bands)
        a.append(QJsonObject{{"min", b.min}, {"label", json(b.label)}});
    return a;
}

QJsonObject json(const Condition &c)
{
    QJsonArray children;
    for (const Condition &child : c.children)
        children.append(json(child));
    return {{"kind", int(c.kind)},
            {"domain", c.domain},
            {"min", json(c.min)},
            {"max", json(c.max)},
            {"children", children}};
}

QJsonObject json(const Item &item)
{
    QJsonArray options;
    for (const Option &o : item.options)
        options.append(QJsonObject{{"id", o.id},
                                   {"text", json(o.text)},
                                   {"correct", o.correct},
                                   {"feedback", json(o.feedback)}});
    QJsonArray anchors;
    for (const Text &t : item.anchors)
        anchors.append(json(t));
    return {{"id", item.id},
            {"domain", item.domain},
            {"type", itemTypeName(item.type)},
            {"prompt", json(item.prompt)},
            {"options", options},
            {"answer", item.answer},
            {"anchors", anchors},
            {"points", item.points},
            {"explanation", json(item.explanation)},
            {"source", item.source}};
}

} // namespace

QString contentHash(const Quiz &quiz)
{
    QJsonArray domains, items, recommendations;
    for (const Domain &d : quiz.domains)
        domains.append(QJsonObject{{"id", d.id},
                                   {"title", json(d.title)},
                                   {"description", json(d.description)},
                                   {"weight", d.weight},
                                   {"levels", json(d.levels)}});
    for (const Item &i : quiz.items)
        items.append(json(i));
    for (const Recommendation &r : quiz.recommendations) {
        QJsonArray links;
        for (const Link &l : r.links)
            links.append(QJsonObject{{"title", json(l.title)}, {"url", l.url}});
        recommendations.append(
            QJsonObject{{"id", r.id},
                        {"kind", recommendationKindName(r.kind)},
                        {"title", json(r.title)},
                        {"text", json(r.text)},
                        {"when", r.when ? QJsonValue(json(*r.when)) : QJsonValue()},
                        {"links", links}});
    }
    const QJsonObject root{{"format", quiz.format},
                           {"id", quiz.id},
                           {"title", json(quiz.title)},
                           {"description", json(quiz.description)},
                           {"version", quiz.version},
                           {"language", quiz.language},
                           {"mode", int(quiz.mode)},
                           {"domains", domains},
                           {"items", items},
                           {"levels", json(quiz.levels)},
                           {"recommendations", recommendations}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace hitready
