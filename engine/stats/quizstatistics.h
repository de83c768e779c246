#pragma once
// The item analysis of one quiz as stored: reads the chosen finished attempts in one pass,
// scores each against its own frozen version, and computes every figure. The one call the
// CLI's `stats` and the app's instructor view share.

#include "statistics.h"

#include <optional>

namespace hitready {

class Storage;

struct StatisticsRequest
{
    QString quizId;
    QString quizHash;         // empty: every version, reported against the newest stored one
    bool allAttempts = false; // false: each profile's first finished attempt
    int topResponses = 10;    // answers listed per item whose responses are not options
    int threads = 0;          // 0: as many as pay off (analysisThreads()); else this many
};

// nullopt with *error for a quiz the database does not hold, a hash that is not one of its
// versions, an unreadable snapshot, or a database failure. A quiz without finished attempts
// gives statistics with zero counts.
std::optional<QuizStatistics> quizStatistics(const Storage &storage,
                                             const StatisticsRequest &request, QString *error);

// The same on the database file at `path`, through a Storage of its own: callable from any
// thread (a worker behind a QObject adapter), as a Storage belongs to the thread that opened
// it. A path that does not exist is an error; nothing is created.
std::optional<QuizStatistics> quizStatisticsAt(const QString &path,
                                               const StatisticsRequest &request, QString *error);

// Whether two versions of an item are answered and scored alike: everything but the
// explanation, the source and option feedback, which a learner sees only after answering.
bool sameAssessedContent(const Item &a, const Item &b);

} // namespace hitready
