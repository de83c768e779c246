#pragma once
// One learner's attempt in progress: the single API the GUI and the CLI `take` command drive.
// Every change is written to storage before the call returns, so a killed program loses
// nothing; resume() rebuilds the session from storage and the attempt's frozen quiz alone.
// Every call that can be refused returns a Result (result.h) whose Error says why.

#include "answer.h"
#include "confidence.h"
#include "quiz.h"
#include "report.h"
#include "result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace hitready {

class Storage;
struct AttemptRecord;

class AttemptSession
{
public:
    // Starts a new attempt on `quiz` (frozen into storage if it is not already there) with the
    // items itemOrder(quiz, seed) gives, in that order (stored with the attempt).
    static Result<AttemptSession> start(Storage &storage, const Quiz &quiz, qint64 profileId,
                                        QuizMode mode, quint64 seed);
    // Continues (or, when submitted, reviews) an attempt exactly as it was left, reading the
    // quiz from the attempt's snapshot. Only when that snapshot is damaged is `quizFile` used,
    // and only if it is the very version the attempt was taken on (same contentHash): the
    // snapshot is then rewritten from it (repairedSnapshot() says so). Otherwise the attempt is
    // left untouched and the error says why it cannot continue (ErrorKind::Damaged). An
    // unfinished attempt whose time is up is submitted here (submittedOnResume() says so).
    static Result<AttemptSession> resume(Storage &storage, qint64 attemptId,
                                         const Quiz *quizFile = nullptr);
    // What starting a quiz does (sessionstart.cpp): the profile's unfinished attempt of the
    // quiz id (whatever version it was taken on) is resumed, as resume() does, so a profile
    // never has two unfinished attempts of one quiz; else a new attempt starts with `seed`.
    // *resumed (when not null) says which happened.
    static Result<AttemptSession> startOrResume(Storage &storage, const Quiz &quiz,
                                                qint64 profileId, QuizMode mode, quint64 seed,
                                                bool *resumed = nullptr);

    const Quiz &quiz() const { return m_quiz; }
    qint64 attemptId() const { return m_attemptId; }
    QuizMode mode() const { return m_mode; }
    quint64 seed() const { return m_seed; }
    const QStringList &itemOrder() const { return m_order; } // the attempt's item ids as shown
    int itemCount() const { return int(m_order.size()); }
    int position() const { return m_position; }
    const Item *currentItem() const; // null for a quiz without items
    Answer answerFor(const QString &itemId) const { return m_answers.value(itemId); }
    const Responses &responses() const { return m_answers; }
    bool isFlagged(const QString &itemId) const { return m_flags.contains(itemId); }
    const QSet<QString> &flagged() const { return m_flags; }
    int answeredCount() const { return int(m_answers.size()); }
    bool isSubmitted() const { return m_submitted; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    // The quiz's time_limit in ms; nullopt without a limit.
    std::optional<qint64> timeLimitMs() const;
    // Limit - elapsed - pendingMs, never below 0; nullopt without a limit. `pendingMs` is time
    // the caller measured but has not yet passed to addElapsed() (the session has no clock).
    std::optional<qint64> remainingMs(qint64 pendingMs = 0) const;
    bool isTimeUp(qint64 pendingMs = 0) const { return remainingMs(pendingMs) == 0; }
    // True when resume() found this unfinished attempt out of time and submitted it.
    bool submittedOnResume() const { return m_submittedOnResume; }
    // True when resume() found the stored quiz damaged and restored it from the quiz file.
    bool repairedSnapshot() const { return m_repairedSnapshot; }
    // Confidence quizzes: how sure the learner said they are (1 low, 2 medium, 3 high).
    std::optional<int> confidenceFor(const QString &itemId) const;
    const Confidences &confidences() const { return m_confidences; }
    // The report of the attempt as it stands (what submit() returns when it finishes).
    Report report() const;
    // The report submit() made (here or in resume()); nullopt for a session that did not submit.
    const std::optional<Report> &submittedReport() const { return m_submittedReport; }

    // An empty answer clears the item's answer. Refused: an item not in the attempt, an answer
    // that does not fit the item (answerProblem()), a submitted attempt, time up, a storage
    // failure.
    Status answer(const QString &itemId, const Answer &answer);
    // 1..3, or 0 to clear; stored like an answer. Refused as answer() is, and for a quiz
    // without `confidence: true` or an item that is not scored.
    Status setConfidence(const QString &itemId, int confidence);
    Status setFlagged(const QString &itemId, bool flagged);
    Status moveTo(int position); // 0 .. itemCount() - 1
    Status addElapsed(qint64 ms);
    // Finishes the attempt and scores it; the session takes no more changes afterwards.
    Result<Report> submit();

private:
    AttemptSession(Storage &storage, Quiz quiz, qint64 attemptId);
    // The refusal of any change to a submitted attempt; nullopt while it takes changes.
    std::optional<Error> submittedRefusal() const;
    const Item *item(const QString &itemId) const;
    void setOrder(const QStringList &order);
    // The attempt's item `itemId` for a change, or why it takes none.
    Result<const Item *> changeable(const QString &itemId) const;

    Storage *m_storage;
    Quiz m_quiz;
    qint64 m_attemptId = 0;
    QuizMode m_mode = QuizMode::Assessment;
    quint64 m_seed = 0;
    QStringList m_order;
    QHash<QString, qsizetype> m_itemIndex; // the attempt's item ids -> index into m_quiz.items
    int m_position = 0;
    qint64 m_elapsedMs = 0;
    Responses m_answers;
    QSet<QString> m_flags;
    Confidences m_confidences;
    bool m_submitted = false;
    bool m_submittedOnResume = false;
    bool m_repairedSnapshot = false;
    std::optional<Report> m_submittedReport;
};

// The item ids `record` showed, in order: its stored order, or every item of `quiz` in file
// order for an attempt stored before orders existed.
QStringList shownItemOrder(const AttemptRecord &record, const Quiz &quiz);

// The report of a past (or unfinished) attempt, scored against its frozen quiz, which is
// handed back in *quizOut when that is not null.
Result<Report> reportForAttempt(Storage &storage, qint64 attemptId, Quiz *quizOut = nullptr);
// The same for an attempt record whose frozen quiz the caller already holds.
Result<Report> reportForAttempt(Storage &storage, const AttemptRecord &record, const Quiz &quiz);

} // namespace hitready
