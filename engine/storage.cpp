#include "storage.h"

#include "schema.h"
#include "snapshot.h"

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

namespace {

Q_LOGGING_CATEGORY(lcStorage, "hitready.storage")

const QString inMemory = QStringLiteral(":memory:");

// ISO-8601 UTC with milliseconds: sorts as text, reads back to the same instant.
QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

// Qt binds a null QString as SQL NULL; these columns hold '' instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString modeName(QuizMode mode)
{
    return mode == QuizMode::Practice ? QStringLiteral("practice") : QStringLiteral("assessment");
}

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

AttemptRecord attemptFrom(const QSqlQuery &q)
{
    AttemptRecord a;
    a.id = q.value(0).toLongLong();
    a.profileId = q.value(1).toLongLong();
    a.quizId = q.value(2).toString();
    a.quizHash = q.value(3).toString();
    a.mode = q.value(4).toString() == QLatin1String("practice") ? QuizMode::Practice
                                                                : QuizMode::Assessment;
    a.seed = quint64(q.value(5).toLongLong()); // stored as the same 64 bits, signed
    a.started = fromTimestamp(q.value(6));
    if (!q.value(7).isNull())
        a.finished = fromTimestamp(q.value(7));
    a.position = q.value(8).toInt();
    a.elapsedMs = q.value(9).toLongLong();
    const QString order = q.value(10).toString();
    if (!order.isEmpty())
        a.itemOrder = order.split(QLatin1Char(','));
    return a;
}

const char attemptColumns[] = "id, profile_id, quiz_id, quiz_hash, mode, seed, started_at, "
                              "finished_at, position, elapsed_ms, item_order";

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

std::optional<qint64> Storage::startAttempt(qint64 profileId, const Quiz &quiz, QuizMode mode,
                                            quint64 seed, const QStringList &itemOrder)
{
    QSet<QString> known, seen;
    if (!itemOrder.isEmpty())
        for (const Item &item : quiz.items)
            known.insert(item.id);
    for (const QString &id : itemOrder) {
        if (!known.contains(id) || id.contains(QLatin1Char(',')) || seen.contains(id))
            return noValue(
                QStringLiteral("item order: '%1' is unknown, repeated or holds a comma").arg(id));
        seen.insert(id);
    }
    const QString hash = contentHash(quiz);
    QString problem;
    Transaction transaction(m_db);
    if (!transaction.begin(&problem))
        return noValue(QStringLiteral("cannot start an attempt: %1").arg(problem));
    if (!insertSnapshot(quiz, hash))
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO attempts (profile_id, quiz_hash, quiz_id, mode, seed, "
                             "started_at, item_order) "
                             "SELECT id, ?, ?, ?, ?, ?, ? FROM profiles WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(quiz.id);
    q.addBindValue(modeName(mode));
    q.addBindValue(qint64(seed));
    q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(itemOrder.join(QLatin1Char(','))));
    q.addBindValue(profileId);
    if (!q.exec())
        return noValue(QStringLiteral("cannot start an attempt: %1").arg(sqlError(q)));
    if (q.numRowsAffected() != 1)
        return noValue(QStringLiteral("no profile %1").arg(profileId));
    const qint64 id = q.lastInsertId().toLongLong();
    if (!transaction.commit(&problem))
        return noValue(QStringLiteral("cannot start an attempt: %1").arg(problem));
    return id;
}

bool Storage::explainUnchanged(qint64 attemptId) const
{
    const std::optional<AttemptRecord> a = attempt(attemptId);
    if (a && a->isFinished())
        return fail(
            QStringLiteral("attempt %1 is finished; it takes no more changes").arg(attemptId));
    return fail(a ? QStringLiteral("attempt %1 was not changed").arg(attemptId) : m_lastError);
}

bool Storage::saveResponse(qint64 attemptId, const QString &itemId, const Answer &answer)
{
    // One statement is one transaction: on disk when exec() returns.
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO responses (attempt_id, item_id, answer, answered_at) "
                       "SELECT id, ?, ?, ? FROM attempts WHERE id = ? AND finished_at IS NULL "
                       "ON CONFLICT (attempt_id, item_id) DO UPDATE "
                       "SET answer = excluded.answer, answered_at = excluded.answered_at"));
    q.addBindValue(text(itemId));
    q.addBindValue(text(encodeAnswer(answer)));
    q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(attemptId);
    if (!q.exec())
        return fail(QStringLiteral("cannot save the answer to '%1': %2").arg(itemId, sqlError(q)));
    return q.numRowsAffected() == 1 || explainUnchanged(attemptId);
}

