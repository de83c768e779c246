#pragma once
// The item analysis as a terminal table (hitready-cli stats without --json or --csv).

#include "statistics.h"

#include <QString>

namespace hitready::cli {

QString statisticsText(const QuizStatistics &stats);

} // namespace hitready::cli
