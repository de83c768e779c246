// A class on a PostgreSQL server, tried the way a curious learner or a hidden script would:
// each role logs in with its own URL and runs raw SQL through libpq, not through our code.
// The class is set up by hitready-cli as its owner (a role that is not a superuser), learners
// take the quiz with hitready-cli take, the instructor reads it with stats. Needs a server:
// runs under tests/pg/with-server.sh (PG* environment, or a throw-away pg_virtualenv cluster).

#include "clirun.h"
#include "loader.h"
#include "storage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <libpq-fe.h>

using namespace hitready;
using namespace hitready::test;

namespace {

const char *const classQuiz = R"(hitready: 1
id: class-quiz
title: Class quiz
domains:
  - {id: a, title: A}
items:
  - {id: a1, domain: a, type: single, prompt: P, options: [{id: x, text: X, correct: true}, {id: y, text: Y}]}
  - {id: a2, domain: a, type: truefalse, prompt: P, answer: true}
  - {id: t1, domain: a, type: text, prompt: Code?, accept: [E11.9]}
)";

const QString injection = QStringLiteral("'); DROP TABLE responses; --");

// What one statement did: its SQLSTATE when it failed, else the rows it returned or changed.
struct Outcome
{
    QString sqlState; // empty: it succeeded
    QString message;
    qsizetype rows = 0; // returned (SELECT) or changed (INSERT, UPDATE, DELETE)
    QList<QStringList> values;
    QString first() const { return values.isEmpty() ? QString() : values.first().value(0); }
};

// Runs `sql` (one or several statements, one transaction) on a connection of its own as the
// role `conninfo` names: a postgresql:// URL or libpq keywords ("" takes the PG* environment).
Outcome sqlAs(const QString &conninfo, const QString &sql, const QStringList &parameters = {})
{
    PGconn *db = PQconnectdb(conninfo.toUtf8().constData());
    Outcome outcome;
    if (PQstatus(db) != CONNECTION_OK) {
        outcome.sqlState = QStringLiteral("connect");
        outcome.message = QString::fromUtf8(PQerrorMessage(db));
        PQfinish(db);
        return outcome;
    }
    QList<QByteArray> values;
    QList<const char *> pointers;
    for (const QString &p : parameters)
        values.append(p.toUtf8());
    for (const QByteArray &v : values)
        pointers.append(v.constData());
    PGresult *result = parameters.isEmpty()
                           ? PQexec(db, sql.toUtf8().constData())
                           : PQexecParams(db, sql.toUtf8().constData(), int(pointers.size()),
                                          nullptr, pointers.constData(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        outcome.sqlState = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        outcome.message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    } else if (status == PGRES_TUPLES_OK) {
        outcome.rows = PQntuples(result);
        for (int r = 0; r < PQntuples(result); ++r) {
            QStringList row;
            for (int c = 0; c < PQnfields(result); ++c)
                row.append(QString::fromUtf8(PQgetvalue(result, r, c)));
            outcome.values.append(row);
        }
    } else {
        outcome.rows = QByteArray(PQcmdTuples(result)).toLongLong();
    }
    PQclear(result);
    PQfinish(db);
    return outcome;
}

// A statement that must succeed; its first value.
QString must(const QString &conninfo, const QString &sql, const QStringList &parameters = {})
{
    const Outcome o = sqlAs(conninfo, sql, parameters);
    if (!o.sqlState.isEmpty())
        qFatal("%s failed: %s", qPrintable(sql), qPrintable(o.message));
    return o.first();
}

QString newSecret()
{
    QString secret;
    for (int i = 0; i < 24; ++i)
        secret.append(QLatin1Char('a' + char(QRandomGenerator::global()->bounded(26))));
    return secret;
}

// Every stored row of the class, as one hash: what a refused statement must leave as it was.
const QString fingerprintSql = QStringLiteral(
    "SELECT md5(concat_ws('/', "
    " (SELECT string_agg(p::text, '|' ORDER BY id) FROM profiles p), "
    " (SELECT string_agg(a::text, '|' ORDER BY id) FROM attempts a), "
    " (SELECT string_agg(r::text, '|' ORDER BY attempt_id, item_id) FROM responses r), "
    " (SELECT string_agg(hash || md5(data), '|' ORDER BY hash) FROM quiz_snapshots), "
    " (SELECT string_agg(version::text, '|') FROM hitready_schema)))");

// The security set-up init makes: policies, table and database grants, RLS flags.
const QString securitySql = QStringLiteral(
    "SELECT concat_ws('/', "
    " (SELECT string_agg(concat_ws(' ', tablename, policyname, cmd, roles::text, qual, "
    "  with_check), '|' ORDER BY tablename, policyname) FROM pg_policies), "
    " (SELECT string_agg(concat_ws(' ', relname, relacl::text, relrowsecurity, "
    "  relforcerowsecurity), '|' ORDER BY relname) FROM pg_class "
    "  WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r'), "
    " (SELECT datacl::text FROM pg_database WHERE datname = current_database()))");

} // namespace

