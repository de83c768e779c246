#include "sqlstorage.h"

#include "schema.h"
#include "storagerows.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <algorithm>

// Moving an attempt between databases: read everything stored about it, and store it in
// another database under its UUID exactly once. Portable Qt SQL (SQLite and PostgreSQL alike):
// `?` placeholders, ON CONFLICT, RETURNING; no INSERT OR IGNORE, no lastInsertId().

namespace hitready {

using namespace storagerows;

namespace {

QVariant nullableConfidence(const std::optional<int> &confidence)
{
    return confidence ? QVariant(*confidence) : QVariant(QMetaType::fromType<int>());
}

QVariant nullableTimestamp(const std::optional<QDateTime> &t)
{
    return t ? QVariant(timestamp(*t)) : QVariant(QMetaType::fromType<QString>());
}

bool isAttemptUuid(const QString &uuid)
{
    const QUuid parsed = QUuid::fromString(uuid);
    return !parsed.isNull() && parsed.toString(QUuid::WithoutBraces) == uuid;
}

// Why `t` cannot be stored as an attempt on `quiz` (empty when it can). Checked before the
// transaction starts, so a refused transfer writes nothing.
QString transferProblem(const Quiz &quiz, const AttemptTransfer &t)
{
    const AttemptRecord &a = t.attempt;
    if (!isAttemptUuid(a.uuid))
        return QStringLiteral("'%1' is not an attempt UUID").arg(a.uuid);
    if (a.quizId != quiz.id)
        return QStringLiteral("it names quiz '%1' but was taken on '%2'").arg(a.quizId, quiz.id);
    if (t.profileName.trimmed().isEmpty())
        return QStringLiteral("it has no profile name");
    if (!a.started.isValid() || (a.finished && !a.finished->isValid()))
        return QStringLiteral("its start or finish time is not a time");
    if (a.position < 0 || a.elapsedMs < 0)
        return QStringLiteral("its position or elapsed time is negative");
    QHash<QString, const Item *> items;
    items.reserve(quiz.items.size());
    for (const Item &item : quiz.items)
        items.insert(item.id, &item);
    QSet<QString> seen;
    for (const QString &id : a.itemOrder) {
        if (!items.contains(id) || seen.contains(id) || id.contains(QLatin1Char(',')))
            return QStringLiteral("item order: '%1' is unknown, repeated or holds a comma").arg(id);
        seen.insert(id);
    }
    seen.clear();
    for (const TransferredResponse &r : t.responses) {
        const Item *item = items.value(r.itemId);
        if (!item)
            return QStringLiteral("it answers item '%1', which the quiz does not have")
                .arg(r.itemId);
        if (seen.contains(r.itemId))
            return QStringLiteral("item '%1' is answered twice").arg(r.itemId);
        seen.insert(r.itemId);
        if (!r.answer.isEmpty()) {
            bool ok = false;
            const Answer answer = decodeAnswer(*item, r.answer, &ok);
            const QString problem = ok ? answerProblem(*item, answer)
                                       : QStringLiteral("it does not decode as an answer");
            if (!problem.isEmpty())
                return QStringLiteral("the answer '%1' to item '%2': %3")
                    .arg(r.answer, r.itemId, problem);
        }
        if (r.confidence && !isConfidence(*r.confidence))
            return QStringLiteral("item '%1': confidence %2 is not 1, 2 or 3")
                .arg(r.itemId)
                .arg(*r.confidence);
        if (!QDateTime::fromString(r.answeredAt, Qt::ISODateWithMs).isValid())
            return QStringLiteral("item '%1': answered at '%2', which is not a time")
                .arg(r.itemId, r.answeredAt);
    }
    return {};
}

// `stored` with `incoming`'s progress applied: what an unfinished attempt becomes.
AttemptTransfer broughtUpToDate(AttemptTransfer stored, const AttemptTransfer &incoming)
{
    stored.attempt.position = incoming.attempt.position;
    stored.attempt.elapsedMs = incoming.attempt.elapsedMs;
    stored.attempt.finished = incoming.attempt.finished;
    for (const TransferredResponse &r : incoming.responses) {
        auto at = std::find_if(stored.responses.begin(), stored.responses.end(),
                               [&](const TransferredResponse &s) { return s.itemId == r.itemId; });
        if (at == stored.responses.end())
            stored.responses.append(r);
        else
            *at = r;
    }
    std::sort(stored.responses.begin(), stored.responses.end(),
              [](const auto &x, const auto &y) { return x.itemId < y.itemId; });
    return stored;
}

// The transaction of one mergeAttempts(): its own, or a savepoint inside the transaction of
// mergeBatch(), which rolls back to it on failure so the batch's other merges stay.
class MergeScope
{
public:
    MergeScope(QSqlDatabase &db, bool inBatch) : m_db(db), m_inBatch(inBatch), m_transaction(db) {}
    ~MergeScope()
    {
        if (m_inBatch && m_open) {
            (void)execSql(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT hitready_merge"));
            (void)execSql(m_db, QStringLiteral("RELEASE SAVEPOINT hitready_merge"));
        }
    }
    MergeScope(const MergeScope &) = delete;
    MergeScope &operator=(const MergeScope &) = delete;

    Status begin()
    {
        if (!m_inBatch)
            return m_transaction.begin();
        Status begun = execSql(m_db, QStringLiteral("SAVEPOINT hitready_merge"));
        m_open = begun.has_value();
        return begun;
    }
    Status commit()
    {
        if (!m_inBatch)
            return m_transaction.commit();
        Status released = execSql(m_db, QStringLiteral("RELEASE SAVEPOINT hitready_merge"));
        m_open = !released.has_value();
        return released;
    }

private:
    QSqlDatabase &m_db;
    bool m_inBatch;
    bool m_open = false;
    Transaction m_transaction;
};

} // namespace

Status SqlStorage::mergeBatch(const std::function<void()> &merges)
{
    if (const auto refused = writeRefusal())
        return *refused;
    if (m_mergeBatchOpen)
        return fail(QStringLiteral("merge batches do not nest"), ErrorKind::Refused);
    const QString merging = QStringLiteral("cannot store the attempts");
    Transaction transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return fail(begun.error().context(merging));
    m_mergeBatchOpen = true;
    merges();
    m_mergeBatchOpen = false;
    if (const Status committed = transaction.commit(); !committed)
        return fail(committed.error().context(merging));
    return {};
}

Result<AttemptTransfer> SqlStorage::exportAttempt(qint64 attemptId) const
{
    const Result<AttemptRecord> record = attempt(attemptId);
    if (!record)
        return record.error();
    const Result<Profile> owner = profile(record->profileId);
    if (!owner)
        return fail(owner.error().context(QStringLiteral("attempt %1").arg(attemptId)));
    AttemptTransfer transfer{*record, owner->name, {}};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT item_id, answer, answered_at, flagged, confidence "
                             "FROM responses WHERE attempt_id = ?"));
    q.addBindValue(attemptId);
    if (!q.exec())
        return fail(QStringLiteral("cannot read the answers of attempt %1: %2")
                        .arg(attemptId)
                        .arg(sqlError(q)),
                    ErrorKind::Io);
    while (q.next()) {
        TransferredResponse r{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toInt() != 0, std::nullopt};
        if (!q.value(4).isNull())
            r.confidence = q.value(4).toInt();
        transfer.responses.append(r);
    }
    // Sorted here, not in SQL: PostgreSQL orders text by its collation, SQLite by bytes.
    std::sort(transfer.responses.begin(), transfer.responses.end(),
              [](const auto &x, const auto &y) { return x.itemId < y.itemId; });
    return transfer;
}

