#include "storage.h"

#include "schema.h"
#include "snapshot.h"
#include "storagerows.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
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

// Refuses, before SQLite sees it, a non-empty file without the SQLite header: SQLite would
// treat a tiny one as an empty database and write over it.
QString headerProblem(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read it: %1").arg(file.errorString());
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return QStringLiteral("not a HIT Ready database (not an SQLite file)");
    return {};
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

std::unique_ptr<Storage> Storage::open(const QString &path, QString *error)
{
    QString problem;
    const auto refuse = [&](const QString &why) {
        const QString message = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
        qCWarning(lcStorage).noquote() << message;
        if (error)
            *error = message;
        return nullptr;
    };
    if (path != inMemory) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return refuse(QStringLiteral("cannot create the folder"));
        if (problem = headerProblem(path); !problem.isEmpty())
            return refuse(problem);
    }
    // Storage owns the connection from here on: its destructor removes it on every path.
    std::unique_ptr<Storage> storage(
        new Storage(path, QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName())));
    QSqlDatabase &db = storage->m_db;
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return refuse(QStringLiteral("cannot open it: %1").arg(db.lastError().text()));
    // Read before anything is written: a foreign or newer file must stay as it was.
    if (!execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"), &problem) ||
        !inspectSchema(db, &problem))
        return refuse(problem);
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

bool Storage::insertSnapshot(const Quiz &quiz, const QString &hash)
{
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
        return noValue(QStringLiteral("quiz snapshot %1: %2").arg(hash, problem));
    return quiz;
}

} // namespace hitready
