#pragma once
// What would give an item's keyed answer away if another text showed it (answerleaks.cpp): the
// cues of one item (answercues.cpp), and whether a text holds one (cuesearch.cpp). Internal to
// engine/authoring.

#include "quiz.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hitready {

struct AnswerCue
{
    // One term, or two that must stand close together in one text (a term with its meaning,
    // a matching pair). Each term lists its variants: the languages, alternative answers.
    QList<QStringList> terms;
    // False: the cue tells what one of the item's choices means (a distractor), which rules it
    // out - a cue, not the answer itself.
    bool answer = true;
    // A true/false statement's claim (its quoted terms): only a text that states facts about
    // them - an explanation or feedback - settles it, not a prompt that merely mentions them.
    bool afterAnswerOnly = false;
    // A numeric answer of two digits with its unit ("45 days"): a text that states it gives the
    // answer, an option that shows it is one candidate among others ("20%" among 25% and 50%).
    bool notInOptions = false;
};

// The cues of `item`'s keyed answer; empty for item types and keys too plain to give away.
// `quizLanguage`: the language whose prompts name terms in parentheses.
QList<AnswerCue> answerCues(const Item &item, const QString &quizLanguage);

// How many letters and digits `s` has: how long a term is, whatever its punctuation.
qsizetype alphanumerics(QStringView s);

// The matched variants of `cue` in `text`, quoted for a message ("BID" with "twice a day"), or
// nullopt when `text` does not hold the cue.
std::optional<QString> findCue(const AnswerCue &cue, const QString &text);

// `word` case-folded into `buffer`; a view of it.
QStringView caseFolded(QStringView word, QString &buffer);

// Calls `f` with each word of `text`, case-folded: its runs of letters and digits. A text that
// holds a term holds every word of it, which lets the caller index texts by word. The view `f`
// gets lives in `buffer` until the next word (no string is made for a word of plain ASCII).
template <typename F> void forEachWord(QStringView text, QString &buffer, F f)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text[i].isLetterOrNumber();
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            f(caseFolded(text.mid(start, i - start), buffer));
            start = -1;
        }
    }
}

// `text` with hottext markers [[id|shown text]] replaced by their shown text.
QString withoutHotMarkers(const QString &text);

} // namespace hitready
