#include "pgconnection.h"

#include <QUrl>
#include <QUrlQuery>
#include <libpq-fe.h>

namespace hitready {

namespace {

QString serverWords(const char *text)
{
    return QString::fromUtf8(text).simplified(); // libpq's lines and tabs, as one line
}

} // namespace

QString urlWithoutPassword(const QString &url)
{
    QUrl parsed(url);
    if (!parsed.isValid() || parsed.scheme().isEmpty())
        return QStringLiteral("the server given by --db");
    parsed.setPassword({});
    QUrlQuery query(parsed);
    query.removeAllQueryItems(QStringLiteral("password"));
    parsed.setQuery(query);
    return parsed.toString();
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &url)
{
    pg_conn *connection = PQconnectdb(url.toUtf8().constData());
    if (!connection)
        return Error(ErrorKind::Io,
                     QStringLiteral("%1: out of memory").arg(urlWithoutPassword(url)));
    if (PQstatus(connection) != CONNECTION_OK) {
        const QString why = serverWords(PQerrorMessage(connection));
        PQfinish(connection);
        return Error(ErrorKind::Io,
                     QStringLiteral("cannot connect to %1: %2").arg(urlWithoutPassword(url), why));
    }
    return std::unique_ptr<PgConnection>(new PgConnection(connection));
}

PgConnection::~PgConnection()
{
    PQfinish(m_connection);
}

std::variant<PgRows, PgFailure> PgConnection::run(const QString &sql, const QStringList &parameters)
{
    QList<QByteArray> values;
    QList<const char *> pointers;
    for (const QString &p : parameters)
        values.append(p.toUtf8());
    for (const QByteArray &v : values)
        pointers.append(v.constData());
    PGresult *result = PQexecParams(m_connection, sql.toUtf8().constData(), int(pointers.size()),
                                    nullptr, pointers.constData(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        PgFailure failure{
            QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)),
            serverWords(result ? PQresultErrorMessage(result) : PQerrorMessage(m_connection))};
        if (failure.message.startsWith(QLatin1String("ERROR:")))
            failure.message = failure.message.mid(6).trimmed();
        PQclear(result);
        return failure;
    }
    PgRows rows;
    for (int r = 0; r < PQntuples(result); ++r) {
        QStringList row;
        for (int c = 0; c < PQnfields(result); ++c)
            row.append(QString::fromUtf8(PQgetvalue(result, r, c)));
        rows.append(row);
    }
    PQclear(result);
    return rows;
}

Result<PgRows> PgConnection::query(const QString &sql, const QStringList &parameters)
{
    auto done = run(sql, parameters);
    if (auto *failure = std::get_if<PgFailure>(&done))
        return Error(failure->sqlState == QLatin1String("42501") ? ErrorKind::Refused
                                                                 : ErrorKind::Failed,
                     failure->message);
    return std::get<PgRows>(std::move(done));
}

QString PgConnection::quoteIdentifier(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_connection, utf8.constData(), size_t(utf8.size()));
    const QString text = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return text;
}

QString PgConnection::quoteLiteral(const QString &text) const
{
    const QByteArray utf8 = text.toUtf8();
    char *quoted = PQescapeLiteral(m_connection, utf8.constData(), size_t(utf8.size()));
    const QString literal = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return literal;
}

Result<QString> PgConnection::encryptPassword(const QString &role, const QString &password)
{
    char *hashed = PQencryptPasswordConn(m_connection, password.toUtf8().constData(),
                                         role.toUtf8().constData(), nullptr);
    if (!hashed)
        return Error(ErrorKind::Failed, QStringLiteral("cannot hash the password: %1")
                                            .arg(serverWords(PQerrorMessage(m_connection))));
    const QString text = QString::fromLatin1(hashed);
    PQfreemem(hashed);
    return text;
}

QString PgConnection::host() const
{
    return QString::fromUtf8(PQhost(m_connection));
}

QString PgConnection::port() const
{
    return QString::fromUtf8(PQport(m_connection));
}

QString PgConnection::database() const
{
    return QString::fromUtf8(PQdb(m_connection));
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_connection));
}

} // namespace hitready
