#include "answerleaks.h"

#include "attemptorder.h"
#include "internal/answercues.h"
#include "sourcemap.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <iterator>
#include <optional>

namespace hitready {

namespace {

// One text a learner may see, with the scalar it comes from.
struct Exposure
{
    enum class Part { Prompt, Options, Explanation, Feedback, Stimulus };
    qsizetype item = -1; // the item that shows it (Stimulus: -1)
    QString stimulusId;  // Stimulus only
    Part part = Part::Prompt;
    QString text;
    // Where it stands, found only for a text that gives something away (positions take a
    // second reading of the file, which a clean quiz never needs): the scalar's path in its
    // entry, and the path of a plain string in the quiz's language.
    QString path, plainPath;
    bool afterAnswer() const { return part == Part::Explanation || part == Part::Feedback; }
};

// A text that this many other items show is the quiz's vocabulary (a generated quiz of 5,000
// items repeats its option texts hundreds of times), not one item's giveaway; the cue chains
// of the shipped quizzes before review reach three items at most.
constexpr qsizetype maxGivers = 8;

// Collects the texts of one entry of the file with the paths of their scalars.
class ExposureList
{
public:
    explicit ExposureList(QList<Exposure> &into) : m_into(into) {}

    void add(Exposure base, const Text &text, const QString &path)
    {
        for (auto it = text.byLanguage.cbegin(); it != text.byLanguage.cend(); ++it)
            addPlain(base, it.value(), path + u'/' + it.key(), path);
    }
    void addPlain(Exposure base, const QString &value, const QString &path,
                  const QString &plainPath = {})
    {
        base.text = withoutHotMarkers(value).simplified();
        if (base.text.isEmpty())
            return;
        base.path = path;
        base.plainPath = plainPath;
        m_into.append(base);
    }

private:
    QList<Exposure> &m_into;
};

// The line and column of an exposure's scalar, read from the file the first time one is asked.
class Positions
{
public:
    Positions(const Quiz &quiz, const QByteArray &bytes, const QString &fileName)
        : m_quiz(quiz), m_bytes(bytes), m_fileName(fileName)
    {}

    std::pair<int, int> of(const Exposure &e)
    {
        if (!m_entries) {
            m_entries = sourceEntries(m_bytes, m_fileName);
            for (const SourceEntry &entry : *m_entries)
                if (entry.kind == SourceEntry::Kind::Item)
                    m_items.insert(entry.id, &entry);
                else if (entry.kind == SourceEntry::Kind::Stimulus)
                    m_stimuli.insert(entry.id, &entry);
        }
        const SourceEntry *entry = e.part == Exposure::Part::Stimulus
                                       ? m_stimuli.value(e.stimulusId)
                                       : m_items.value(m_quiz.items[e.item].id);
        if (!entry)
            return {0, 0};
        const SourceScalar *scalar = entry->scalar(e.path);
        if (!scalar && !e.plainPath.isEmpty())
            scalar = entry->scalar(e.plainPath); // a plain string in the quiz's language
        return scalar ? std::pair(scalar->line, scalar->column) : std::pair(entry->firstLine, 1);
    }

private:
    const Quiz &m_quiz;
    const QByteArray &m_bytes;
    const QString &m_fileName;
    std::optional<QList<SourceEntry>> m_entries;
    QHash<QString, const SourceEntry *> m_items, m_stimuli;
};

void collectItem(const Item &item, qsizetype index, QList<Exposure> &into)
{
    ExposureList list(into);
    using Part = Exposure::Part;
    const auto at = [index](Part part) {
        Exposure e;
        e.item = index;
        e.part = part;
        return e;
    };
    list.add(at(Part::Prompt), item.prompt, QStringLiteral("prompt"));
    if (item.type == ItemType::HotText)
        list.add(at(Part::Prompt), item.hotText, QStringLiteral("text"));
    const auto entries = [&](const QList<Entry> &all, const QString &key) {
        const Exposure e = at(Part::Options);
        for (qsizetype i = 0; i < all.size(); ++i)
            list.add(e, all[i].text, key + u'/' + QString::number(i) + QStringLiteral("/text"));
    };
    for (qsizetype i = 0; i < item.options.size(); ++i) {
        const QString path = QStringLiteral("options/") + QString::number(i);
        list.add(at(Part::Options), item.options[i].text, path + QStringLiteral("/text"));
        list.add(at(Part::Feedback), item.options[i].feedback, path + QStringLiteral("/feedback"));
    }
    entries(item.steps, QStringLiteral("steps"));
    entries(item.left, QStringLiteral("left"));
    entries(item.right, QStringLiteral("right"));
    for (qsizetype i = 0; i < item.anchors.size(); ++i)
        list.add(at(Part::Options), item.anchors[i], QStringLiteral("anchors/%1").arg(i));
    for (const HotSpan &span : item.spans)
        list.add(at(Part::Feedback), span.feedback, QStringLiteral("feedback/") + span.id);
    list.add(at(Part::Explanation), item.explanation, QStringLiteral("explanation"));
}

void collectStimulus(const Stimulus &stimulus, QList<Exposure> &into)
{
    ExposureList list(into);
    Exposure base;
    base.stimulusId = stimulus.id;
    base.part = Exposure::Part::Stimulus;
    list.add(base, stimulus.title, QStringLiteral("title"));
    list.add(base, stimulus.text, QStringLiteral("text"));
    for (qsizetype c = 0; c < stimulus.columns.size(); ++c)
        list.add(base, stimulus.columns[c], QStringLiteral("table/columns/%1").arg(c));
    for (qsizetype r = 0; r < stimulus.rows.size(); ++r)
        for (qsizetype c = 0; c < stimulus.rows[r].size(); ++c)
            list.addPlain(base, stimulus.rows[r][c],
                          QStringLiteral("table/rows/%1/%2").arg(r).arg(c));
}

// Which items can meet in one attempt, and which can come first (attemptorder.h's rules).
class AttemptPairs
{
public:
    explicit AttemptPairs(const Quiz &quiz) : m_quiz(quiz)
    {
        for (const Domain &domain : quiz.domains)
            m_draw.insert(domain.id, domain.draw);
    }

