#include "pgstorage.h"

#include "importcheck.h"
#include "schema.h"
#include "storagerows.h"

#include <QHash>
#include <memory>

// Bulk imports into a PostgreSQL server: the checked attempts are written as COPY text into
// three buffers (new profiles, attempts, answers) and sent with COPY ... FROM STDIN, a few
// megabytes at a time, inside the one transaction of the import. The import numbers its rows
// itself (IdSource), so answers can name their attempt before it is sent.

namespace hitready {

using namespace storagerows;

namespace {

using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

constexpr qsizetype flushBytes = 8 * 1024 * 1024;

QString serverError(PGconn *db)
{
    return QString::fromUtf8(PQerrorMessage(db)).trimmed();
}

// One value of COPY's text format.
void appendField(QByteArray &line, QByteArrayView value)
{
    for (const char c : value) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        case '\t':
            line += "\\t";
            break;
        default:
            line += c;
        }
    }
}

void appendNumber(QByteArray &line, qint64 value)
{
    line += QByteArray::number(value);
}

// A table's next ids, as SQLite gives them (one past the greatest stored), so the same import
// numbers its rows alike on both backends. The import holds a lock that keeps other writers
// out of the table meanwhile; finish() moves the table's identity sequence past what it used.
class IdSource
{
public:
    IdSource(PGconn *db, const char *table) : m_db(db), m_table(table) {}

    // Empty when the ids are known, else why not.
    QString start()
    {
        const QByteArray sql = QByteArrayLiteral("SELECT coalesce(max(id), 0), "
                                                 "pg_get_serial_sequence('") +
                               m_table + "', 'id') FROM " + m_table;
        const ResultPtr r(PQexec(m_db, sql.constData()), &PQclear);
        if (PQresultStatus(r.get()) != PGRES_TUPLES_OK || PQntuples(r.get()) != 1)
            return serverError(m_db);
        m_last = std::strtoll(PQgetvalue(r.get(), 0, 0), nullptr, 10);
        m_sequence = PQgetvalue(r.get(), 0, 1);
        return {};
    }
    qint64 next() { return ++m_last; }
    // Empty when the sequence is past every id used, else why not.
    QString finish()
    {
        const QByteArray sql = QByteArrayLiteral("SELECT setval('") + m_sequence +
                               "', greatest(last_value, " + QByteArray::number(m_last) +
                               "), true) FROM " + m_sequence;
        const ResultPtr r(PQexec(m_db, sql.constData()), &PQclear);
        return PQresultStatus(r.get()) == PGRES_TUPLES_OK ? QString() : serverError(m_db);
    }

private:
    PGconn *m_db;
    const char *m_table;
    QByteArray m_sequence;
    qint64 m_last = 0;
};

// Sends `rows` (COPY text) into `table (columns)`; empty when done, else why not.
QString copyIn(PGconn *db, const char *table, const char *columns, QByteArray &rows)
{
    if (rows.isEmpty())
        return {};
    const QByteArray sql = QByteArrayLiteral("COPY ") + table + " (" + columns + ") FROM STDIN";
    const ResultPtr started(PQexec(db, sql.constData()), &PQclear);
    if (PQresultStatus(started.get()) != PGRES_COPY_IN)
        return serverError(db);
    const bool sent = PQputCopyData(db, rows.constData(), int(rows.size())) == 1;
    PQputCopyEnd(db, sent ? nullptr : "the client could not send the rows");
    const ResultPtr finished(PQgetResult(db), &PQclear);
    // Drain any further result so the connection is ready for the next command.
    while (PGresult *extra = PQgetResult(db))
        PQclear(extra);
    if (PQresultStatus(finished.get()) != PGRES_COMMAND_OK)
        return serverError(db);
    rows.clear();
    return {};
}

} // namespace

