#include "sqlstorage.h"

#include "schema.h"
#include "storagerows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// The attempt half of the storage gateway: attempts, answers, flags and positions.

namespace hitready {

using namespace storagerows;

Result<qint64> SqlStorage::startAttempt(qint64 profileId, const Quiz &quiz, QuizMode mode,
                                        quint64 seed, const QStringList &itemOrder)
{
    if (const auto refused = writeRefusal())
        return *refused;
    QSet<QString> known, seen;
    if (!itemOrder.isEmpty())
        for (const Item &item : quiz.items)
            known.insert(item.id);
    for (const QString &id : itemOrder) {
        if (!known.contains(id) || id.contains(QLatin1Char(',')) || seen.contains(id))
            return fail(
                QStringLiteral("item order: '%1' is unknown, repeated or holds a comma").arg(id),
                ErrorKind::Refused);
        seen.insert(id);
    }
    const QString hash = contentHash(quiz);
    const QString starting = QStringLiteral("cannot start an attempt");
    Transaction transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return fail(begun.error().context(starting));
    if (const Status stored = insertSnapshot(quiz, hash); !stored)
        return stored.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO attempts (profile_id, quiz_hash, quiz_id, mode, seed, "
                             "started_at, item_order, uuid) "
                             "SELECT id, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), "
                             "CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT), "
                             "CAST(? AS TEXT) FROM profiles WHERE id = ? "
                             "AND NOT EXISTS (SELECT 1 FROM attempts WHERE profile_id = ? "
                             "AND quiz_id = ? AND finished_at IS NULL) RETURNING id"));
    q.addBindValue(hash);
    q.addBindValue(quiz.id);
    q.addBindValue(modeName(mode));
    q.addBindValue(qint64(seed));
    q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(itemOrder.join(QLatin1Char(','))));
    q.addBindValue(newAttemptUuid());
    q.addBindValue(profileId);
    q.addBindValue(profileId);
    q.addBindValue(text(quiz.id));
    if (!q.exec())
        return fail(QStringLiteral("%1: %2").arg(starting, sqlError(q)), ErrorKind::Io);
    if (!q.next()) {
        const auto open = unfinishedAttempts(profileId, quiz.id);
        if (open && !open->isEmpty())
            return fail(QStringLiteral("profile %1 has an unfinished attempt (%2) of quiz "
                                       "'%3': continue, submit or discard it before "
                                       "starting another")
                            .arg(profileId)
                            .arg(open->first().id)
                            .arg(quiz.id),
                        ErrorKind::Refused);
        return fail(QStringLiteral("no profile %1").arg(profileId), ErrorKind::NotFound);
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (const Status committed = transaction.commit(); !committed)
        return fail(committed.error().context(starting));
    return id;
}

Error SqlStorage::explainUnchanged(qint64 attemptId) const
{
    const Result<AttemptRecord> a = attempt(attemptId);
    if (!a)
        return fail(a.error().message, a.error().kind);
    if (a->isFinished())
        return fail(
            QStringLiteral("attempt %1 is finished; it takes no more changes").arg(attemptId),
            ErrorKind::Refused);
    return fail(QStringLiteral("attempt %1 was not changed").arg(attemptId));
}

Status SqlStorage::saveResponse(qint64 attemptId, const QString &itemId, const Answer &answer)
{
    if (const auto refused = writeRefusal())
        return *refused;
    // One statement is one transaction: on disk when exec() returns.
    QString unprepared;
    QSqlQuery *reused = reusedQuery(
        QStringLiteral("INSERT INTO responses (attempt_id, item_id, answer, answered_at) "
                       "SELECT id, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT) FROM attempts "
                       "WHERE id = ? AND finished_at IS NULL "
                       "ON CONFLICT (attempt_id, item_id) DO UPDATE "
                       "SET answer = excluded.answer, answered_at = excluded.answered_at"),
        &unprepared);
    if (!reused)
        return fail(QStringLiteral("cannot save the answer: %1").arg(unprepared), ErrorKind::Io);
    QSqlQuery &q = *reused;
    q.bindValue(0, text(itemId));
    q.bindValue(1, text(encodeAnswer(answer)));
    q.bindValue(2, timestamp(QDateTime::currentDateTimeUtc()));
    q.bindValue(3, attemptId);
    if (!q.exec())
        return fail(QStringLiteral("cannot save the answer to '%1': %2").arg(itemId, sqlError(q)),
                    ErrorKind::Io);
    if (q.numRowsAffected() != 1)
        return explainUnchanged(attemptId);
    return {};
}

