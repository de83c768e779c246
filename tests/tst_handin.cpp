// Hand-in files: written from a learner's database, collected into a class database exactly
// once, refused whole (with the reason) when edited or damaged; through the engine and through
// `hitready-cli hand-in` / `collect` as a script sees them.

#include "clirun.h"
#include "handin.h"
#include "loader.h"
#include "simulation.h"
#include "snapshot.h"
#include "storage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;
using test::runCli;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The file with its body changed by `edit` and signed again, as docs/hand-in-format.md says.
QByteArray resigned(const QByteArray &bytes, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject file = QJsonDocument::fromJson(bytes).object();
    QJsonObject body = file[QLatin1String("body")].toObject();
    edit(body);
    file[QLatin1String("body")] = body;
    file[QLatin1String("sha256")] = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
    return QJsonDocument(file).toJson();
}

// Sets body.attempts[0].responses[i].<key> for the response to `itemId`.
void setResponse(QJsonObject &body, const QString &itemId, const char *key, const QJsonValue &v)
{
    QJsonArray attempts = body[QLatin1String("attempts")].toArray();
    QJsonObject attempt = attempts[0].toObject();
    QJsonArray responses = attempt[QLatin1String("responses")].toArray();
    for (qsizetype i = 0; i < responses.size(); ++i) {
        QJsonObject r = responses[i].toObject();
        if (r[QLatin1String("item")].toString() == itemId) {
            r[QLatin1String(key)] = v;
            responses[i] = r;
        }
    }
    attempt[QLatin1String("responses")] = responses;
    attempts[0] = attempt;
    body[QLatin1String("attempts")] = attempts;
}

AttemptTransfer withoutIds(AttemptTransfer t)
{
    t.attempt.id = 0;
    t.attempt.profileId = 0;
    return t;
}

} // namespace

class TestHandIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fileRoundTrip();
    void collectTwiceAddsNothing();
    void collectedAttemptsKeepTheirVersion();
    void refusedFilesStoreNothing_data();
    void refusedFilesStoreNothing();
    void eachFileAllOrNothing();
    void handInRefusals_data();
    void handInRefusals();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    qint64 classAttempts() const
    {
        auto storage = Storage::open(m_class);
        qint64 n = 0;
        for (const Profile &p : (*storage)->profiles().value_or(QList<Profile>{}))
            n += (*storage)->attempts(p.id)->size();
        return n;
    }

    QTemporaryDir m_dir;
    Quiz m_quiz, m_edited; // two versions of item-types.yaml
    QString m_learner, m_file, m_class;
};

void TestHandIn::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result<Quiz> loaded = loadQuizFile(QStringLiteral(HITREADY_FIXTURES "/item-types.yaml"));
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    m_quiz = *loaded;
    m_edited = m_quiz;
    m_edited.title = Text::plain(QStringLiteral("en"), QStringLiteral("Edited title"));
    // Ana took version 1 twice and version 2 once; Ben once; Ana has one attempt unfinished.
    m_learner = path(QStringLiteral("learner.sqlite"));
    auto storage = std::move(*Storage::open(m_learner));
    for (const Quiz *quiz : {&m_quiz, &m_edited}) {
        const LearnerSimulation simulation(*quiz, quiz == &m_quiz ? 1 : 2);
        qint64 next = 0;
        const qint64 count = quiz == &m_quiz ? 3 : 1;
        const auto stored = storage->importAttempts(*quiz, [&](ImportedAttempt *a) {
            if (next == count)
                return false;
            *a = simulation.learner(next);
            a->profileName = next++ == 2 ? QStringLiteral("Ben") : QStringLiteral("Ana");
            return true;
        });
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
    }
    const qint64 ana = storage->profileByName(QStringLiteral("Ana"))->id;
    QVERIFY(storage->startAttempt(ana, m_quiz, QuizMode::Assessment, 9));
    m_file = path(QStringLiteral("ana.json"));
    const test::CliRun run =
        runCli({"hand-in", "--db", m_learner, "--profile", "ana", "-o", m_file});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, QStringLiteral("Wrote 3 finished attempts of Ana to %1.\n").arg(m_file));
    QCOMPARE(run.exitCode, 0);
}

void TestHandIn::init()
{
    static int n = 0;
    m_class = path(QStringLiteral("class-%1.sqlite").arg(++n));
}