    bool canBeShown(const Item &item) const
    {
        const std::optional<int> draw = m_draw.value(item.domain);
        return !item.isScored() || !draw || *draw >= 1;
    }
    // Items of one `draw: 1` pool are alternatives: an attempt shows one of them.
    bool together(qsizetype a, qsizetype b) const
    {
        const Item &x = m_quiz.items[a], &y = m_quiz.items[b];
        if (a == b || !canBeShown(x) || !canBeShown(y))
            return false;
        if (!x.isScored() || !y.isScored() || x.domain != y.domain)
            return true;
        const std::optional<int> draw = m_draw.value(x.domain);
        return !draw || *draw >= 2;
    }
    // Whether `a` can be answered (and its explanation shown) before `b` shows: self-ratings
    // come first, then the scored items in file order, or with shuffled items in any order of
    // their blocks (a block keeps its file order).
    bool canComeBefore(qsizetype a, qsizetype b) const
    {
        if (!together(a, b))
            return false;
        const Item &x = m_quiz.items[a], &y = m_quiz.items[b];
        if (x.isScored() != y.isScored())
            return !x.isScored();
        if (!x.isScored() || !m_quiz.shuffleItems)
            return a < b;
        return shuffleBlockKey(x) != shuffleBlockKey(y) || a < b;
    }

private:
    const Quiz &m_quiz;
    QHash<QString, std::optional<int>> m_draw; // by domain id
};

// The texts by word, so that each cue is tried only on the texts that hold its rarest-looking
// (longest) word: every key against every text is quadratic in the items, and a quiz of
// 5,000 generated items (hitready-lintbench) adds about 0.3 s of CPU to lint.
class ExposureIndex
{
public:
    explicit ExposureIndex(const QList<Exposure> &exposures)
    {
        for (qsizetype i = 0; i < exposures.size(); ++i) {
            const QStringList words = wordsOf(exposures[i].text);
            for (const QString &word : QSet<QString>(words.cbegin(), words.cend()))
                m_byWord[word].append(i);
        }
    }

    // The texts that may hold `cue`, in file order.
    QList<qsizetype> candidates(const AnswerCue &cue) const
    {
        QList<qsizetype> found = termCandidates(cue.terms.value(0));
        if (cue.terms.size() > 1) {
            const QList<qsizetype> second = termCandidates(cue.terms[1]);
            QList<qsizetype> both;
            std::set_intersection(found.cbegin(), found.cend(), second.cbegin(), second.cend(),
                                  std::back_inserter(both));
            found = both;
        }
        return found;
    }

private:
    // The texts holding the longest word of any variant (posting lists are in file order).
    QList<qsizetype> termCandidates(const QStringList &variants) const
    {
        QList<qsizetype> found;
        for (const QString &variant : variants) {
            QString longest;
            for (const QString &word : wordsOf(variant))
                if (word.size() > longest.size())
                    longest = word;
            const QList<qsizetype> texts = m_byWord.value(longest);
            if (found.isEmpty()) {
                found = texts; // shared, not copied
                continue;
            }
            QList<qsizetype> merged;
            std::set_union(found.cbegin(), found.cend(), texts.cbegin(), texts.cend(),
                           std::back_inserter(merged));
            found = merged;
        }
        return found;
    }

