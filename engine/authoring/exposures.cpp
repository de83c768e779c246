#include "internal/exposures.h"

#include "attemptorder.h"
#include "internal/answercues.h"

#include <algorithm>
#include <iterator>
#include <optional>

namespace hitready {

namespace {

using Field = Exposure::Field;
using Part = Exposure::Part;

// `text` simplified (QString::simplified()), sharing its characters when it already is: most
// texts are, and a copy of each was most of the heap `lint` needed on a large quiz.
QString simplifiedShared(QString text)
{
    bool space = true; // before the first character: a leading space needs simplifying
    for (const QChar c : std::as_const(text)) {
        const bool isSpace = c.isSpace();
        if (isSpace && (space || c != u' '))
            return std::move(text).simplified();
        space = isSpace;
    }
    return space && !text.isEmpty() ? std::move(text).simplified() : text;
}

// Appends the texts of one scalar (each language of a Text, or one plain string); or, without
// a list, only counts them (at most what appending keeps), to reserve the list exactly.
class ExposureList
{
public:
    explicit ExposureList(QList<Exposure> *into) : m_into(into) {}

    void add(const Exposure &base, const Text &text)
    {
        for (auto it = text.byLanguage.cbegin(); it != text.byLanguage.cend(); ++it)
            addPlain(base, it.value(), it.key());
    }
    void addPlain(const Exposure &base, const QString &value, const QString &language = {})
    {
        if (!m_into) {
            ++counted;
            return;
        }
        QString text = simplifiedShared(withoutHotMarkers(value));
        if (text.isEmpty())
            return;
        m_into->append(base);
        m_into->last().language = language;
        m_into->last().text = std::move(text);
    }