void TestHandIn::fileRoundTrip()
{
    auto storage = std::move(*Storage::open(m_learner));
    const Result<HandIn> original = handInOf(*storage, QStringLiteral("Ana"));
    QVERIFY2(original, qPrintable(original.errorMessage()));
    QCOMPARE(original->attempts.size(), 3);
    QCOMPARE(original->quizzes.size(), 2);
    const Result<HandIn> read = readHandIn(writeHandIn(*original));
    QVERIFY2(read, qPrintable(read.errorMessage()));
    QCOMPARE(read->profileName, original->profileName);
    QCOMPARE(read->handedIn, original->handedIn.toUTC());
    QCOMPARE(read->quizzes, original->quizzes);
    QCOMPARE(read->attempts.size(), original->attempts.size());
    for (qsizetype i = 0; i < read->attempts.size(); ++i) // a file carries no database ids
        QCOMPARE(read->attempts[i], withoutIds(original->attempts[i]));
    // The CLI wrote the same attempts.
    const Result<HandIn> written = readHandIn(readAll(m_file));
    QVERIFY2(written, qPrintable(written.errorMessage()));
    QCOMPARE(written->attempts, read->attempts);
}

void TestHandIn::collectTwiceAddsNothing()
{
    test::CliRun run = runCli({"collect", m_file, "--db", m_class});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, QStringLiteral("%1: 3 new attempts of Ana.\n").arg(m_file));
    QCOMPARE(run.exitCode, 0);
    run = runCli({"collect", m_file, "--db", m_class});
    QCOMPARE(run.out, QStringLiteral("%1: 0 new attempts of Ana, 3 already there.\n").arg(m_file));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(classAttempts(), 3);
    // Everything stored about each attempt arrived as it was.
    auto learner = std::move(*Storage::open(m_learner));
    auto collected = std::move(*Storage::open(m_class));
    const Result<HandIn> handIn = handInOf(*learner, QStringLiteral("Ana"));
    QVERIFY(handIn);
    for (const AttemptTransfer &sent : handIn->attempts)
        QCOMPARE(
            withoutIds(*collected->exportAttempt(*collected->attemptIdByUuid(sent.attempt.uuid))),
            withoutIds(sent));
}

void TestHandIn::collectedAttemptsKeepTheirVersion()
{
    QCOMPARE(runCli({"collect", m_file, "--db", m_class}).exitCode, 0);
    for (const Quiz *quiz : {&m_quiz, &m_edited}) {
        const QString hash = contentHash(*quiz);
        const test::CliRun run =
            runCli({"stats", quiz->id, "--hash", hash, "--json", "--db", m_class});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(stats[QLatin1String("attempts")].toInt(), 1); // first per profile: Ana's one
    }
}