class TestClassroom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void initIsIdempotent();
    void commandsRefuseWithReasons_data();
    void commandsRefuseWithReasons();
    void listShowsMembersAndAttempts();
    void instructorStatsCoverTheClass();

    void learnerCannot_data();
    void learnerCannot();
    void instructorCannotWrite_data();
    void instructorCannotWrite();
    void instructorReadsEverything();
    void learnerSeesOnlyOwnRows();
    void sqlInTextIsStoredAsText();
    void memberNamesAreQuoted();
    void learnerDiscardsOwnUnfinishedAttempt();
    void learnerStoresAFinishedAttemptOnlyWhole();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runCli(arguments, input);
    }
    // Adds a member through hitready-cli and returns the URL it printed.
    QString addMember(const QString &kind, const QString &name);
    // The ids the checks aim at, read as the owner.
    QString ownerValue(const QString &sql, const QStringList &parameters = {}) const
    {
        return must(m_ownerUrl, sql, parameters);
    }
    QString substitute(QString sql) const;

    QTemporaryDir m_dir;
    QString m_prefix;   // of every role and database this run makes
    QString m_database; // the class database
    QString m_ownerUrl;
    QString m_quizFile;
    QString m_alice, m_bob, m_ines; // role names
    QString m_aliceUrl, m_bobUrl, m_inesUrl;
    QStringList m_roles; // made by this run, dropped at the end
};

QString TestClassroom::addMember(const QString &kind, const QString &name)
{
    const CliRun run = cli({QStringLiteral("class"), QStringLiteral("add-") + kind, name,
                            QStringLiteral("--db"), m_ownerUrl});
    if (run.exitCode != 0)
        qFatal("class add-%s %s failed: %s", qPrintable(kind), qPrintable(name),
               qPrintable(run.err));
    m_roles.append(name);
    return run.out.trimmed();
}

