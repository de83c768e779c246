#pragma once
// The read half of the item analysis: every answer of the selected attempts, in one pass over
// the responses, scored against its attempt's own version into a marks matrix, with how often
// each distinct answer was given. Ranges of attempts are read on several threads when the
// storage allows it. Internal to engine/ (quizstatistics.cpp).

#include "marksmatrix.h"
#include "quiz.h"

#include <QHash>
#include <QList>
#include <optional>
#include <vector>

namespace hitready {

class Storage;
struct SelectedAttempts;

// The distinct answers given to one reported item, with how often each was given.
struct AnswerTally
{
    struct Entry
    {
        QString canonical; // encodeAnswer() of the decoded answer
        double credit = 0; // fraction of the item's marks it earns
        qint64 count = 0;
    };
    QList<Entry> entries;
    QHash<QString, qsizetype> byCanonical;

    qsizetype slot(const QString &canonical, double credit); // the entry, added if new
};

// How one version's items map onto the reported columns.
struct VersionLayout
{
    const Quiz *quiz = nullptr;
    QList<qsizetype> columnOfItem; // per item of the version: its column, or -1
    QList<bool> held;              // per column: the version holds that item unchanged
};

struct ScannedMarks
{
    MarksMatrix matrix;         // a row per selected attempt; absent where not held or drawn
    QList<AnswerTally> tallies; // per column
    qint64 unreadable = 0;      // stored answers that do not fit their item: scored 0
};

// Threads worth using on `rows` attempts: 1 below 20,000, else up to 4 (the cores there are).
int analysisThreads(qsizetype rows);

// `layouts` is indexed like attempts.hashes; maxMarks has one entry per column. Reads on up
// to `threads` threads (one unless storage.canScanConcurrently()).
std::optional<ScannedMarks> scanMarks(const Storage &storage, const SelectedAttempts &attempts,
                                      const std::vector<VersionLayout> &layouts,
                                      const QList<double> &maxMarks, int threads, QString *error);

} // namespace hitready
