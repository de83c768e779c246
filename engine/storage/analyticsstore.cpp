#include "storage.h"

#include "schema.h"
#include "sqlitestatement.h"
#include "storagerows.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <numeric>

// The analytics half of the storage gateway: the quiz versions and finished attempts that
// statistics and exports read (their answers: responsescan.cpp; bulk imports:
// attemptimport.cpp). The attempt list comes through SQLite's C API: Qt Sql converts every
// value of every row to a QVariant (about 2 us a row measured here).

namespace hitready {

using namespace storagerows;

namespace {

// Each profile's first attempt is picked while reading: a window function sorting 100,000
// rows cost a fifth of the statistics command (measured).
const char selectAttemptsSql[] = R"(
SELECT id, profile_id, quiz_hash, started_at, finished_at, item_order FROM attempts
WHERE quiz_id = ?1 AND finished_at IS NOT NULL AND (?2 = '' OR quiz_hash = ?2)
ORDER BY id)";

void sortById(SelectedAttempts &a)
{
    QList<qsizetype> order(a.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype x, qsizetype y) { return a.ids[x] < a.ids[y]; });
    SelectedAttempts sorted;
    sorted.hashes = a.hashes;
    for (const qsizetype i : order) {
        sorted.ids.append(a.ids[i]);
        sorted.profileIds.append(a.profileIds[i]);
        sorted.versions.append(a.versions[i]);
        sorted.started.append(a.started[i]);
        sorted.finished.append(a.finished[i]);
        sorted.itemOrders.append(a.itemOrders[i]);
    }
    a = sorted;
}

} // namespace

Result<QString> Storage::latestSnapshotHash(const QString &quizId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT hash FROM quiz_snapshots WHERE quiz_id = ? "
                             "ORDER BY stored_at DESC, hash DESC LIMIT 1"));
    q.addBindValue(quizId);
    if (!q.exec())
        return fail(QStringLiteral("cannot read quiz snapshots: %1").arg(sqlError(q)),
                    ErrorKind::Io);
    if (!q.next())
        return notFound(QStringLiteral("no quiz '%1' in %2").arg(quizId, m_path));
    return q.value(0).toString();
}

Result<SelectedAttempts> Storage::selectAttempts(const AttemptSelection &selection) const
{
    // Versions in the order they were first stored, so version 0 is the oldest one used.
    QSqlQuery versions(m_db);
    versions.prepare(QStringLiteral(
        "SELECT hash FROM quiz_snapshots WHERE quiz_id = ? ORDER BY stored_at, hash"));
    versions.addBindValue(selection.quizId);
    if (!versions.exec())
        return fail(QStringLiteral("cannot read quiz snapshots: %1").arg(sqlError(versions)),
                    ErrorKind::Io);
    QList<QByteArray> known;
    while (versions.next())
        known.append(versions.value(0).toString().toUtf8());

    SqliteStatement q(sqliteHandle(m_db), selectAttemptsSql);
    if (!q.isValid())
        return fail(QStringLiteral("cannot read attempts: %1").arg(q.error()), ErrorKind::Io);
    q.bindString(1, selection.quizId);
    q.bindString(2, selection.quizHash);
    SelectedAttempts result;
    QHash<qint64, qsizetype> firstOfProfile; // profile -> its earliest attempt so far
    bool replaced = false;                   // ids may no longer ascend
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const QByteArrayView hash = q.text(2);
        qsizetype version = 0;
        while (version < known.size() && known[version] != hash)
            ++version;
        if (version == known.size()) // a foreign key makes this impossible; do not trust it
            return fail(
                QStringLiteral("attempt %1 refers to a missing quiz snapshot").arg(q.integer(0)),
                ErrorKind::Damaged);
        const qint64 profile = q.integer(1);
        const QString started = QString::fromUtf8(q.text(3));
        qsizetype at = result.size();
        if (selection.firstPerProfile) {
            const auto first = firstOfProfile.constFind(profile);
            if (first != firstOfProfile.cend()) {
                if (result.started[*first] <= started)
                    continue; // ids ascend: on an equal start the earlier attempt stays
                at = *first;
                replaced = true;
            } else {
                firstOfProfile.insert(profile, at);
            }
        }
        if (at == result.size()) {
            result.ids.append(0);
            result.profileIds.append(profile);
            result.versions.append(0);
            result.started.append(QString());
            result.finished.append(QString());
            result.itemOrders.append(QByteArray());
        }
        result.ids[at] = q.integer(0);
        result.versions[at] = int(version); // an index into `known` until renumbered
        result.started[at] = started;
        result.finished[at] = QString::fromUtf8(q.text(4));
        result.itemOrders[at] = q.text(5).toByteArray();
    }
    if (rc != SQLITE_DONE)
        return fail(QStringLiteral("cannot read attempts: %1").arg(q.error()), ErrorKind::Io);
    if (replaced)
        sortById(result);
    // Keep the versions actually used, oldest first.
    QList<int> renumber(known.size(), -1);
    for (const int v : result.versions)
        renumber[v] = 0;
    for (qsizetype k = 0; k < known.size(); ++k)
        if (renumber[k] == 0) {
            renumber[k] = int(result.hashes.size());
            result.hashes.append(QString::fromUtf8(known[k]));
        }
    for (int &v : result.versions)
        v = renumber[v];
    return result;
}

} // namespace hitready