Result<qint64> SqlStorage::attemptIdByUuid(const QString &uuid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM attempts WHERE uuid = ?"));
    q.addBindValue(text(uuid));
    if (!q.exec())
        return fail(QStringLiteral("cannot read attempts: %1").arg(sqlError(q)), ErrorKind::Io);
    if (!q.next())
        return notFound(QStringLiteral("no attempt %1").arg(uuid));
    return q.value(0).toLongLong();
}

Result<MergeOutcome> SqlStorage::mergeAttempt(const Quiz &quiz, const AttemptTransfer &transfer)
{
    const Result<QList<MergeOutcome>> merged =
        mergeAttempts({{transfer.attempt.quizHash, quiz}}, {transfer});
    if (!merged)
        return merged.error();
    return merged->first();
}

Result<QList<MergeOutcome>> SqlStorage::mergeAttempts(const QHash<QString, Quiz> &quizzes,
                                                      const QList<AttemptTransfer> &transfers)
{
    if (const auto refused = writeRefusal())
        return *refused;
    for (auto it = quizzes.cbegin(); it != quizzes.cend(); ++it)
        if (const QString hash = contentHash(it.value()); hash != it.key())
            return fail(QStringLiteral("quiz '%1' is version %2, not the version %3 it is said "
                                       "to be; nothing was stored")
                            .arg(it.value().id, hash.left(12), it.key().left(12)),
                        ErrorKind::Refused);
    for (const AttemptTransfer &t : transfers) {
        const auto quiz = quizzes.constFind(t.attempt.quizHash);
        const QString problem = quiz == quizzes.cend()
                                    ? QStringLiteral("its quiz version %1 is not given")
                                          .arg(t.attempt.quizHash.left(12))
                                    : transferProblem(*quiz, t);
        if (!problem.isEmpty())
            return fail(
                QStringLiteral("attempt %1: %2; nothing was stored").arg(t.attempt.uuid, problem),
                ErrorKind::Refused);
    }
    const QString merging = QStringLiteral("cannot store the attempts; nothing was stored");
    MergeScope transaction(m_db, m_mergeBatchOpen);
    if (const Status begun = transaction.begin(); !begun)
        return fail(begun.error().context(merging));
    QSet<QString> stored;
    for (const AttemptTransfer &t : transfers) {
        const QString &hash = t.attempt.quizHash;
        if (stored.contains(hash))
            continue;
        if (const Status snapshot = insertSnapshot(quizzes.value(hash), hash); !snapshot)
            return fail(snapshot.error().context(merging));
        stored.insert(hash);
    }
    QHash<QString, qint64> profileIds; // by name as given
    QList<MergeOutcome> outcomes;
    outcomes.reserve(transfers.size());
    for (const AttemptTransfer &t : transfers) {
        const Result<MergeOutcome> outcome =
            mergeOne(quizzes.value(t.attempt.quizHash), t, profileIds);
        if (!outcome)
            return fail(outcome.error().context(merging));
        outcomes.append(*outcome);
    }
    if (const Status committed = transaction.commit(); !committed)
        return fail(committed.error().context(merging));
    return outcomes;
}