Status SqlStorage::setFlag(qint64 attemptId, const QString &itemId, bool flagged)
{
    if (const auto refused = writeRefusal())
        return *refused;
    QString unprepared;
    QSqlQuery *reused = reusedQuery(
        QStringLiteral(
            "INSERT INTO responses (attempt_id, item_id, answer, answered_at, flagged) "
            "SELECT id, CAST(? AS TEXT), '', CAST(? AS TEXT), CAST(? AS INTEGER) FROM attempts "
            "WHERE id = ? AND finished_at IS NULL "
            "ON CONFLICT (attempt_id, item_id) DO UPDATE SET flagged = excluded.flagged"),
        &unprepared);
    if (!reused)
        return fail(QStringLiteral("cannot flag the item: %1").arg(unprepared), ErrorKind::Io);
    QSqlQuery &q = *reused;
    q.bindValue(0, text(itemId));
    q.bindValue(1, timestamp(QDateTime::currentDateTimeUtc()));
    q.bindValue(2, flagged ? 1 : 0);
    q.bindValue(3, attemptId);
    if (!q.exec())
        return fail(QStringLiteral("cannot flag '%1': %2").arg(itemId, sqlError(q)), ErrorKind::Io);
    if (q.numRowsAffected() != 1)
        return explainUnchanged(attemptId);
    return {};
}

Status SqlStorage::saveConfidence(qint64 attemptId, const QString &itemId,
                                  std::optional<int> confidence)
{
    if (const auto refused = writeRefusal())
        return *refused;
    if (confidence && !isConfidence(*confidence))
        return fail(
            QStringLiteral("confidence %1 is not 1 (low), 2 (medium) or 3 (high)").arg(*confidence),
            ErrorKind::Refused);
    QString unprepared;
    QSqlQuery *reused = reusedQuery(
        QStringLiteral(
            "INSERT INTO responses (attempt_id, item_id, answer, answered_at, confidence) "
            "SELECT id, CAST(? AS TEXT), '', CAST(? AS TEXT), CAST(? AS INTEGER) FROM attempts "
            "WHERE id = ? AND finished_at IS NULL "
            "ON CONFLICT (attempt_id, item_id) DO UPDATE SET confidence = excluded.confidence"),
        &unprepared);
    if (!reused)
        return fail(QStringLiteral("cannot save the confidence: %1").arg(unprepared),
                    ErrorKind::Io);
    QSqlQuery &q = *reused;
    q.bindValue(0, text(itemId));
    q.bindValue(1, timestamp(QDateTime::currentDateTimeUtc()));
    q.bindValue(2, confidence ? QVariant(*confidence) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(3, attemptId);
    if (!q.exec())
        return fail(
            QStringLiteral("cannot save the confidence for '%1': %2").arg(itemId, sqlError(q)),
            ErrorKind::Io);
    if (q.numRowsAffected() != 1)
        return explainUnchanged(attemptId);
    return {};
}

Status SqlStorage::savePosition(qint64 attemptId, int position, qint64 elapsedMs)
{
    if (const auto refused = writeRefusal())
        return *refused;
    if (position < 0 || elapsedMs < 0)
        return fail(QStringLiteral("position and elapsed time cannot be negative"),
                    ErrorKind::Refused);
    QString unprepared;
    QSqlQuery *reused =
        reusedQuery(QStringLiteral("UPDATE attempts SET position = ?, elapsed_ms = ? "
                                   "WHERE id = ? AND finished_at IS NULL"),
                    &unprepared);
    if (!reused)
        return fail(QStringLiteral("cannot save the position: %1").arg(unprepared), ErrorKind::Io);
    QSqlQuery &q = *reused;
    q.bindValue(0, position);
    q.bindValue(1, elapsedMs);
    q.bindValue(2, attemptId);
    if (!q.exec())
        return fail(QStringLiteral("cannot save the position: %1").arg(sqlError(q)), ErrorKind::Io);
    if (q.numRowsAffected() != 1)
        return explainUnchanged(attemptId);
    return {};
}

Status SqlStorage::finishAttempt(qint64 attemptId, const QDateTime &finished)
{
    if (const auto refused = writeRefusal())
        return *refused;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE attempts SET finished_at = ? WHERE id = ? AND finished_at IS NULL"));
    q.addBindValue(timestamp(finished));
    q.addBindValue(attemptId);
    if (!q.exec())
        return fail(QStringLiteral("cannot finish attempt %1: %2").arg(attemptId).arg(sqlError(q)),
                    ErrorKind::Io);
    if (q.numRowsAffected() != 1)
        return explainUnchanged(attemptId);
    return {};
}

Status SqlStorage::discardAttempt(qint64 attemptId)
{
    const QString discarding = QStringLiteral("cannot discard attempt %1").arg(attemptId);
    Transaction transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return fail(begun.error().context(discarding));
    // Answers first: the database may have been created without foreign keys enforced.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM responses WHERE attempt_id = "
                             "(SELECT id FROM attempts WHERE id = ? AND finished_at IS NULL)"));
    q.addBindValue(attemptId);
    if (!q.exec())
        return fail(QStringLiteral("%1: %2").arg(discarding, sqlError(q)), ErrorKind::Io);
    q.prepare(QStringLiteral("DELETE FROM attempts WHERE id = ? AND finished_at IS NULL"));
    q.addBindValue(attemptId);
    if (!q.exec())
        return fail(QStringLiteral("%1: %2").arg(discarding, sqlError(q)), ErrorKind::Io);
    if (q.numRowsAffected() != 1)
        return explainUnchanged(attemptId);
    if (const Status committed = transaction.commit(); !committed)
        return fail(committed.error().context(discarding));
    return {};
}

