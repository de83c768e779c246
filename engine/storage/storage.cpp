#include "storage.h"

#include "logging.h"
#include "schema.h"
#include "snapshot.h"
#include "storagerows.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

namespace hitready {

using namespace storagerows;

namespace {

const QString inMemory = QStringLiteral(":memory:");

QString connectionName()
{
    static QAtomicInteger<quint64> next;
    return QStringLiteral("hitready.storage.%1").arg(next.fetchAndAddRelaxed(1));
}

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

Storage::Storage(const QString &path, const QSqlDatabase &db) : m_path(path), m_db(db) {}

Storage::~Storage()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString Storage::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/hitready.sqlite");
}

Result<std::unique_ptr<Storage>> Storage::open(const QString &path, Access access)
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
    std::unique_ptr<Storage> storage(
        new Storage(path, QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName())));
    storage->m_readOnly = readOnly;
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
        return storage;
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
    return storage;
}

QString Storage::readOnlyMessage() const
{
    return QStringLiteral("%1 can only be read: new answers and attempts cannot be saved")
        .arg(QDir::toNativeSeparators(m_path));
}

std::optional<Error> Storage::writeRefusal() const
{
    if (!m_readOnly)
        return std::nullopt;
    return fail(readOnlyMessage(), ErrorKind::ReadOnly);
}

Error Storage::fail(const QString &message, ErrorKind kind) const
{
    qCWarning(lcStorage).noquote() << message;
    return Error(kind, message);
}

Error Storage::notFound(const QString &message)
{
    return Error(ErrorKind::NotFound, message);
}

Result<Profile> Storage::createProfile(const QString &name)
{
    if (const auto refused = writeRefusal())
        return *refused;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(QStringLiteral("a profile needs a name"), ErrorKind::Refused);
    Profile profile{0, trimmed, QDateTime::currentDateTimeUtc()};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO profiles (name, created_at) VALUES (?, ?)"));
    q.addBindValue(profile.name);
    q.addBindValue(timestamp(profile.created));
    if (!q.exec()) {
        if (const Result<Profile> existing = profileByName(trimmed))
            return fail(QStringLiteral("a profile named '%1' already exists").arg(existing->name),
                        ErrorKind::Refused);
        return fail(QStringLiteral("cannot create profile '%1': %2").arg(trimmed, sqlError(q)),
                    ErrorKind::Io);
    }
    profile.id = q.lastInsertId().toLongLong();
    return profile;
}

Result<QList<Profile>> Storage::profiles() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, created_at FROM profiles ORDER BY name")))
        return fail(QStringLiteral("cannot read profiles: %1").arg(sqlError(q)), ErrorKind::Io);
    QList<Profile> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), fromTimestamp(q.value(2))});
    return list;
}

Result<Profile> Storage::profileByName(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, created_at FROM profiles WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return fail(QStringLiteral("cannot read profiles: %1").arg(sqlError(q)), ErrorKind::Io);
    if (!q.next())
        return notFound(QStringLiteral("no profile named '%1'").arg(name.trimmed()));
    return Profile{q.value(0).toLongLong(), q.value(1).toString(), fromTimestamp(q.value(2))};
}

Result<Profile> Storage::profile(qint64 profileId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, created_at FROM profiles WHERE id = ?"));
    q.addBindValue(profileId);
    if (!q.exec())
        return fail(QStringLiteral("cannot read profiles: %1").arg(sqlError(q)), ErrorKind::Io);
    if (!q.next())
        return notFound(QStringLiteral("no profile %1").arg(profileId));
    return Profile{q.value(0).toLongLong(), q.value(1).toString(), fromTimestamp(q.value(2))};
}

Status Storage::insertSnapshot(const Quiz &quiz, const QString &hash)
{
    if (const auto refused = writeRefusal())
        return *refused;
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM quiz_snapshots WHERE hash = ?"));
    exists.addBindValue(hash);
    if (!exists.exec())
        return fail(QStringLiteral("cannot read quiz snapshots: %1").arg(sqlError(exists)),
                    ErrorKind::Io);
    if (exists.next())
        return {}; // frozen before: the same content, so the same bytes
    exists.finish();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO quiz_snapshots "
                             "(hash, quiz_id, title, format, stored_at, data) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(hash);
    q.addBindValue(quiz.id);
    q.addBindValue(text(quiz.text(quiz.title)));
    q.addBindValue(snapshotFormatName());
    q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(freezeQuiz(quiz));
    if (!q.exec())
        return fail(QStringLiteral("cannot store quiz '%1': %2").arg(quiz.id, sqlError(q)),
                    ErrorKind::Io);
    return {};
}

Result<QString> Storage::storeSnapshot(const Quiz &quiz)
{
    const QString hash = contentHash(quiz);
    if (const Status stored = insertSnapshot(quiz, hash); !stored)
        return stored.error();
    return hash;
}

Status Storage::repairSnapshot(const Quiz &quiz)
{
    if (const auto refused = writeRefusal())
        return *refused;
    const QString hash = contentHash(quiz);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE quiz_snapshots SET data = ?, format = ? WHERE hash = ?"));
    q.addBindValue(freezeQuiz(quiz));
    q.addBindValue(snapshotFormatName());
    q.addBindValue(hash);
    if (!q.exec())
        return fail(QStringLiteral("cannot repair quiz snapshot %1: %2").arg(hash, sqlError(q)),
                    ErrorKind::Io);
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("no quiz snapshot %1 to repair").arg(hash), ErrorKind::NotFound);
    qCWarning(lcStorage).noquote() << "quiz snapshot" << hash << "was rewritten from its quiz file";
    return {};
}

Result<Quiz> Storage::snapshot(const QString &hash) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM quiz_snapshots WHERE hash = ?"));
    q.addBindValue(hash);
    if (!q.exec())
        return fail(QStringLiteral("cannot read quiz snapshots: %1").arg(sqlError(q)),
                    ErrorKind::Io);
    if (!q.next())
        return fail(QStringLiteral("no quiz snapshot %1").arg(hash), ErrorKind::NotFound);
    QString problem;
    std::optional<Quiz> quiz = thawQuiz(q.value(0).toByteArray(), &problem);
    if (!quiz)
        return fail(
            QStringLiteral("the stored copy of the quiz (version %1) is damaged (%2)")
                .arg(hash.left(12), problem.section(QStringLiteral("damaged quiz snapshot: "), -1)),
            ErrorKind::Damaged);
    return std::move(*quiz);
}

} // namespace hitready