    qsizetype counted = 0;

private:
    QList<Exposure> *m_into;
};

Exposure at(qsizetype item, Part part, Field field, int index = 0)
{
    Exposure e;
    e.item = item;
    e.part = part;
    e.field = field;
    e.index = index;
    return e;
}

void collectItem(const Item &item, qsizetype i, ExposureList &list)
{
    list.add(at(i, Part::Prompt, Field::Prompt), item.prompt);
    if (item.type == ItemType::HotText)
        list.add(at(i, Part::Prompt, Field::HotText), item.hotText);
    for (int o = 0; o < int(item.options.size()); ++o) {
        list.add(at(i, Part::Options, Field::OptionText, o), item.options[o].text);
        list.add(at(i, Part::Feedback, Field::OptionFeedback, o), item.options[o].feedback);
    }
    const auto entries = [&](const QList<Entry> &all, Field field) {
        for (int n = 0; n < int(all.size()); ++n)
            list.add(at(i, Part::Options, field, n), all[n].text);
    };
    entries(item.steps, Field::Step);
    entries(item.left, Field::Left);
    entries(item.right, Field::Right);
    for (int n = 0; n < int(item.anchors.size()); ++n)
        list.add(at(i, Part::Options, Field::Anchor, n), item.anchors[n]);
    for (int n = 0; n < int(item.spans.size()); ++n)
        list.add(at(i, Part::Feedback, Field::SpanFeedback, n), item.spans[n].feedback);
    list.add(at(i, Part::Explanation, Field::Explanation), item.explanation);
}

void collectStimulus(const Stimulus &stimulus, qsizetype s, ExposureList &list)
{
    const auto at = [s](Field field, int index = 0) {
        Exposure e;
        e.stimulus = s;
        e.part = Part::Stimulus;
        e.field = field;
        e.index = index;
        return e;
    };
    list.add(at(Field::Title), stimulus.title);
    list.add(at(Field::StimulusText), stimulus.text);
    for (int c = 0; c < int(stimulus.columns.size()); ++c)
        list.add(at(Field::Column, c), stimulus.columns[c]);
    for (int r = 0; r < int(stimulus.rows.size()); ++r)
        for (int c = 0; c < int(stimulus.rows[r].size()); ++c) {
            Exposure e = at(Field::Cell, r);
            e.column = c;
            list.addPlain(e, stimulus.rows[r][c]);
        }
}

QString fieldPath(const Exposure &e, const Quiz &quiz)
{
    const QString n = QString::number(e.index);
    switch (e.field) {
    case Field::Prompt:
        return QStringLiteral("prompt");
    case Field::HotText:
    case Field::StimulusText:
        return QStringLiteral("text");
    case Field::OptionText:
        return QStringLiteral("options/") + n + QStringLiteral("/text");
    case Field::OptionFeedback:
        return QStringLiteral("options/") + n + QStringLiteral("/feedback");
    case Field::Step:
        return QStringLiteral("steps/") + n + QStringLiteral("/text");
    case Field::Left:
        return QStringLiteral("left/") + n + QStringLiteral("/text");
    case Field::Right:
        return QStringLiteral("right/") + n + QStringLiteral("/text");
    case Field::Anchor:
        return QStringLiteral("anchors/") + n;
    case Field::SpanFeedback:
        return QStringLiteral("feedback/") + quiz.items[e.item].spans[e.index].id;
    case Field::Explanation:
        return QStringLiteral("explanation");
    case Field::Title:
        return QStringLiteral("title");
    case Field::Column:
        return QStringLiteral("table/columns/") + n;
    case Field::Cell:
        return QStringLiteral("table/rows/%1/%2").arg(e.index).arg(e.column);
    }
    return {};
}

} // namespace

QList<Exposure> exposuresOf(const Quiz &quiz)
{
    const auto collect = [&quiz](ExposureList &list) {
        for (qsizetype s = 0; s < quiz.stimuli.size(); ++s)
            collectStimulus(quiz.stimuli[s], s, list);
        for (qsizetype i = 0; i < quiz.items.size(); ++i)
            collectItem(quiz.items[i], i, list);
    };
    ExposureList count(nullptr);
    collect(count);
    QList<Exposure> exposures;
    exposures.reserve(count.counted);
    ExposureList list(&exposures);
    collect(list);
    return exposures;
}

std::pair<QString, QString> pathsOf(const Exposure &e, const Quiz &quiz)
{
    const QString path = fieldPath(e, quiz);
    if (e.language.isEmpty())
        return {path, QString()};
    return {path + u'/' + e.language, path};
}

ExposureIndex::ExposureIndex(const QList<Exposure> &exposures)
{
    m_ids.reserve(1024);
    QHash<QString, std::vector<qsizetype>> wordsOfText; // a text seen before: its word ids
    QString buffer;
    for (qsizetype i = 0; i < exposures.size(); ++i) {
        auto known = wordsOfText.find(exposures[i].text);
        if (known == wordsOfText.end()) {
            known = wordsOfText.insert(exposures[i].text, {});
            forEachWord(exposures[i].text, buffer, [&](QStringView word) {
                const qsizetype id = idOf(word);
                if (std::find(known->cbegin(), known->cend(), id) == known->cend())
                    known->push_back(id);
            });
        }
        for (qsizetype id : *known)
            m_texts[size_t(id)].push_back(i);
    }
}

qsizetype ExposureIndex::idOf(QStringView word)
{
    if (const auto it = m_ids.constFind(word); it != m_ids.cend())
        return *it;
    m_words.append(word.toString()); // its characters stay where they are: the key's view
    const qsizetype id = qsizetype(m_texts.size());
    m_ids.insert(QStringView(m_words.last()), id);
    m_texts.emplace_back();
    return id;
}

std::vector<qsizetype> ExposureIndex::candidates(const AnswerCue &cue) const
{
    std::vector<qsizetype> found = termCandidates(cue.terms.value(0));
    if (cue.terms.size() > 1) {
        const std::vector<qsizetype> second = termCandidates(cue.terms[1]);
        std::vector<qsizetype> both;
        std::set_intersection(found.cbegin(), found.cend(), second.cbegin(), second.cend(),
                              std::back_inserter(both));
        found.swap(both);
    }
    return found;
}

// The texts holding the longest word of any variant.
std::vector<qsizetype> ExposureIndex::termCandidates(const QStringList &variants) const
{
    std::vector<qsizetype> found;
    QString buffer;
    for (const QString &variant : variants) {
        QString longest;
        forEachWord(variant, buffer, [&longest](QStringView word) {
            if (word.size() > longest.size())
                longest = word.toString();
        });
        const auto it = m_ids.constFind(QStringView(longest));
        if (it == m_ids.cend())
            continue;
        const std::vector<qsizetype> &texts = m_texts[size_t(*it)];
        if (found.empty()) {
            found = texts;
            continue;
        }
        std::vector<qsizetype> merged;
        merged.reserve(found.size() + texts.size());
        std::set_union(found.cbegin(), found.cend(), texts.cbegin(), texts.cend(),
                       std::back_inserter(merged));
        found.swap(merged);
    }
    return found;
}

AttemptPairs::AttemptPairs(const Quiz &quiz) : m_shuffled(quiz.shuffleItems)
{
    QHash<QString, std::optional<int>> draws;
    for (const Domain &domain : quiz.domains)
        draws.insert(domain.id, domain.draw);
    QHash<QString, qsizetype> domains, blocks;
    m_items.reserve(size_t(quiz.items.size()));
    for (const Item &item : quiz.items) {
        Facts f;
        f.domain = *domains.insert(item.domain, domains.value(item.domain, domains.size()));
        const QString block = shuffleBlockKey(item);
        f.block = *blocks.insert(block, blocks.value(block, blocks.size()));
        f.scored = item.isScored();
        const std::optional<int> draw = draws.value(item.domain);
        f.shown = !f.scored || !draw || *draw >= 1;
        f.poolOfTwo = !draw || *draw >= 2;
        m_items.push_back(f);
    }
}

} // namespace hitready
