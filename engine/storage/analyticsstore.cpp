#include "sqlitestorage.h"

#include "attemptselection.h"
#include "sqlitestatement.h"

// The finished attempts that statistics and exports read, from a SQLite database (their
// answers: responsescan.cpp; bulk imports: attemptimport.cpp). The attempt list comes through
// SQLite's C API: Qt Sql converts every value of every row to a QVariant (about 2 us a row
// measured here).

namespace hitready {

namespace {

const char selectAttemptsSql[] = R"(
SELECT id, profile_id, quiz_hash, started_at, finished_at, item_order FROM attempts
WHERE quiz_id = ?1 AND finished_at IS NOT NULL AND (?2 = '' OR quiz_hash = ?2)
ORDER BY id)";

} // namespace

Result<SelectedAttempts> SqliteStorage::selectAttempts(const AttemptSelection &selection) const
{
    // Versions in the order they were first stored, so version 0 is the oldest one used.
    Result<QList<QByteArray>> known = snapshotHashes(selection.quizId);
    if (!known)
        return known.error();
    SqliteStatement q(sqliteHandle(m_db), selectAttemptsSql);
    if (!q.isValid())
        return fail(QStringLiteral("cannot read attempts: %1").arg(q.error()), ErrorKind::Io);
    q.bindString(1, selection.quizId);
    q.bindString(2, selection.quizHash);
    AttemptSelector selector(std::move(*known), selection.firstPerProfile);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        if (!selector.add(q.integer(0), q.integer(1), q.text(2), q.text(3), q.text(4), q.text(5)))
            return fail(
                QStringLiteral("attempt %1 refers to a missing quiz snapshot").arg(q.integer(0)),
                ErrorKind::Damaged);
    if (rc != SQLITE_DONE)
        return fail(QStringLiteral("cannot read attempts: %1").arg(q.error()), ErrorKind::Io);
    return selector.take();
}

} // namespace hitready