void TestClassroom::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(qEnvironmentVariable("HITREADY_TEST_BACKEND") == QLatin1String("postgresql"),
             "run under tests/pg/with-server.sh");
    // Roles belong to the whole server: this run's names cannot meet another run's.
    m_prefix = QStringLiteral("hrc%1_").arg(QCoreApplication::applicationPid());
    m_database = m_prefix + QStringLiteral("class");
    const QString owner = m_prefix + QStringLiteral("owner");
    const QString secret = newSecret();
    must({}, QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'").arg(owner, secret));
    m_roles.append(owner);
    must({}, QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_database, owner));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(owner);
    url.setPassword(secret);
    url.setHost(qEnvironmentVariable("PGHOST", QStringLiteral("localhost")));
    url.setPort(qEnvironmentVariable("PGPORT", QStringLiteral("5432")).toInt());
    url.setPath(QLatin1Char('/') + m_database);
    m_ownerUrl = url.toString(QUrl::FullyEncoded);

    const CliRun init =
        cli({QStringLiteral("class"), QStringLiteral("init"), QStringLiteral("--db"), m_ownerUrl});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    m_alice = m_prefix + QStringLiteral("alice");
    m_bob = m_prefix + QStringLiteral("bob");
    m_ines = m_prefix + QStringLiteral("ines");
    m_aliceUrl = addMember(QStringLiteral("learner"), m_alice);
    m_bobUrl = addMember(QStringLiteral("learner"), m_bob);
    m_inesUrl = addMember(QStringLiteral("instructor"), m_ines);
    QVERIFY2(m_aliceUrl.startsWith(QLatin1String("postgresql://")), qPrintable(m_aliceUrl));
    QCOMPARE(must(m_aliceUrl, QStringLiteral("SELECT current_user")), m_alice);

    // Both learners take the quiz as "Maria" (a learner never learns another has that name),
    // then start a second attempt and leave it after one answer.
    m_quizFile = m_dir.filePath(QStringLiteral("class.yaml"));
    QFile file(m_quizFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(classQuiz);
    file.close();
    for (const QString &url : {m_aliceUrl, m_bobUrl}) {
        const QStringList take{QStringLiteral("take"),      m_quizFile,
                               QStringLiteral("--profile"), QStringLiteral("Maria"),
                               QStringLiteral("--db"),      url};
        CliRun run = cli(take, "1\nt\nE11.9\n");
        QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("Submitted.")),
                 qPrintable(run.out + run.err));
        run = cli(take, "2\n");
        QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("Saved: 1 of 3")),
                 qPrintable(run.out + run.err));
    }
}

void TestClassroom::cleanupTestCase()
{
    if (m_database.isEmpty())
        return;
    sqlAs({}, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    for (const QString &role : std::as_const(m_roles)) {
        PGconn *db = PQconnectdb("");
        char *quoted = PQescapeIdentifier(db, role.toUtf8().constData(), role.toUtf8().size());
        PQclear(PQexec(db, QByteArray("DROP ROLE IF EXISTS ").append(quoted).constData()));
        PQfreemem(quoted);
        PQfinish(db);
    }
}

QString TestClassroom::substitute(QString sql) const
{
    const auto id = [&](const QString &role, bool finished) {
        return ownerValue(QStringLiteral("SELECT a.id FROM attempts a JOIN profiles p ON p.id = "
                                         "a.profile_id WHERE p.owner_role = $1 AND "
                                         "(a.finished_at IS NOT NULL) = $2 ORDER BY a.id LIMIT 1"),
                          {role, finished ? QStringLiteral("true") : QStringLiteral("false")});
    };
    const auto profile = [&](const QString &role) {
        return ownerValue(QStringLiteral("SELECT min(id) FROM profiles WHERE owner_role = $1"),
                          {role});
    };
    if (sql.contains(QLatin1String(":aliceFinished")))
        sql.replace(QLatin1String(":aliceFinished"), id(m_alice, true));
    if (sql.contains(QLatin1String(":aliceOpen")))
        sql.replace(QLatin1String(":aliceOpen"), id(m_alice, false));
    if (sql.contains(QLatin1String(":bobFinished")))
        sql.replace(QLatin1String(":bobFinished"), id(m_bob, true));
    if (sql.contains(QLatin1String(":bobOpen")))
        sql.replace(QLatin1String(":bobOpen"), id(m_bob, false));
    if (sql.contains(QLatin1String(":bobProfile")))
        sql.replace(QLatin1String(":bobProfile"), profile(m_bob));
    if (sql.contains(QLatin1String(":aliceProfile")))
        sql.replace(QLatin1String(":aliceProfile"), profile(m_alice));
    sql.replace(QLatin1String(":bob"), m_bob);
    sql.replace(QLatin1String(":hash"),
                ownerValue(QStringLiteral("SELECT min(hash) FROM quiz_snapshots")));
    return sql;
}

void TestClassroom::initIsIdempotent()
{
    const QString before = ownerValue(securitySql);
    const QString rows = ownerValue(fingerprintSql);
    const CliRun again =
        cli({QStringLiteral("class"), QStringLiteral("init"), QStringLiteral("--db"), m_ownerUrl});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(ownerValue(securitySql), before);
    QCOMPARE(ownerValue(fingerprintSql), rows);
    // Every table holding learner data has row-level security, forced on its owner too.
    QCOMPARE(ownerValue(QStringLiteral(
                 "SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE "
                 "relrowsecurity AND relforcerowsecurity AND relnamespace = "
                 "current_schema()::regnamespace")),
             QStringLiteral("attempts,profiles,responses"));
    // The tables are the owner's, not a member's; the groups cannot log in.
    QCOMPARE(ownerValue(QStringLiteral("SELECT string_agg(DISTINCT tableowner, ',') FROM "
                                       "pg_tables WHERE schemaname = current_schema()")),
             m_prefix + QStringLiteral("owner"));
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN "
                                       "('hitready_learner', 'hitready_instructor') AND NOT "
                                       "rolcanlogin")),
             QStringLiteral("2"));
}

