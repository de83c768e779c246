#pragma once
// Where a class lives: a PostgreSQL URL as `hitready-cli class add-learner` prints it
// (postgresql://NAME:PASSWORD@HOST:PORT/DATABASE?sslmode=...), and the local SQLite copy a
// learner takes quizzes on before the answers are sent there (outbox.h).

#include <QString>

namespace hitready {

// A postgresql:// or postgres:// URL (libpq's URI form), not a database file.
bool isClassUrl(const QString &location);
// The URL without its password (in the user part or as a `password` parameter): what may be
// shown, stored in the settings and used as the class's name.
QString withoutPassword(const QString &classUrl);
// The password the URL carries; empty when it has none.
QString passwordOf(const QString &classUrl);
// The URL with `password` in its user part (any password it had is replaced).
QString withPassword(const QString &classUrl, const QString &password);
// <app data folder>/classes/<hash of withoutPassword(classUrl)>.sqlite: one local copy per
// class, the same for the same class whatever password was given.
QString localCopyPath(const QString &classUrl);

} // namespace hitready
