// The outbox of a class's local copy (engine/outbox), against a class "server" that is an
// SQLite file: the server goes away mid-attempt, the learner answers the rest and finishes,
// the server comes back, and every answer, flag and confidence arrives exactly once.

#include "classcopy.h"
#include "classlocation.h"
#include "loader.h"
#include "outbox.h"
#include "session.h"
#include "storage.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;

namespace {

const QByteArray quizYaml = R"(hitready: 1
id: outbox-quiz
title: Outbox quiz
language: en
mode: assessment
confidence: true
domains:
  - {id: d, title: D}
items:
  - {id: q1, domain: d, type: single, prompt: One, options: [{id: a, text: A, correct: true}, {id: b, text: B}]}
  - {id: q2, domain: d, type: single, prompt: Two, options: [{id: a, text: A}, {id: b, text: B, correct: true}]}
  - {id: q3, domain: d, type: single, prompt: Three, options: [{id: a, text: A, correct: true}, {id: b, text: B}]}
  - {id: q4, domain: d, type: truefalse, prompt: Four, answer: true}
)";

Quiz quiz()
{
    Result<Quiz> loaded = loadQuiz(quizYaml, QStringLiteral("outbox-quiz.yaml"));
    if (!loaded)
        qFatal("%s", qPrintable(loaded.errorMessage()));
    return *loaded;
}

Answer choice(const QString &option)
{
    return Answer{option};
}

Answer truth(bool value)
{
    return Answer{value};
}

// A class server in a folder that can be taken away (as a stopped server is) and brought back
// with everything it held.
struct Server
{
    QString folder;
    QString file() const { return folder + QStringLiteral("/class.sqlite"); }
    void stop() const
    {
        QVERIFY(QDir().rename(folder, folder + QStringLiteral(".stopped")));
        // A file where the folder was: the database can be neither opened nor made.
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    void start() const
    {
        QVERIFY(QFile::remove(folder));
        QVERIFY(QDir().rename(folder + QStringLiteral(".stopped"), folder));
    }
};

// The server's copy of the attempt `uuid`, as exportAttempt gives it.
AttemptTransfer onServer(const Server &server, const QString &uuid)
{
    auto remote = Storage::open(server.file(), Storage::Access::ReadOnly);
    if (!remote)
        qFatal("%s", qPrintable(remote.errorMessage()));
    const Result<qint64> id = (*remote)->attemptIdByUuid(uuid);
    if (!id)
        qFatal("%s", qPrintable(id.errorMessage()));
    Result<AttemptTransfer> transfer = (*remote)->exportAttempt(*id);
    if (!transfer)
        qFatal("%s", qPrintable(transfer.errorMessage()));
    return *transfer;
}

int attemptsOnServer(const Server &server)
{
    auto remote = Storage::open(server.file(), Storage::Access::ReadOnly);
    if (!remote)
        return -1;
    const Result<QList<Profile>> profiles = (*remote)->profiles();
    int count = 0;
    for (const Profile &p : *profiles)
        count += int((*remote)->attempts(p.id)->size());
    return count;
}

// Two exports of one attempt agree on everything but the databases' own ids.
void compareTransfers(AttemptTransfer server, AttemptTransfer local)
{
    server.attempt.id = local.attempt.id = 0;
    server.attempt.profileId = local.attempt.profileId = 0;
    QCOMPARE(server.responses, local.responses);
    QCOMPARE(server.profileName, local.profileName);
    QCOMPARE(server.attempt.uuid, local.attempt.uuid);
    QCOMPARE(server.attempt.finished, local.attempt.finished);
    QCOMPARE(server.attempt.position, local.attempt.position);
    QCOMPARE(server.attempt.elapsedMs, local.attempt.elapsedMs);
    QCOMPARE(server.attempt.itemOrder, local.attempt.itemOrder);
    QCOMPARE(server, local);
}

} // namespace

class TstOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server = {m_dir.filePath(QStringLiteral("server-%1").arg(++m_round))};
        QVERIFY(QDir().mkpath(m_server.folder));
    }

    void classUrls_data();
    void classUrls();
    void localCopyIsNamedByTheUrlWithoutPassword();
    void serverStoppedMidAttempt();
    void discardReachesTheServer();
    void discardBeforeAnySendSendsNothing();
    void lostConfirmationSendsNoDuplicate();
    void serverThatRefusesWritesKeepsEverythingPending();

private:
    std::unique_ptr<ClassCopy> openCopy()
    {
        auto copy = ClassCopy::open(m_server.file(),
                                    m_dir.filePath(QStringLiteral("local-%1.sqlite").arg(m_round)));
        if (!copy)
            qFatal("%s", qPrintable(copy.errorMessage()));
        return std::move(*copy);
    }
    static qint64 learner(Storage &storage)
    {
        auto profile = storage.createProfile(QStringLiteral("Maria"));
        if (!profile)
            qFatal("%s", qPrintable(profile.errorMessage()));
        return profile->id;
    }

    QTemporaryDir m_dir;
    Server m_server;
    int m_round = 0;
};

