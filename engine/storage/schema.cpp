#include "schema.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QStringList>

namespace hitready {

namespace {

Q_LOGGING_CATEGORY(lcSchema, "hitready.storage")

// Version 1: what the first release stored. Answers could not be empty then.
const QStringList initialSchema = {
    QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
    QStringLiteral(R"(CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
        created_at TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE quiz_snapshots (
        hash TEXT PRIMARY KEY NOT NULL,
        quiz_id TEXT NOT NULL,
        title TEXT NOT NULL,
        format TEXT NOT NULL,
        stored_at TEXT NOT NULL,
        data BLOB NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        quiz_hash TEXT NOT NULL REFERENCES quiz_snapshots(hash),
        quiz_id TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('assessment', 'practice')),
        seed INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT))"),
    QStringLiteral(R"(CREATE TABLE responses (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (answer <> ''),
        answered_at TEXT NOT NULL,
        PRIMARY KEY (attempt_id, item_id)) WITHOUT ROWID)"),
};

// Version 2: enough to resume an attempt exactly. responses is rebuilt because SQLite
// cannot drop a CHECK constraint: an answer may now be '' (flagged, not yet answered).
const QStringList resumeSchema = {
    QStringLiteral("ALTER TABLE attempts ADD COLUMN position INTEGER NOT NULL DEFAULT 0 "
                   "CHECK (position >= 0)"),
    QStringLiteral("ALTER TABLE attempts ADD COLUMN elapsed_ms INTEGER NOT NULL DEFAULT 0 "
                   "CHECK (elapsed_ms >= 0)"),
    QStringLiteral("ALTER TABLE attempts ADD COLUMN item_order TEXT NOT NULL DEFAULT ''"),
    QStringLiteral(R"(CREATE TABLE responses_v2 (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        answer TEXT NOT NULL,
        answered_at TEXT NOT NULL,
        flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
        PRIMARY KEY (attempt_id, item_id)) WITHOUT ROWID)"),
    QStringLiteral("INSERT INTO responses_v2 (attempt_id, item_id, answer, answered_at) "
                   "SELECT attempt_id, item_id, answer, answered_at FROM responses"),
    QStringLiteral("DROP TABLE responses"),
    QStringLiteral("ALTER TABLE responses_v2 RENAME TO responses"),
    QStringLiteral("CREATE INDEX attempts_by_profile ON attempts (profile_id, started_at)"),
    QStringLiteral("CREATE INDEX attempts_by_quiz ON attempts (quiz_id)"),
};

// Version 3: the confidence a learner gave with an answer, when the quiz asks for it.
const QStringList confidenceSchema = {
    QStringLiteral("ALTER TABLE responses ADD COLUMN confidence INTEGER "
                   "CHECK (confidence BETWEEN 1 AND 3)"),
};

struct Step
{
    SchemaVersion to;
    const QStringList &statements;
};

const Step steps[] = {{SchemaVersion::Initial, initialSchema},
                      {SchemaVersion::Resume, resumeSchema},
                      {SchemaVersion::Confidence, confidenceSchema}};

std::optional<qint64> scalar(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        *error = sqlError(query);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool runStep(QSqlDatabase &db, const Step &step, QString *error)
{
    Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    for (const QString &sql : step.statements)
        if (!execSql(db, sql, error))
            return false;
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        *error = sqlError(check);
        return false;
    }
    if (check.next()) {
        *error = QStringLiteral("a row of %1 refers to a missing %2 row")
                     .arg(check.value(0).toString(), check.value(2).toString());
        return false;
    }
    check.finish();
    if (!execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(int(step.to)), error))
        return false;
    return transaction.commit(error);
}

} // namespace

QString sqlError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return text.isEmpty() ? QStringLiteral("unknown database error") : text;
}

bool execSql(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = sqlError(query);
    return false;
}

Transaction::Transaction(QSqlDatabase &db) : m_db(db) {}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QString ignored;
    if (!execSql(m_db, QStringLiteral("ROLLBACK"), &ignored))
        qCWarning(lcSchema) << "rollback failed:" << ignored;
}

bool Transaction::begin(QString *error)
{
    m_open = execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"), error);
    return m_open;
}

bool Transaction::commit(QString *error)
{
    if (!execSql(m_db, QStringLiteral("COMMIT"), error))
        return false;
    m_open = false;
    return true;
}

std::optional<int> inspectSchema(QSqlDatabase &db, QString *error)
{
    // The first read also tells whether SQLite can read the file at all.
    QSqlQuery first(db);
    if (!first.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !first.next()) {
        *error = first.lastError().nativeErrorCode() == QLatin1String("26") // SQLITE_NOTADB
                     ? QStringLiteral("not a HIT Ready database (not an SQLite file)")
                     : QStringLiteral("cannot be read as a database (%1)").arg(sqlError(first));
        return std::nullopt;
    }
    const qint64 tables = first.value(0).toLongLong();
    first.finish();
    const std::optional<qint64> app = scalar(db, QStringLiteral("PRAGMA application_id"), error);
    const std::optional<qint64> version = scalar(db, QStringLiteral("PRAGMA user_version"), error);
    if (!app || !version)
        return std::nullopt;
    const bool empty = tables == 0 && *version == 0 && *app == 0;
    if (!empty && *app != applicationId) {
        *error = QStringLiteral("not a HIT Ready database (it belongs to another program)");
        return std::nullopt;
    }
    if (*version < 0) {
        *error = QStringLiteral("damaged: its database schema version is %1, which no HIT Ready "
                                "writes; nothing was changed")
                     .arg(*version);
        return std::nullopt;
    }
    if (*version > int(SchemaVersion::Current)) {
        *error = QStringLiteral("written by a newer HIT Ready (database schema %1, this program "
                                "knows up to %2); nothing was changed")
                     .arg(*version)
                     .arg(int(SchemaVersion::Current));
        return std::nullopt;
    }
    return int(*version);
}

bool migrateSchema(QSqlDatabase &db, QString *error, SchemaVersion target)
{
    const std::optional<int> found = inspectSchema(db, error);
    if (!found)
        return false;
    if (*found > int(target)) {
        *error = QStringLiteral("database schema %1 is newer than %2").arg(*found).arg(int(target));
        return false;
    }
    for (const Step &step : steps) {
        if (int(step.to) <= *found || int(step.to) > int(target))
            continue;
        if (!runStep(db, step, error)) {
            *error = QStringLiteral("upgrading the database to schema %1 failed: %2")
                         .arg(int(step.to))
                         .arg(*error);
            return false;
        }
        if (*found != int(SchemaVersion::Empty))
            qCInfo(lcSchema) << "database upgraded to schema" << int(step.to);
    }
    return true;
}

} // namespace hitready
