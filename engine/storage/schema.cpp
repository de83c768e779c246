#include "schema.h"

#include "logging.h"

#include <QSqlError>
#include <QStringList>

namespace hitready {

namespace {

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

// Version 4: a UUID per attempt (RFC 4122 version 4, lower case), the key by which hand-in
// files and a class server's outbox recognise an attempt they have stored before. Attempts
// stored earlier get a random one here.
const QStringList identitySchema = {
    QStringLiteral("ALTER TABLE attempts ADD COLUMN uuid TEXT NOT NULL DEFAULT ''"),
    QStringLiteral(R"(UPDATE attempts SET uuid = lower(
        hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||
        substr(hex(randomblob(2)), 2) || '-' ||
        substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2) || '-' ||
        hex(randomblob(6))))"),
    QStringLiteral("CREATE UNIQUE INDEX attempts_by_uuid ON attempts (uuid)"),
};

struct Step
{
    SchemaVersion to;
    const QStringList &statements;
};

const Step steps[] = {{SchemaVersion::Initial, initialSchema},
                      {SchemaVersion::Resume, resumeSchema},
                      {SchemaVersion::Confidence, confidenceSchema},
                      {SchemaVersion::Identity, identitySchema}};

Error sqlFailure(const QSqlQuery &query)
{
    return Error(ErrorKind::Io, sqlError(query));
}

Result<qint64> scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return sqlFailure(query);
    return query.value(0).toLongLong();
}

Status runStep(QSqlDatabase &db, const Step &step)
{
    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    for (const QString &sql : step.statements)
        if (Status done = execSql(db, sql); !done)
            return done;
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlFailure(check);
    if (check.next())
        return Error(ErrorKind::Damaged,
                     QStringLiteral("a row of %1 refers to a missing %2 row")
                         .arg(check.value(0).toString(), check.value(2).toString()));
    check.finish();
    if (Status done = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(int(step.to)));
        !done)
        return done;
    return transaction.commit();
}

} // namespace

QString sqlError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return text.isEmpty() ? QStringLiteral("unknown database error") : text;
}

Status execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return sqlFailure(query);
}

Transaction::Transaction(QSqlDatabase &db) : m_db(db) {}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (const Status rolledBack = execSql(m_db, QStringLiteral("ROLLBACK")); !rolledBack)
        qCWarning(lcStorage) << "rollback failed:" << rolledBack.error().message;
}

Status Transaction::begin()
{
    // BEGIN IMMEDIATE is SQLite's; a PostgreSQL server locks each row as it is written.
    const bool server = m_db.driverName() == QLatin1String("QPSQL");
    Status begun =
        execSql(m_db, server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    m_open = begun.has_value();
    return begun;
}

Status Transaction::commit()
{
    Status committed = execSql(m_db, QStringLiteral("COMMIT"));
    if (committed)
        m_open = false;
    return committed;
}

Result<int> inspectSchema(QSqlDatabase &db)
{
    // The first read also tells whether SQLite can read the file at all.
    QSqlQuery first(db);
    if (!first.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !first.next()) {
        if (first.lastError().nativeErrorCode() == QLatin1String("26")) // SQLITE_NOTADB
            return Error(ErrorKind::Refused,
                         QStringLiteral("not a HIT Ready database (not an SQLite file)"));
        return Error(ErrorKind::Io,
                     QStringLiteral("cannot be read as a database (%1)").arg(sqlError(first)));
    }
    const qint64 tables = first.value(0).toLongLong();
    first.finish();
    const Result<qint64> app = scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!app)
        return app.error();
    const Result<qint64> version = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    const bool empty = tables == 0 && *version == 0 && *app == 0;
    if (!empty && *app != applicationId)
        return Error(ErrorKind::Refused,
                     QStringLiteral("not a HIT Ready database (it belongs to another program)"));
    if (*version < 0)
        return Error(ErrorKind::Damaged,
                     QStringLiteral("damaged: its database schema version is %1, which no "
                                    "HIT Ready writes; nothing was changed")
                         .arg(*version));
    if (*version > int(SchemaVersion::Current))
        return Error(ErrorKind::Refused,
                     QStringLiteral("written by a newer HIT Ready (database schema %1, this "
                                    "program knows up to %2); nothing was changed")
                         .arg(*version)
                         .arg(int(SchemaVersion::Current)));
    return int(*version);
}

Status migrateSchema(QSqlDatabase &db, SchemaVersion target)
{
    const Result<int> found = inspectSchema(db);
    if (!found)
        return found.error();
    if (*found > int(target))
        return Error(
            ErrorKind::Refused,
            QStringLiteral("database schema %1 is newer than %2").arg(*found).arg(int(target)));
    for (const Step &step : steps) {
        if (int(step.to) <= *found || int(step.to) > int(target))
            continue;
        if (const Status stepped = runStep(db, step); !stepped)
            return stepped.error().context(
                QStringLiteral("upgrading the database to schema %1 failed").arg(int(step.to)));
        if (*found != int(SchemaVersion::Empty))
            qCInfo(lcStorage) << "database upgraded to schema" << int(step.to);
    }
    return {};
}

} // namespace hitready