void TestClassroom::commandsRefuseWithReasons_data()
{
    QTest::addColumn<QString>("who"); // owner, alice, ines, unreachable
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addRow("init by a learner") << "alice" << QStringList{"init"} << 1
                                       << "must be run by "
                                          "the owner";
    QTest::addRow("add-learner by an instructor")
        << "ines" << QStringList{"add-learner", "x"} << 1 << "must be run by the owner";
    QTest::addRow("name in use") << "owner" << QStringList{"add-learner", ":alice"} << 1
                                 << "is in use on this server";
    QTest::addRow("name of a group") << "owner" << QStringList{"add-instructor", "hitready_learner"}
                                     << 1 << "is in use on this server";
    QTest::addRow("name too long")
        << "owner" << QStringList{"add-learner", QString(64, 'n')} << 1 << "longer than 63 bytes";
    QTest::addRow("unreachable server")
        << "unreachable" << QStringList{"list"} << 2
        << "cannot connect to postgresql://someone@127.0.0.1:1/nothing: connection to server at";
    QTest::addRow("not a URL") << "file" << QStringList{"init"} << 2
                               << "--db expects the class database's URL";
}

void TestClassroom::commandsRefuseWithReasons()
{
    QFETCH(QString, who);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString url = who == QLatin1String("owner")   ? m_ownerUrl
                        : who == QLatin1String("alice") ? m_aliceUrl
                        : who == QLatin1String("ines")  ? m_inesUrl
                        : who == QLatin1String("unreachable")
                            ? QStringLiteral("postgresql://someone:"
                                             "topsecret@127.0.0.1:1/nothing")
                            : m_dir.filePath(QStringLiteral("x"));
    arguments.replaceInStrings(QStringLiteral(":alice"), m_alice);
    const QString roles = ownerValue(QStringLiteral("SELECT count(*) FROM pg_roles"));
    const QString security = ownerValue(securitySql);
    const CliRun run = cli(QStringList{QStringLiteral("class")} + arguments +
                           QStringList{QStringLiteral("--db"), url});
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(!run.err.contains(QLatin1String("topsecret")), qPrintable(run.err));
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM pg_roles")), roles);
    QCOMPARE(ownerValue(securitySql), security);
}

void TestClassroom::listShowsMembersAndAttempts()
{
    const CliRun run =
        cli({QStringLiteral("class"), QStringLiteral("list"), QStringLiteral("--db"), m_ownerUrl});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    const auto cells = [](const QString &line) {
        return line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    };
    QCOMPARE(cells(lines.at(0)),
             (QStringList{"ROLE", "GROUP", "PROFILES", "FINISHED", "UNFINISHED"}));
    QCOMPARE(cells(lines.at(1)), (QStringList{m_ines, "instructor", "0", "0", "0"}));
    QCOMPARE(cells(lines.at(2)), (QStringList{m_alice, "learner", "1", "1", "1"}));
    QCOMPARE(cells(lines.at(3)), (QStringList{m_bob, "learner", "1", "1", "1"}));
}