    QHash<QString, QList<qsizetype>> m_byWord;
};

// "the prompt of cod-04", and whether the verb that follows is plural ("the options of ...").
std::pair<QString, bool> partWords(const Exposure &e, const Quiz &quiz, qsizetype shownWith)
{
    const QString &id = quiz.items[shownWith].id;
    switch (e.part) {
    case Exposure::Part::Prompt:
        return {QStringLiteral("the prompt of ") + id, false};
    case Exposure::Part::Options:
        return {QStringLiteral("the options of ") + id, true};
    case Exposure::Part::Explanation:
        return {QStringLiteral("the explanation of ") + id, false};
    case Exposure::Part::Feedback:
        return {QStringLiteral("the feedback of ") + id, false};
    case Exposure::Part::Stimulus:
        return {QStringLiteral("the stimulus %1 (shown with %2)").arg(e.stimulusId, id), false};
    }
    return {};
}

} // namespace

QList<AuthoringWarning> answerLeakWarnings(const Quiz &quiz, const QByteArray &bytes,
                                           const QString &fileName)
{
    QList<Exposure> exposures;
    for (const Stimulus &s : quiz.stimuli)
        collectStimulus(s, exposures);
    for (qsizetype i = 0; i < quiz.items.size(); ++i)
        collectItem(quiz.items[i], i, exposures);
    Positions positions(quiz, bytes, fileName);

    const ExposureIndex index(exposures);
    QHash<QString, QList<qsizetype>> showing; // stimulus id -> the items that show it
    for (qsizetype i = 0; i < quiz.items.size(); ++i)
        if (!quiz.items[i].stimulus.isEmpty())
            showing[quiz.items[i].stimulus].append(i);

    QHash<QString, QHash<qsizetype, std::optional<QString>>> searched; // cue -> text -> found
    const AttemptPairs pairs(quiz);
    const bool practice = quiz.mode == QuizMode::Practice;
    QList<AuthoringWarning> warnings;
    for (qsizetype answered = 0; answered < quiz.items.size(); ++answered) {
        const Item &item = quiz.items[answered];
        const QList<AnswerCue> cues = answerCues(item, quiz.language);
        // Per giving item and part (whatever the language): the first text in the file that
        // holds a cue, and the first cue it holds.
        struct Hit
        {
            qsizetype at = 0;
            qsizetype cue = 0;
            qsizetype giver = 0;
            QString quoted;
        };
        QMap<qint64, Hit> first;
        for (qsizetype c = 0; c < cues.size(); ++c) {
            const AnswerCue &cue = cues[c];
            QStringList terms;
            for (const QStringList &variants : cue.terms)
                terms.append(variants.join(QChar(0x1f)));
            auto &results = searched[terms.join(QChar(0x1e))];
            QMap<qint64, Hit> hits;
            QSet<qsizetype> givers;
            for (qsizetype at : index.candidates(cue)) {
                const Exposure &e = exposures[at];
                if ((cue.afterAnswerOnly && !e.afterAnswer()) ||
                    (cue.notInOptions && e.part == Exposure::Part::Options))
                    continue;
                // Who shows the text: the item, or the first item showing the stimulus that
                // can be with this one. An item's own stimulus is its material, not a leak.
                qsizetype giver = e.item;
                if (e.part == Exposure::Part::Stimulus) {
                    if (item.stimulus == e.stimulusId)
                        continue;
                    giver = -1;
                    for (qsizetype i : showing.value(e.stimulusId))
                        if (pairs.together(i, answered)) {
                            giver = i;
                            break;
                        }
                    if (giver < 0)
                        continue;
                } else if (e.afterAnswer() ? !practice || !pairs.canComeBefore(giver, answered)
                                           : !pairs.together(giver, answered)) {
                    continue;
                }
                const qint64 part = qint64(giver) * 8 + int(e.part);
                if (hits.contains(part))
                    continue;
                // Items that share a key (an option set reused across items) share the search.
                const auto known = results.constFind(at);
                const std::optional<QString> quoted =
                    known != results.cend() ? *known : *results.insert(at, findCue(cue, e.text));
                if (!quoted)
                    continue;
                givers.insert(giver);
                if (givers.size() > maxGivers)
                    break;
                hits.insert(part, {at, c, giver, *quoted});
            }
            if (givers.size() > maxGivers)
                continue;
            for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
                const auto known = first.constFind(it.key());
                if (known == first.cend() || it->at < known->at)
                    first.insert(it.key(), *it);
            }
        }
        for (const Hit &hit : first) {
            const Exposure &e = exposures[hit.at];
            const auto [words, plural] = partWords(e, quiz, hit.giver);
            // A distractor's meaning is a cue, not the answer: it rules that choice out.
            const QString verb = cues[hit.cue].answer
                                     ? (plural ? QStringLiteral("give away the answer")
                                               : QStringLiteral("gives away the answer"))
                                     : (plural ? QStringLiteral("explain a choice")
                                               : QStringLiteral("explains a choice"));
            const auto [line, column] = positions.of(e);
            warnings.append(
                {quiz.items[hit.giver].id, line, column,
                 QStringLiteral("%1 %2 of %3 (%4)").arg(words, verb, item.id, hit.quoted)});
        }
    }
    std::stable_sort(warnings.begin(), warnings.end(), [](const auto &a, const auto &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return warnings;
}

} // namespace hitready
