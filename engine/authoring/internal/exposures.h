#pragma once
// What answerleaks.cpp searches: every text a learner may see (an exposure), indexed by word,
// and which items can meet in one attempt. Internal to engine/authoring.

#include "quiz.h"

#include <QHash>
#include <QList>
#include <QString>
#include <utility>
#include <vector>

namespace hitready {

struct AnswerCue;

// One text a learner may see, with the scalar it comes from.
struct Exposure
{
    enum class Part : quint8 { Prompt, Options, Explanation, Feedback, Stimulus };
    // Which scalar of its entry holds the text; its path is made only for a text that gives
    // something away (pathsOf), which a clean quiz never needs.
    enum class Field : quint8 {
        Prompt,
        HotText,
        OptionText,
        OptionFeedback,
        Step,
        Left,
        Right,
        Anchor,
        SpanFeedback,
        Explanation,
        Title,
        StimulusText,
        Column,
        Cell
    };
    qsizetype item = -1;     // the item that shows it (Stimulus: -1)
    qsizetype stimulus = -1; // Stimulus only: its index in quiz.stimuli
    Part part = Part::Prompt;
    Field field = Field::Prompt;
    int index = 0;    // of the option, step, entry, anchor, span or column; a cell's row
    int column = 0;   // a cell's column
    QString language; // of the text; empty for a table cell (a plain string)
    QString text;     // without hottext markers, simplified
    bool afterAnswer() const { return part == Part::Explanation || part == Part::Feedback; }
};

// Every text of the quiz, the stimuli's first, then the items' in file order.
QList<Exposure> exposuresOf(const Quiz &quiz);

// The path of an exposure's scalar in its entry ("options/1/text/es") and, for a text, the
// path of a plain string in the quiz's language ("options/1/text"; empty for a cell).
std::pair<QString, QString> pathsOf(const Exposure &e, const Quiz &quiz);

// The texts by word, so that each cue is tried only on the texts that hold its rarest-looking
// (longest) word: every key against every text is quadratic in the items. Each word is
// stored once and numbered, a text seen before (an option set, an explanation repeated across
// items) is not split into words again, and the texts of a word are a plain array: building
// the index was a sixth of `lint`'s time on 5,000 generated items with a set of strings per
// text (hitready-lintbench).
class ExposureIndex
{
public:
    explicit ExposureIndex(const QList<Exposure> &exposures);

    // The texts that may hold `cue`, in file order.
    std::vector<qsizetype> candidates(const AnswerCue &cue) const;

private:
    qsizetype idOf(QStringView word);
    std::vector<qsizetype> termCandidates(const QStringList &variants) const;

    QHash<QStringView, qsizetype> m_ids; // views of m_words
    QList<QString> m_words;
    std::vector<std::vector<qsizetype>> m_texts; // by word id, in file order
};

// Which items can meet in one attempt, and which can come first (attemptorder.h's rules),
// from facts looked up once per item.
class AttemptPairs
{
public:
    explicit AttemptPairs(const Quiz &quiz);

    // Items of one `draw: 1` pool are alternatives: an attempt shows one of them.
    bool together(qsizetype a, qsizetype b) const
    {
        const Facts &x = m_items[size_t(a)], &y = m_items[size_t(b)];
        if (a == b || !x.shown || !y.shown)
            return false;
        if (!x.scored || !y.scored || x.domain != y.domain)
            return true;
        return x.poolOfTwo;
    }
    // Whether `a` can be answered (and its explanation shown) before `b` shows: self-ratings
    // come first, then the scored items in file order, or with shuffled items in any order of
    // their blocks (a block keeps its file order).
    bool canComeBefore(qsizetype a, qsizetype b) const
    {
        if (!together(a, b))
            return false;
        const Facts &x = m_items[size_t(a)], &y = m_items[size_t(b)];
        if (x.scored != y.scored)
            return !x.scored;
        if (!x.scored || !m_shuffled)
            return a < b;
        return x.block != y.block || a < b;
    }

private:
    struct Facts
    {
        qsizetype domain = 0; // numbered by domain id
        qsizetype block = 0;  // numbered by shuffleBlockKey()
        bool scored = false;
        bool shown = false;     // not a scored item of a pool that draws none
        bool poolOfTwo = false; // its domain draws no pool or one of two items or more
    };
    std::vector<Facts> m_items;
    bool m_shuffled = false;
};

} // namespace hitready