// The happy path's other half: the instructor's stats see both learners' finished attempts.
void TestClassroom::instructorStatsCoverTheClass()
{
    const CliRun run = cli({QStringLiteral("stats"), QStringLiteral("class-quiz"),
                            QStringLiteral("--json"), QStringLiteral("--db"), m_inesUrl});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY2(!stats.isEmpty(), qPrintable(run.out));
    QCOMPARE(stats.value(QLatin1String("attempts")).toInt(), 2);
}

void TestClassroom::learnerCannot_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");          // a SQLSTATE, or "rows N"
    const QString denied = QStringLiteral("42501"); // insufficient privilege, or a policy
    // Reading another learner's data: nothing is there.
    QTest::addRow("read others' profiles")
        << "SELECT * FROM profiles WHERE owner_role <> current_user"
        << "rows 0";
    QTest::addRow("read a profile by id") << "SELECT * FROM profiles WHERE id = :bobProfile"
                                          << "rows 0";
    QTest::addRow("read others' role names")
        << "SELECT DISTINCT owner_role FROM profiles WHERE owner_role <> current_user"
        << "rows 0";
    QTest::addRow("read others' attempts") << "SELECT * FROM attempts WHERE profile_id = "
                                              ":bobProfile OR id IN (:bobFinished, :bobOpen)"
                                           << "rows 0";
    QTest::addRow("read others' answers")
        << "SELECT * FROM responses WHERE attempt_id IN (:bobFinished, :bobOpen)"
        << "rows 0";
    QTest::addRow("read a name through a join")
        << "SELECT p.name FROM attempts a JOIN profiles p ON p.id = a.profile_id "
           "WHERE a.id = :bobFinished"
        << "rows 0";
    // Changing or deleting a finished attempt, even one's own.
    QTest::addRow("reopen own finished attempt")
        << "UPDATE attempts SET finished_at = NULL WHERE id = :aliceFinished"
        << "rows 0";
    QTest::addRow("change own finished attempt")
        << "UPDATE attempts SET position = 2, elapsed_ms = 1 WHERE id = :aliceFinished"
        << "rows 0";
    QTest::addRow("delete own finished attempt") << "DELETE FROM attempts WHERE id = :aliceFinished"
                                                 << "rows 0";
    QTest::addRow("change its answers")
        << "UPDATE responses SET answer = 'y' WHERE attempt_id = :aliceFinished"
        << "rows 0";
    QTest::addRow("delete its answers") << "DELETE FROM responses WHERE attempt_id = :aliceFinished"
                                        << "rows 0";
    QTest::addRow("add an answer to it")
        << "INSERT INTO responses (attempt_id, item_id, answer, answered_at) "
           "VALUES (:aliceFinished, 'zz', 'x', 't')"
        << denied;
    QTest::addRow("overwrite an answer of it")
        << "INSERT INTO responses (attempt_id, item_id, answer, answered_at) "
           "VALUES (:aliceFinished, 'a1', 'y', 't') ON CONFLICT (attempt_id, item_id) "
           "DO UPDATE SET answer = excluded.answer"
        << denied;
    // Writing into another learner's data.
    QTest::addRow("attempt for another's profile")
        << "INSERT INTO attempts (profile_id, quiz_hash, quiz_id, mode, seed, started_at, uuid) "
           "VALUES (:bobProfile, ':hash', 'class-quiz', 'assessment', 1, 't', 'u-1')"
        << denied;
    QTest::addRow("profile in another's name")
        << "INSERT INTO profiles (name, created_at, owner_role) VALUES ('X', 't', ':bob')"
        << denied;
    QTest::addRow("answer in another's attempt")
        << "INSERT INTO responses (attempt_id, item_id, answer, answered_at) "
           "VALUES (:bobOpen, 'a2', 't', 't')"
        << denied;
    QTest::addRow("change another's attempt")
        << "UPDATE attempts SET position = 2 WHERE id = :bobOpen"
        << "rows 0";
    QTest::addRow("discard another's attempt") << "DELETE FROM attempts WHERE id = :bobOpen"
                                               << "rows 0";
    QTest::addRow("change another's answers")
        << "UPDATE responses SET answer = 'y' WHERE attempt_id = :bobOpen"
        << "rows 0";
    QTest::addRow("move own attempt to another")
        << "UPDATE attempts SET profile_id = :bobProfile WHERE id = :aliceOpen" << denied;
    QTest::addRow("take over another's profile")
        << "UPDATE profiles SET owner_role = current_user WHERE id = :bobProfile" << denied;
    // What no learner may do at all.
    QTest::addRow("rename a profile") << "UPDATE profiles SET name = 'X'" << denied;
    QTest::addRow("delete a profile") << "DELETE FROM profiles" << denied;
    QTest::addRow("truncate answers") << "TRUNCATE responses" << denied;
    QTest::addRow("drop a table") << "DROP TABLE responses" << denied;
    QTest::addRow("disable row security")
        << "ALTER TABLE responses DISABLE ROW LEVEL SECURITY" << denied;
    QTest::addRow("add a policy") << "CREATE POLICY mine ON responses USING (true)" << denied;
    QTest::addRow("become another learner") << "SET ROLE \":bob\"" << denied;
    QTest::addRow("change a snapshot") << "UPDATE quiz_snapshots SET title = 'X'" << denied;
    QTest::addRow("delete a snapshot") << "DELETE FROM quiz_snapshots" << denied;
    QTest::addRow("change the schema version")
        << "UPDATE hitready_schema SET version = 99" << denied;
    QTest::addRow("create a table") << "CREATE TABLE mine (x int)" << denied;
    QTest::addRow("create a role") << "CREATE ROLE mine" << denied;
}

