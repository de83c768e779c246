#pragma once
// A class on a PostgreSQL server: the group roles of learners and instructors, the grants and
// row-level security policies that keep each learner to their own profiles, attempts and
// answers (docs/class-server.md), and the login roles of the class's members. Run by the
// owner of the class database, never by the app a learner uses.

#include "result.h"

#include <QList>
#include <QString>
#include <memory>

namespace hitready {

class PgConnection;

enum class ClassGroup { Learner, Instructor };

QString groupRoleName(ClassGroup group); // hitready_learner, hitready_instructor

struct ClassMember
{
    QString role;
    ClassGroup group = ClassGroup::Learner;
    qint64 profiles = 0;
    qint64 finishedAttempts = 0;
    qint64 unfinishedAttempts = 0;
    bool operator==(const ClassMember &) const = default;
};

class ClassServer
{
public:
    // Connects to the class database at `url` (a postgresql:// URL, libpq conventions).
    static Result<std::unique_ptr<ClassServer>> connect(const QString &url);
    ~ClassServer();
    Q_DISABLE_COPY_MOVE(ClassServer)

    // Creates or upgrades the schema (Storage::open), the group roles, the grants and the
    // policies. Idempotent: on a class set up already it changes nothing. Refused (ErrorKind::
    // Refused) unless the connected role owns the database and may create roles.
    Status init();
    // Creates a login role of `group` with a generated password and returns the URL that
    // person connects with (the only place the password is ever shown). `publicHost`: the host
    // (and :port) the member reaches the server at, when not the one connected to here.
    Result<QString> addMember(const QString &name, ClassGroup group,
                              const QString &publicHost = {});
    // Every role of the two groups that may connect to this database, by group then name.
    Result<QList<ClassMember>> members();

private:
    ClassServer(const QString &url, std::unique_ptr<PgConnection> connection);
    Status requireOwner(const QString &doing);
    Status requireClass();

    QString m_url;
    std::unique_ptr<PgConnection> m_connection;
};

} // namespace hitready
