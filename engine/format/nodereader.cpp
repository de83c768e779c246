#include "nodereader.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string_view>

namespace hitready {

// A character loop, not a QRegularExpression: ids are checked tens of thousands of times in a
// large quiz, and a regular expression match allocates.
bool NodeReader::isValidId(QStringView id, IdKind kind)
{
    if (id.isEmpty())
        return false;
    return std::all_of(id.begin(), id.end(), [kind](QChar c) {
        const char16_t u = c.unicode();
        const bool lowerOrDigit = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-';
        if (kind == IdKind::Lower)
            return lowerOrDigit;
        return lowerOrDigit || (u >= u'A' && u <= u'Z') || u == u'_' || u == u'.';
    });
}

bool isLanguageCode(QStringView code)
{
    const auto lower = [](QChar c) {
        return c >= u'a' && c <= u'z';
    };
    const qsizetype dash = code.indexOf(u'-');
    const QStringView base = dash < 0 ? code : code.first(dash);
    if (base.size() < 2 || base.size() > 3 || !std::all_of(base.begin(), base.end(), lower))
        return false;
    if (dash < 0)
        return true;
    const QStringView region = code.sliced(dash + 1);
    return region.size() >= 2 && region.size() <= 8 &&
           std::all_of(region.begin(), region.end(),
                       [&](QChar c) { return lower(c) || (c >= u'0' && c <= u'9'); });
}

void NodeReader::problem(const YamlNode &at, const QString &message)
{
    m_problems->append({m_file, at.line, at.column, message});
}

void NodeReader::problemInScalar(const YamlNode &scalar, const QString &value, qsizetype offset,
                                 const QString &message)
{
    const auto [line, column] = m_positions.locate(scalar, value, offset);
    m_problems->append({m_file, line, column, message});
}

const YamlNode *NodeReader::keyNode(const YamlNode &map, QAnyStringView key)
{
    for (const auto &[k, v] : map.entries())
        if (k->is(key))
            return k;
    return nullptr;
}

// Equal one-language texts share one map too (the quiz's language does not change once set).
Text NodeReader::plainText(const YamlNode &scalar)
{
    if (m_textsLanguage != language) {
        m_texts.clear();
        m_textsLanguage = language;
    }
    const QByteArrayView key = sharingKey(scalar);
    if (const auto it = m_texts.constFind(key); it != m_texts.cend())
        return *it;
    const Text value = Text::plain(language, keep(scalar));
    m_texts.insert(key, value);
    return value;
}

QString NodeReader::keep(const YamlNode &scalar)
{
    const QByteArrayView key = sharingKey(scalar);
    if (const auto it = m_kept.constFind(key); it != m_kept.cend())
        return *it;
    const QString value = scalar.scalar();
    m_kept.insert(key, value);
    return value;
}

bool NodeReader::expectMap(const YamlNode &node, const QString &what)
{
    if (node.isMap())
        return true;
    problem(node,
            QStringLiteral("%1 must be a mapping of keys, not %2").arg(what, describeNode(node)));
    return false;
}

void NodeReader::checkKeys(const YamlNode &map, const QString &what,
                           std::initializer_list<const char *> required,
                           std::initializer_list<const char *> optional)
{
    for (const char *k : required) {
        const YamlNode *v = map.value(QUtf8StringView(k));
        if (!v || v->isNull())
            problem(v ? *keyNode(map, QUtf8StringView(k)) : map,
                    QStringLiteral("%1 is missing required key '%2'").arg(what, QLatin1String(k)));
    }
    const auto isKnown = [&](QUtf8StringView text) {
        const std::string_view key(text.data(), size_t(text.size()));
        const auto same = [&](const char *k) {
            return key == k;
        };
        return std::any_of(required.begin(), required.end(), same) ||
               std::any_of(optional.begin(), optional.end(), same);
    };
    for (const auto &[k, v] : map.entries()) {
        if (!k->isScalar()) {
            problem(*k, QStringLiteral("keys must be plain words, not %1").arg(describeNode(*k)));
            continue;
        }
        if (isKnown(k->text()))
            continue;
        QStringList known; // only built for the rare unknown key
        for (const char *name : required)
            known.append(QString::fromLatin1(name));
        for (const char *name : optional)
            known.append(QString::fromLatin1(name));
        const QString key = k->scalar();
        const QString near = nearestWord(key, known);
        problem(*k, near.isEmpty() ? QStringLiteral("unknown key '%1' in %2 (expected one of: %3)")
                                         .arg(key, what, known.join(QStringLiteral(", ")))
                                   : QStringLiteral("unknown key '%1' in %2; did you mean '%3'?")
                                         .arg(key, what, near));
    }
}

std::optional<QString> NodeReader::string(const YamlNode &map, QStringView key)
{
    const YamlNode *v = map.value(key);
    if (!v || v->isNull())
        return std::nullopt;
    if (!v->isScalar()) {
        problem(*v, QStringLiteral("'%1' must be text, not %2").arg(key, describeNode(*v)));
        return std::nullopt;
    }
    return keep(*v);
}

std::optional<QString> NodeReader::id(const YamlNode &map, QStringView key, IdKind kind)
{
    auto s = string(map, key);
    if (s && !isValidId(*s, kind)) {
        problem(*map.value(key),
                QStringLiteral("'%1' is not a valid %2: use only %3")
                    .arg(*s, key,
                         kind == IdKind::Lower
                             ? QStringLiteral("lower-case letters, digits and '-'")
                             : QStringLiteral("letters, digits, '_', '.' and '-'")));
        return std::nullopt;
    }
    return s;
}

std::optional<double> NodeReader::number(const YamlNode &map, QStringView key)
{
    const YamlNode *v = map.value(key);
    if (!v || v->isNull())
        return std::nullopt;
    bool ok = false;
    const double d = v->isScalar() && v->plain ? v->scalar().toDouble(&ok) : 0;
    if (!ok || !std::isfinite(d)) {
        problem(*v, QStringLiteral("'%1' must be a number, not %2").arg(key, describeNode(*v)));
        return std::nullopt;
    }
    return d;
}

std::optional<bool> NodeReader::boolean(const YamlNode &map, QStringView key)
{
    const YamlNode *v = map.value(key);
    if (!v || v->isNull())
        return std::nullopt;
    if (v->isScalar() && v->plain) {
        // Any case of true or false; ASCII text is compared as it is (most booleans).
        const QUtf8StringView text = v->text();
        const bool ascii =
            std::all_of(text.begin(), text.end(), [](char c) { return uchar(c) < 0x80; });
        const auto is = [&](QLatin1StringView word) {
            return ascii ? QAnyStringView::compare(text, word, Qt::CaseInsensitive) == 0
                         : v->scalar().toLower() == word;
        };
        if (is(QLatin1StringView("true")))
            return true;
        if (is(QLatin1StringView("false")))
            return false;
    }
    problem(*v, QStringLiteral("'%1' must be true or false, not %2").arg(key, describeNode(*v)));
    return std::nullopt;
}

Text NodeReader::text(const YamlNode &map, QStringView key)
{
    const YamlNode *v = map.value(key);
    return v && !v->isNull() ? text(*v) : Text{};
}

void NodeReader::checkRequiredLanguages(const YamlNode &node, const Text &text)
{
    for (const QString &required : std::as_const(requiredLanguages))
        if (!text.byLanguage.contains(required))
            problem(node, QStringLiteral("this text has no '%1' translation").arg(required));
}

Text NodeReader::text(const YamlNode &node)
{
    if (node.isScalar()) {
        if (requiredLanguages.isEmpty()) // an ordinary load: nothing more to look at
            return plainText(node);
        const Text t = plainText(node);
        checkRequiredLanguages(node, t);
        return t;
    }
    if (!node.isMap()) {
        problem(node,
                QStringLiteral("a text must be a string or a map of language to string, not %1")
                    .arg(describeNode(node)));
        return {};
    }
    Text t;
    for (const auto &[k, v] : node.entries()) {
        if (!k->isScalar() || !v->isScalar()) {
            problem(*k, QStringLiteral("a translated text maps a language code to a string"));
            continue;
        }
        const QString code = keep(*k);
        // A stray key, such as the tail of an unquoted comma in `{en: a, b, es: c}`, is no
        // language: refused rather than kept as one nobody can choose.
        if (!isLanguageCode(code)) {
            problem(*k, QStringLiteral("a translated text maps language codes (2 or 3 lower-case "
                                       "letters, like 'es') to strings, not %1; a comma in a "
                                       "text needs quotes")
                            .arg(describeNode(*k)));
            continue;
        }
        t.byLanguage.insert(code, keep(*v));
    }
    if (!t.isEmpty() && !t.byLanguage.contains(language))
        problem(
            node,
            QStringLiteral("this text has no '%1' version (the quiz's language)").arg(language));
    if (!requiredLanguages.isEmpty())
        checkRequiredLanguages(node, t);
    return t;
}

const YamlNode *NodeReader::sequence(const YamlNode &map, QStringView key)
{
    const YamlNode *v = map.value(key);
    if (!v || v->isNull())
        return nullptr;
    if (!v->isSequence()) {
        problem(*v, QStringLiteral("'%1' must be a list, not %2").arg(key, describeNode(*v)));
        return nullptr;
    }
    return v;
}

QList<LevelBand> NodeReader::levels(const YamlNode &map, QStringView key)
{
    QList<LevelBand> bands;
    const YamlNode *list = sequence(map, key);
    if (!list)
        return bands;
    for (const auto &element : list->elements()) {
        if (!expectMap(*element, QStringLiteral("a level")))
            continue;
        checkKeys(*element, QStringLiteral("a level"), {"min", "label"}, {"description"});
        const auto min = number(*element, u"min");
        const Text label = text(*element, u"label");
        const Text description = text(*element, u"description");
        if (!min)
            continue;
        const YamlNode &at = *element->value(u"min");
        if (*min < 0 || *min > 100)
            problem(at,
                    QStringLiteral("a level's min is a percent from 0 to 100, not %1").arg(*min));
        else if (bands.isEmpty() && *min != 0)
            problem(at, QStringLiteral("the first level must start at min: 0, not %1").arg(*min));
        else if (!bands.isEmpty() && *min <= bands.last().min)
            problem(at, QStringLiteral("levels must ascend: min %1 does not exceed the previous %2")
                            .arg(*min)
                            .arg(bands.last().min));
        bands.append({*min, label, description});
    }
    if (list->elements().empty())
        problem(*list, QStringLiteral("'%1' must list at least one level").arg(key));
    return bands;
}

QString nearestWord(const QString &word, const QStringList &candidates)
{
    auto distance = [](const QString &a, const QString &b) {
        std::vector<int> row(size_t(b.size()) + 1);
        for (size_t j = 0; j < row.size(); ++j)
            row[j] = int(j);
        for (qsizetype i = 1; i <= a.size(); ++i) {
            int diagonal = row[0];
            row[0] = int(i);
            for (qsizetype j = 1; j <= b.size(); ++j) {
                const int up = row[size_t(j)];
                row[size_t(j)] = std::min(
                    {up + 1, row[size_t(j) - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
                diagonal = up;
            }
        }
        return row.back();
    };
    QString best;
    int bestDistance = std::max<int>(1, int(word.size()) / 3) + 1;
    for (const QString &c : candidates) {
        const int d = distance(word.toLower(), c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}

QString describeNode(const YamlNode &node)
{
    switch (node.kind) {
    case YamlNode::Kind::Map:
        return QStringLiteral("a mapping");
    case YamlNode::Kind::Sequence:
        return QStringLiteral("a list");
    case YamlNode::Kind::Null:
        return QStringLiteral("nothing");
    case YamlNode::Kind::Scalar:
        break;
    }
    if (node.isNull())
        return QStringLiteral("nothing");
    const QString value = node.scalar();
    const QString shown = value.size() > 40 ? value.left(37) + QStringLiteral("...") : value;
    return QStringLiteral("'%1'").arg(shown);
}

} // namespace hitready
