#include "sqlitestorage.h"

#include "logging.h"
#include "schema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

// Opening a SQLite database file: read-only when it must be, WAL and synchronous=FULL, and the
// schema brought up to date (schema.cpp).

namespace hitready {

namespace {

const QString inMemory = QStringLiteral(":memory:");

// A file this process may not write (or a folder where SQLite cannot put its write-ahead log)
// is opened read-only, so past results stay readable. Only stat() is used: opening the file
// outside SQLite and closing it would drop every POSIX lock this process holds on it.
bool mustReadOnly(const QFileInfo &file)
{
    return file.exists() && (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable());
}

// Whether SQLite can open or create the database's WAL index (<file>-shm) next to it.
bool canCreateWalIndex(const QFileInfo &file)
{
    return QFileInfo::exists(file.absoluteFilePath() + QStringLiteral("-shm")) ||
           QFileInfo(file.absolutePath()).isWritable();
}

// SQLite reads a 1-byte file as an empty database (and would then write over it); every other
// foreign file it refuses itself (SQLITE_NOTADB). A database file is whole pages of at least
// 512 bytes, so a shorter non-empty file is not one. Told by its size alone (stat, not open).
bool tooShortForADatabase(const QFileInfo &file)
{
    return file.size() > 0 && file.size() < 512;
}

Result<QString> pragma(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Error(ErrorKind::Io, sqlError(query));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

Result<std::unique_ptr<Storage>> SqliteStorage::open(const QString &path, Access access)
{
    // Every refusal names the file: the reader may have several.
    const auto refuse = [&](const Error &why) {
        Error named = why.context(QDir::toNativeSeparators(path));
        qCWarning(lcStorage).noquote() << named.message;
        return named;
    };
    bool readOnly = access == Access::ReadOnly;
    if (path != inMemory) {
        const QFileInfo file(path);
        if (file.isDir())
            return refuse({ErrorKind::Refused, QStringLiteral("is a folder, not a database file")});
        if (readOnly && !file.exists())
            return refuse({ErrorKind::NotFound, QStringLiteral("no such database")});
        if (tooShortForADatabase(file))
            return refuse({ErrorKind::Refused,
                           QStringLiteral("not a HIT Ready database (not an SQLite file)")});
        readOnly = readOnly || mustReadOnly(file);
        if (!readOnly && !QDir().mkpath(file.absolutePath()))
            return refuse({ErrorKind::Io, QStringLiteral("cannot create the folder")});
    }
    // Storage owns the connection from here on: its destructor removes it on every path.
    std::unique_ptr<SqliteStorage> storage(new SqliteStorage(
        path, QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), newConnectionName()), readOnly));
    QSqlDatabase &db = storage->m_db;
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (readOnly && path != inMemory && !canCreateWalIndex(QFileInfo(path))) {
        // SQLite cannot read a WAL database whose index (-shm) it may not create: read the
        // file as it stands, without locks (the folder is read-only for us, nothing to share).
        storage->m_sqliteUri =
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1");
        db.setDatabaseName(storage->m_sqliteUri);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open())
        return refuse(
            {ErrorKind::Io, QStringLiteral("cannot open it: %1").arg(db.lastError().text())});
    // Read before anything is written: a foreign or newer file must stay as it was. SQLite
    // itself tells a foreign file (SQLITE_NOTADB) from a database.
    if (const Status keys = execSql(db, QStringLiteral("PRAGMA foreign_keys = ON")); !keys)
        return refuse(keys.error());
    const Result<int> version = inspectSchema(db);
    if (!version)
        return refuse(version.error());
    if (readOnly) {
        if (*version != int(SchemaVersion::Current))
            return refuse({ErrorKind::ReadOnly,
                           QStringLiteral("can only be read, and it is %1; opening it needs "
                                          "write access")
                               .arg(*version == 0 ? QStringLiteral("empty")
                                                  : QStringLiteral("from an older HIT Ready "
                                                                   "(database schema %1)")
                                                        .arg(*version))});
        if (access == Access::ReadWrite)
            qCInfo(lcStorage).noquote()
                << QDir::toNativeSeparators(path) << "can only be read: opened read-only";
        return std::unique_ptr<Storage>(std::move(storage));
    }
    // WAL with synchronous=FULL: each commit is on disk when it returns (NORMAL could lose the
    // last answers on power loss), at the cost of one fsync of the log per commit.
    const Result<QString> journal = pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!journal)
        return refuse(journal.error());
    if (path != inMemory && journal->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << path << "stays in journal mode" << *journal;
    if (const Status sync = execSql(db, QStringLiteral("PRAGMA synchronous = FULL")); !sync)
        return refuse(sync.error());
    if (const Status migrated = migrateSchema(db); !migrated)
        return refuse(migrated.error());
    return std::unique_ptr<Storage>(std::move(storage));
}

} // namespace hitready
