#pragma once
// A report and plan as plain text for the terminal.

#include "plan.h"
#include "problem.h"

#include <QString>

namespace hitready::cli {

QString reportText(const Quiz &quiz, const Report &report, const Plan &plan);

// A quiz's problems, one "FILE:LINE:COL: message" per line.
QString problemsText(const Problems &problems);

} // namespace hitready::cli
