// Nothing a learner answered is lost when the app is killed: a worker process drives an
// attempt through AttemptController, is killed with SIGKILL at chosen moments, and the attempt
// is resumed here from the database alone.

#include "session.h"
#include "storage.h"
#include "testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace hitready;

namespace {

constexpr int itemCount = 12;
constexpr int waitMs = 5000;

// Item i's type: the three self-ratings first (an attempt shows likert items first, so item
// qi is shown at position i), then single, multiple and true/false in turn.
enum class Kind { Likert, Single, Multiple, TrueFalse };

Kind kindOf(int i)
{
    return i < 3 ? Kind::Likert : Kind(1 + (i - 3) % 3);
}

// Twelve items of the four types, in two domains.
QByteArray quizYaml()
{
    QByteArray y = "hitready: 1\nid: crash\ntitle: Crash quiz\nmode: assessment\n"
                   "domains:\n  - {id: d1, title: One}\n  - {id: d2, title: Two}\nitems:\n";
    for (int i = 0; i < itemCount; ++i) {
        const QByteArray head =
            QStringLiteral("  - id: q%1\n    domain: d%2\n    prompt: Item %1\n")
                .arg(i)
                .arg(i % 2 + 1)
                .toUtf8();
        switch (kindOf(i)) {
        case Kind::Single:
            y += head + "    type: single\n    options:\n      - {id: a, text: A}\n"
                        "      - {id: b, text: B, correct: true}\n      - {id: c, text: C}\n";
            break;
        case Kind::Multiple:
            y += head +
                 "    type: multiple\n    options:\n      - {id: a, text: A, correct: true}\n"
                 "      - {id: b, text: B}\n      - {id: c, text: C, correct: true}\n";
            break;
        case Kind::TrueFalse:
            y += head + "    type: truefalse\n    answer: false\n";
            break;
        case Kind::Likert:
            y += head + "    type: likert\n    anchors: [1, 2, 3, 4, 5]\n";
        }
    }
    return y;
}

// The answer command for item i, and what the session must read back for it.
struct Step
{
    QByteArray command;
    Answer expected;
};

Step answerStep(int i)
{
    switch (kindOf(i)) {
    case Kind::Single: {
        const QString id = QStringList{"a", "b", "c"}.at(i % 3);
        return {"single " + id.toUtf8(), Answer{id}};
    }
    case Kind::Multiple:
        return {"toggle c", Answer{QStringList{QStringLiteral("c")}}};
    case Kind::TrueFalse:
        return {i % 2 == 0 ? "tf true" : "tf false", Answer{i % 2 == 0}};
    case Kind::Likert:
        break;
    }
    return {"rate " + QByteArray::number(i % 5 + 1), Answer{i % 5 + 1}};
}

bool flaggedStep(int i)
{
    return i % 3 == 1;
}

class Worker
{
public:
    bool start(const QStringList &args)
    {
        m_process.setProgram(QStringLiteral(HITREADY_CRASHWORKER));
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        return m_process.waitForStarted(waitMs);
    }
    QByteArray readLine()
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < waitMs)
            if (!m_process.waitForReadyRead(waitMs - int(timer.elapsed())))
                break;
        return m_process.canReadLine() ? m_process.readLine().trimmed() : QByteArray();
    }
    // Hands the command to the pipe (QProcess buffers it until asked to write).
    void send(const QByteArray &command)
    {
        m_process.write(command + '\n');
        m_process.waitForBytesWritten(waitMs);
    }
    // Sends and waits for the "ok" that follows the durable write.
    bool run(const QByteArray &command)
    {
        send(command);
        const QByteArray reply = readLine();
        if (reply != "ok " + command)
            qWarning() << command << "->" << reply;
        return reply == "ok " + command;
    }
    qint64 processId() const { return m_process.processId(); }
    void kill()
    {
        m_process.kill(); // SIGKILL
        m_process.waitForFinished(waitMs);
    }

private:
    QProcess m_process;
};

} // namespace

class TestCrashResume : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void killAfterAnswers_data();
    void killAfterAnswers();
    void killDuringAWrite_data();
    void killDuringAWrite();
    void killDuringABurstLeavesAPrefix();
    void resumeContinueAndKillAgain();
    void anotherProgramOnTheSameFile();