Result<AttemptRecord> SqlStorage::attempt(qint64 attemptId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM attempts WHERE id = ?").arg(QLatin1String(attemptColumns)));
    q.addBindValue(attemptId);
    if (!q.exec())
        return fail(QStringLiteral("cannot read attempts: %1").arg(sqlError(q)), ErrorKind::Io);
    if (!q.next())
        return notFound(QStringLiteral("no attempt %1").arg(attemptId));
    return attemptFrom(q);
}

Result<QList<AttemptRecord>> SqlStorage::attemptList(const QString &where, qint64 value) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM attempts WHERE %2 ORDER BY started_at DESC, id DESC")
                  .arg(QLatin1String(attemptColumns), where));
    q.addBindValue(value);
    if (!q.exec())
        return fail(QStringLiteral("cannot read attempts: %1").arg(sqlError(q)), ErrorKind::Io);
    QList<AttemptRecord> list;
    while (q.next())
        list.append(attemptFrom(q));
    return list;
}

Result<QList<AttemptRecord>> SqlStorage::attempts(qint64 profileId) const
{
    return attemptList(QStringLiteral("profile_id = ?"), profileId);
}

Result<QList<AttemptRecord>> SqlStorage::unfinishedAttempts(qint64 profileId) const
{
    return attemptList(QStringLiteral("profile_id = ? AND finished_at IS NULL"), profileId);
}

Result<QList<AttemptRecord>> SqlStorage::unfinishedAttempts(qint64 profileId,
                                                            const QString &quizId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM attempts WHERE profile_id = ? AND quiz_id = ? AND "
                             "finished_at IS NULL ORDER BY started_at DESC, id DESC")
                  .arg(QLatin1String(attemptColumns)));
    q.addBindValue(profileId);
    q.addBindValue(text(quizId));
    if (!q.exec())
        return fail(QStringLiteral("cannot read attempts: %1").arg(sqlError(q)), ErrorKind::Io);
    QList<AttemptRecord> list;
    while (q.next())
        list.append(attemptFrom(q));
    return list;
}

Result<Responses> SqlStorage::responses(qint64 attemptId, const Quiz &quiz) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT item_id, answer FROM responses WHERE attempt_id = ? AND answer <> ''"));
    q.addBindValue(attemptId);
    if (!q.exec())
        return fail(QStringLiteral("cannot read answers: %1").arg(sqlError(q)), ErrorKind::Io);
    QHash<QString, const Item *> items;
    items.reserve(quiz.items.size());
    for (const Item &item : quiz.items)
        items.insert(item.id, &item);
    Responses result;
    while (q.next()) {
        const QString itemId = q.value(0).toString();
        const Item *item = items.value(itemId);
        if (!item) {
            qCWarning(lcStorage) << "attempt" << attemptId << "answered item" << itemId
                                 << "which quiz" << quiz.id << "does not have; skipped";
            continue;
        }
        bool ok = false;
        const Answer answer = decodeAnswer(*item, q.value(1).toString(), &ok);
        if (!ok) {
            qCWarning(lcStorage) << "attempt" << attemptId << "holds an unreadable answer"
                                 << q.value(1).toString() << "to" << itemId << "; skipped";
            continue;
        }
        result.insert(itemId, answer);
    }
    return result;
}

Result<QSet<QString>> SqlStorage::flags(qint64 attemptId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT item_id FROM responses WHERE attempt_id = ? AND flagged = 1"));
    q.addBindValue(attemptId);
    if (!q.exec())
        return fail(QStringLiteral("cannot read flags: %1").arg(sqlError(q)), ErrorKind::Io);
    QSet<QString> result;
    while (q.next())
        result.insert(q.value(0).toString());
    return result;
}

Result<Confidences> SqlStorage::confidences(qint64 attemptId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT item_id, confidence FROM responses "
                             "WHERE attempt_id = ? AND confidence IS NOT NULL"));
    q.addBindValue(attemptId);
    if (!q.exec())
        return fail(QStringLiteral("cannot read confidences: %1").arg(sqlError(q)), ErrorKind::Io);
    Confidences result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toInt());
    return result;
}

} // namespace hitready
