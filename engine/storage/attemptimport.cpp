#include "sqlitestorage.h"

#include "importcheck.h"
#include "schema.h"
#include "sqlitestatement.h"
#include "storagerows.h"

#include <map>
#include <memory>

// Bulk imports into a SQLite database: many finished attempts in one transaction, with prepared
// statements on SQLite's own API and answers inserted many rows per statement (half the cost of
// one statement per row, measured). Measured budget: 100,000 learners x 50 items.

namespace hitready {

using namespace storagerows;

namespace {

constexpr int rowsPerInsert = 64;

// Writes one checked attempt after another.
class AttemptWriter
{
public:
    AttemptWriter(sqlite3 *db, const QString &quizId, const QString &hash)
        : m_db(db), m_hash(hash.toUtf8()), m_quizId(quizId.toUtf8()),
          m_now(timestamp(QDateTime::currentDateTimeUtc()).toUtf8()),
          m_addProfile(db, "INSERT INTO profiles (name, created_at) VALUES (?1, ?2) "
                           "ON CONFLICT (name) DO NOTHING"),
          m_findProfile(db, "SELECT id FROM profiles WHERE name = ?1"),
          m_addAttempt(db, "INSERT INTO attempts (profile_id, quiz_hash, quiz_id, mode, seed, "
                           "started_at, finished_at, position, elapsed_ms, item_order, uuid) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
    {}

    QString prepareError() const
    {
        for (const SqliteStatement *s : {&m_addProfile, &m_findProfile, &m_addAttempt})
            if (!s->isValid())
                return s->error();
        return {};
    }

    // Empty when written, else why not.
    QString write(const CheckedAttempt &a)
    {
        const QByteArray nameUtf8 = a.profileName.toUtf8();
        m_addProfile.bind(1, nameUtf8);
        m_addProfile.bind(2, m_now);
        m_findProfile.bind(1, nameUtf8);
        if (!m_addProfile.run() || m_findProfile.step() != SQLITE_ROW)
            return m_addProfile.error();
        const qint64 profileId = m_findProfile.integer(0);
        m_findProfile.run();
        m_addAttempt.bind(1, profileId);
        m_addAttempt.bind(2, m_hash);
        m_addAttempt.bind(3, m_quizId);
        m_addAttempt.bind(4, a.mode);
        m_addAttempt.bind(5, a.seed);
        m_addAttempt.bind(6, a.started);
        m_addAttempt.bind(7, a.finished);
        m_addAttempt.bind(8, a.position);
        m_addAttempt.bind(9, a.elapsedMs);
        m_addAttempt.bind(10, a.itemOrder);
        m_addAttempt.bind(11, a.uuid);
        if (!m_addAttempt.run())
            return m_addAttempt.error();
        const qint64 attemptId = sqlite3_last_insert_rowid(m_db);
        for (size_t first = 0; first < a.rows.size(); first += rowsPerInsert) {
            const int count = int(std::min<size_t>(rowsPerInsert, a.rows.size() - first));
            SqliteStatement &insert = responseInsert(count);
            for (int k = 0; k < count; ++k) {
                insert.bind(4 * k + 1, attemptId);
                insert.bind(4 * k + 2, *a.rows[first + size_t(k)].itemId);
                insert.bind(4 * k + 3, *a.rows[first + size_t(k)].answer);
                insert.bind(4 * k + 4, a.finished);
            }
            if (!insert.run())
                return insert.error();
        }
        return {};
    }

private:
    SqliteStatement &responseInsert(int rows)
    {
        std::unique_ptr<SqliteStatement> &s = m_responseInserts[rows];
        if (!s) {
            QByteArray sql = "INSERT INTO responses (attempt_id, item_id, answer, answered_at) "
                             "VALUES (?, ?, ?, ?)";
            for (int k = 1; k < rows; ++k)
                sql += ", (?, ?, ?, ?)";
            s = std::make_unique<SqliteStatement>(m_db, sql.constData());
        }
        return *s;
    }

    sqlite3 *m_db;
    const QByteArray m_hash, m_quizId, m_now;
    SqliteStatement m_addProfile, m_findProfile, m_addAttempt;
    std::map<int, std::unique_ptr<SqliteStatement>> m_responseInserts; // by rows per statement
};

} // namespace

Result<qint64> SqliteStorage::importAttempts(const Quiz &quiz,
                                             const std::function<bool(ImportedAttempt *)> &next)
{
    if (const auto refused = writeRefusal())
        return *refused;
    const QString hash = contentHash(quiz);
    const QString importing = QStringLiteral("cannot import attempts");
    Transaction transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return fail(begun.error().context(importing));
    if (const Status stored = insertSnapshot(quiz, hash); !stored)
        return stored.error();
    AttemptWriter writer(sqliteHandle(m_db), quiz.id, hash);
    if (const QString why = writer.prepareError(); !why.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(importing, why), ErrorKind::Io);
    ImportChecker checker(quiz);
    CheckedAttempt checked;
    qint64 count = 0;
    ImportedAttempt attempt;
    while (next(&attempt)) {
        QString why = checker.check(attempt, &checked);
        if (why.isEmpty())
            why = writer.write(checked);
        if (!why.isEmpty())
            return fail(QStringLiteral("imported attempt %1: %2").arg(count + 1).arg(why),
                        ErrorKind::Refused);
        ++count;
        attempt = ImportedAttempt();
    }
    if (const Status committed = transaction.commit(); !committed)
        return fail(committed.error().context(importing));
    return count;
}

} // namespace hitready
