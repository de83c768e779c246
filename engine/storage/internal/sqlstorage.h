#pragma once
// The part of the storage gateway that is the same SQL on both backends: profiles, frozen
// quizzes, attempts and their answers, through Qt Sql (a QSQLITE or a QPSQL connection). SQL
// here is written once for both: `?` placeholders, INSERT ... ON CONFLICT, RETURNING id,
// lower(name) = lower(?) for names, TEXT timestamps, parameters in a SELECT list cast to their
// type. The backends (sqlitestorage.h, pgstorage.h) open the connection, own the schema and
// implement the bulk paths of analytics. Internal to engine/storage.

#include "storage.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <unordered_map>

namespace hitready {

class SqlStorage : public Storage
{
public:
    ~SqlStorage() override;

    QString path() const override { return m_path; }
    bool isReadOnly() const override { return m_readOnly; }
    QString readOnlyMessage() const override;

    Result<Profile> createProfile(const QString &name) override;
    Result<QList<Profile>> profiles() const override;
    Result<Profile> profileByName(const QString &name) const override;
    Result<Profile> profile(qint64 profileId) const override;

    Result<QString> storeSnapshot(const Quiz &quiz) override;
    Result<Quiz> snapshot(const QString &hash) const override;
    Status repairSnapshot(const Quiz &quiz) override;
    Result<QString> latestSnapshotHash(const QString &quizId) const override;

    Result<qint64> startAttempt(qint64 profileId, const Quiz &quiz, QuizMode mode, quint64 seed,
                                const QStringList &itemOrder) override;
    Status saveResponse(qint64 attemptId, const QString &itemId, const Answer &answer) override;
    Status setFlag(qint64 attemptId, const QString &itemId, bool flagged) override;
    Status saveConfidence(qint64 attemptId, const QString &itemId,
                          std::optional<int> confidence) override;
    Status savePosition(qint64 attemptId, int position, qint64 elapsedMs) override;
    Status finishAttempt(qint64 attemptId, const QDateTime &finished) override;
    Status discardAttempt(qint64 attemptId) override;

    Result<AttemptRecord> attempt(qint64 attemptId) const override;
    Result<QList<AttemptRecord>> attempts(qint64 profileId) const override;
    Result<QList<AttemptRecord>> unfinishedAttempts(qint64 profileId) const override;
    Result<QList<AttemptRecord>> unfinishedAttempts(qint64 profileId,
                                                    const QString &quizId) const override;
    Result<Responses> responses(qint64 attemptId, const Quiz &quiz) const override;
    Result<QSet<QString>> flags(qint64 attemptId) const override;
    Result<Confidences> confidences(qint64 attemptId) const override;

    // attempttransfer.cpp
    Result<AttemptTransfer> exportAttempt(qint64 attemptId) const override;
    Result<qint64> attemptIdByUuid(const QString &uuid) const override;
    Result<MergeOutcome> mergeAttempt(const Quiz &quiz, const AttemptTransfer &transfer) override;
    Result<QList<MergeOutcome>> mergeAttempts(const QHash<QString, Quiz> &quizzes,
                                              const QList<AttemptTransfer> &transfers) override;
    Status mergeBatch(const std::function<void()> &merges) override;

protected:
    // Takes over `db` (an open connection): the destructor closes and removes it.
    SqlStorage(const QString &path, const QSqlDatabase &db, bool readOnly);

    // A failure, logged as a warning.
    Error fail(const QString &message, ErrorKind kind = ErrorKind::Failed) const;
    Error fail(const Error &error) const { return fail(error.message, error.kind); }
    // What a lookup did not find: an answer, not a failure, so not logged.
    static Error notFound(const QString &message);
    // The refusal of a write to a read-only database; nullopt when writes are taken.
    std::optional<Error> writeRefusal() const;
    Status insertSnapshot(const Quiz &quiz, const QString &hash);
    // Why a write that should have changed one row of attempt `attemptId` changed none.
    Error explainUnchanged(qint64 attemptId) const;
    Result<QList<AttemptRecord>> attemptList(const QString &where, qint64 value) const;
    // The stored versions of quiz `quizId` in the order they were first stored.
    Result<QList<QByteArray>> snapshotHashes(const QString &quizId) const;

    // mergeAttempts() inside its transaction: one attempt, its quiz checked already.
    Result<MergeOutcome> mergeOne(const Quiz &quiz, const AttemptTransfer &transfer,
                                  QHash<QString, qint64> &profileIds);
    Result<qint64> profileIdForMerge(const QString &name, QHash<QString, qint64> &profileIds);
    Status upsertResponses(qint64 attemptId, const QList<TransferredResponse> &responses);

    // SQL appended to a WHERE on profiles so that a name finds the connected user's own
    // profile: on a class server two learners (or the owner collecting hand-in files) may each
    // have a "Maria". Empty on a file, where a name is one profile.
    virtual QString ownProfilesOnly() const { return {}; }

    // The statement `sql` prepared once on this connection and kept for the next call, for the
    // writes made on every answer: the server plans it once, and each save is one round trip
    // (a new QSqlQuery on QPSQL is PREPARE, EXECUTE and DEALLOCATE). Bind with bindValue(i, v).
    // nullptr (and the database's words in *error) when it cannot be prepared.
    QSqlQuery *reusedQuery(const QString &sql, QString *whyNot);

    // A unique name for a new Qt Sql connection.
    static QString newConnectionName();

    QString m_path;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    bool m_mergeBatchOpen = false; // inside mergeBatch(): merges take savepoints
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_reused; // by SQL text
};

} // namespace hitready
