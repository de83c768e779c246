// The keys of a hottext item: the marked text (in every language), `correct` and `feedback`.

#include "hottext.h"
#include "quizreader.h"

namespace hitready::detail {

namespace {

QString spanIds(const QList<HotSpan> &spans)
{
    QStringList ids;
    for (const HotSpan &s : spans)
        ids.append(s.id);
    return ids.join(QStringLiteral(", "));
}

// Parses one language's version, reporting each bad marker where it stands in the file.
HotTextMarkup parseVersion(NodeReader &reader, const YamlNode &scalar)
{
    const QString value = reader.keep(scalar);
    HotTextMarkup markup = parseHotText(value);
    for (const HotTextMarkup::Error &e : markup.errors)
        reader.problemInScalar(scalar, value, e.offset, e.message);
    return markup;
}

// Every language marks the same spans in the same order; returns false when the quiz
// language's version has a problem of its own (so the span ids are not known).
bool readMarkedText(NodeReader &reader, const YamlNode &text, Item &item)
{
    if (text.isScalar()) {
        const HotTextMarkup markup = parseVersion(reader, text);
        item.spans = markup.spans;
        return markup.errors.isEmpty();
    }
    if (!text.isMap())
        return false; // reader.text() reported it
    const YamlNode *own = text.value(reader.language);
    if (!own || !own->isScalar())
        return false;
    const HotTextMarkup markup = parseVersion(reader, *own);
    item.spans = markup.spans;
    for (const auto &[language, version] : text.entries()) {
        if (version == own || !version->isScalar())
            continue;
        const HotTextMarkup other = parseVersion(reader, *version);
        if (!other.errors.isEmpty() || !markup.errors.isEmpty())
            continue;
        if (spanIds(other.spans) != spanIds(markup.spans))
            reader.problem(*version,
                           QStringLiteral("the '%1' text marks the spans (%2) but the '%3' text "
                                          "marks (%4): every language marks the same spans in "
                                          "the same order")
                               .arg(language->scalar(), spanIds(other.spans), reader.language,
                                    spanIds(markup.spans)));
    }
    return markup.errors.isEmpty();
}

void readCorrect(NodeReader &reader, const YamlNode &node, Item &item)
{
    const YamlNode *list = reader.sequence(node, u"correct");
    if (!list)
        return;
    if (list->elements().empty())
        reader.problem(*list, QStringLiteral("'correct' must name at least one span"));
    QSet<QString> seen;
    for (const YamlNode *element : list->elements()) {
        if (!element->isScalar() || element->isNull()) {
            reader.problem(
                *element,
                QStringLiteral("'correct' lists span ids, not %1").arg(describeNode(*element)));
            continue;
        }
        const QString id = element->scalar();
        if (seen.contains(id)) {
            reader.problem(*element,
                           QStringLiteral("span '%1' is listed twice in 'correct'").arg(id));
            continue;
        }
        seen.insert(id);
        for (HotSpan &span : item.spans)
            if (span.id == id)
                span.correct = true;
    }
}

void checkNamesSpans(NodeReader &reader, const YamlNode &node, const Item &item)
{
    const auto unknown = [&](const YamlNode &at, const QString &id, const char *where) {
        reader.problem(at, QStringLiteral("'%1' in '%2' is not a span of this item's text "
                                          "(its spans are: %3)")
                               .arg(id, QLatin1String(where), spanIds(item.spans)));
    };
    if (const YamlNode *list = node.value(u"correct"); list && list->isSequence())
        for (const YamlNode *element : list->elements())
            if (element->isScalar() && !element->isNull() && !item.span(element->scalar()))
                unknown(*element, element->scalar(), "correct");
    if (const YamlNode *map = node.value(u"feedback"); map && map->isMap())
        for (const auto &[key, value] : map->entries())
            if (key->isScalar() && !item.span(key->scalar()))
                unknown(*key, key->scalar(), "feedback");
}

void readFeedback(NodeReader &reader, const YamlNode &node, Item &item)
{
    const YamlNode *map = node.value(u"feedback");
    if (!map || map->isNull())
        return;
    if (!map->isMap()) {
        reader.problem(*map, QStringLiteral("'feedback' must map span ids to texts, not %1")
                                 .arg(describeNode(*map)));
        return;
    }
    for (const auto &[key, value] : map->entries()) {
        if (!key->isScalar()) {
            reader.problem(
                *key,
                QStringLiteral("'feedback' keys are span ids, not %1").arg(describeNode(*key)));
            continue;
        }
        const Text text = reader.text(*value);
        for (HotSpan &span : item.spans)
            if (key->is(span.id))
                span.feedback = text;
    }
}

} // namespace

void readHotText(NodeReader &reader, const YamlNode &node, Item &item)
{
    item.hotText = reader.text(node, u"text");
    const YamlNode *text = node.value(u"text");
    const bool known = text && !text->isNull() && readMarkedText(reader, *text, item);
    readCorrect(reader, node, item);
    readFeedback(reader, node, item);
    if (!known)
        return; // a bad marker would make every later id look unknown
    if (item.spans.isEmpty()) {
        reader.problem(*text, QStringLiteral("a hottext item's text needs at least one span, "
                                             "written [[id|shown text]]"));
        return;
    }
    checkNamesSpans(reader, node, item);
}

} // namespace hitready::detail
