// The class's members: connecting as the owner, adding a learner or an instructor (a login
// role with a generated password), listing members with their attempt counts.

#include "classroom.h"

#include "pgconnection.h"

#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

namespace hitready {

namespace {

constexpr int passwordLength = 24;   // 24 of 62 symbols: 142 bits
constexpr int maxRoleNameBytes = 63; // longer names are cut by the server (NAMEDATALEN - 1)

QString newPassword()
{
    static const QLatin1String symbols(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString password;
    for (int i = 0; i < passwordLength; ++i)
        password.append(symbols.at(QRandomGenerator::system()->bounded(int(symbols.size()))));
    return password;
}

// Why `name` cannot be a member's role name, or nothing.
QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("a member needs a name");
    if (name.toUtf8().size() > maxRoleNameBytes)
        return QStringLiteral("'%1' is longer than %2 bytes, the longest role name the server "
                              "keeps")
            .arg(name)
            .arg(maxRoleNameBytes);
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("a role name cannot hold control characters");
    return {};
}

// The URL a member connects with: the server and database connected to here (or `publicHost`),
// the member's role and password, and the sslmode the owner's URL asked for.
QString memberUrl(const QString &ownerUrl, const PgConnection &db, const QString &role,
                  const QString &password, const QString &publicHost)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(role);
    url.setPassword(password);
    QUrlQuery query;
    QString host = publicHost.isEmpty() ? db.host() : publicHost.section(QLatin1Char(':'), 0, 0);
    QString port =
        publicHost.contains(QLatin1Char(':')) ? publicHost.section(QLatin1Char(':'), 1) : db.port();
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host); // a socket folder: this machine only
    else
        url.setHost(host);
    if (!port.isEmpty() && port != QLatin1String("5432"))
        url.setPort(port.toInt());
    url.setPath(QLatin1Char('/') + db.database());
    const QUrlQuery given{QUrl(ownerUrl)};
    if (given.hasQueryItem(QStringLiteral("sslmode")))
        query.addQueryItem(QStringLiteral("sslmode"),
                           given.queryItemValue(QStringLiteral("sslmode")));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

QString groupRoleName(ClassGroup group)
{
    return group == ClassGroup::Learner ? QStringLiteral("hitready_learner")
                                        : QStringLiteral("hitready_instructor");
}

ClassServer::ClassServer(const QString &url, std::unique_ptr<PgConnection> connection)
    : m_url(url), m_connection(std::move(connection))
{}

ClassServer::~ClassServer() = default;

Result<std::unique_ptr<ClassServer>> ClassServer::connect(const QString &url)
{
    auto connection = PgConnection::open(url);
    if (!connection)
        return connection.error();
    return std::unique_ptr<ClassServer>(new ClassServer(url, std::move(*connection)));
}

Status ClassServer::requireOwner(const QString &doing)
{
    const auto rights = m_connection->query(QStringLiteral(
        "SELECT pg_has_role(current_user, d.datdba, 'MEMBER'), pg_get_userbyid(d.datdba), "
        "r.rolsuper OR r.rolcreaterole, current_database() "
        "FROM pg_database d, pg_roles r "
        "WHERE d.datname = current_database() AND r.rolname = current_user"));
    if (!rights)
        return rights.error();
    const QStringList &row = rights->first();
    const QString user = m_connection->user();
    if (row.at(0) != QLatin1String("t"))
        return Error(ErrorKind::Refused,
                     QStringLiteral("'%1' must be run by the owner of database '%2' ('%3'); %4 "
                                    "is connected as '%5'")
                         .arg(doing, row.at(3), row.at(1), urlWithoutPassword(m_url), user));
    if (row.at(2) != QLatin1String("t"))
        return Error(ErrorKind::Refused,
                     QStringLiteral("%1 creates roles, which '%2' may not: a superuser can allow "
                                    "it with ALTER ROLE ... CREATEROLE")
                         .arg(doing, user));
    return {};
}

Status ClassServer::requireClass()
{
    const auto groups = m_connection->query(
        QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ANY ($1::text[])"),
        {QStringLiteral("{%1,%2}").arg(groupRoleName(ClassGroup::Learner),
                                       groupRoleName(ClassGroup::Instructor))});
    if (!groups)
        return groups.error();
    if (groups->first().first() != QLatin1String("2"))
        return Error(ErrorKind::NotFound,
                     QStringLiteral("%1 holds no class yet: run 'hitready-cli class init' first")
                         .arg(urlWithoutPassword(m_url)));
    return {};
}

Result<QString> ClassServer::addMember(const QString &name, ClassGroup group,
                                       const QString &publicHost)
{
    const QString doing = group == ClassGroup::Learner ? QStringLiteral("class add-learner")
                                                       : QStringLiteral("class add-instructor");
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return Error(ErrorKind::Refused, problem);
    if (const Status owner = requireOwner(doing); !owner)
        return owner.error();
    if (const Status ready = requireClass(); !ready)
        return ready.error();
    PgConnection &db = *m_connection;
    const auto taken =
        db.query(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {name});
    if (!taken)
        return taken.error();
    const Error inUse(ErrorKind::Refused,
                      QStringLiteral("the name '%1' is in use on this server (role names are "
                                     "shared by all its databases): choose another")
                          .arg(name));
    if (!taken->isEmpty())
        return inUse;
    const QString password = newPassword();
    const auto hashed = db.encryptPassword(name, password);
    if (!hashed)
        return hashed.error();
    const QString role = db.quoteIdentifier(name);
    const QStringList statements = {
        QStringLiteral("BEGIN"),
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2 IN ROLE %3")
            .arg(role, db.quoteLiteral(*hashed), groupRoleName(group)),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2")
            .arg(db.quoteIdentifier(db.database()), role),
        QStringLiteral("COMMIT"),
    };
    for (const QString &sql : statements) {
        auto done = db.run(sql);
        if (const auto *failure = std::get_if<PgFailure>(&done)) {
            db.run(QStringLiteral("ROLLBACK"));
            if (failure->sqlState == QLatin1String("42710")) // duplicate_object: added meanwhile
                return inUse;
            return Error(ErrorKind::Failed,
                         QStringLiteral("%1 '%2': %3").arg(doing, name, failure->message));
        }
    }
    return memberUrl(m_url, db, name, password, publicHost);
}

Result<QList<ClassMember>> ClassServer::members()
{
    if (const Status ready = requireClass(); !ready)
        return ready.error();
    const auto rows = m_connection->query(
        QStringLiteral("SELECT m.rolname, g.rolname, "
                       "  (SELECT count(*) FROM profiles p WHERE p.owner_role = m.rolname), "
                       "  (SELECT count(*) FROM attempts a JOIN profiles p ON p.id = a.profile_id "
                       "   WHERE p.owner_role = m.rolname AND a.finished_at IS NOT NULL), "
                       "  (SELECT count(*) FROM attempts a JOIN profiles p ON p.id = a.profile_id "
                       "   WHERE p.owner_role = m.rolname AND a.finished_at IS NULL) "
                       "FROM pg_auth_members am "
                       "JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
                       "WHERE g.rolname = ANY ($1::text[]) "
                       "  AND has_database_privilege(m.oid, current_database(), 'CONNECT') "
                       "ORDER BY g.rolname, m.rolname"),
        {QStringLiteral("{%1,%2}").arg(groupRoleName(ClassGroup::Learner),
                                       groupRoleName(ClassGroup::Instructor))});
    if (!rows)
        return rows.error().context(
            QStringLiteral("cannot list the class on %1").arg(urlWithoutPassword(m_url)));
    QList<ClassMember> list;
    for (const QStringList &row : *rows)
        list.append({row.at(0),
                     row.at(1) == groupRoleName(ClassGroup::Learner) ? ClassGroup::Learner
                                                                     : ClassGroup::Instructor,
                     row.at(2).toLongLong(), row.at(3).toLongLong(), row.at(4).toLongLong()});
    return list;
}

} // namespace hitready