void TestClassroom::learnerCannot()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    const QString before = ownerValue(fingerprintSql);
    const Outcome outcome = sqlAs(m_aliceUrl, substitute(sql));
    if (expected.startsWith(QLatin1String("rows ")))
        QVERIFY2(outcome.sqlState.isEmpty(), qPrintable(outcome.message));
    const QString got =
        outcome.sqlState.isEmpty() ? QStringLiteral("rows %1").arg(outcome.rows) : outcome.sqlState;
    QVERIFY2(got == expected, qPrintable(got + QLatin1Char(' ') + outcome.message));
    QCOMPARE(ownerValue(fingerprintSql), before);
}

void TestClassroom::instructorCannotWrite_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addRow("create a profile")
        << "INSERT INTO profiles (name, created_at) VALUES ('I', 't')";
    QTest::addRow("rename a profile") << "UPDATE profiles SET name = 'X'";
    QTest::addRow("delete a profile") << "DELETE FROM profiles";
    QTest::addRow("start an attempt")
        << "INSERT INTO attempts (profile_id, quiz_hash, quiz_id, mode, seed, started_at, uuid) "
           "VALUES (:bobProfile, ':hash', 'class-quiz', 'assessment', 1, 't', 'u-2')";
    QTest::addRow("reopen an attempt") << "UPDATE attempts SET finished_at = NULL";
    QTest::addRow("delete an attempt") << "DELETE FROM attempts WHERE id = :bobOpen";
    QTest::addRow("add an answer")
        << "INSERT INTO responses (attempt_id, item_id, answer, answered_at) "
           "VALUES (:bobOpen, 'a2', 't', 't')";
    QTest::addRow("change an answer") << "UPDATE responses SET answer = 'y'";
    QTest::addRow("delete an answer") << "DELETE FROM responses";
    QTest::addRow("store a snapshot")
        << "INSERT INTO quiz_snapshots VALUES ('h', 'q', 't', 'f', 's', '\\x00')";
    QTest::addRow("change a snapshot") << "UPDATE quiz_snapshots SET title = 'X'";
    QTest::addRow("truncate answers") << "TRUNCATE responses";
    QTest::addRow("disable row security") << "ALTER TABLE attempts DISABLE ROW LEVEL SECURITY";
}

