#pragma once
// The one gateway to the HIT Ready database (a SQLite file or a PostgreSQL server): profiles,
// frozen quizzes, attempts and their answers. Every call that can fail returns a Result
// (result.h) whose Error says why, in words for the learner or instructor who reads it; nothing
// throws. A Storage belongs to the thread that opened it, as its Qt SQL connection does.

#include "answer.h"
#include "confidence.h"
#include "quiz.h"
#include "result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace hitready {

struct Profile
{
    qint64 id = 0;
    QString name;
    QDateTime created; // UTC
    bool operator==(const Profile &) const = default;
};

struct AttemptRecord
{
    qint64 id = 0;
    qint64 profileId = 0;
    QString quizId;
    QString quizHash; // contentHash() of the frozen quiz the attempt was taken on
    QuizMode mode = QuizMode::Assessment;
    quint64 seed = 0;
    QDateTime started; // UTC
    std::optional<QDateTime> finished;
    int position = 0;      // index into the item order of the item last shown
    qint64 elapsedMs = 0;  // time spent on the attempt so far
    QStringList itemOrder; // item ids in the order shown; empty: the quiz's own order
    QString uuid; // the same in every database the attempt is copied to (hand-in, class server)
    bool isFinished() const { return finished.has_value(); }
    bool operator==(const AttemptRecord &) const = default;
};

// Which finished attempts of a quiz statistics and exports read.
struct AttemptSelection
{
    QString quizId;
    QString quizHash;            // empty: every version of the quiz
    bool firstPerProfile = true; // each profile's first finished attempt (by start, then id)
};

// The selected attempts, in ascending id order (parallel lists).
struct SelectedAttempts
{
    QList<qint64> ids;
    QList<qint64> profileIds;
    QList<int> versions; // index into hashes
    QStringList started; // stored timestamps (ISO-8601 UTC)
    QStringList finished;
    QList<QByteArray> itemOrders; // as stored (ids joined by commas); empty: the version's order
    QStringList hashes;           // the versions these attempts were taken on, oldest stored first
    qsizetype size() const { return ids.size(); }
};

// One finished attempt written by a bulk import (simulated learners, imported results).
struct ImportedAttempt
{
    QString uuid;        // empty: a new one
    QString profileName; // created when new
    QuizMode mode = QuizMode::Assessment;
    quint64 seed = 0;
    QDateTime started;  // UTC
    QDateTime finished; // UTC
    qint64 elapsedMs = 0;
    QList<Answer> answers; // in quiz item order; empty answers are not stored
    // The items the attempt showed, in order (itemOrder(quiz, seed) for a drawn attempt);
    // empty: every item in file order. Answers may be given to these items only.
    QStringList itemOrder;
};

// The one gateway to a HIT Ready database. An interface: Storage::open() gives the SQLite
// implementation for a file and the PostgreSQL one for a server URL; both share their portable
// SQL (internal/sqlstorage.h) and differ in opening, schema and the bulk paths of analytics.
class Storage
{
public:
    enum class Access {
        ReadWrite, // falls back to ReadOnly for a file this process cannot write
        ReadOnly,  // never writes, not even the journal mode or a migration
    };
    // Opens and upgrades the database at `location`: a `postgresql://` or `postgres://` URL is
    // a PostgreSQL server (libpq conventions: the password from the URL, PGPASSWORD or
    // ~/.pgpass; sslmode and the other parameters honoured), anything else a SQLite file
    // (created with its folders if needed). A database that is not a HIT Ready one, or one
    // from a newer version, gives an error naming it, and is left unchanged. A file is only
    // ever opened through SQLite (see DESIGN: POSIX locks). A read-only database must be up to
    // date.
    static Result<std::unique_ptr<Storage>> open(const QString &location,
                                                 Access access = Access::ReadWrite);
    // Whether `location` names a PostgreSQL server rather than a SQLite file.
    static bool isServerLocation(const QString &location);
    // <app data folder>/hitready.sqlite
    static QString defaultPath();

    virtual ~Storage() = default;
    Q_DISABLE_COPY_MOVE(Storage)

    // The file path, or the server URL without its password.
    virtual QString path() const = 0;
    // Past attempts can be read; every write is refused with readOnlyMessage() (ErrorKind::
    // ReadOnly).
    virtual bool isReadOnly() const = 0;
    virtual QString readOnlyMessage() const = 0;

    // Profiles: names are unique regardless of ASCII case.
    // A name in use already is ErrorKind::Refused.
    virtual Result<Profile> createProfile(const QString &name) = 0;
    virtual Result<QList<Profile>> profiles() const = 0; // by name
    // ErrorKind::NotFound: no such name
    virtual Result<Profile> profileByName(const QString &name) const = 0;
    virtual Result<Profile> profile(qint64 profileId) const = 0; // ErrorKind::NotFound: no such id

