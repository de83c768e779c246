#pragma once
// The file faces of the item analysis: JSON (hitready-cli stats --json, the app) and CSV
// (stats --csv). Shapes and units are documented in docs/statistics.md.

#include "statistics.h"

#include <QJsonObject>
#include <QString>

namespace hitready {

// {"quiz", "title", "referenceHash", "attemptsUsed", "attempts", "versions", "retiredItems",
//  "unreadableAnswers", "items": [...], "test": {...}, "domains": [...]}; undefined figures
// are null.
QJsonObject statisticsToJson(const QuizStatistics &stats);

// One header line, then one line per item (kind "item"), the test (kind "test") and each
// domain (kind "domain"). Undefined figures are empty fields.
QString statisticsCsv(const QuizStatistics &stats);

// A CSV field: quoted when it holds a comma, a quote or a line break.
QString csvField(const QString &value);
// A number for CSV and text output: up to 10 significant digits; empty when undefined.
QString csvNumber(const std::optional<double> &value);

} // namespace hitready
