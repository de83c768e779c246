#include "outbox.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace hitready {

namespace {

// The attempt's record is the row whose item id is empty (no item has an empty id).
const QString recordRow = QStringLiteral("");

QString connectionName()
{
    static QAtomicInteger<quint64> next = 0;
    return QStringLiteral("hitready-outbox-%1").arg(next.fetchAndAddRelaxed(1));
}

Error sqlError(const QSqlQuery &query, const QString &doing)
{
    return Error(ErrorKind::Io,
                 QStringLiteral("the outbox %1: %2").arg(doing, query.lastError().text()));
}

Status exec(QSqlDatabase &db, const QString &sql, const QString &doing)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return sqlError(query, doing);
    return {};
}

} // namespace

Result<std::unique_ptr<Outbox>> Outbox::open(const QString &localPath)
{
    const QString name = connectionName();
    std::unique_ptr<Outbox> outbox(
        new Outbox(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name)));
    QSqlDatabase &db = outbox->m_db;
    db.setDatabaseName(localPath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error(ErrorKind::Io, QStringLiteral("%1: the outbox cannot be opened: %2")
                                        .arg(localPath, db.lastError().text()));
    if (Status durable = exec(db, QStringLiteral("PRAGMA synchronous = FULL"),
                              QStringLiteral("cannot be set up"));
        !durable)
        return durable.error();
    if (Status made = exec(db,
                           QStringLiteral("CREATE TABLE IF NOT EXISTS outbox_sent ("
                                          " attempt_uuid TEXT NOT NULL,"
                                          " item_id TEXT NOT NULL,"
                                          " digest TEXT NOT NULL,"
                                          " PRIMARY KEY (attempt_uuid, item_id))"),
                           QStringLiteral("cannot be created"));
        !made)
        return made.error();
    return outbox;
}

Outbox::~Outbox()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<QHash<QString, SentDigests>> Outbox::sent() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT attempt_uuid, item_id, digest FROM outbox_sent")))
        return sqlError(query, QStringLiteral("cannot be read"));
    QHash<QString, SentDigests> sent;
    while (query.next()) {
        SentDigests &attempt = sent[query.value(0).toString()];
        const QString item = query.value(1).toString();
        if (item == recordRow)
            attempt.record = query.value(2).toString();
        else
            attempt.items.insert(item, query.value(2).toString());
    }
    return sent;
}

Status Outbox::claim(const QString &uuid)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO outbox_sent (attempt_uuid, item_id, digest) "
                                 "VALUES (?, ?, '') ON CONFLICT DO NOTHING"));
    query.addBindValue(uuid);
    query.addBindValue(recordRow);
    if (!query.exec())
        return sqlError(query, QStringLiteral("cannot record attempt %1").arg(uuid));
    return {};
}

Status Outbox::confirm(const QString &uuid, const SentDigests &digests)
{
    return replace(uuid, digests);
}

Status Outbox::forget(const QString &uuid)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM outbox_sent WHERE attempt_uuid = ?"));
    query.addBindValue(uuid);
    if (!query.exec())
        return sqlError(query, QStringLiteral("cannot forget attempt %1").arg(uuid));
    return {};
}

Status Outbox::replace(const QString &uuid, const SentDigests &digests)
{
    if (!m_db.transaction())
        return Error(ErrorKind::Io, QStringLiteral("the outbox cannot start a transaction: %1")
                                        .arg(m_db.lastError().text()));
    const auto rollBack = [&](const Error &why) {
        m_db.rollback();
        return why;
    };
    if (Status cleared = forget(uuid); !cleared)
        return rollBack(cleared.error());
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO outbox_sent (attempt_uuid, item_id, digest) VALUES (?, ?, ?)"));
    const auto add = [&](const QString &item, const QString &digest) {
        insert.bindValue(0, uuid);
        insert.bindValue(1, item);
        insert.bindValue(2, digest);
        return insert.exec();
    };
    bool ok = add(recordRow, digests.record);
    for (auto it = digests.items.cbegin(); ok && it != digests.items.cend(); ++it)
        ok = add(it.key(), it.value());
    if (!ok)
        return rollBack(sqlError(insert, QStringLiteral("cannot record attempt %1").arg(uuid)));
    if (!m_db.commit())
        return rollBack(
            Error(ErrorKind::Io,
                  QStringLiteral("the outbox cannot commit: %1").arg(m_db.lastError().text())));
    return {};
}

} // namespace hitready