void TstOutbox::classUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("without");
    QTest::addColumn<QString>("password");
    QTest::addRow("user part") << "postgresql://maria:s3cr%2Ft@db.example.org:5432/class"
                               << "postgresql://maria@db.example.org:5432/class"
                               << "s3cr/t";
    QTest::addRow("parameter") << "postgres://maria@host/class?sslmode=require&password=pw"
                               << "postgres://maria@host/class?sslmode=require"
                               << "pw";
    QTest::addRow("none") << "postgresql://maria@host/class"
                          << "postgresql://maria@host/class"
                          << "";
}

void TstOutbox::classUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, without);
    QFETCH(QString, password);
    QVERIFY(isClassUrl(url));
    QCOMPARE(withoutPassword(url), without);
    QCOMPARE(passwordOf(url), password);
    QCOMPARE(passwordOf(withPassword(without, password)), password);
    QCOMPARE(withoutPassword(withPassword(without, password)), without);
    QVERIFY(!isClassUrl(QStringLiteral("/home/maria/hitready.sqlite")));
}

void TstOutbox::localCopyIsNamedByTheUrlWithoutPassword()
{
    const QString a = localCopyPath(QStringLiteral("postgresql://maria:one@host/class"));
    QCOMPARE(localCopyPath(QStringLiteral("postgresql://maria:two@host/class")), a);
    QCOMPARE(localCopyPath(QStringLiteral("postgresql://maria@host/class")), a);
    QVERIFY(localCopyPath(QStringLiteral("postgresql://ana@host/class")) != a);
    QVERIFY(!a.contains(QLatin1String("one")));
    QVERIFY(a.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(a.endsWith(QLatin1String(".sqlite")));
}

void TstOutbox::serverStoppedMidAttempt()
{
    const auto copy = openCopy();
    const Quiz q = quiz();
    Result<AttemptSession> session =
        AttemptSession::start(copy->local(), q, learner(copy->local()), q.mode, 7);
    QVERIFY(session);
    const QStringList order = session->itemOrder();
    QVERIFY(session->answer(order.at(0), choice(QStringLiteral("a"))));
    QVERIFY(session->setConfidence(order.at(0), 3));
    QVERIFY(session->moveTo(1));
    Result<SyncReport> sent = copy->send();
    QVERIFY2(sent, qPrintable(sent.errorMessage()));
    QCOMPARE(sent->added, 1);
    QCOMPARE(sent->items, 1);
    QCOMPARE(copy->pending()->isEmpty(), true);

    m_server.stop();
    // The learner carries on: every change is durable here, and waits.
    QVERIFY(session->answer(order.at(1), choice(QStringLiteral("b"))));
    QVERIFY(session->setFlagged(order.at(1), true));
    QVERIFY(session->setConfidence(order.at(1), 1));
    QVERIFY(session->answer(order.at(0), choice(QStringLiteral("b")))); // changes its mind
    sent = copy->send();
    QVERIFY(!sent);
    QCOMPARE(sent.error().kind, ErrorKind::Io);
    QVERIFY(sent.errorMessage().contains(QLatin1String("cannot be reached")));
    for (const QString &item : order.mid(2)) {
        const Item *it = q.item(item);
        QVERIFY(session->answer(
            item, it->type == ItemType::TrueFalse ? truth(false) : choice(QStringLiteral("a"))));
    }
    QVERIFY(session->addElapsed(1234));
    QVERIFY(session->submit());
    QVERIFY(!copy->send());
    const Result<PendingChanges> waiting = copy->pending();
    QVERIFY(waiting);
    QCOMPARE(waiting->attempts, 1);
    QCOMPARE(waiting->items, 4); // q1 changed, q2 answered and flagged, q3 and q4 answered
    QCOMPARE(waiting->discards, 0);

    m_server.start();
    sent = copy->send();
    QVERIFY2(sent, qPrintable(sent.errorMessage()));
    QCOMPARE(sent->updated, 1);
    QCOMPARE(sent->added, 0);
    QCOMPARE(sent->items, 4);
    const QString uuid = copy->local().attempt(session->attemptId())->uuid;
    compareTransfers(onServer(m_server, uuid), *copy->local().exportAttempt(session->attemptId()));
    QVERIFY(onServer(m_server, uuid).attempt.isFinished());

    // Twice sends nothing new.
    QCOMPARE(copy->pending()->isEmpty(), true);
    sent = copy->send();
    QVERIFY(sent);
    QCOMPARE(sent->sent(), 0);
    QCOMPARE(attemptsOnServer(m_server), 1);
}

void TstOutbox::discardReachesTheServer()
{
    const auto copy = openCopy();
    const Quiz q = quiz();
    const qint64 maria = learner(copy->local());
    Result<AttemptSession> first = AttemptSession::start(copy->local(), q, maria, q.mode, 1);
    QVERIFY(first);
    QVERIFY(first->answer(first->itemOrder().first(), choice(QStringLiteral("a"))));
    QVERIFY(copy->send());
    const QString oldUuid = copy->local().attempt(first->attemptId())->uuid;

    m_server.stop();
    // Start over while the server is away: the discard waits, and goes before the new attempt.
    QVERIFY(copy->local().discardAttempt(first->attemptId()));
    Result<AttemptSession> second = AttemptSession::start(copy->local(), q, maria, q.mode, 2);
    QVERIFY(second);
    QVERIFY(second->answer(second->itemOrder().first(), choice(QStringLiteral("b"))));
    QVERIFY(!copy->send());
    QCOMPARE(copy->pending()->discards, 1);
    QCOMPARE(copy->pending()->attempts, 1);

    m_server.start();
    const Result<SyncReport> sent = copy->send();
    QVERIFY2(sent, qPrintable(sent.errorMessage()));
    QCOMPARE(sent->discarded, 1);
    QCOMPARE(sent->added, 1);
    auto remote = Storage::open(m_server.file(), Storage::Access::ReadOnly);
    QVERIFY(remote);
    QCOMPARE((*remote)->attemptIdByUuid(oldUuid).error().kind, ErrorKind::NotFound);
    QCOMPARE(attemptsOnServer(m_server), 1);
    const QString newUuid = copy->local().attempt(second->attemptId())->uuid;
    compareTransfers(onServer(m_server, newUuid),
                     *copy->local().exportAttempt(second->attemptId()));
    QCOMPARE(copy->pending()->isEmpty(), true);
}

void TstOutbox::discardBeforeAnySendSendsNothing()
{
    const auto copy = openCopy();
    const Quiz q = quiz();
    Result<AttemptSession> session =
        AttemptSession::start(copy->local(), q, learner(copy->local()), q.mode, 3);
    QVERIFY(session);
    QCOMPARE(copy->pending()->attempts, 1);
    QVERIFY(copy->local().discardAttempt(session->attemptId()));
    QCOMPARE(copy->pending()->isEmpty(), true);
    const Result<SyncReport> sent = copy->send();
    QVERIFY(sent);
    QCOMPARE(sent->sent(), 0);
}

void TstOutbox::lostConfirmationSendsNoDuplicate()
{
    const auto copy = openCopy();
    const Quiz q = quiz();
    Result<AttemptSession> session =
        AttemptSession::start(copy->local(), q, learner(copy->local()), q.mode, 4);
    QVERIFY(session);
    QVERIFY(session->answer(session->itemOrder().first(), choice(QStringLiteral("a"))));
    QVERIFY(session->submit());
    QVERIFY(copy->send());
    // As if the program had stopped after the server took the attempt and before the outbox
    // recorded it: the attempt is pending again, and sending it again stores nothing new.
    const QString uuid = copy->local().attempt(session->attemptId())->uuid;
    {
        auto outbox = Outbox::open(copy->localPath());
        QVERIFY(outbox);
        QVERIFY((*outbox)->forget(uuid));
    }
    QCOMPARE(copy->pending()->attempts, 1);
    const Result<SyncReport> again = copy->send();
    QVERIFY2(again, qPrintable(again.errorMessage()));
    QCOMPARE(again->unchanged, 1);
    QCOMPARE(again->added, 0);
    QCOMPARE(attemptsOnServer(m_server), 1);
    QCOMPARE(copy->pending()->isEmpty(), true);
}

void TstOutbox::serverThatRefusesWritesKeepsEverythingPending()
{
    // The server is there but takes nothing (read-only, as a server refusing our writes).
    {
        auto made = Storage::open(m_server.file());
        QVERIFY(made);
    }
    auto refusing = Storage::open(m_server.file(), Storage::Access::ReadOnly);
    QVERIFY(refusing);
    const auto copy = openCopy();
    const Quiz q = quiz();
    Result<AttemptSession> session =
        AttemptSession::start(copy->local(), q, learner(copy->local()), q.mode, 5);
    QVERIFY(session);
    QVERIFY(session->answer(session->itemOrder().first(), choice(QStringLiteral("a"))));
    auto outbox = Outbox::open(copy->localPath());
    QVERIFY(outbox);
    const Result<SyncReport> refused = sendPending(copy->local(), **outbox, **refusing);
    QVERIFY(!refused);
    QVERIFY(refused.errorMessage().startsWith(QLatin1String("the class server")));
    QCOMPARE(copy->pending()->attempts, 1);
    QCOMPARE(copy->pending()->items, 1);
    QCOMPARE(attemptsOnServer(m_server), 0);
    const Result<SyncReport> sent = copy->send();
    QVERIFY2(sent, qPrintable(sent.errorMessage()));
    QCOMPARE(sent->added, 1);
}

QTEST_GUILESS_MAIN(TstOutbox)
#include "tst_outbox.moc"