Result<qint64> SqlStorage::profileIdForMerge(const QString &name,
                                             QHash<QString, qint64> &profileIds)
{
    const QString trimmed = name.trimmed();
    if (const auto known = profileIds.constFind(trimmed); known != profileIds.cend())
        return *known;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO profiles (name, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(trimmed);
    q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return fail(QStringLiteral("cannot create profile '%1': %2").arg(trimmed, sqlError(q)),
                    ErrorKind::Io);
    q.prepare(QStringLiteral("SELECT id FROM profiles WHERE lower(name) = lower(?)%1 ORDER BY id")
                  .arg(ownProfilesOnly()));
    q.addBindValue(trimmed);
    if (!q.exec() || !q.next())
        return fail(QStringLiteral("cannot find profile '%1': %2").arg(trimmed, sqlError(q)),
                    ErrorKind::Io);
    const qint64 id = q.value(0).toLongLong();
    profileIds.insert(trimmed, id);
    return id;
}

Status SqlStorage::upsertResponses(qint64 attemptId, const QList<TransferredResponse> &responses)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO responses (attempt_id, item_id, answer, answered_at, flagged, confidence) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id, item_id) DO UPDATE SET "
        "answer = excluded.answer, answered_at = excluded.answered_at, "
        "flagged = excluded.flagged, confidence = excluded.confidence"));
    for (const TransferredResponse &r : responses) {
        q.addBindValue(attemptId);
        q.addBindValue(text(r.itemId));
        q.addBindValue(text(r.answer));
        q.addBindValue(text(r.answeredAt));
        q.addBindValue(r.flagged ? 1 : 0);
        q.addBindValue(nullableConfidence(r.confidence));
        if (!q.exec())
            return fail(
                QStringLiteral("cannot store the answer to '%1': %2").arg(r.itemId, sqlError(q)),
                ErrorKind::Io);
    }
    return {};
}

