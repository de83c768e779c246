#include "storage.h"

#include "schema.h"
#include "snapshot.h"
#include "storagerows.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

namespace hitready {

Q_LOGGING_CATEGORY(lcStorage, "hitready.storage")

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

std::optional<QString> pragma(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = sqlError(query);
        return std::nullopt;
    }
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

std::unique_ptr<Storage> Storage::open(const QString &path, QString *error, Access access)
{
    QString problem;
    const auto refuse = [&](const QString &why) {
        const QString message = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
        qCWarning(lcStorage).noquote() << message;
        if (error)
            *error = message;
        return nullptr;
    };
    bool readOnly = access == Access::ReadOnly;
    if (path != inMemory) {
        const QFileInfo file(path);
        if (file.isDir())
            return refuse(QStringLiteral("is a folder, not a database file"));
        if (readOnly && !file.exists())
            return refuse(QStringLiteral("no such database"));
        if (tooShortForADatabase(file))
            return refuse(QStringLiteral("not a HIT Ready database (not an SQLite file)"));
        readOnly = readOnly || mustReadOnly(file);
        if (!readOnly && !QDir().mkpath(file.absolutePath()))
            return refuse(QStringLiteral("cannot create the folder"));
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
        return refuse(QStringLiteral("cannot open it: %1").arg(db.lastError().text()));
    // Read before anything is written: a foreign or newer file must stay as it was. SQLite
    // itself tells a foreign file (SQLITE_NOTADB) from a database.
    if (!execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"), &problem))
        return refuse(problem);
    const std::optional<int> version = inspectSchema(db, &problem);
    if (!version)
        return refuse(problem);
    if (readOnly) {
        if (*version != int(SchemaVersion::Current))
            return refuse(QStringLiteral("can only be read, and it is %1; opening it needs "
                                         "write access")
                              .arg(*version == 0 ? QStringLiteral("empty")
                                                 : QStringLiteral("from an older HIT Ready "
                                                                  "(database schema %1)")
                                                       .arg(*version)));
        if (access == Access::ReadWrite)
            qCInfo(lcStorage).noquote()
                << QDir::toNativeSeparators(path) << "can only be read: opened read-only";
        return storage;
    }
    // WAL with synchronous=FULL: each commit is on disk when it returns (NORMAL could lose the
    // last answers on power loss), at the cost of one fsync of the log per commit.
    const std::optional<QString> journal =
        pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), &problem);
    if (!journal)
        return refuse(problem);
    if (path != inMemory && journal->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << path << "stays in journal mode" << *journal;
    if (!execSql(db, QStringLiteral("PRAGMA synchronous = FULL"), &problem) ||
        !migrateSchema(db, &problem))
        return refuse(problem);
    return storage;
}

QString Storage::readOnlyMessage() const
{
    return QStringLiteral("%1 can only be read: new answers and attempts cannot be saved")
        .arg(QDir::toNativeSeparators(m_path));
}

bool Storage::refuseWrite() const
{
    if (!m_readOnly)
        return false;
    fail(readOnlyMessage());
    return true;
}

bool Storage::fail(const QString &message) const
{
    m_lastError = message;
    qCWarning(lcStorage).noquote() << message;
    return false;
}

std::nullopt_t Storage::noValue(const QString &message) const
{
    fail(message);
    return std::nullopt;
}

std::nullopt_t Storage::notFound(const QString &message) const
{
    m_lastError = message; // an answer, not a failure: no warning
    return std::nullopt;
}

std::optional<Profile> Storage::createProfile(const QString &name)
{
    if (refuseWrite())
        return std::nullopt;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return noValue(QStringLiteral("a profile needs a name"));
    Profile profile{0, trimmed, QDateTime::currentDateTimeUtc()};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO profiles (name, created_at) VALUES (?, ?)"));
    q.addBindValue(profile.name);
    q.addBindValue(timestamp(profile.created));
    if (!q.exec()) {
        if (const std::optional<Profile> existing = profileByName(trimmed))
            return noValue(
                QStringLiteral("a profile named '%1' already exists").arg(existing->name));
        return noValue(QStringLiteral("cannot create profile '%1': %2").arg(trimmed, sqlError(q)));
    }
    profile.id = q.lastInsertId().toLongLong();
    return profile;
}

std::optional<QList<Profile>> Storage::profiles() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, created_at FROM profiles ORDER BY name")))
        return noValue(QStringLiteral("cannot read profiles: %1").arg(sqlError(q)));
    QList<Profile> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), fromTimestamp(q.value(2))});
    return list;
}

std::optional<Profile> Storage::profileByName(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, created_at FROM profiles WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return noValue(QStringLiteral("cannot read profiles: %1").arg(sqlError(q)));
    if (!q.next())
        return notFound(QStringLiteral("no profile named '%1'").arg(name.trimmed()));
    return Profile{q.value(0).toLongLong(), q.value(1).toString(), fromTimestamp(q.value(2))};
}

std::optional<Profile> Storage::profile(qint64 profileId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, created_at FROM profiles WHERE id = ?"));
    q.addBindValue(profileId);
    if (!q.exec())
        return noValue(QStringLiteral("cannot read profiles: %1").arg(sqlError(q)));
    if (!q.next())
        return notFound(QStringLiteral("no profile %1").arg(profileId));
    return Profile{q.value(0).toLongLong(), q.value(1).toString(), fromTimestamp(q.value(2))};
}

bool Storage::insertSnapshot(const Quiz &quiz, const QString &hash)
{
    if (refuseWrite())
        return false;
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM quiz_snapshots WHERE hash = ?"));
    exists.addBindValue(hash);
    if (!exists.exec())
        return fail(QStringLiteral("cannot read quiz snapshots: %1").arg(sqlError(exists)));
    if (exists.next())
        return true; // frozen before: the same content, so the same bytes
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
        return fail(QStringLiteral("cannot store quiz '%1': %2").arg(quiz.id, sqlError(q)));
    return true;
}

std::optional<QString> Storage::storeSnapshot(const Quiz &quiz)
{
    const QString hash = contentHash(quiz);
    if (!insertSnapshot(quiz, hash))
        return std::nullopt;
    return hash;
}

bool Storage::repairSnapshot(const Quiz &quiz)
{
    if (refuseWrite())
        return false;
    const QString hash = contentHash(quiz);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE quiz_snapshots SET data = ?, format = ? WHERE hash = ?"));
    q.addBindValue(freezeQuiz(quiz));
    q.addBindValue(snapshotFormatName());
    q.addBindValue(hash);
    if (!q.exec())
        return fail(QStringLiteral("cannot repair quiz snapshot %1: %2").arg(hash, sqlError(q)));
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("no quiz snapshot %1 to repair").arg(hash));
    qCWarning(lcStorage).noquote() << "quiz snapshot" << hash << "was rewritten from its quiz file";
    return true;
}

std::optional<Quiz> Storage::snapshot(const QString &hash) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM quiz_snapshots WHERE hash = ?"));
    q.addBindValue(hash);
    if (!q.exec())
        return noValue(QStringLiteral("cannot read quiz snapshots: %1").arg(sqlError(q)));
    if (!q.next())
        return noValue(QStringLiteral("no quiz snapshot %1").arg(hash));
    QString problem;
    std::optional<Quiz> quiz = thawQuiz(q.value(0).toByteArray(), &problem);
    if (!quiz)
        return noValue(QStringLiteral("the stored copy of the quiz (version %1) is damaged (%2)")
                           .arg(hash.left(12),
                                problem.section(QStringLiteral("damaged quiz snapshot: "), -1)));
    return quiz;
}

} // namespace hitready