void TestHandIn::refusedFilesStoreNothing_data()
{
    const QByteArray good = readAll(m_file);
    QVERIFY(!good.isEmpty());
    const QString other = QString::fromLatin1(freezeQuiz(m_edited).toBase64());
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message"); // a regular expression
    QTest::newRow("truncated") << good.left(good.size() / 2)
                               << "not valid JSON at line \\d+, column \\d+: .+ \\(is the file "
                                  "complete\\?\\)";
    QByteArray edited = good;
    edited.replace("\"answer\": \"", "\"answer\": \"x");
    QTest::newRow("edited answer")
        << edited
        << "checksum mismatch: the file says sha256 [0-9a-f]{16}, its content has "
           "[0-9a-f]{16}; it was changed or damaged after it was written";
    QJsonObject v2 = QJsonDocument::fromJson(good).object();
    v2[QLatin1String("version")] = 2;
    QTest::newRow("format version 2")
        << QJsonDocument(v2).toJson()
        << "hand-in format version 2 is unknown: this program reads version 1 \\(a newer HIT "
           "Ready may read it\\)";
    QTest::newRow("not a hand-in file")
        << QByteArray("{\"format\": \"something-else\"}")
        << "not a hand-in file \\(its \"format\" is not \"hitready-hand-in\"\\)";
    QTest::newRow("repeated key") << QByteArray(good).replace("\"body\": {",
                                                              "\"body\": {\"profile\": \"Eve\",")
                                  << "the key \"profile\" at line \\d+, column \\d+ repeats the "
                                     "one at line \\d+";
    QTest::newRow("snapshot does not decode") << resigned(good, [](QJsonObject &body) {
        QJsonArray quizzes = body[QLatin1String("quizzes")].toArray();
        QJsonObject q = quizzes[0].toObject();
        q[QLatin1String("snapshot")] = QStringLiteral("AAAA");
        quizzes[0] = q;
        body[QLatin1String("quizzes")] = quizzes;
    }) << "quizzes\\[0\\]\\.snapshot does not decode \\(.+\\)";
    QTest::newRow("snapshot of another version")
        << resigned(good,
                    [&](QJsonObject &body) {
                        QJsonArray quizzes = body[QLatin1String("quizzes")].toArray();
                        for (qsizetype i = 0; i < quizzes.size(); ++i) {
                            QJsonObject q = quizzes[i].toObject();
                            q[QLatin1String("snapshot")] = other;
                            quizzes[i] = q;
                        }
                        body[QLatin1String("quizzes")] = quizzes;
                    })
        << "quizzes\\[\\d\\]\\.snapshot holds quiz version [0-9a-f]{12}, not [0-9a-f]{12} as it "
           "says";
    QTest::newRow("answer does not decode") << resigned(good, [](QJsonObject &body) {
        setResponse(body, QStringLiteral("cod-30"), "answer", QStringLiteral("nonsense"));
    }) << "attempt [0-9a-f-]{36}: the answer 'nonsense' to item 'cod-30': .+; nothing was stored";
    QTest::newRow("member of the wrong type")
        << resigned(good,
                    [](QJsonObject &body) {
                        setResponse(body, QStringLiteral("cod-30"), "flagged",
                                    QStringLiteral("yes"));
                    })
        << "attempts\\[0\\]\\.responses\\[\\d+\\]\\.flagged is of the wrong type, expected true "
           "or false";
}

void TestHandIn::refusedFilesStoreNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("refused.json"));
    QVERIFY(writeAll(file, bytes));
    const test::CliRun run = runCli({"collect", file, "--db", m_class});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    const QRegularExpression expected(
        QStringLiteral("^%1: refused, nothing of it was stored: %2\n$")
            .arg(QRegularExpression::escape(file), message));
    QVERIFY2(expected.match(run.err).hasMatch(), qPrintable(run.err));
    QCOMPARE(classAttempts(), 0);
}

void TestHandIn::eachFileAllOrNothing()
{
    // Ben's file, and Ana's with one answer the quiz cannot read, between two good files.
    const QString ben = path(QStringLiteral("ben.json"));
    const QString bad = path(QStringLiteral("bad.json"));
    QCOMPARE(runCli({"hand-in", "--db", m_learner, "--profile", "Ben", "-o", ben}).exitCode, 0);
    QVERIFY(writeAll(bad, resigned(readAll(m_file), [](QJsonObject &body) {
                         setResponse(body, QStringLiteral("cod-30"), "answer",
                                     QStringLiteral("nonsense"));
                     })));
    const test::CliRun run = runCli({"collect", ben, bad, m_file, "--db", m_class});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(bad + QStringLiteral(": refused, nothing of it was stored: ")),
             qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("%1: 1 new attempt of Ben.\n"
                                     "%2: 3 new attempts of Ana.\n"
                                     "Collected 2 of 3 files into %3: 4 new attempts, 0 already "
                                     "there, 1 file refused.\n")
                          .arg(ben, m_file, m_class));
    QCOMPARE(classAttempts(), 4);
}

void TestHandIn::handInRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("several profiles")
        << QStringList{"hand-in", "-o", "x.json"} << 1
        << "holds several profiles (Ana, Ben): choose one with --profile NAME";
    QTest::newRow("unknown profile") << QStringList{"hand-in", "--profile", "Cleo", "-o", "x.json"}
                                     << 1 << "no profile named 'Cleo'";
    QTest::newRow("no output") << QStringList{"hand-in", "--profile", "Ana"} << 2
                               << "-o FILE is required";
}

void TestHandIn::handInRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const test::CliRun run = runCli(arguments + QStringList{"--db", m_learner});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(QStringLiteral("x.json")));
}

QTEST_GUILESS_MAIN(TestHandIn)
#include "tst_handin.moc"
