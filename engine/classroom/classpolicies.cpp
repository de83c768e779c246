// class init: the grants and row-level security policies of a class database. Every statement
// runs in one transaction, so a class is never seen half set up, and running it again leaves
// the same roles, grants and policies as before. docs/class-server.md explains the model.

#include "classroom.h"

#include "pgconnection.h"
#include "storage.h"

namespace hitready {

namespace {

// The tables holding learner data: row-level security, forced on the owner too.
const QStringList learnerTables = {QStringLiteral("profiles"), QStringLiteral("attempts"),
                                   QStringLiteral("responses")};
// Every table of the schema (quiz_snapshots holds quizzes, hitready_schema the version).
const QString allTables =
    QStringLiteral("hitready_schema, profiles, quiz_snapshots, attempts, responses");

// Whether a profile or an attempt is the connected learner's, and whether an attempt takes
// answers: one function each, so that a policy is one call the planner does not expand (the
// policies of attempts and profiles nested inside the policies of responses made planning an
// answer's save several times slower than running it). PL/pgSQL keeps each query planned for the
// session. SECURITY INVOKER: they run as the learner, under the policies of what they read.
// An attempt takes answers while it is unfinished, and a finished one in the transaction that
// stored or finished it (a hand-in, or an outbox sending an attempt finished offline, arrives
// whole); from the next transaction on it is fixed: only an unfinished attempt can be updated,
// so only then can its row get a newer xmin.
const QStringList functions = {
    QStringLiteral(R"(CREATE OR REPLACE FUNCTION hitready_own_profile(profile bigint)
    RETURNS boolean LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$
    BEGIN
        RETURN EXISTS (SELECT FROM profiles p
                       WHERE p.id = profile AND p.owner_role = current_user);
    END $$)"),
    QStringLiteral(R"(CREATE OR REPLACE FUNCTION hitready_own_attempt(attempt bigint,
                                                       writing boolean)
    RETURNS boolean LANGUAGE plpgsql STABLE SET search_path FROM CURRENT AS $$
    BEGIN
        RETURN EXISTS (SELECT FROM attempts a JOIN profiles p ON p.id = a.profile_id
                       WHERE a.id = attempt AND p.owner_role = current_user
                         AND (NOT writing OR a.finished_at IS NULL
                              OR a.xmin = pg_current_xact_id()::xid));
    END $$)"),
};
const QString ownProfile = QStringLiteral("hitready_own_profile(profile_id)");
const QString readable = QStringLiteral("hitready_own_attempt(attempt_id, false)");
const QString writable = QStringLiteral("hitready_own_attempt(attempt_id, true)");

struct Policy
{
    QString table;
    QString name;
    QString command; // SELECT, INSERT, UPDATE, DELETE
    QString group;
    QString usingClause; // empty: none
    QString checkClause; // empty: none
};

QList<Policy> policies()
{
    const QString learner = groupRoleName(ClassGroup::Learner);
    const QString instructor = groupRoleName(ClassGroup::Instructor);
    const QString own = QStringLiteral("owner_role = current_user");
    const QString all = QStringLiteral("true");
    return {
        {QStringLiteral("profiles"),
         QStringLiteral("learner_reads_own"),
         QStringLiteral("SELECT"),
         learner,
         own,
         {}},
        {QStringLiteral("profiles"),
         QStringLiteral("learner_creates_own"),
         QStringLiteral("INSERT"),
         learner,
         {},
         own},
        {QStringLiteral("attempts"),
         QStringLiteral("learner_reads_own"),
         QStringLiteral("SELECT"),
         learner,
         ownProfile,
         {}},
        {QStringLiteral("attempts"),
         QStringLiteral("learner_starts_own"),
         QStringLiteral("INSERT"),
         learner,
         {},
         ownProfile},
        {QStringLiteral("attempts"), QStringLiteral("learner_continues_unfinished"),
         QStringLiteral("UPDATE"), learner, QStringLiteral("finished_at IS NULL AND ") + ownProfile,
         ownProfile},
        {QStringLiteral("attempts"),
         QStringLiteral("learner_discards_unfinished"),
         QStringLiteral("DELETE"),
         learner,
         QStringLiteral("finished_at IS NULL AND ") + ownProfile,
         {}},
        {QStringLiteral("responses"),
         QStringLiteral("learner_reads_own"),
         QStringLiteral("SELECT"),
         learner,
         readable,
         {}},
        {QStringLiteral("responses"),
         QStringLiteral("learner_answers_unfinished"),
         QStringLiteral("INSERT"),
         learner,
         {},
         writable},
        {QStringLiteral("responses"), QStringLiteral("learner_changes_unfinished"),
         QStringLiteral("UPDATE"), learner, writable, writable},
        {QStringLiteral("responses"),
         QStringLiteral("learner_discards_unfinished"),
         QStringLiteral("DELETE"),
         learner,
         writable,
         {}},
        {QStringLiteral("profiles"),
         QStringLiteral("instructor_reads_all"),
         QStringLiteral("SELECT"),
         instructor,
         all,
         {}},
        {QStringLiteral("attempts"),
         QStringLiteral("instructor_reads_all"),
         QStringLiteral("SELECT"),
         instructor,
         all,
         {}},
        {QStringLiteral("responses"),
         QStringLiteral("instructor_reads_all"),
         QStringLiteral("SELECT"),
         instructor,
         all,
         {}},
    };
}

// What each group may do at all; the policies then choose the rows.
QStringList grants()
{
    const QString learner = groupRoleName(ClassGroup::Learner);
    const QString instructor = groupRoleName(ClassGroup::Instructor);
    return {
        QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC, %2, %3").arg(allTables, learner, instructor),
        QStringLiteral("GRANT SELECT ON %1 TO %2, %3").arg(allTables, learner, instructor),
        QStringLiteral("GRANT INSERT ON profiles, quiz_snapshots TO %1").arg(learner),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON attempts, responses TO %1").arg(learner),
    };
}

} // namespace

