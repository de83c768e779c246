#pragma once
// A submitted attempt read once for everything that shows it (results, next steps, PDF): its
// record, the frozen quiz it was taken on, what was answered, its report and its plan. Reading
// a past attempt costs one snapshot thaw and one scoring; the attempt a session has just
// submitted costs neither (its quiz and the report of its submit are taken as they are).

#include "answer.h"
#include "attemptshape.h"
#include "confidence.h"
#include "plan.h"
#include "quiz.h"
#include "report.h"
#include "result.h"
#include "storage.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <memory>

namespace hitready {

class AttemptSession;

struct FinishedAttempt
{
    FinishedAttempt() = default;
    // `plan` points into `quiz`: shared (std::shared_ptr<const FinishedAttempt>), never copied.
    Q_DISABLE_COPY_MOVE(FinishedAttempt)

    AttemptRecord record;
    Quiz quiz; // the attempt's frozen quiz
    Responses responses;
    QSet<QString> flags;
    Confidences confidences;
    Report report;
    Plan plan; // recommend(quiz, report)
    QString profileName;

    QDateTime takenAt() const { return record.finished.value_or(record.started); }
    // The items this attempt showed, as the intro counted them before it started.
    AttemptShape shape() const { return attemptShape(quiz, record.itemOrder); }
    // Every answered self-rating, in quiz order (for straight-lining).
    QList<int> selfRatings() const;
};

// Reads the finished attempt `attemptId` through its frozen quiz and scores it. An error when it
// cannot be read, or (ErrorKind::Refused) when it is not submitted yet.
Result<std::shared_ptr<const FinishedAttempt>> loadFinishedAttempt(const Storage &storage,
                                                                   qint64 attemptId);
// The attempt `session` has submitted (here or when resume() found its time up): its quiz,
// answers and the report of its submit as they are, with the record and the learner's name
// read from `storage`. ErrorKind::Refused for a session that is not submitted.
Result<std::shared_ptr<const FinishedAttempt>> finishedAttempt(const Storage &storage,
                                                               const AttemptSession &session);

} // namespace hitready
