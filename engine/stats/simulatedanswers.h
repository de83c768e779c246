#pragma once
// What simulated learners type into numeric and text items (hitready-cli simulate): the key
// in the forms the item accepts, and the mistakes a learner who does not know it makes. Each
// answer is checked with the scorer, itemPoints(), so a "right" one earns the item's marks
// and a "wrong" one earns nothing, whatever the key's tolerance, patterns or normalising.

#include "answer.h"
#include "quiz.h"

#include <QList>
#include <optional>

namespace hitready {

struct TypedAnswers
{
    QList<Answer> right; // each earns the marks; the first is the key as written
    QList<Answer> wrong; // each earns nothing
};

// Numeric: the key's value; wrong: decimal slips (x10, /10), a percent written as a fraction
// or its complement, rounding to a whole number, off by one, all clearly outside the
// tolerance. Text: the first accepted answer (else an example of a pattern), as written and,
// where the key allows, in lower case or with a trailing space; wrong: the key with its last
// character or its separators dropped, or two characters swapped, or a digit or letter
// changed. Empty for other item types, and where no such answer passes the scorer.
TypedAnswers typedAnswers(const Item &item);

// A text the regular expression `pattern` matches in full (each quantifier at its least
// count, the first alternative, a class's first character), for the subset text keys use:
// literals, escapes (\d \w \s and escaped characters), classes with ranges (negated too),
// groups, alternatives, quantifiers and anchors. nullopt for anything else (lookarounds,
// back references, \p{...}); the caller still checks the text against the key.
std::optional<QString> patternExample(const QString &pattern);

} // namespace hitready