Status ClassServer::init()
{
    if (const Status owner = requireOwner(QStringLiteral("class init")); !owner)
        return owner;
    // The schema first, through the storage gateway (its own connection, its own migrations).
    {
        auto storage = Storage::open(m_url);
        if (!storage)
            return storage.error();
    }
    PgConnection &db = *m_connection;
    const auto failed = [&](const Error &why) {
        db.run(QStringLiteral("ROLLBACK")); // nothing to do when it fails: the connection ends
        return why.context(QStringLiteral("class init on %1").arg(urlWithoutPassword(m_url)));
    };
    if (const auto begun = db.query(QStringLiteral("BEGIN")); !begun)
        return failed(begun.error());
    for (ClassGroup group : {ClassGroup::Learner, ClassGroup::Instructor}) {
        const QString role = groupRoleName(group);
        const auto exists =
            db.query(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = $1"), {role});
        if (!exists)
            return failed(exists.error());
        const QString sql = exists->isEmpty() ? QStringLiteral("CREATE ROLE %1 NOLOGIN")
                            : exists->first().first() == QLatin1String("t")
                                ? QStringLiteral("ALTER ROLE %1 NOLOGIN")
                                : QString();
        if (!sql.isEmpty())
            if (const auto made = db.query(sql.arg(role)); !made)
                return failed(made.error());
    }
    // The table owner is the only one besides the groups, and never one of them.
    const auto owner = db.query(
        // (A superuser counts as a member of every role.)
        QStringLiteral("SELECT t.tableowner, NOT r.rolsuper AND (pg_has_role(r.oid, $1, "
                       "'MEMBER') OR pg_has_role(r.oid, $2, 'MEMBER')) "
                       "FROM pg_tables t JOIN pg_roles r ON r.rolname = t.tableowner "
                       "WHERE t.schemaname = current_schema() AND t.tablename = 'profiles'"),
        {groupRoleName(ClassGroup::Learner), groupRoleName(ClassGroup::Instructor)});
    if (!owner)
        return failed(owner.error());
    if (owner->isEmpty())
        return failed(Error(ErrorKind::Failed, QStringLiteral("the schema has no profiles table")));
    if (owner->first().at(1) == QLatin1String("t"))
        return failed(Error(ErrorKind::Refused,
                            QStringLiteral("the tables belong to '%1', a member of the class: "
                                           "give them to the database owner")
                                .arg(owner->first().first())));
    QStringList statements = {
        // Only members connect: each is granted CONNECT when added. No temporary tables.
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC")
            .arg(db.quoteIdentifier(db.database())),
    };
    // Nobody else creates objects beside the tables (PostgreSQL 15's default for a new
    // database; a database made by an older server may still allow it).
    const auto schema = db.query(
        QStringLiteral("SELECT current_schema(), pg_has_role(current_user, nspowner, 'USAGE') "
                       "FROM pg_namespace WHERE nspname = current_schema()"));
    if (!schema)
        return failed(schema.error());
    if (!schema->isEmpty() && schema->first().at(1) == QLatin1String("t"))
        statements.append(QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM PUBLIC")
                              .arg(db.quoteIdentifier(schema->first().first())));
    statements += grants();
    statements += functions;
    const auto oldPolicies = db.query(
        QStringLiteral(
            "SELECT tablename, policyname FROM pg_policies WHERE schemaname = current_schema() "
            "AND tablename = ANY ($1::text[]) ORDER BY 1, 2"),
        {QStringLiteral("{%1}").arg(learnerTables.join(QLatin1Char(',')))});
    if (!oldPolicies)
        return failed(oldPolicies.error());
    for (const QStringList &row : *oldPolicies)
        statements.append(QStringLiteral("DROP POLICY %1 ON %2")
                              .arg(db.quoteIdentifier(row.at(1)), db.quoteIdentifier(row.at(0))));
    for (const QString &table : learnerTables) {
        statements.append(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table));
        statements.append(QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table));
        statements.append(
            QStringLiteral("CREATE POLICY owner_all ON %1 TO %2 USING (true) WITH CHECK (true)")
                .arg(table, db.quoteIdentifier(owner->first().first())));
    }
    for (const Policy &p : policies())
        statements.append(QStringLiteral("CREATE POLICY %1 ON %2 FOR %3 TO %4%5%6")
                              .arg(p.name, p.table, p.command, p.group,
                                   p.usingClause.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" USING (%1)").arg(p.usingClause),
                                   p.checkClause.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" WITH CHECK (%1)").arg(p.checkClause)));
    for (const QString &sql : statements)
        if (const auto done = db.query(sql); !done)
            return failed(done.error());
    if (const auto committed = db.query(QStringLiteral("COMMIT")); !committed)
        return failed(committed.error());
    return {};
}

} // namespace hitready