private:
    qint64 startWorker(Worker &worker);
    // Answers items from..to-1 as the steps say, flagging and moving on, waiting for each ok.
    bool drive(Worker &worker, int from, int to);
    // Resumes the attempt and checks that exactly the first n steps are there.
    void verifyPrefix(qint64 attemptId, int n);

    std::unique_ptr<hitready::test::TestDatabase> m_database;
    QString m_db; // m_database->location(): a database file (see tests/CMakeLists.txt)
    QString m_quiz;
};

void TestCrashResume::init()
{
    m_database.reset(); // drops the last test's server database before making the next
    m_database = std::make_unique<hitready::test::TestDatabase>();
    QVERIFY(m_database->isValid());
    m_db = m_database->location();
    m_quiz = m_database->filePath(QStringLiteral("crash.yaml"));
    QFile file(m_quiz);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(quizYaml());
}

qint64 TestCrashResume::startWorker(Worker &worker)
{
    if (!worker.start({QStringLiteral("start"), m_db, m_quiz}))
        return 0;
    const QByteArray line = worker.readLine();
    if (!line.startsWith("started "))
        qWarning() << "worker said" << line;
    return line.startsWith("started ") ? line.mid(8).toLongLong() : 0;
}

bool TestCrashResume::drive(Worker &worker, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (!worker.run(answerStep(i).command))
            return false;
        if (flaggedStep(i) && !worker.run("flag"))
            return false;
        if (i + 1 < itemCount && !worker.run("next"))
            return false;
    }
    return true;
}

void TestCrashResume::verifyPrefix(qint64 attemptId, int n)
{
    std::unique_ptr<Storage> storage = *Storage::open(m_db);
    QVERIFY(storage);
    Result<AttemptSession> session = AttemptSession::resume(*storage, attemptId);
    QVERIFY2(session, qPrintable(session.errorMessage()));
    QCOMPARE(session->itemCount(), itemCount);
    QCOMPARE(session->answeredCount(), n);
    for (int i = 0; i < itemCount; ++i) {
        const QString id = QStringLiteral("q%1").arg(i);
        QCOMPARE(session->answerFor(id), i < n ? answerStep(i).expected : Answer{});
        QCOMPARE(session->isFlagged(id), i < n && flaggedStep(i));
    }
    QCOMPARE(session->position(), std::min(n, itemCount - 1));
    QVERIFY(!session->isSubmitted());
}

void TestCrashResume::killAfterAnswers_data()
{
    QTest::addColumn<int>("answered");
    for (int n : {0, 1, 5, itemCount - 1})
        QTest::addRow("%d answered", n) << n;
}

void TestCrashResume::killAfterAnswers()
{
    QFETCH(int, answered);
    Worker worker;
    const qint64 id = startWorker(worker);
    QVERIFY(id > 0);
    QVERIFY(drive(worker, 0, answered));
    worker.kill();
    verifyPrefix(id, answered);
}

void TestCrashResume::killDuringAWrite_data()
{
    QTest::addColumn<int>("answered");
    QTest::addColumn<int>("delayUs");
    for (int delay : {0, 300, 1000, 3000})
        for (int n : {0, 4})
            QTest::addRow("%d answered, kill %d us into the next", n, delay) << n << delay;
}

void TestCrashResume::killDuringAWrite()
{
    QFETCH(int, answered);
    QFETCH(int, delayUs);
    Worker worker;
    const qint64 id = startWorker(worker);
    QVERIFY(id > 0);
    QVERIFY(drive(worker, 0, answered));
    worker.send(answerStep(answered).command); // no wait for the acknowledgement
    QThread::usleep(delayUs);
    worker.kill();

    std::unique_ptr<Storage> storage = *Storage::open(m_db);
    QVERIFY(storage);
    Result<AttemptSession> session = AttemptSession::resume(*storage, id);
    QVERIFY(session);
    for (int i = 0; i < itemCount; ++i) {
        const QString itemId = QStringLiteral("q%1").arg(i);
        const Answer stored = session->answerFor(itemId);
        if (i < answered)
            QCOMPARE(stored, answerStep(i).expected);
        else if (i == answered && !stored.isEmpty()) // all or nothing
            QCOMPARE(stored, answerStep(i).expected);
        else
            QCOMPARE(stored, Answer{});
        QCOMPARE(session->isFlagged(itemId), i < answered && flaggedStep(i));
    }
    QCOMPARE(session->position(), answered);
}

