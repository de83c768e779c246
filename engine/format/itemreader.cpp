#include "quizreader.h"

namespace hitready::detail {

namespace {

QList<Option> readOptions(NodeReader &reader, const YamlNode &item)
{
    QList<Option> options;
    const YamlNode *list = reader.sequence(item, u"options");
    if (!list)
        return options;
    options.reserve(qsizetype(list->elements().size()));
    for (const auto &node : list->elements()) {
        if (!reader.expectMap(*node, QStringLiteral("an option")))
            continue;
        reader.checkKeys(*node, QStringLiteral("an option"), {"id", "text"},
                         {"correct", "feedback"});
        Option o;
        o.id = reader.id(*node, u"id", NodeReader::IdKind::Item).value_or(QString());
        if (!o.id.isEmpty() &&
            std::any_of(options.cbegin(), options.cend(),
                        [&](const Option &earlier) { return earlier.id == o.id; }))
            reader.problem(*node->value(u"id"),
                           QStringLiteral("option id '%1' is used twice in this item").arg(o.id));
        o.text = reader.text(*node, u"text");
        o.correct = reader.boolean(*node, u"correct").value_or(false);
        o.feedback = reader.text(*node, u"feedback");
        options.append(o);
    }
    if (options.size() < 2)
        reader.problem(*list, QStringLiteral("a choice item needs at least two options"));
    return options;
}

void checkCorrectCount(NodeReader &reader, const YamlNode &node, const Item &item)
{
    const YamlNode *at = NodeReader::keyNode(node, u"options");
    if (!at || item.options.size() < 2)
        return;
    const auto correct = std::count_if(item.options.cbegin(), item.options.cend(),
                                       [](const Option &o) { return o.correct; });
    if (item.type == ItemType::Single && correct != 1)
        reader.problem(*at, QStringLiteral("a single-choice item needs exactly one option with "
                                           "'correct: true'; this one has %1")
                                .arg(correct));
    if (item.type == ItemType::Multiple && correct == 0)
        reader.problem(*at, QStringLiteral("a multiple-choice item needs at least one option with "
                                           "'correct: true'"));
}

QList<Text> readAnchors(NodeReader &reader, const YamlNode &item)
{
    QList<Text> anchors;
    const YamlNode *list = reader.sequence(item, u"anchors");
    if (!list)
        return anchors;
    for (const auto &node : list->elements())
        anchors.append(reader.text(*node));
    if (anchors.size() != 5)
        reader.problem(*list,
                       QStringLiteral("a likert item needs five anchors, one for each rating "
                                      "from 1 to 5; this one has %1")
                           .arg(anchors.size()));
    return anchors;
}

void checkKeysForType(NodeReader &reader, const YamlNode &node, std::optional<ItemType> type)
{
    const QString what = QStringLiteral("an item");
    if (!type) // unknown type: check only the keys every item has
        return reader.checkKeys(node, what, {"id", "domain", "type", "prompt"},
                                {"points", "explanation", "source",   "stimulus",       "options",
                                 "answer", "anchors",     "shuffle",  "steps",          "left",
                                 "right",  "text",        "correct",  "feedback",       "tolerance",
                                 "unit",   "accept",      "patterns", "case_sensitive", "spaces"});
    switch (*type) {
    case ItemType::Single:
    case ItemType::Multiple:
        return reader.checkKeys(node, what, {"id", "domain", "type", "prompt", "options"},
                                {"points", "explanation", "source", "stimulus", "shuffle"});
    case ItemType::TrueFalse:
        return reader.checkKeys(node, what, {"id", "domain", "type", "prompt", "answer"},
                                {"points", "explanation", "source", "stimulus"});
    case ItemType::Likert:
        return reader.checkKeys(node, what, {"id", "domain", "type", "prompt", "anchors"},
                                {"explanation", "source", "stimulus"});
    case ItemType::Ordering:
        return reader.checkKeys(node, what, {"id", "domain", "type", "prompt", "steps"},
                                {"points", "explanation", "source", "stimulus"});
    case ItemType::Matching:
        return reader.checkKeys(node, what, {"id", "domain", "type", "prompt", "left", "right"},
                                {"points", "explanation", "source", "stimulus", "shuffle"});
    case ItemType::HotText:
        return reader.checkKeys(node, what, {"id", "domain", "type", "prompt", "text", "correct"},
                                {"feedback", "points", "explanation", "source", "stimulus"});
    case ItemType::Numeric:
        return reader.checkKeys(
            node, what, {"id", "domain", "type", "prompt", "answer"},
            {"tolerance", "unit", "points", "explanation", "source", "stimulus"});
    case ItemType::Text:
        return reader.checkKeys(node, what, {"id", "domain", "type", "prompt"},
                                {"accept", "patterns", "case_sensitive", "spaces", "points",
                                 "explanation", "source", "stimulus"});
    }
}

std::optional<ItemType> readType(NodeReader &reader, const YamlNode &node)
{
    const auto name = reader.string(node, u"type");
    if (!name)
        return std::nullopt;
    const auto type = itemTypeFromName(*name);
    if (!type) {
        QStringList names;
        for (int i = 0; i <= int(ItemType::Text); ++i)
            names.append(itemTypeName(ItemType(i)));
        const QString near = nearestWord(*name, names);
        reader.problem(
            *node.value(u"type"),
            near.isEmpty()
                ? QStringLiteral("unknown item type '%1' (expected one of: %2)")
                      .arg(*name, names.join(QStringLiteral(", ")))
                : QStringLiteral("unknown item type '%1'; did you mean '%2'?").arg(*name, near));
    }
    return type;
}

void readStimulusReference(NodeReader &reader, const YamlNode &node, const QSet<QString> &stimuli,
                           Item &item)
{
    item.stimulus = reader.id(node, u"stimulus", NodeReader::IdKind::Item).value_or(QString());
    if (item.stimulus.isEmpty() || stimuli.contains(item.stimulus))
        return;
    const QString near = nearestWord(item.stimulus, stimuli.values());
    reader.problem(*node.value(u"stimulus"),
                   near.isEmpty() ? QStringLiteral("item '%1' names unknown stimulus '%2' (define "
                                                   "it under the top-level 'stimuli')")
                                        .arg(item.id, item.stimulus)
                                  : QStringLiteral("item '%1' names unknown stimulus '%2'; did "
                                                   "you mean '%3'?")
                                        .arg(item.id, item.stimulus, near));
}

Item readItem(NodeReader &reader, const YamlNode &node, const QSet<QString> &domains,
              const QSet<QString> &stimuli)
{
    Item item;
    const auto type = readType(reader, node);
    checkKeysForType(reader, node, type);
    item.type = type.value_or(ItemType::Single);
    item.id = reader.id(node, u"id", NodeReader::IdKind::Item).value_or(QString());
    item.domain = reader.string(node, u"domain").value_or(QString());
    if (!item.domain.isEmpty() && !domains.contains(item.domain))
        reader.problem(
            *node.value(u"domain"),
            QStringLiteral("item '%1' names unknown domain '%2'").arg(item.id, item.domain));
    item.prompt = reader.text(node, u"prompt");
    item.explanation = reader.text(node, u"explanation");
    item.source = reader.string(node, u"source").value_or(QString());
    readStimulusReference(reader, node, stimuli, item);
    if (const auto points = reader.number(node, u"points")) {
        if (*points <= 0)
            reader.problem(*node.value(u"points"),
                           QStringLiteral("points must be more than 0, not %1").arg(*points));
        item.points = *points;
    }
    if (!type)
        return item;
    switch (item.type) {
    case ItemType::Single:
    case ItemType::Multiple:
        item.options = readOptions(reader, node);
        checkCorrectCount(reader, node, item);
        item.keepOptionOrder = !reader.boolean(node, u"shuffle").value_or(true);
        break;
    case ItemType::TrueFalse:
        item.answer = reader.boolean(node, u"answer").value_or(false);
        break;
    case ItemType::Likert:
        item.points = 0;
        item.anchors = readAnchors(reader, node);
        break;
    case ItemType::Ordering:
        readOrdering(reader, node, item);
        break;
    case ItemType::Matching:
        readMatching(reader, node, item);
        item.keepOptionOrder = !reader.boolean(node, u"shuffle").value_or(true);
        break;
    case ItemType::HotText:
        readHotText(reader, node, item);
        break;
    case ItemType::Numeric:
        readNumeric(reader, node, item);
        break;
    case ItemType::Text:
        readTextKey(reader, node, item);
        break;
    }
    return item;
}

} // namespace

QList<Item> readItems(NodeReader &reader, const YamlNode &list, const QSet<QString> &domains,
                      const QSet<QString> &stimuli, YamlDocument &document)
{
    // Reserved at once: the tree only shrinks from here, and a list growing as the items come
    // (or a deque moved into the list at the end) held more at its peak (hitready-loadheap).
    const auto elements = list.elements();
    QList<Item> items;
    items.reserve(qsizetype(elements.size()));
    QSet<QString> seen;
    for (size_t i = 0; i < elements.size(); ++i) {
        const YamlNode *node = elements[i];
        if (reader.expectMap(*node, QStringLiteral("an item"))) {
            Item item = readItem(reader, *node, domains, stimuli);
            if (!item.id.isEmpty() && seen.contains(item.id))
                reader.problem(*node->value(u"id"),
                               QStringLiteral("duplicate item id '%1'").arg(item.id));
            seen.insert(item.id);
            items.append(std::move(item));
        }
        document.releaseElementsThrough(list, i); // most of a large file's tree
    }
    return items;
}

} // namespace hitready::detail
