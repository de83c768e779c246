// A finished attempt is read once for the results, the next steps and the PDF: one snapshot
// thaw and one scoring when read back, neither when a session has just submitted it.

#include "finishedattempt.h"
#include "session.h"
#include "snapshot.h"
#include "storage.h"
#include "testdatabase.h"

#include <QTest>

using namespace hitready;
using hitready::test::TestDatabase;

Q_DECLARE_METATYPE(hitready::Responses)

namespace {

Text en(const QString &s)
{
    return Text::plain(QStringLiteral("en"), s);
}

Item item(const QString &id, const QString &domain, ItemType type)
{
    Item i;
    i.id = id;
    i.domain = domain;
    i.type = type;
    i.prompt = en(QStringLiteral("Prompt of ") + id);
    if (type == ItemType::Single)
        for (const char *option : {"a", "b", "c"}) {
            Option o;
            o.id = QLatin1String(option);
            o.text = en(o.id);
            o.correct = o.id == QLatin1String("b");
            i.options.append(o);
        }
    if (type == ItemType::Likert)
        for (int r = 1; r <= 5; ++r)
            i.anchors.append(en(QString::number(r)));
    return i;
}

Recommendation recommendation(const QString &id, std::optional<double> overallMax)
{
    Recommendation r;
    r.id = id;
    r.title = en(QStringLiteral("Title of ") + id);
    if (overallMax) {
        Condition c;
        c.kind = Condition::Kind::Overall;
        c.max = overallMax;
        r.when = c;
    }
    return r;
}

// Three scored items and a self-rating in two domains, ten minutes; "review" is recommended
// below 50%, "always" to everyone.
Quiz quiz()
{
    Quiz q;
    q.id = QStringLiteral("mini");
    q.title = en(QStringLiteral("Mini quiz"));
    q.timeLimitMinutes = 10;
    Domain detail;
    detail.id = QStringLiteral("detail");
    Domain ethics;
    ethics.id = QStringLiteral("ethics");
    q.domains = {detail, ethics};
    q.items = {item(QStringLiteral("det-01"), detail.id, ItemType::Single),
               item(QStringLiteral("det-02"), detail.id, ItemType::Single),
               item(QStringLiteral("eth-01"), ethics.id, ItemType::Single),
               item(QStringLiteral("eth-02"), ethics.id, ItemType::Likert)};
    q.recommendations = {recommendation(QStringLiteral("review"), 49.99),
                         recommendation(QStringLiteral("always"), std::nullopt)};
    return q;
}

Answer answer(decltype(Answer::value) value)
{
    return Answer{std::move(value)};
}

QStringList planIds(const Plan &plan)
{
    QStringList ids;
    for (const PlannedStep &step : plan)
        ids.append(step.recommendation->id);
    return ids;
}

// How a results screen comes to the attempt.
enum class Path {
    ReadBack,         // from history: read from storage
    JustSubmitted,    // the session that submitted it
    ResumedFinished,  // a session resumed on an attempt submitted earlier
    SubmittedOnResume // a session whose resume() found the time up and submitted
};

} // namespace

Q_DECLARE_METATYPE(Path)

class TestFinishedAttempt : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readOnce_data();
    void readOnce();
    void refused_data();
    void refused();
    void profileById_data();
    void profileById();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Storage> m_storage;
    qint64 m_profile = 0;
};

void TestFinishedAttempt::init()
{
    m_storage.reset();
    m_db.reset(); // drops the last test's server database before making the next
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(m_db->isValid());
    Result<std::unique_ptr<Storage>> opened = Storage::open(m_db->location());
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    m_storage = std::move(*opened);
    QVERIFY(m_storage->createProfile(QStringLiteral("Bea")));
    m_profile = m_storage->createProfile(QStringLiteral("Ana"))->id;
}

void TestFinishedAttempt::readOnce_data()
{
    QTest::addColumn<Path>("path");
    QTest::addColumn<Responses>("responses");
    QTest::addColumn<QStringList>("flagged");
    QTest::addColumn<QStringList>("plan");
    QTest::addColumn<QList<int>>("selfRatings");
    QTest::addColumn<int>("thaws");
    QTest::addColumn<int>("scorings");

    const Responses allRight{{QStringLiteral("det-01"), answer(QStringLiteral("b"))},
                             {QStringLiteral("det-02"), answer(QStringLiteral("b"))},
                             {QStringLiteral("eth-01"), answer(QStringLiteral("b"))},
                             {QStringLiteral("eth-02"), answer(4)}};
    const Responses oneRight{{QStringLiteral("det-01"), answer(QStringLiteral("b"))},
                             {QStringLiteral("eth-01"), answer(QStringLiteral("a"))}};
    const QStringList both{QStringLiteral("review"), QStringLiteral("always")};
    const QStringList always{QStringLiteral("always")};
    const QStringList flag{QStringLiteral("det-02")};

    QTest::addRow("read back") << Path::ReadBack << oneRight << flag << both << QList<int>{} << 1
                               << 1;
    QTest::addRow("read back, all right")
        << Path::ReadBack << allRight << QStringList{} << always << QList<int>{4} << 1 << 1;
    QTest::addRow("just submitted")
        << Path::JustSubmitted << oneRight << flag << both << QList<int>{} << 0 << 0;
    QTest::addRow("just submitted, all right")
        << Path::JustSubmitted << allRight << QStringList{} << always << QList<int>{4} << 0 << 0;
    // The session read the snapshot when it resumed; it has no report of a submit of its own.
    QTest::addRow("resumed, submitted earlier")
        << Path::ResumedFinished << oneRight << flag << both << QList<int>{} << 0 << 1;
    QTest::addRow("submitted by resume: time up")
        << Path::SubmittedOnResume << allRight << flag << always << QList<int>{4} << 0 << 0;
}

