#pragma once
// The SQLite schema of a HIT Ready database, the steps that bring an older one up to date,
// and the little SQL plumbing the storage gateway shares with them.

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace hitready {

enum class SchemaVersion : int {
    Empty = 0,      // a new database file
    Initial = 1,    // profiles, quiz snapshots, attempts, responses
    Resume = 2,     // attempt position, elapsed time and item order; flagged responses; indexes
    Confidence = 3, // how sure the learner was of each answer (1 low .. 3 high)
    Identity = 4,   // every attempt has a UUID, so it can move between databases exactly once
    Current = Identity,
};

// PRAGMA application_id of every HIT Ready database ("HITR").
constexpr int applicationId = 0x48495452;

// The schema version of the open database, read without writing anything; an error for a file
// that is not a HIT Ready database (another program's SQLite file: ErrorKind::Refused; an
// unreadable file: Io) or one newer than SchemaVersion::Current (Refused). The messages do not
// name the file: the caller does.
Result<int> inspectSchema(QSqlDatabase &db);

// Brings the database up to `target`, one transaction per version step, each recorded in
// PRAGMA user_version. Refuses (and changes nothing) when the database is newer than `target`.
Status migrateSchema(QSqlDatabase &db, SchemaVersion target = SchemaVersion::Current);

// The database's own words for the last failure of `query`.
QString sqlError(const QSqlQuery &query);

// One write transaction, rolled back unless commit() succeeded. On SQLite BEGIN IMMEDIATE: it
// takes the write lock up front, so it cannot fail half way for another writer.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

// Runs one statement without parameters; the error is the database's own words (ErrorKind::Io).
Status execSql(QSqlDatabase &db, const QString &sql);

} // namespace hitready