bool Storage::setFlag(qint64 attemptId, const QString &itemId, bool flagged)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO responses (attempt_id, item_id, answer, answered_at, flagged) "
        "SELECT id, ?, '', ?, ? FROM attempts WHERE id = ? AND finished_at IS NULL "
        "ON CONFLICT (attempt_id, item_id) DO UPDATE SET flagged = excluded.flagged"));
    q.addBindValue(text(itemId));
    q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(flagged ? 1 : 0);
    q.addBindValue(attemptId);
    if (!q.exec())
        return fail(QStringLiteral("cannot flag '%1': %2").arg(itemId, sqlError(q)));
    return q.numRowsAffected() == 1 || explainUnchanged(attemptId);
}

bool Storage::savePosition(qint64 attemptId, int position, qint64 elapsedMs)
{
    if (position < 0 || elapsedMs < 0)
        return fail(QStringLiteral("position and elapsed time cannot be negative"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE attempts SET position = ?, elapsed_ms = ? "
                             "WHERE id = ? AND finished_at IS NULL"));
    q.addBindValue(position);
    q.addBindValue(elapsedMs);
    q.addBindValue(attemptId);
    if (!q.exec())
        return fail(QStringLiteral("cannot save the position: %1").arg(sqlError(q)));
    return q.numRowsAffected() == 1 || explainUnchanged(attemptId);
}

bool Storage::finishAttempt(qint64 attemptId, const QDateTime &finished)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE attempts SET finished_at = ? WHERE id = ? AND finished_at IS NULL"));
    q.addBindValue(timestamp(finished));
    q.addBindValue(attemptId);
    if (!q.exec())
        return fail(QStringLiteral("cannot finish attempt %1: %2").arg(attemptId).arg(sqlError(q)));
    return q.numRowsAffected() == 1 || explainUnchanged(attemptId);
}

std::optional<AttemptRecord> Storage::attempt(qint64 attemptId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM attempts WHERE id = ?").arg(QLatin1String(attemptColumns)));
    q.addBindValue(attemptId);
    if (!q.exec())
        return noValue(QStringLiteral("cannot read attempts: %1").arg(sqlError(q)));
    if (!q.next())
        return notFound(QStringLiteral("no attempt %1").arg(attemptId));
    return attemptFrom(q);
}

std::optional<QList<AttemptRecord>> Storage::attemptList(const QString &where, qint64 value) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM attempts WHERE %2 ORDER BY started_at DESC, id DESC")
                  .arg(QLatin1String(attemptColumns), where));
    q.addBindValue(value);
    if (!q.exec())
        return noValue(QStringLiteral("cannot read attempts: %1").arg(sqlError(q)));
    QList<AttemptRecord> list;
    while (q.next())
        list.append(attemptFrom(q));
    return list;
}

std::optional<QList<AttemptRecord>> Storage::attempts(qint64 profileId) const
{
    return attemptList(QStringLiteral("profile_id = ?"), profileId);
}

std::optional<QList<AttemptRecord>> Storage::unfinishedAttempts(qint64 profileId) const
{
    return attemptList(QStringLiteral("profile_id = ? AND finished_at IS NULL"), profileId);
}

std::optional<Responses> Storage::responses(qint64 attemptId, const Quiz &quiz) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT item_id, answer FROM responses WHERE attempt_id = ? AND answer <> ''"));
    q.addBindValue(attemptId);
    if (!q.exec())
        return noValue(QStringLiteral("cannot read answers: %1").arg(sqlError(q)));
    QHash<QString, const Item *> items;
    items.reserve(quiz.items.size());
    for (const Item &item : quiz.items)
        items.insert(item.id, &item);
    Responses result;
    while (q.next()) {
        const QString itemId = q.value(0).toString();
        const Item *item = items.value(itemId);
        if (!item) {
            qCWarning(lcStorage) << "attempt" << attemptId << "answered item" << itemId
                                 << "which quiz" << quiz.id << "does not have; skipped";
            continue;
        }
        bool ok = false;
        const Answer answer = decodeAnswer(*item, q.value(1).toString(), &ok);
        if (!ok) {
            qCWarning(lcStorage) << "attempt" << attemptId << "holds an unreadable answer"
                                 << q.value(1).toString() << "to" << itemId << "; skipped";
            continue;
        }
        result.insert(itemId, answer);
    }
    return result;
}

std::optional<QSet<QString>> Storage::flags(qint64 attemptId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT item_id FROM responses WHERE attempt_id = ? AND flagged = 1"));
    q.addBindValue(attemptId);
    if (!q.exec())
        return noValue(QStringLiteral("cannot read flags: %1").arg(sqlError(q)));
    QSet<QString> result;
    while (q.next())
        result.insert(q.value(0).toString());
    return result;
}

} // namespace hitready