void TestClassroom::instructorCannotWrite()
{
    QFETCH(QString, sql);
    const QString before = ownerValue(fingerprintSql);
    const Outcome outcome = sqlAs(m_inesUrl, substitute(sql));
    QVERIFY2(outcome.sqlState == QLatin1String("42501"),
             qPrintable(outcome.sqlState + QLatin1Char(' ') + outcome.message));
    QCOMPARE(ownerValue(fingerprintSql), before);
}

void TestClassroom::instructorReadsEverything()
{
    for (const char *table : {"profiles", "attempts", "responses", "quiz_snapshots"}) {
        const QString count = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        QCOMPARE(must(m_inesUrl, count), ownerValue(count));
    }
    // Both learners named their profile Maria; the instructor tells them apart by role.
    QCOMPARE(must(m_inesUrl, QStringLiteral("SELECT string_agg(name || '@' || owner_role, ',' "
                                            "ORDER BY owner_role) FROM profiles")),
             QStringLiteral("Maria@%1,Maria@%2").arg(m_alice, m_bob));
}

void TestClassroom::learnerSeesOnlyOwnRows()
{
    const QString own =
        QStringLiteral("SELECT count(*) FROM responses r JOIN attempts a ON a.id = r.attempt_id "
                       "JOIN profiles p ON p.id = a.profile_id WHERE p.owner_role = $1");
    QCOMPARE(must(m_aliceUrl, QStringLiteral("SELECT count(*) FROM responses")),
             ownerValue(own, {m_alice}));
    QCOMPARE(must(m_aliceUrl, QStringLiteral("SELECT string_agg(name || '@' || owner_role, ',') "
                                             "FROM profiles")),
             QStringLiteral("Maria@") + m_alice);
    QCOMPARE(must(m_aliceUrl, QStringLiteral("SELECT count(*) FROM attempts")),
             QStringLiteral("2"));
    // Snapshots are quizzes, not learner data: every learner reads them.
    QCOMPARE(must(m_aliceUrl, QStringLiteral("SELECT count(*) FROM quiz_snapshots")),
             ownerValue(QStringLiteral("SELECT count(*) FROM quiz_snapshots")));
}

// A profile name, a quiz id and an answer that hold SQL are stored as the text they are,
// through the storage API on a learner's connection and through take.
void TestClassroom::sqlInTextIsStoredAsText()
{
    const CliRun take = cli({QStringLiteral("take"), m_quizFile, QStringLiteral("--profile"),
                             injection, QStringLiteral("--db"), m_bobUrl},
                            QStringLiteral("1\nt\n%1\n").arg(injection).toUtf8());
    QVERIFY2(take.exitCode == 0 && take.out.contains(QStringLiteral("Submitted.")),
             qPrintable(take.out + take.err));
    {
        auto storage = Storage::open(m_aliceUrl);
        QVERIFY2(storage, qPrintable(storage.errorMessage()));
        auto quiz = loadQuizFile(m_quizFile);
        QVERIFY(quiz);
        quiz->id = injection;
        const auto profile = (*storage)->createProfile(injection);
        QVERIFY2(profile, qPrintable(profile.errorMessage()));
        const auto attempt = (*storage)->startAttempt(profile->id, *quiz, QuizMode::Assessment, 7);
        QVERIFY2(attempt, qPrintable(attempt.errorMessage()));
        QVERIFY((*storage)->saveResponse(*attempt, QStringLiteral("t1"), Answer{injection}));
        QVERIFY((*storage)->finishAttempt(*attempt, QDateTime::currentDateTimeUtc()));
    }
    QCOMPARE(ownerValue(QStringLiteral("SELECT to_regclass('responses') IS NOT NULL")),
             QStringLiteral("t"));
    QCOMPARE(ownerValue(QStringLiteral("SELECT string_agg(owner_role, ',' ORDER BY owner_role) "
                                       "FROM profiles WHERE name = $1"),
                        {injection}),
             m_alice + QLatin1Char(',') + m_bob);
    QCOMPARE(
        ownerValue(QStringLiteral("SELECT count(*) FROM attempts WHERE quiz_id = $1"), {injection}),
        QStringLiteral("1"));
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM responses WHERE item_id = 't1' "
                                       "AND answer = $1"),
                        {injection}),
             QStringLiteral("2"));
}

