#pragma once
// How `take` shows each item type in the terminal and reads what the learner types.

#include "answer.h"
#include "quiz.h"
#include "words.h"

#include <QTextStream>

namespace hitready::cli {

// The item's body below its prompt: choices, steps, entries, the marked text, and a line on
// how to answer. Options, steps and right entries appear in the attempt's order for `seed`
// (engine/attemptorder.h). Quiz texts in `words`' language where the quiz has them.
void showAnswerArea(QTextStream &s, const Quiz &quiz, const Item &item, quint64 seed,
                    const Words &words);

// A shared stimulus: its title, its text, and its table in aligned columns.
void showStimulus(QTextStream &s, const Quiz &quiz, const Stimulus &stimulus, const Words &words);

// What `line` answers to `item` (ids, or the numbers of options as shown for `seed`, a number,
// a text); *ok is false when it does not fit.
Answer parseTyped(const Quiz &quiz, const Item &item, const QString &line, quint64 seed, bool *ok);

// Practice mode: right or not, with the feedback and the key.
void showFeedback(QTextStream &s, const Quiz &quiz, const Item &item, const Answer &answer,
                  const Words &words);

} // namespace hitready::cli