Result<MergeOutcome> SqlStorage::mergeOne(const Quiz &quiz, const AttemptTransfer &transfer,
                                          QHash<QString, qint64> &profileIds)
{
    const AttemptRecord &a = transfer.attempt;
    const Result<qint64> existing = attemptIdByUuid(a.uuid);
    if (!existing && existing.error().kind != ErrorKind::NotFound)
        return existing.error();
    if (existing) {
        const Result<AttemptTransfer> stored = exportAttempt(*existing);
        if (!stored)
            return stored.error();
        if (stored->attempt.isFinished())
            return MergeOutcome::Unchanged; // a finished attempt is never rewritten
        if (stored->attempt.quizHash != a.quizHash || stored->attempt.itemOrder != a.itemOrder ||
            stored->attempt.seed != a.seed)
            return fail(QStringLiteral("attempt %1 is stored already with another quiz version, "
                                       "seed or item order")
                            .arg(a.uuid),
                        ErrorKind::Refused);
        const AttemptTransfer wanted = broughtUpToDate(*stored, transfer);
        if (wanted == *stored)
            return MergeOutcome::Unchanged;
        // Answers first: once finished, the attempt takes no more.
        if (const Status answers = upsertResponses(*existing, transfer.responses); !answers)
            return answers.error();
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE attempts SET position = ?, elapsed_ms = ?, "
                                 "finished_at = ? WHERE id = ? AND finished_at IS NULL"));
        q.addBindValue(a.position);
        q.addBindValue(a.elapsedMs);
        q.addBindValue(nullableTimestamp(a.finished));
        q.addBindValue(*existing);
        if (!q.exec())
            return fail(QStringLiteral("cannot update attempt %1: %2").arg(a.uuid, sqlError(q)),
                        ErrorKind::Io);
        return MergeOutcome::Updated;
    }
    const Result<qint64> profileId = profileIdForMerge(transfer.profileName, profileIds);
    if (!profileId)
        return profileId.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO attempts (profile_id, quiz_hash, quiz_id, mode, seed, "
                             "started_at, finished_at, position, elapsed_ms, item_order, uuid) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(*profileId);
    q.addBindValue(a.quizHash);
    q.addBindValue(text(quiz.id));
    q.addBindValue(modeName(a.mode));
    q.addBindValue(qint64(a.seed));
    q.addBindValue(timestamp(a.started));
    q.addBindValue(nullableTimestamp(a.finished));
    q.addBindValue(a.position);
    q.addBindValue(a.elapsedMs);
    q.addBindValue(text(a.itemOrder.join(QLatin1Char(','))));
    q.addBindValue(a.uuid);
    if (!q.exec() || !q.next())
        return fail(QStringLiteral("cannot store attempt %1: %2").arg(a.uuid, sqlError(q)),
                    ErrorKind::Io);
    const qint64 attemptId = q.value(0).toLongLong();
    q.finish();
    if (const Status answers = upsertResponses(attemptId, transfer.responses); !answers)
        return answers.error();
    return MergeOutcome::Added;
}

} // namespace hitready