Result<qint64> PostgresStorage::importAttempts(const Quiz &quiz,
                                               const std::function<bool(ImportedAttempt *)> &next)
{
    if (const auto refused = writeRefusal())
        return *refused;
    const QString hash = contentHash(quiz);
    const QString importing = QStringLiteral("cannot import attempts");
    const auto failed = [&](const QString &why, ErrorKind kind = ErrorKind::Io) {
        return fail(QStringLiteral("%1: %2").arg(importing, why), kind);
    };
    Transaction transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return fail(begun.error().context(importing));
    if (const Status stored = insertSnapshot(quiz, hash); !stored)
        return stored.error();
    PGconn *db = connection();
    if (!db)
        return failed(QStringLiteral("the database is not a PostgreSQL connection"));

    // This role's profiles, by name regardless of case (the unique index is on lower(name)).
    QHash<QString, qint64> profileIds;
    {
        const ResultPtr r(
            PQexec(db, "SELECT id, name FROM profiles WHERE owner_role = current_user"), &PQclear);
        if (PQresultStatus(r.get()) != PGRES_TUPLES_OK)
            return failed(serverError(db));
        for (int i = 0; i < PQntuples(r.get()); ++i)
            profileIds.insert(QString::fromUtf8(PQgetvalue(r.get(), i, 1)).toLower(),
                              std::strtoll(PQgetvalue(r.get(), i, 0), nullptr, 10));
    }
    // Other writers wait until the import is committed; readers do not.
    if (const ResultPtr locked(
            PQexec(db, "LOCK TABLE profiles, attempts IN SHARE ROW EXCLUSIVE MODE"), &PQclear);
        PQresultStatus(locked.get()) != PGRES_COMMAND_OK)
        return failed(serverError(db));
    IdSource newProfileId(db, "profiles"), newAttemptId(db, "attempts");
    for (IdSource *ids : {&newProfileId, &newAttemptId})
        if (const QString why = ids->start(); !why.isEmpty())
            return failed(why);
    const QByteArray now = timestamp(QDateTime::currentDateTimeUtc()).toUtf8();
    const QByteArray hashUtf8 = hash.toUtf8(), quizId = quiz.id.toUtf8();
    QByteArray profiles, attempts, answers;
    const auto flush = [&]() -> QString {
        QString why = copyIn(db, "profiles", "id, name, created_at", profiles);
        if (why.isEmpty())
            why = copyIn(db, "attempts",
                         "id, profile_id, quiz_hash, quiz_id, mode, seed, started_at, "
                         "finished_at, position, elapsed_ms, item_order, uuid",
                         attempts);
        if (why.isEmpty())
            why = copyIn(db, "responses", "attempt_id, item_id, answer, answered_at", answers);
        return why;
    };

    ImportChecker checker(quiz);
    CheckedAttempt a;
    qint64 count = 0;
    ImportedAttempt attempt;
    QString why;
    while (next(&attempt)) {
        if (const QString wrong = checker.check(attempt, &a); !wrong.isEmpty())
            return fail(QStringLiteral("imported attempt %1: %2").arg(count + 1).arg(wrong),
                        ErrorKind::Refused);
        const QString key = a.profileName.toLower();
        qint64 profileId = profileIds.value(key);
        if (profileId == 0) {
            profileId = newProfileId.next();
            profileIds.insert(key, profileId);
            appendNumber(profiles, profileId);
            profiles += '\t';
            appendField(profiles, a.profileName.toUtf8());
            profiles += '\t';
            profiles += now;
            profiles += '\n';
        }
        const QByteArray id = QByteArray::number(newAttemptId.next());
        attempts += id + '\t' + QByteArray::number(profileId) + '\t' + hashUtf8 + '\t';
        appendField(attempts, quizId);
        attempts += '\t' + a.mode + '\t' + QByteArray::number(a.seed) + '\t' + a.started + '\t' +
                    a.finished + '\t' + QByteArray::number(a.position) + '\t' +
                    QByteArray::number(a.elapsedMs) + '\t';
        appendField(attempts, a.itemOrder);
        attempts += '\t';
        appendField(attempts, a.uuid);
        attempts += '\n';
        for (const CheckedAttempt::Row &row : a.rows) {
            answers += id;
            answers += '\t';
            appendField(answers, *row.itemId);
            answers += '\t';
            appendField(answers, *row.answer);
            answers += '\t';
            answers += a.finished;
            answers += '\n';
        }
        ++count;
        attempt = ImportedAttempt();
        if (answers.size() + attempts.size() > flushBytes)
            if (why = flush(); !why.isEmpty())
                return failed(why);
    }
    if (why = flush(); !why.isEmpty())
        return failed(why);
    for (IdSource *ids : {&newProfileId, &newAttemptId})
        if (why = ids->finish(); !why.isEmpty())
            return failed(why);
    if (const Status committed = transaction.commit(); !committed)
        return fail(committed.error().context(importing));
    return count;
}

} // namespace hitready
