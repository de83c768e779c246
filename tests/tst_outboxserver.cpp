// The offline path on a real class server (PostgreSQL): the server stops mid-attempt, the
// learner answers the rest and finishes, the server starts again, and sync sends every answer,
// flag and confidence exactly once. Inside pg_virtualenv's throw-away cluster the server is
// really stopped (pg_ctlcluster); on a server given by PGHOST alone the class database stops
// taking connections instead (ALLOW_CONNECTIONS false). Runs where the PG* variables name a
// server (make test: under pg_virtualenv); without one it fails, it is never skipped.

#include "classcopy.h"
#include "classlocation.h"
#include "clirun.h"
#include "loader.h"
#include "session.h"
#include "storage.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace hitready;
using hitready::test::runCli;

namespace {

const QByteArray quizYaml = R"(hitready: 1
id: server-quiz
title: Server quiz
language: en
mode: assessment
confidence: true
domains:
  - {id: d, title: D}
items:
  - {id: q1, domain: d, type: single, prompt: One, options: [{id: a, text: A, correct: true}, {id: b, text: B}]}
  - {id: q2, domain: d, type: single, prompt: Two, options: [{id: a, text: A}, {id: b, text: B, correct: true}]}
  - {id: q3, domain: d, type: truefalse, prompt: Three, answer: true}
)";

bool run(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    const QString text = QString::fromUtf8(process.readAll());
    if (output)
        *output = text;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << program << arguments.join(QLatin1Char(' ')) << "failed:" << text;
        return false;
    }
    return true;
}

bool psql(const QString &sql, const QString &database = QStringLiteral("postgres"))
{
    return run(QStringLiteral("psql"),
               {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-qAtX"),
                QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
}

} // namespace

class TstOutboxServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void serverStoppedMidAttempt();
    void cliTakeAndSyncAcrossAStop();

private:
    // pg_virtualenv's cluster: stopped for real; else the class database refuses connections.
    bool ownCluster() const { return !qEnvironmentVariable("PG_CLUSTER_CONF_ROOT").isEmpty(); }
    void stopServer();
    void startServer();
    QString url() const;
    Quiz quiz() const { return *loadQuiz(quizYaml, QStringLiteral("server-quiz.yaml")); }

    QTemporaryDir m_dir;
    QString m_database;
};

void TstOutboxServer::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("PGHOST").isEmpty(),
             "no PostgreSQL server: run under pg_virtualenv (make test does) or set PGHOST etc.");
    QVERIFY(m_dir.isValid());
    // The CLI's local copies (its app data folder) go into this test's folder.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    m_database = QStringLiteral("hitready_outbox_%1").arg(QCoreApplication::applicationPid());
    QVERIFY(psql(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_database)));
    QVERIFY(psql(QStringLiteral("CREATE DATABASE %1").arg(m_database)));
    QVERIFY(psql(QStringLiteral("SELECT 1"), m_database));
}

void TstOutboxServer::cleanupTestCase()
{
    if (!m_database.isEmpty())
        psql(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_database));
}

QString TstOutboxServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(qEnvironmentVariable("PGUSER"));
    url.setPassword(qEnvironmentVariable("PGPASSWORD"));
    url.setHost(qEnvironmentVariable("PGHOST"));
    url.setPort(qEnvironmentVariableIntValue("PGPORT") ? qEnvironmentVariableIntValue("PGPORT")
                                                       : 5432);
    url.setPath(QLatin1Char('/') + m_database);
    return url.toString(QUrl::FullyEncoded);
}

void TstOutboxServer::stopServer()
{
    if (ownCluster()) {
        QVERIFY(run(QStringLiteral("pg_ctlcluster"),
                    {qEnvironmentVariable("PGVERSION"), QStringLiteral("regress"),
                     QStringLiteral("stop")}));
    } else {
        QVERIFY(psql(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(m_database)));
        QVERIFY(psql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE datname = '%1'")
                         .arg(m_database)));
    }
}

void TstOutboxServer::startServer()
{
    if (ownCluster())
        QVERIFY(run(QStringLiteral("pg_ctlcluster"),
                    {qEnvironmentVariable("PGVERSION"), QStringLiteral("regress"),
                     QStringLiteral("start")}));
    else
        QVERIFY(psql(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(m_database)));
}

