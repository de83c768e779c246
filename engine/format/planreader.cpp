#include "quizreader.h"

namespace hitready::detail {

namespace {

class ConditionReader
{
public:
    ConditionReader(NodeReader &reader, const QSet<QString> &domains)
        : m_reader(reader), m_domains(domains)
    {}

    std::optional<Condition> read(const YamlNode &node)
    {
        if (!m_reader.expectMap(node, QStringLiteral("a condition")))
            return std::nullopt;
        if (node.value(u"all"))
            return list(node, Condition::Kind::All, "all");
        if (node.value(u"any"))
            return list(node, Condition::Kind::Any, "any");
        if (const YamlNode *overall = node.value(u"overall")) {
            m_reader.checkKeys(node, QStringLiteral("an overall condition"), {"overall"}, {});
            Condition c{Condition::Kind::Overall, {}, {}, {}, {}};
            if (m_reader.expectMap(*overall, QStringLiteral("'overall'"))) {
                m_reader.checkKeys(*overall, QStringLiteral("'overall'"), {}, {"min", "max"});
                bounds(*overall, c, 100);
            }
            return c;
        }
        if (node.value(u"domain"))
            return domainBound(node, Condition::Kind::DomainPercent, u"domain", 100);
        if (node.value(u"self_rating"))
            return domainBound(node, Condition::Kind::SelfRating, u"self_rating", 5);
        m_reader.problem(node,
                         QStringLiteral("a condition needs one of the keys all, any, overall, "
                                        "domain or self_rating"));
        return std::nullopt;
    }

private:
    std::optional<Condition> list(const YamlNode &node, Condition::Kind kind, const char *key)
    {
        const QString name = QString::fromLatin1(key);
        m_reader.checkKeys(node, QStringLiteral("an '%1' condition").arg(name), {key}, {});
        Condition c{kind, {}, {}, {}, {}};
        if (const YamlNode *children = m_reader.sequence(node, name)) {
            for (const auto &child : children->elements())
                if (auto parsed = read(*child))
                    c.children.append(*parsed);
            if (children->elements().empty())
                m_reader.problem(*children,
                                 QStringLiteral("'%1' must list at least one condition").arg(name));
        }
        return c;
    }

    Condition domainBound(const YamlNode &node, Condition::Kind kind, QStringView key, double top)
    {
        const QString what = kind == Condition::Kind::SelfRating
                                 ? QStringLiteral("a self_rating condition")
                                 : QStringLiteral("a domain condition");
        m_reader.checkKeys(node, what, {key == u"domain" ? "domain" : "self_rating"},
                           {"min", "max"});
        Condition c{kind, {}, {}, {}, {}};
        c.domain = m_reader.string(node, key).value_or(QString());
        if (!c.domain.isEmpty() && !m_domains.contains(c.domain))
            m_reader.problem(*node.value(key),
                             QStringLiteral("condition names unknown domain '%1'").arg(c.domain));
        bounds(node, c, top);
        return c;
    }

    void bounds(const YamlNode &node, Condition &c, double top)
    {
        c.min = m_reader.number(node, u"min");
        c.max = m_reader.number(node, u"max");
        if (!node.value(u"min") && !node.value(u"max"))
            m_reader.problem(node, QStringLiteral("a condition needs 'min', 'max' or both"));
        for (const auto &[key, value] :
             {std::pair(QStringView(u"min"), c.min), std::pair(QStringView(u"max"), c.max)})
            if (value && (*value < 0 || *value > top))
                m_reader.problem(*node.value(key),
                                 QStringLiteral("'%1' must be from 0 to %2, not %3")
                                     .arg(key)
                                     .arg(top)
                                     .arg(*value));
        if (c.min && c.max && *c.min > *c.max)
            m_reader.problem(*node.value(u"max"), QStringLiteral("'max' %1 is below 'min' %2: "
                                                                 "nobody can match this condition")
                                                      .arg(*c.max)
                                                      .arg(*c.min));
    }

    NodeReader &m_reader;
    const QSet<QString> &m_domains;
};

QList<Link> readLinks(NodeReader &reader, const YamlNode &node)
{
    QList<Link> links;
    const YamlNode *list = reader.sequence(node, u"links");
    if (!list)
        return links;
    for (const auto &element : list->elements()) {
        if (!reader.expectMap(*element, QStringLiteral("a link")))
            continue;
        reader.checkKeys(*element, QStringLiteral("a link"), {"title", "url"}, {});
        Link link{reader.text(*element, u"title"),
                  reader.string(*element, u"url").value_or(QString())};
        if (!link.url.isEmpty() && !link.url.startsWith(QLatin1String("https://")) &&
            !link.url.startsWith(QLatin1String("http://")))
            reader.problem(*element->value(u"url"),
                           QStringLiteral("a link must start with https:// or http://"));
        links.append(link);
    }
    return links;
}

} // namespace

QList<Recommendation> readRecommendations(NodeReader &reader, const YamlNode &list,
                                          const QSet<QString> &domains)
{
    QList<Recommendation> recommendations;
    QSet<QString> seen;
    ConditionReader conditions(reader, domains);
    for (const auto &node : list.elements()) {
        if (!reader.expectMap(*node, QStringLiteral("a recommendation")))
            continue;
        reader.checkKeys(*node, QStringLiteral("a recommendation"), {"id", "kind", "title"},
                         {"text", "when", "links"});
        Recommendation r;
        r.id = reader.id(*node, u"id", NodeReader::IdKind::Item).value_or(QString());
        if (!r.id.isEmpty() && seen.contains(r.id))
            reader.problem(*node->value(u"id"),
                           QStringLiteral("duplicate recommendation id '%1'").arg(r.id));
        seen.insert(r.id);
        if (const auto kind = reader.string(*node, u"kind")) {
            if (const auto parsed = recommendationKindFromName(*kind))
                r.kind = *parsed;
            else
                reader.problem(*node->value(u"kind"),
                               QStringLiteral("kind must be training, certification, experience or "
                                              "course, not '%1'")
                                   .arg(*kind));
        }
        r.title = reader.text(*node, u"title");
        r.text = reader.text(*node, u"text");
        if (const YamlNode *when = node->value(u"when"); when && !when->isNull())
            r.when = conditions.read(*when);
        r.links = readLinks(reader, *node);
        recommendations.append(r);
    }
    return recommendations;
}

} // namespace hitready::detail