// A member's name is an identifier quoted by the server's rules, whatever it holds; the URL
// printed for it logs in as exactly that role.
void TestClassroom::memberNamesAreQuoted()
{
    const QString name = m_prefix + injection;
    const QString url = addMember(QStringLiteral("learner"), name);
    QCOMPARE(must(url, QStringLiteral("SELECT current_user")), name);
    QCOMPARE(ownerValue(QStringLiteral("SELECT to_regclass('responses') IS NOT NULL")),
             QStringLiteral("t"));
    QCOMPARE(
        ownerValue(QStringLiteral("SELECT pg_has_role($1, 'hitready_learner', 'MEMBER')"), {name}),
        QStringLiteral("t"));
    // The server keeps a SCRAM hash of the password, never the password (read as the
    // server's administrator: pg_authid is not readable by the owner).
    const QString password = QUrl(url).password();
    QCOMPARE(password.size(), 24);
    const QString stored =
        must({}, QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = $1"), {name});
    QVERIFY2(stored.startsWith(QLatin1String("SCRAM-SHA-256$")), qPrintable(stored));
    QVERIFY(!stored.contains(password));
}

void TestClassroom::learnerDiscardsOwnUnfinishedAttempt()
{
    const QString open = substitute(QStringLiteral(":aliceOpen"));
    const Outcome discarded =
        sqlAs(m_aliceUrl, QStringLiteral("DELETE FROM attempts WHERE id = %1").arg(open));
    QVERIFY2(discarded.sqlState.isEmpty(), qPrintable(discarded.message));
    QCOMPARE(discarded.rows, 1);
    QCOMPARE(ownerValue(
                 QStringLiteral("SELECT count(*) FROM responses WHERE attempt_id = %1").arg(open)),
             QStringLiteral("0"));
}

// A finished attempt arrives whole (a hand-in, an outbox): the attempt and its answers in one
// transaction. From the next transaction on it is fixed.
void TestClassroom::learnerStoresAFinishedAttemptOnlyWhole()
{
    const Outcome whole = sqlAs(
        m_aliceUrl,
        substitute(QStringLiteral(
            "BEGIN; "
            "INSERT INTO attempts (profile_id, quiz_hash, quiz_id, mode, seed, started_at, "
            "finished_at, uuid) VALUES (:aliceProfile, ':hash', 'class-quiz', 'assessment', 1, "
            "'2026-01-01T00:00:00.000Z', '2026-01-01T00:10:00.000Z', 'whole-1'); "
            "INSERT INTO responses (attempt_id, item_id, answer, answered_at) SELECT id, 'a1', "
            "'x', '2026-01-01T00:01:00.000Z' FROM attempts WHERE uuid = 'whole-1'; COMMIT")));
    QVERIFY2(whole.sqlState.isEmpty(), qPrintable(whole.message));
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM responses r JOIN attempts a ON "
                                       "a.id = r.attempt_id WHERE a.uuid = 'whole-1'")),
             QStringLiteral("1"));
    const Outcome later =
        sqlAs(m_aliceUrl, QStringLiteral("INSERT INTO responses (attempt_id, item_id, answer, "
                                         "answered_at) SELECT id, 'a2', 't', 't' FROM attempts "
                                         "WHERE uuid = 'whole-1'"));
    QCOMPARE(later.sqlState, QStringLiteral("42501"));
}

QTEST_GUILESS_MAIN(TestClassroom)

#include "tst_classroom.moc"