void TestFinishedAttempt::readOnce()
{
    QFETCH(Path, path);
    QFETCH(Responses, responses);
    QFETCH(QStringList, flagged);
    QFETCH(QStringList, plan);
    QFETCH(QList<int>, selfRatings);
    QFETCH(int, thaws);
    QFETCH(int, scorings);

    Result<AttemptSession> session =
        AttemptSession::start(*m_storage, quiz(), m_profile, QuizMode::Assessment, 1);
    QVERIFY2(session, qPrintable(session.errorMessage()));
    const qint64 id = session->attemptId();
    for (auto it = responses.cbegin(); it != responses.cend(); ++it) {
        const Status answered = session->answer(it.key(), it.value());
        QVERIFY2(answered, qPrintable(answered.errorMessage()));
    }
    for (const QString &itemId : flagged)
        QVERIFY(session->setFlagged(itemId, true));
    if (path == Path::SubmittedOnResume)
        QVERIFY(session->addElapsed(10 * 60'000));
    else
        QVERIFY(session->submit());
    if (path == Path::ResumedFinished || path == Path::SubmittedOnResume) {
        session = AttemptSession::resume(*m_storage, id);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        QCOMPARE(session->submittedOnResume(), path == Path::SubmittedOnResume);
    }

    const quint64 thawsBefore = thawQuizCalls();
    const quint64 scoringsBefore = scoreCalls();
    const Result<std::shared_ptr<const FinishedAttempt>> read =
        path == Path::ReadBack ? loadFinishedAttempt(*m_storage, id)
                               : finishedAttempt(*m_storage, *session);
    QCOMPARE(thawQuizCalls() - thawsBefore, quint64(thaws));
    QCOMPARE(scoreCalls() - scoringsBefore, quint64(scorings));
    QVERIFY2(read, qPrintable(read.errorMessage()));
    const std::shared_ptr<const FinishedAttempt> attempt = *read;

    QCOMPARE(attempt->record, *m_storage->attempt(id));
    QVERIFY(attempt->record.isFinished());
    QCOMPARE(attempt->takenAt(), *attempt->record.finished);
    QCOMPARE(attempt->quiz, quiz());
    QCOMPARE(attempt->responses, responses);
    QCOMPARE(attempt->flags, QSet<QString>(flagged.cbegin(), flagged.cend()));
    QCOMPARE(attempt->profileName, QStringLiteral("Ana"));
    QCOMPARE(attempt->report, *reportForAttempt(*m_storage, id, nullptr));
    QCOMPARE(planIds(attempt->plan), plan);
    QCOMPARE(attempt->selfRatings(), selfRatings);
    QCOMPARE(attempt->shape().questions, 3);
    QCOMPARE(attempt->shape().selfRatings, 1);
}

void TestFinishedAttempt::refused_data()
{
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<QString>("message");
    QTest::addRow("no such attempt") << "missing"
                                     << "no attempt 4242";
    QTest::addRow("not submitted") << "unfinished"
                                   << "is not submitted yet";
    QTest::addRow("damaged snapshot") << "damaged"
                                      << "is damaged";
    QTest::addRow("session not submitted") << "open session"
                                           << "is not submitted yet";
}

void TestFinishedAttempt::refused()
{
    QFETCH(QString, attempt);
    QFETCH(QString, message);

    Result<AttemptSession> session =
        AttemptSession::start(*m_storage, quiz(), m_profile, QuizMode::Assessment, 1);
    QVERIFY2(session, qPrintable(session.errorMessage()));
    qint64 id = session->attemptId();
    if (attempt == QLatin1String("missing"))
        id = 4242;
    if (attempt == QLatin1String("damaged")) {
        QVERIFY(session->submit());
        QVERIFY(!m_db->sql(TestDatabase::onServer()
                               ? QStringLiteral("UPDATE quiz_snapshots SET data = "
                                                "decode('00ff00ff', 'hex') RETURNING 1")
                               : QStringLiteral("UPDATE quiz_snapshots SET data = x'00ff00ff' "
                                                "RETURNING 1"))
                     .isEmpty());
    }

    const Result<std::shared_ptr<const FinishedAttempt>> finished =
        attempt == QLatin1String("open session") ? finishedAttempt(*m_storage, *session)
                                                 : loadFinishedAttempt(*m_storage, id);
    QVERIFY(!finished);
    QVERIFY2(finished.error().message.contains(message), qPrintable(finished.error().message));
}

void TestFinishedAttempt::profileById_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QString>("name");
    QTest::addRow("Ana") << true << "Ana";
    QTest::addRow("no such profile") << false << QString();
}

void TestFinishedAttempt::profileById()
{
    QFETCH(bool, exists);
    QFETCH(QString, name);
    const Result<Profile> profile = m_storage->profile(exists ? m_profile : 999);
    QCOMPARE(profile.has_value(), exists);
    if (exists) {
        QCOMPARE(profile->name, name);
        QCOMPARE(profile->id, m_profile);
    } else {
        QCOMPARE(profile.error().kind, ErrorKind::NotFound);
        QVERIFY2(profile.error().message.contains(QStringLiteral("no profile 999")),
                 qPrintable(profile.error().message));
    }
}

QTEST_GUILESS_MAIN(TestFinishedAttempt)
#include "tst_finishedattempt.moc"
