#pragma once
// A report and plan as plain text for the terminal, in the learner's language (`words`).

#include "plan.h"
#include "problem.h"
#include "words.h"

#include <QString>

namespace hitready::cli {

// The quiz's texts in `words`' language where the quiz has them; numbers and sentences from
// `words`. The numbers are the report's, whatever the language.
QString reportText(const Quiz &quiz, const Report &report, const Plan &plan, const Words &words);

// A quiz's problems, one "FILE:LINE:COL: message" per line.
QString problemsText(const Problems &problems);

} // namespace hitready::cli
