#pragma once
// Synthetic quizzes and answers of any size, for benchmarks.

#include "answer.h"

#include <QByteArray>
#include <QList>

namespace hitready::bench {

// A valid format-1 quiz with `items` items over four domains: singles, multiples,
// true/false and a likert per 25 items, each with a prompt, explanation and source.
QByteArray generateQuizYaml(int items);

// A valid format-1 quiz with `items` items in the shape of real quizzes: every item type in
// turn, block and flow styles, quoted strings, stimuli (texts and tables) that items refer to,
// domains drawn as pools, hottext, and an English and Spanish version of some texts.
QByteArray generateRealisticQuizYaml(int items);

// `count` sets of answers to every item of `quiz`, drawn from `seed`.
QList<Responses> generateResponses(const Quiz &quiz, int count, quint32 seed);

} // namespace hitready::bench
