#pragma once
// One libpq connection for the class administration (roles, grants, policies): statements Qt
// SQL cannot parameterise (CREATE ROLE, GRANT) need the server's identifier quoting, and a new
// member's password is hashed here (SCRAM) so that it never reaches the server in clear.

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <variant>

struct pg_conn;

namespace hitready {

// What a statement returned: rows of text (NULL reads as an empty string).
using PgRows = QList<QStringList>;

// A failed statement: the server's SQLSTATE and its words.
struct PgFailure
{
    QString sqlState; // e.g. "42501" insufficient privilege, "42710" duplicate object
    QString message;
};

class PgConnection
{
public:
    // Connects with libpq's conventions (URL, PGPASSWORD, ~/.pgpass, sslmode). The error names
    // the URL without its password and gives the server's words.
    static Result<std::unique_ptr<PgConnection>> open(const QString &url);
    ~PgConnection();
    Q_DISABLE_COPY_MOVE(PgConnection)

    // One statement with $1.. parameters sent apart from the SQL text.
    Result<PgRows> query(const QString &sql, const QStringList &parameters = {});
    // Same, keeping the SQLSTATE of a failure for callers that tell failures apart.
    std::variant<PgRows, PgFailure> run(const QString &sql, const QStringList &parameters = {});

    QString quoteIdentifier(const QString &name) const; // "name" with inner quotes doubled
    QString quoteLiteral(const QString &text) const;
    // The password as the server stores it (SCRAM-SHA-256 by the server's default), computed
    // here: the clear text never leaves this process.
    Result<QString> encryptPassword(const QString &role, const QString &password);

    QString host() const; // as connected: a name, an address or a socket folder
    QString port() const;
    QString database() const;
    QString user() const;

private:
    explicit PgConnection(pg_conn *connection) : m_connection(connection) {}
    pg_conn *m_connection;
};

// The URL as it may be shown: without a password in the user part or in the query.
QString urlWithoutPassword(const QString &url);

} // namespace hitready
