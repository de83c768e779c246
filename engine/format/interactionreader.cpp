// The keys of ordering, matching, numeric and text items (hottext: hottextreader.cpp).

#include "quizreader.h"

#include <QHash>
#include <QRegularExpression>

namespace hitready::detail {

namespace {

enum class EntryKind { Step, Left, Right };

QList<Entry> readEntries(NodeReader &reader, const YamlNode &item, QStringView key, EntryKind kind)
{
    QList<Entry> entries;
    const YamlNode *list = reader.sequence(item, key);
    if (!list)
        return entries;
    const QString what = kind == EntryKind::Step   ? QStringLiteral("a step")
                         : kind == EntryKind::Left ? QStringLiteral("a left entry")
                                                   : QStringLiteral("a right entry");
    entries.reserve(qsizetype(list->elements().size()));
    for (const auto &node : list->elements()) {
        if (!reader.expectMap(*node, what))
            continue;
        if (kind == EntryKind::Left)
            reader.checkKeys(*node, what, {"id", "text", "match"}, {});
        else
            reader.checkKeys(*node, what, {"id", "text"}, {});
        Entry e;
        e.id = reader.id(*node, u"id", NodeReader::IdKind::Item).value_or(QString());
        if (!e.id.isEmpty() &&
            std::any_of(entries.cbegin(), entries.cend(),
                        [&](const Entry &earlier) { return earlier.id == e.id; }))
            reader.problem(*node->value(u"id"),
                           QStringLiteral("%1 id '%2' is used twice in this item")
                               .arg(kind == EntryKind::Step   ? QStringLiteral("step")
                                    : kind == EntryKind::Left ? QStringLiteral("left entry")
                                                              : QStringLiteral("right entry"),
                                    e.id));
        e.text = reader.text(*node, u"text");
        if (kind == EntryKind::Left)
            e.match = reader.id(*node, u"match", NodeReader::IdKind::Item).value_or(QString());
        entries.append(e);
    }
    return entries;
}

QString ids(const QList<Entry> &entries)
{
    QStringList list;
    for (const Entry &e : entries)
        list.append(e.id);
    return list.join(QStringLiteral(", "));
}

} // namespace

void readOrdering(NodeReader &reader, const YamlNode &node, Item &item)
{
    item.steps = readEntries(reader, node, u"steps", EntryKind::Step);
    const YamlNode *list = node.value(u"steps");
    if (list && list->isSequence() && (list->elements().size() < 3 || list->elements().size() > 8))
        reader.problem(*list, QStringLiteral("an ordering item needs 3 to 8 steps, listed in the "
                                             "correct order; this one has %1")
                                  .arg(list->elements().size()));
}

void readMatching(NodeReader &reader, const YamlNode &node, Item &item)
{
    item.left = readEntries(reader, node, u"left", EntryKind::Left);
    item.right = readEntries(reader, node, u"right", EntryKind::Right);
    const YamlNode *left = node.value(u"left");
    if (left && left->isSequence() && (left->elements().size() < 2 || left->elements().size() > 10))
        reader.problem(*left, QStringLiteral("a matching item needs 2 to 10 left entries; this "
                                             "one has %1")
                                  .arg(left->elements().size()));
    const YamlNode *right = node.value(u"right");
    if (right && right->isSequence() && right->elements().empty())
        reader.problem(*right, QStringLiteral("'right' must list at least one entry"));
    if (!left || !left->isSequence() || item.right.isEmpty())
        return;
    for (const auto &entry : left->elements()) {
        const YamlNode *match = entry->isMap() ? entry->value(u"match") : nullptr;
        const QString id = match && match->isScalar() ? match->scalar() : QString();
        if (!match || !match->isScalar() || match->isNull() ||
            !NodeReader::isValidId(id, NodeReader::IdKind::Item) || item.rightEntry(id))
            continue;
        reader.problem(*match, QStringLiteral("'match: %1' names no right entry (the right ids "
                                              "are: %2)")
                                   .arg(id, ids(item.right)));
    }
}

void readNumeric(NodeReader &reader, const YamlNode &node, Item &item)
{
    item.numeric.answer = reader.number(node, u"answer").value_or(0);
    if (const YamlNode *v = node.value(u"tolerance"); v && !v->isNull()) {
        bool ok = false;
        double tolerance = 0;
        if (v->isScalar() && v->text().size() > 0 && v->text().back() == '%') {
            tolerance = v->scalar().chopped(1).trimmed().toDouble(&ok);
            item.numeric.percent = true;
        } else if (v->isScalar() && v->plain) {
            tolerance = v->scalar().toDouble(&ok);
        }
        if (!ok || !std::isfinite(tolerance))
            reader.problem(*v, QStringLiteral("'tolerance' must be a number (absolute) or a "
                                              "percent of the answer like '2%', not %1")
                                   .arg(describeNode(*v)));
        else if (tolerance < 0)
            reader.problem(*v, QStringLiteral("tolerance must be >= 0, not %1").arg(v->scalar()));
        else
            item.numeric.tolerance = tolerance;
    }
    constexpr qsizetype maxUnitLength = 20;
    item.numeric.unit = reader.string(node, u"unit").value_or(QString());
    if (item.numeric.unit.size() > maxUnitLength)
        reader.problem(*node.value(u"unit"),
                       QStringLiteral("'unit' is shown after the input box: at most %1 "
                                      "characters, not %2")
                           .arg(maxUnitLength)
                           .arg(item.numeric.unit.size()));
}

namespace {

// The scalars of one list of `key`, each kept with its node (for locating problems) and, when
// `language` is set, its language.
void readStringList(NodeReader &reader, const YamlNode &list, QStringView key,
                    const QString &language, QStringList &strings, QStringList &languages,
                    QList<const YamlNode *> &nodes)
{
    for (const YamlNode *element : list.elements()) {
        if (!element->isScalar()) {
            reader.problem(
                *element,
                QStringLiteral("'%1' lists strings, not %2").arg(key, describeNode(*element)));
            continue;
        }
        strings.append(reader.keep(*element));
        if (!language.isNull())
            languages.append(language);
        nodes.append(element);
    }
}

// `accept` or `patterns`: a list (in the quiz's language), or a map of language to list. The
// entries of every language go into `strings`, in file order; `languages` gets the language
// of each entry of a map and stays empty for a plain list.
void readStrings(NodeReader &reader, const YamlNode &node, QStringView key, QStringList &strings,
                 QStringList &languages, QList<const YamlNode *> &nodes)
{
    const YamlNode *value = node.value(key);
    if (!value || value->isNull())
        return;
    if (value->isSequence())
        return readStringList(reader, *value, key, QString(), strings, languages, nodes);
    if (!value->isMap()) {
        reader.problem(*value, QStringLiteral("'%1' must be a list, or a map of language to "
                                              "list, not %2")
                                   .arg(key, describeNode(*value)));
        return;
    }
    for (const auto &[language, list] : value->entries()) {
        const QString code = language->isScalar() ? reader.keep(*language) : QString();
        if (!isLanguageCode(code)) {
            reader.problem(*language,
                           QStringLiteral("'%1' maps language codes (2 or 3 lower-case letters, "
                                          "like 'es') to lists, not %2")
                               .arg(key, describeNode(*language)));
            continue;
        }
        if (!list->isSequence()) {
            reader.problem(*list, QStringLiteral("'%1' of '%2' must be a list, not %3")
                                      .arg(key, code, describeNode(*list)));
            continue;
        }
        readStringList(reader, *list, key, code, strings, languages, nodes);
    }
}

// Why `pattern` cannot be used, or empty. Compiling a pattern (twice: alone and anchored) is
// the slowest check of a quiz, and text items often share patterns: answers are remembered.
QString patternProblem(const QString &pattern)
{
    thread_local QHash<QString, QString> known;
    if (const auto it = known.constFind(pattern); it != known.cend())
        return *it;
    QString problem;
    const QRegularExpression re(pattern);
    if (!re.isValid()) {
        problem = QStringLiteral("pattern does not compile: %1 (at offset %2 of the pattern)")
                      .arg(re.errorString())
                      .arg(re.patternErrorOffset());
    } else {
        const QRegularExpression anchored(QRegularExpression::anchoredPattern(pattern));
        if (!anchored.isValid())
            problem = QStringLiteral("pattern does not compile as a whole-answer match: %1")
                          .arg(anchored.errorString());
    }
    constexpr qsizetype maxKnown = 4096;
    if (known.size() >= maxKnown)
        known.clear();
    known.insert(pattern, problem);
    return problem;
}

} // namespace

void readTextKey(NodeReader &reader, const YamlNode &node, Item &item)
{
    TextKey &key = item.textKey;
    key.caseSensitive = reader.boolean(node, u"case_sensitive").value_or(false);
    if (const auto spaces = reader.string(node, u"spaces")) {
        if (const auto mode = spaceModeFromName(*spaces))
            key.spaces = *mode;
        else
            reader.problem(
                *node.value(u"spaces"),
                QStringLiteral("spaces must be trim, ignore or exact, not '%1'").arg(*spaces));
    }
    QList<const YamlNode *> acceptNodes, patternNodes;
    readStrings(reader, node, u"accept", key.accept, key.acceptLanguages, acceptNodes);
    readStrings(reader, node, u"patterns", key.patterns, key.patternLanguages, patternNodes);
    for (qsizetype i = 0; i < key.accept.size(); ++i) {
        const QString normalised = key.normalised(key.accept.at(i));
        if (normalised.isEmpty())
            reader.problem(*acceptNodes.at(i),
                           QStringLiteral("an accepted answer is empty once spaces are %1")
                               .arg(key.spaces == SpaceMode::Ignore ? QStringLiteral("removed")
                                                                    : QStringLiteral("trimmed")));
        else if (normalised.size() > maxTextAnswerLength)
            reader.problem(*acceptNodes.at(i),
                           QStringLiteral("an accepted answer has %1 characters; answers are "
                                          "limited to %2, so none could match it")
                               .arg(normalised.size())
                               .arg(maxTextAnswerLength));
    }
    for (qsizetype i = 0; i < key.patterns.size(); ++i) {
        const QString &pattern = key.patterns.at(i);
        if (pattern.size() > maxPatternLength) {
            reader.problem(*patternNodes.at(i),
                           QStringLiteral("a pattern may have at most %1 characters; this one "
                                          "has %2")
                               .arg(maxPatternLength)
                               .arg(pattern.size()));
            continue;
        }
        if (const QString problem = patternProblem(pattern); !problem.isEmpty())
            reader.problem(*patternNodes.at(i), problem);
    }
    if (key.accept.isEmpty() && key.patterns.isEmpty()) {
        const YamlNode *at = NodeReader::keyNode(node, u"accept");
        if (!at)
            at = NodeReader::keyNode(node, u"patterns");
        reader.problem(at ? *at : node,
                       QStringLiteral("a text item needs at least one entry in 'accept' or "
                                      "'patterns'"));
    }
}

} // namespace hitready::detail