void TstOutboxServer::serverStoppedMidAttempt()
{
    auto opened = ClassCopy::open(url(), m_dir.filePath(QStringLiteral("copy.sqlite")));
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    ClassCopy &copy = **opened;
    const Quiz q = quiz();
    auto profile = copy.local().createProfile(QStringLiteral("Maria"));
    QVERIFY(profile);
    Result<AttemptSession> session = AttemptSession::start(copy.local(), q, profile->id, q.mode, 9);
    QVERIFY(session);
    const QStringList order = session->itemOrder();
    QVERIFY(session->answer(QStringLiteral("q1"), Answer{QStringLiteral("a")}));
    QVERIFY(session->setConfidence(QStringLiteral("q1"), 2));
    Result<SyncReport> sent = copy.send();
    QVERIFY2(sent, qPrintable(sent.errorMessage()));
    QCOMPARE(sent->added, 1);

    stopServer();
    QVERIFY(session->answer(QStringLiteral("q2"), Answer{QStringLiteral("b")}));
    QVERIFY(session->setFlagged(QStringLiteral("q2"), true));
    QVERIFY(session->setConfidence(QStringLiteral("q2"), 3));
    QVERIFY(session->answer(QStringLiteral("q3"), Answer{false}));
    QVERIFY(session->moveTo(2));
    QVERIFY(session->submit());
    sent = copy.send();
    QVERIFY(!sent);
    QVERIFY(!sent.errorMessage().contains(qEnvironmentVariable("PGPASSWORD")));
    QCOMPARE(copy.pending()->attempts, 1);
    QCOMPARE(copy.pending()->items, 2);

    startServer();
    // pg_ctlcluster start returns once the server takes connections.
    sent = copy.send();
    QVERIFY2(sent, qPrintable(sent.errorMessage()));
    QCOMPARE(sent->updated, 1);
    QCOMPARE(copy.pending()->isEmpty(), true);
    auto server = Storage::open(url());
    QVERIFY2(server, qPrintable(server.errorMessage()));
    const QString uuid = copy.local().attempt(session->attemptId())->uuid;
    const Result<qint64> id = (*server)->attemptIdByUuid(uuid);
    QVERIFY(id);
    AttemptTransfer there = *(*server)->exportAttempt(*id);
    AttemptTransfer here = *copy.local().exportAttempt(session->attemptId());
    there.attempt.id = here.attempt.id = 0;
    there.attempt.profileId = here.attempt.profileId = 0;
    QCOMPARE(there.responses, here.responses);
    QCOMPARE(there, here);
    QVERIFY(there.attempt.isFinished());

    sent = copy.send();
    QVERIFY(sent);
    QCOMPARE(sent->sent(), 0);
}

void TstOutboxServer::cliTakeAndSyncAcrossAStop()
{
    const QString quizFile = m_dir.filePath(QStringLiteral("server-quiz.yaml"));
    {
        QFile file(quizFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(quizYaml);
    }
    const QString classUrl = url();
    const QStringList take = {QStringLiteral("take"),
                              QStringLiteral("--db"),
                              classUrl,
                              QStringLiteral("--profile"),
                              QStringLiteral("Ana"),
                              QStringLiteral("--seed"),
                              QStringLiteral("1"),
                              quizFile};
    // Two answers while the server runs, then it stops; the learner saves for later.
    auto first = runCli(take, "a\nh\n:quit\n");
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QLatin1String("on the class server")), qPrintable(first.out));

    stopServer();
    auto offline = runCli(take, "b\nm\nt\nl\n");
    QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
    QVERIFY2(offline.out.contains(QLatin1String("kept on this computer")), qPrintable(offline.out));
    QVERIFY(offline.out.contains(QLatin1String("Submitted.")));
    QVERIFY(!offline.out.contains(qEnvironmentVariable("PGPASSWORD")));
    auto refused = runCli({QStringLiteral("sync"), QStringLiteral("--db"), classUrl});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.out.contains(QLatin1String("Still pending (kept on this computer): 1 "
                                                "attempt (2 answers, flags or confidences "
                                                "changed)")),
             qPrintable(refused.out));
    // A learner's command: its report in her language too.
    auto refusedInSpanish = runCli({QStringLiteral("sync"), QStringLiteral("--db"), classUrl,
                                    QStringLiteral("--language=es")});
    QCOMPARE(refusedInSpanish.exitCode, 2);
    QVERIFY2(refusedInSpanish.out.contains(QStringLiteral(
                 "Todavía pendiente (guardado en esta computadora): 1 intento (2 respuestas, "
                 "marcas o certezas cambiadas)")),
             qPrintable(refusedInSpanish.out));

    startServer();
    auto synced = runCli({QStringLiteral("sync"), QStringLiteral("--db"), classUrl});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    QVERIFY2(synced.out.contains(QLatin1String("Sent to postgresql://")), qPrintable(synced.out));
    QVERIFY(!synced.out.contains(qEnvironmentVariable("PGPASSWORD")));
    auto again = runCli({QStringLiteral("sync"), QStringLiteral("--db"), classUrl});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("Nothing to send")), qPrintable(again.out));

    // The server has Ana's attempt as the local copy has it.
    QDirIterator copies(m_dir.filePath(QStringLiteral("data")), {QStringLiteral("*.sqlite")},
                        QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(copies.hasNext());
    const QString copyPath = copies.next();
    QVERIFY(!copies.hasNext()); // one class, one copy
    QVERIFY(copyPath.endsWith(QFileInfo(localCopyPath(classUrl)).fileName()));
    auto local = Storage::open(copyPath, Storage::Access::ReadOnly);
    QVERIFY2(local, qPrintable(local.errorMessage()));
    auto server = Storage::open(classUrl);
    QVERIFY(server);
    const Result<Profile> ana = (*local)->profileByName(QStringLiteral("Ana"));
    QVERIFY(ana);
    const QList<AttemptRecord> attempts = *(*local)->attempts(ana->id);
    QCOMPARE(attempts.size(), 1);
    AttemptTransfer here = *(*local)->exportAttempt(attempts.first().id);
    AttemptTransfer there =
        *(*server)->exportAttempt(*(*server)->attemptIdByUuid(here.attempt.uuid));
    QCOMPARE(there.responses, here.responses);
    QCOMPARE(there.responses.size(), 3);
    QVERIFY(there.attempt.isFinished());
}

QTEST_GUILESS_MAIN(TstOutboxServer)
#include "tst_outboxserver.moc"