    // Frozen quizzes, stored once per contentHash(); returns the hash.
    virtual Result<QString> storeSnapshot(const Quiz &quiz) = 0;
    // ErrorKind::NotFound: never stored; ErrorKind::Damaged: stored bytes that do not decode.
    virtual Result<Quiz> snapshot(const QString &hash) const = 0;
    // Rewrites the stored bytes of quiz's own version (same contentHash) when they were found
    // damaged; ErrorKind::NotFound when that version was never stored.
    virtual Status repairSnapshot(const Quiz &quiz) = 0;

    // Attempts. Every write is durable (synchronous=FULL on SQLite, a committed transaction
    // on the server) when it succeeds; writes to a finished attempt are refused
    // (ErrorKind::Refused), to a missing one ErrorKind::NotFound. A profile has at most one
    // unfinished attempt per quiz id: startAttempt() refuses while one is open (resume it,
    // finish it or discard it first).
    virtual Result<qint64> startAttempt(qint64 profileId, const Quiz &quiz, QuizMode mode,
                                        quint64 seed, const QStringList &itemOrder = {}) = 0;
    virtual Status saveResponse(qint64 attemptId, const QString &itemId, const Answer &answer) = 0;
    virtual Status setFlag(qint64 attemptId, const QString &itemId, bool flagged) = 0;
    // How sure the learner is of the item's answer (1..3); nullopt clears it.
    virtual Status saveConfidence(qint64 attemptId, const QString &itemId,
                                  std::optional<int> confidence) = 0;
    virtual Status savePosition(qint64 attemptId, int position, qint64 elapsedMs) = 0;
    virtual Status finishAttempt(qint64 attemptId, const QDateTime &finished) = 0;
    // Deletes an unfinished attempt and everything answered in it; a finished one is refused.
    virtual Status discardAttempt(qint64 attemptId) = 0;

    // ErrorKind::NotFound: no such id
    virtual Result<AttemptRecord> attempt(qint64 attemptId) const = 0;
    virtual Result<QList<AttemptRecord>> attempts(qint64 profileId) const = 0; // newest first
    virtual Result<QList<AttemptRecord>> unfinishedAttempts(qint64 profileId) const = 0;
    // The profile's unfinished attempts of the quiz `quizId` (any version), newest first: one at
    // most, unless the database was written by a version that did not keep to that rule.
    virtual Result<QList<AttemptRecord>> unfinishedAttempts(qint64 profileId,
                                                            const QString &quizId) const = 0;
    // The answers given, read against `quiz` (the attempt's snapshot): rows for items the quiz
    // does not have, or that do not decode for their item, are skipped with a warning.
    virtual Result<Responses> responses(qint64 attemptId, const Quiz &quiz) const = 0;
    virtual Result<QSet<QString>> flags(qint64 attemptId) const = 0;
    // Item id -> confidence 1..3, for every item that has one.
    virtual Result<Confidences> confidences(qint64 attemptId) const = 0;

    // Analytics: bulk reads and writes on each backend's own API (SQLite's C API, libpq's
    // COPY), because a Qt Sql row costs microseconds and these move millions of rows.

    // The finished attempts `selection` asks for (an empty list when there are none).
    virtual Result<SelectedAttempts> selectAttempts(const AttemptSelection &selection) const = 0;
    // The most recently stored version of a quiz; ErrorKind::NotFound when none is stored.
    virtual Result<QString> latestSnapshotHash(const QString &quizId) const = 0;
    // Every non-empty answer of `attempts` in ONE query, ordered by attempt then item id (as
    // bytes): visit(index into attempts.ids, item id, encoded answer), both UTF-8 and valid
    // during the call only.
    using AnswerRowVisitor =
        std::function<void(qsizetype attempt, QByteArrayView itemId, QByteArrayView answer)>;
    virtual Status scanAnswers(const SelectedAttempts &attempts,
                               const AnswerRowVisitor &visit) const = 0;
    // The same for attempts [first, last) only. When canScanConcurrently(), several threads may
    // scan ranges at once (each call reads on a connection of its own); else only this
    // Storage's thread may.
    virtual Status scanAnswerRange(const SelectedAttempts &attempts, qsizetype first,
                                   qsizetype last, const AnswerRowVisitor &visit) const = 0;
    virtual bool canScanConcurrently() const = 0;
    // Stores finished attempts on `quiz` in one transaction (one sync at the end, not one per
    // answer): all of them, or none and an error. next() fills in the next attempt and returns
    // false after the last. Returns the number stored.
    virtual Result<qint64> importAttempts(const Quiz &quiz,
                                          const std::function<bool(ImportedAttempt *)> &next) = 0;

protected:
    Storage() = default;
};

} // namespace hitready
