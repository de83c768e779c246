#include "answerleaks.h"

#include "internal/answercues.h"
#include "internal/exposures.h"
#include "sourcemap.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <iterator>
#include <optional>

namespace hitready {

namespace {

// A text that this many other items show is the quiz's vocabulary (a generated quiz of 5,000
// items repeats its option texts hundreds of times), not one item's giveaway; the cue chains
// of the shipped quizzes before review reach three items at most.
constexpr qsizetype maxGivers = 8;

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
                                       ? m_stimuli.value(m_quiz.stimuli[e.stimulus].id)
                                       : m_items.value(m_quiz.items[e.item].id);
        if (!entry)
            return {0, 0};
        const auto [path, plainPath] = pathsOf(e, m_quiz);
        const SourceScalar *scalar = entry->scalar(path);
        if (!scalar && !plainPath.isEmpty())
            scalar = entry->scalar(plainPath); // a plain string in the quiz's language
        return scalar ? std::pair(scalar->line, scalar->column) : std::pair(entry->firstLine, 1);
    }

private:
    const Quiz &m_quiz;
    const QByteArray &m_bytes;
    const QString &m_fileName;
    std::optional<QList<SourceEntry>> m_entries;
    QHash<QString, const SourceEntry *> m_items, m_stimuli;
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
        return {
            QStringLiteral("the stimulus %1 (shown with %2)").arg(quiz.stimuli[e.stimulus].id, id),
            false};
    }
    return {};
}

} // namespace

QList<AuthoringWarning> answerLeakWarnings(const Quiz &quiz, const QByteArray &bytes,
                                           const QString &fileName)
{
    const QList<Exposure> exposures = exposuresOf(quiz);
    Positions positions(quiz, bytes, fileName);

    const ExposureIndex index(exposures);
    // The stimulus each item shows (an index into quiz.stimuli, or -1), and the items that
    // show each stimulus.
    QHash<QString, qsizetype> stimulusIndex;
    for (qsizetype s = 0; s < quiz.stimuli.size(); ++s)
        stimulusIndex.insert(quiz.stimuli[s].id, s);
    QList<qsizetype> stimulusOf(quiz.items.size(), -1);
    QList<QList<qsizetype>> showing(quiz.stimuli.size());
    for (qsizetype i = 0; i < quiz.items.size(); ++i)
        if (!quiz.items[i].stimulus.isEmpty())
            if (const auto s = stimulusIndex.constFind(quiz.items[i].stimulus);
                s != stimulusIndex.cend()) {
                stimulusOf[i] = *s;
                showing[*s].append(i);
            }

    // Items that share a key (an option set reused across items) share the search: per cue,
    // the texts that may hold it and, per text tried, what was found.
    struct Search
    {
        std::vector<qsizetype> candidates;
        QHash<qsizetype, std::optional<QString>> found;
    };
    QHash<QString, Search> searched;
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
            const QString key = terms.join(QChar(0x1e));
            auto search = searched.find(key);
            if (search == searched.end())
                search = searched.insert(key, {index.candidates(cue), {}});
            auto &results = search->found;
            QMap<qint64, Hit> hits;
            QSet<qsizetype> givers;
            for (qsizetype at : search->candidates) {
                const Exposure &e = exposures[at];
                if ((cue.afterAnswerOnly && !e.afterAnswer()) ||
                    (cue.notInOptions && e.part == Exposure::Part::Options))
                    continue;
                // Who shows the text: the item, or the first item showing the stimulus that
                // can be with this one. An item's own stimulus is its material, not a leak.
                qsizetype giver = e.item;
                if (e.part == Exposure::Part::Stimulus) {
                    if (stimulusOf[answered] == e.stimulus)
                        continue;
                    giver = -1;
                    for (qsizetype i : std::as_const(showing[e.stimulus]))
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
