#pragma once
// The PostgreSQL schema of a HIT Ready class server: the same versions (SchemaVersion, schema.h)
// and tables as a SQLite database, one migration step per version, the version kept in the
// table hitready_schema (application_id, version). Roles, grants and row-level security are
// not part of it: `hitready-cli class init` adds them.

#include "schema.h"

namespace hitready {

// The schema version of the server database, read without writing anything; an error for a
// database that holds other tables but no hitready_schema ("not a HIT Ready database"), one of
// another application, or one newer than SchemaVersion::Current (all ErrorKind::Refused). A
// database without any table in the current schema is version 0.
Result<int> inspectServerSchema(QSqlDatabase &db);

// Brings the server database up to `target`, one transaction per version step, each recorded
// in hitready_schema. Concurrent clients wait for each other (an advisory lock). Refuses, and
// changes nothing, when the database is newer than `target` or not a HIT Ready one.
Status migrateServerSchema(QSqlDatabase &db, SchemaVersion target = SchemaVersion::Current);

} // namespace hitready