void TestCrashResume::killDuringABurstLeavesAPrefix()
{
    // Every command sent at once, the process killed while it works through them: what is
    // stored is what some first part of the commands did, each answer whole.
    for (int delayUs : {300, 1000, 2000, 4000}) {
        init();
        Worker worker;
        const qint64 id = startWorker(worker);
        QVERIFY(id > 0);
        for (int i = 0; i < itemCount; ++i) {
            worker.send(answerStep(i).command);
            if (flaggedStep(i))
                worker.send("flag");
            if (i + 1 < itemCount)
                worker.send("next");
        }
        QThread::usleep(delayUs);
        worker.kill();
        std::unique_ptr<Storage> storage = *Storage::open(m_db);
        QVERIFY(storage);
        Result<AttemptSession> session = AttemptSession::resume(*storage, id);
        QVERIFY(session);
        const int k = session->answeredCount();
        qInfo("killed %d us into the burst: %d of %d answers stored", delayUs, k, itemCount);
        for (int i = 0; i < itemCount; ++i) {
            const QString itemId = QStringLiteral("q%1").arg(i);
            QCOMPARE(session->answerFor(itemId), i < k ? answerStep(i).expected : Answer{});
            if (i + 1 < k)
                QCOMPARE(session->isFlagged(itemId), flaggedStep(i));
            else if (i >= k)
                QVERIFY(!session->isFlagged(itemId));
        }
        const QList<int> possible{std::max(0, k - 1), k}; // the last move may or may not be stored
        QVERIFY2(possible.contains(session->position()),
                 qPrintable(QString::number(session->position())));
    }
}

void TestCrashResume::resumeContinueAndKillAgain()
{
    Worker first;
    const qint64 id = startWorker(first);
    QVERIFY(id > 0);
    QVERIFY(drive(first, 0, 3));
    first.kill();

    Worker second;
    QVERIFY(second.start({QStringLiteral("resume"), m_db, QString::number(id)}));
    QCOMPARE(second.readLine(), QByteArray("resumed " + QByteArray::number(id) + " 3"));
    QVERIFY(drive(second, 3, 7));
    second.kill();
    verifyPrefix(id, 7);
}

// The app opens a second connection for the results page and the instructor view; then
// another program (this test process) reads and writes the same file and closes it. The
// app's answers after that must still reach the database file, not a deleted write-ahead log.
void TestCrashResume::anotherProgramOnTheSameFile()
{
    Worker worker;
    const qint64 id = startWorker(worker);
    QVERIFY(id > 0);
    QVERIFY(drive(worker, 0, 2));
    QVERIFY(worker.run("statistics"));

    qint64 otherAttempt = 0;
    {
        std::unique_ptr<Storage> other = *Storage::open(m_db);
        QVERIFY(other);
        Result<AttemptSession> seen = AttemptSession::resume(*other, id);
        QVERIFY(seen);
        QCOMPARE(seen->answeredCount(), 2);
        const Result<Profile> profile = other->createProfile(QStringLiteral("Other"));
        QVERIFY(profile);
        Result<AttemptSession> mine =
            AttemptSession::start(*other, seen->quiz(), profile->id, QuizMode::Assessment, 7);
        QVERIFY(mine);
        QVERIFY(mine->answer(QStringLiteral("q3"), Answer{QStringLiteral("b")}));
        otherAttempt = mine->attemptId();
    } // the last connection of this process closes here

    const QDir fds(QStringLiteral("/proc/%1/fd").arg(worker.processId()));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::Files | QDir::System))
        QVERIFY2(!fd.symLinkTarget().endsWith(QLatin1String(" (deleted)")),
                 qPrintable(fd.symLinkTarget()));
    QVERIFY(drive(worker, 2, 6));
    worker.kill();
    verifyPrefix(id, 6);

    std::unique_ptr<Storage> storage = *Storage::open(m_db);
    QVERIFY(storage);
    Result<AttemptSession> mine = AttemptSession::resume(*storage, otherAttempt);
    QVERIFY(mine);
    QCOMPARE(mine->answerFor(QStringLiteral("q3")), Answer{QStringLiteral("b")});
}

QTEST_GUILESS_MAIN(TestCrashResume)
#include "tst_crashresume.moc"
