#include "pgstorage.h"

#include "logging.h"
#include "pgschema.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

// Opening a PostgreSQL class server. The URL is read by libpq itself (PQconninfoParse), so every
// libpq convention holds: the password from the URL, PGPASSWORD or ~/.pgpass, PGHOST and the
// other environment defaults, sslmode and the rest of the parameters.

namespace hitready {

namespace {

// A libpq connection-string value, quoted: 'it''s' is written 'it\'s'.
QString quoted(const char *value)
{
    QString v = QString::fromUtf8(value);
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), "\\'");
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// The URL's parameters as QPSQL connect options (key='value' separated by ';'), or an error in
// libpq's words.
Result<QString> connectOptions(const QString &url)
{
    char *problem = nullptr;
    PQconninfoOption *options = PQconninfoParse(url.toUtf8().constData(), &problem);
    if (!options) {
        const QString why =
            problem ? QString::fromUtf8(problem).trimmed() : QStringLiteral("out of memory");
        PQfreemem(problem);
        return Error(ErrorKind::Refused, QStringLiteral("not a valid server URL: %1").arg(why));
    }
    QStringList parts;
    for (const PQconninfoOption *o = options; o->keyword; ++o)
        if (o->val && *o->val)
            parts.append(QString::fromUtf8(o->keyword) + QLatin1Char('=') + quoted(o->val));
    PQconninfoFree(options);
    return parts.join(QLatin1Char(';'));
}

} // namespace

QString PostgresStorage::withoutPassword(const QString &url)
{
    QUrl shown(url, QUrl::TolerantMode);
    if (!shown.isValid())
        return QStringLiteral("postgresql://(an invalid URL)");
    shown.setPassword(QString());
    QUrlQuery query(shown);
    query.removeAllQueryItems(QStringLiteral("password"));
    shown.setQuery(query.isEmpty() ? QString() : query.query());
    return shown.toString();
}

PGconn *PostgresStorage::connection() const
{
    const QVariant v = m_db.driver() ? m_db.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler does: PGconn is a typedef of struct pg_conn.
    if (!v.isValid() ||
        (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(v.constData());
}

Result<std::unique_ptr<Storage>> PostgresStorage::open(const QString &url, Access access)
{
    const QString shown = withoutPassword(url);
    const auto refuse = [&](const Error &why) {
        Error named = why.context(shown);
        qCWarning(lcStorage).noquote() << named.message;
        return named;
    };
    const Result<QString> options = connectOptions(url);
    if (!options)
        return refuse(options.error());
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return refuse({ErrorKind::Failed,
                       QStringLiteral("cannot reach a PostgreSQL server: Qt's QPSQL driver is not "
                                      "installed (Debian: libqt6sql6-psql)")});
    const bool readOnly = access == Access::ReadOnly;
    std::unique_ptr<PostgresStorage> storage(new PostgresStorage(
        shown, QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), newConnectionName()), readOnly));
    storage->m_url = url;
    QSqlDatabase &db = storage->m_db;
    db.setConnectOptions(*options);
    if (!db.open())
        return refuse({ErrorKind::Io, QStringLiteral("cannot connect: %1")
                                          .arg(db.lastError().databaseText().trimmed().isEmpty()
                                                   ? db.lastError().text()
                                                   : db.lastError().databaseText().trimmed())});
    // Our timestamps are text; the server's own settings must not change what we read. Our
    // queries are small or whole-table scans, for which compiling them (JIT) costs more than it
    // saves.
    if (const Status set = execSql(db, QStringLiteral("SET client_encoding = 'UTF8'")); !set)
        return refuse(set.error());
    if (const Status set = execSql(db, QStringLiteral("SET jit = off")); !set)
        return refuse(set.error());
    if (readOnly)
        if (const Status set = execSql(db, QStringLiteral("SET default_transaction_read_only = "
                                                          "on"));
            !set)
            return refuse(set.error());
    const Result<int> version = inspectServerSchema(db);
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
        return std::unique_ptr<Storage>(std::move(storage));
    }
    if (const Status migrated = migrateServerSchema(db); !migrated)
        return refuse(migrated.error());
    return std::unique_ptr<Storage>(std::move(storage));
}

} // namespace hitready
