#include "sqlstorage.h"

#include "logging.h"
#include "schema.h"
#include "snapshot.h"
#include "storagerows.h"

#include <QAtomicInteger>
#include <QDir>
#include <QSqlQuery>
#include <QVariant>

// The portable half of the storage gateway that is not about attempts: the connection, profiles
// and frozen quizzes (attempts and answers: attemptstore.cpp).

namespace hitready {

using namespace storagerows;

SqlStorage::SqlStorage(const QString &path, const QSqlDatabase &db, bool readOnly)
    : m_path(path), m_db(db), m_readOnly(readOnly)
{}

SqlStorage::~SqlStorage()
{
    m_reused.clear(); // its statements belong to the connection closed here
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QSqlQuery *SqlStorage::reusedQuery(const QString &sql, QString *whyNot)
{
    if (const auto kept = m_reused.find(sql); kept != m_reused.end())
        return kept->second.get();
    auto query = std::make_unique<QSqlQuery>(m_db);
    if (!query->prepare(sql)) {
        *whyNot = sqlError(*query);
        return nullptr;
    }
    return m_reused.emplace(sql, std::move(query)).first->second.get();
}

QString SqlStorage::newConnectionName()
{
    static QAtomicInteger<quint64> next;
    return QStringLiteral("hitready.storage.%1").arg(next.fetchAndAddRelaxed(1));
}

QString SqlStorage::readOnlyMessage() const
{
    return QStringLiteral("%1 can only be read: new answers and attempts cannot be saved")
        .arg(QDir::toNativeSeparators(m_path));
}

std::optional<Error> SqlStorage::writeRefusal() const
{
    if (!m_readOnly)
        return std::nullopt;
    return fail(readOnlyMessage(), ErrorKind::ReadOnly);
}

Error SqlStorage::fail(const QString &message, ErrorKind kind) const
{
    qCWarning(lcStorage).noquote() << message;
    return Error(kind, message);
}

Error SqlStorage::notFound(const QString &message)
{
    return Error(ErrorKind::NotFound, message);
}

Result<Profile> SqlStorage::createProfile(const QString &name)
{
    if (const auto refused = writeRefusal())
        return *refused;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(QStringLiteral("a profile needs a name"), ErrorKind::Refused);
    Profile profile{0, trimmed, QDateTime::currentDateTimeUtc()};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO profiles (name, created_at) VALUES (?, ?) RETURNING id"));
    q.addBindValue(profile.name);
    q.addBindValue(timestamp(profile.created));
    if (!q.exec() || !q.next()) {
        if (const Result<Profile> existing = profileByName(trimmed))
            return fail(QStringLiteral("a profile named '%1' already exists").arg(existing->name),
                        ErrorKind::Refused);
        return fail(QStringLiteral("cannot create profile '%1': %2").arg(trimmed, sqlError(q)),
                    ErrorKind::Io);
    }
    profile.id = q.value(0).toLongLong();
    return profile;
}

Result<QList<Profile>> SqlStorage::profiles() const
{
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT id, name, created_at FROM profiles ORDER BY lower(name), id")))
        return fail(QStringLiteral("cannot read profiles: %1").arg(sqlError(q)), ErrorKind::Io);
    QList<Profile> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), fromTimestamp(q.value(2))});
    return list;
}

Result<Profile> SqlStorage::profileByName(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, created_at FROM profiles "
                             "WHERE lower(name) = lower(?)%1 ORDER BY id")
                  .arg(ownProfilesOnly()));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return fail(QStringLiteral("cannot read profiles: %1").arg(sqlError(q)), ErrorKind::Io);
    if (!q.next())
        return notFound(QStringLiteral("no profile named '%1'").arg(name.trimmed()));
    return Profile{q.value(0).toLongLong(), q.value(1).toString(), fromTimestamp(q.value(2))};
}

Result<Profile> SqlStorage::profile(qint64 profileId) const
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

Status SqlStorage::insertSnapshot(const Quiz &quiz, const QString &hash)
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
    q.prepare(QStringLiteral("INSERT INTO quiz_snapshots "
                             "(hash, quiz_id, title, format, stored_at, data) "
                             "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING"));
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

Result<QString> SqlStorage::storeSnapshot(const Quiz &quiz)
{
    const QString hash = contentHash(quiz);
    if (const Status stored = insertSnapshot(quiz, hash); !stored)
        return stored.error();
    return hash;
}

Status SqlStorage::repairSnapshot(const Quiz &quiz)
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

Result<Quiz> SqlStorage::snapshot(const QString &hash) const
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

Result<QString> SqlStorage::latestSnapshotHash(const QString &quizId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT hash FROM quiz_snapshots WHERE quiz_id = ? "
                             "ORDER BY stored_at DESC, hash DESC LIMIT 1"));
    q.addBindValue(quizId);
    if (!q.exec())
        return fail(QStringLiteral("cannot read quiz snapshots: %1").arg(sqlError(q)),
                    ErrorKind::Io);
    if (!q.next())
        return notFound(QStringLiteral("no quiz '%1' in %2").arg(quizId, m_path));
    return q.value(0).toString();
}

Result<QList<QByteArray>> SqlStorage::snapshotHashes(const QString &quizId) const
{
    QSqlQuery versions(m_db);
    versions.prepare(QStringLiteral(
        "SELECT hash FROM quiz_snapshots WHERE quiz_id = ? ORDER BY stored_at, hash"));
    versions.addBindValue(quizId);
    if (!versions.exec())
        return fail(QStringLiteral("cannot read quiz snapshots: %1").arg(sqlError(versions)),
                    ErrorKind::Io);
    QList<QByteArray> known;
    while (versions.next())
        known.append(versions.value(0).toString().toUtf8());
    return known;
}

} // namespace hitready
