// An attempt session driven like the GUI and the CLI drive it, resumed through fresh storage.

#include "attemptorder.h"
#include "loader.h"
#include "session.h"
#include "storage.h"
#include "testdatabase.h"

#include <QTest>

#include <limits>

using namespace hitready;
using hitready::test::TestDatabase;

Q_DECLARE_METATYPE(hitready::Answer)

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
    if (type == ItemType::Single || type == ItemType::Multiple)
        for (const char *option : {"a", "b", "c"}) {
            Option o;
            o.id = QLatin1String(option);
            o.text = en(o.id);
            o.correct = o.id == QLatin1String("b") ||
                        (type == ItemType::Multiple && o.id == QLatin1String("c"));
            i.options.append(o);
        }
    if (type == ItemType::TrueFalse)
        i.answer = true;
    if (type == ItemType::Likert)
        for (int r = 1; r <= 5; ++r)
            i.anchors.append(en(QString::number(r)));
    return i;
}

// Four items, one of each type, in two domains.
Quiz smallQuiz()
{
    Quiz q;
    q.id = QStringLiteral("mini");
    q.title = en(QStringLiteral("Mini quiz"));
    Domain detail;
    detail.id = QStringLiteral("detail");
    Domain ethics;
    ethics.id = QStringLiteral("ethics");
    q.domains = {detail, ethics};
    q.items = {item(QStringLiteral("det-01"), detail.id, ItemType::Single),
               item(QStringLiteral("det-02"), detail.id, ItemType::Multiple),
               item(QStringLiteral("eth-01"), ethics.id, ItemType::TrueFalse),
               item(QStringLiteral("eth-02"), ethics.id, ItemType::Likert)};
    q.levels = {{0, en(QStringLiteral("Not yet"))}, {70, en(QStringLiteral("Ready"))}};
    return q;
}

Answer answer(decltype(Answer::value) value)
{
    return Answer{std::move(value)};
}

QStringList idsOf(const Quiz &quiz)
{
    QStringList ids;
    for (const Item &i : quiz.items)
        ids.append(i.id);
    return ids;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void startAnswerResumeSubmit();
    void illFittingAnswerIsRefusedAndNotStored_data();
    void illFittingAnswerIsRefusedAndNotStored();
    void emptyAnswerClears_data();
    void emptyAnswerClears();
    void positionRange_data();
    void positionRange();
    void resumeUsesTheFrozenQuiz();
    void startingAgainContinuesTheUnfinishedAttempt();
    void unknownAttemptOrProfile();
    void newItemTypesSurviveAResume_data();
    void newItemTypesSurviveAResume();
    void attemptKeepsItsDrawnOrder();
    void oldAttemptWithoutOrderShowsEveryItem();
    void timeLimit();
    void resumeSubmitsWhenTimeIsUp_data();
    void resumeSubmitsWhenTimeIsUp();
    void confidenceIsDurable();
    void confidenceIsRefused_data();
    void confidenceIsRefused();
    void damagedSnapshotKeepsTheAttempt();

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_path; // m_db->location()
    qint64 m_profile = 0;
    std::unique_ptr<Storage> openStorage() { return std::move(*Storage::open(m_path)); }
};

void TestSession::init()
{
    m_db.reset(); // drops the last test's server database before making the next
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(m_db->isValid());
    m_path = m_db->location();
    auto storage = openStorage();
    QVERIFY(storage);
    m_profile = storage->createProfile(QStringLiteral("Ana"))->id;
}

void TestSession::startAnswerResumeSubmit()
{
    const Quiz quiz = smallQuiz();
    const Responses expected = {
        {QStringLiteral("det-01"), answer(QStringLiteral("a"))},
        {QStringLiteral("det-02"), answer(QStringList{QStringLiteral("c"), QStringLiteral("b")})},
        {QStringLiteral("eth-02"), answer(4)}};
    // The self-rating first, then the scored items in file order (no shuffle, no draw).
    const QStringList likertFirst{"eth-02", "det-01", "det-02", "eth-01"};
    qint64 id = 0;
    {
        auto storage = openStorage();
        Result<AttemptSession> session =
            AttemptSession::start(*storage, quiz, m_profile, QuizMode::Practice, 0xC0FFEEull);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        id = session->attemptId();
        QCOMPARE(session->itemOrder(), likertFirst);
        QCOMPARE(storage->attempt(id)->itemOrder, likertFirst); // stored with the attempt
        QCOMPARE(session->position(), 0);
        QCOMPARE(session->currentItem()->id, QStringLiteral("eth-02"));
        QCOMPARE(session->answeredCount(), 0);

        QVERIFY(session->answer(QStringLiteral("det-01"), answer(QStringLiteral("b"))));
        QVERIFY(session->answer(QStringLiteral("det-01"), answer(QStringLiteral("a"))));
        QVERIFY(session->answer(QStringLiteral("det-02"),
                                answer(QStringList{QStringLiteral("c"), QStringLiteral("b")})));
        QVERIFY(session->answer(QStringLiteral("eth-02"), answer(4)));
        QVERIFY(session->setFlagged(QStringLiteral("det-02"), true));
        QVERIFY(session->setFlagged(QStringLiteral("eth-01"), true)); // flagged, unanswered
        QVERIFY(session->setFlagged(QStringLiteral("det-01"), true));
        QVERIFY(session->setFlagged(QStringLiteral("det-01"), false));
        QVERIFY(session->moveTo(2));
        QVERIFY(session->addElapsed(1500));
        QVERIFY(session->addElapsed(250));
        QCOMPARE(session->responses(), expected);
        QCOMPARE(session->answeredCount(), 3);
    } // the program "ends": nothing but the database file remains

    auto storage = openStorage();
    Result<AttemptSession> resumed = AttemptSession::resume(*storage, id);
    QVERIFY2(resumed, qPrintable(resumed.errorMessage()));
    QCOMPARE(resumed->quiz(), quiz);
    QCOMPARE(resumed->attemptId(), id);
    QCOMPARE(resumed->mode(), QuizMode::Practice);
    QCOMPARE(resumed->seed(), quint64(0xC0FFEE));
    QCOMPARE(resumed->itemOrder(), likertFirst);
    QCOMPARE(resumed->position(), 2);
    QCOMPARE(resumed->currentItem()->id, QStringLiteral("det-02"));
    QCOMPARE(resumed->elapsedMs(), qint64(1750));
    QCOMPARE(resumed->responses(), expected);
    QCOMPARE(resumed->answerFor(QStringLiteral("eth-01")), Answer());
    QCOMPARE(resumed->answeredCount(), 3);
    QCOMPARE(resumed->flagged(),
             (QSet<QString>{QStringLiteral("det-02"), QStringLiteral("eth-01")}));
    QVERIFY(resumed->isFlagged(QStringLiteral("eth-01")));
    QVERIFY(!resumed->isFlagged(QStringLiteral("det-01")));
    QVERIFY(!resumed->isSubmitted());

    const Result<Report> report = resumed->submit();
    QVERIFY2(report, qPrintable(report.errorMessage()));
    QCOMPARE(*report, score(quiz, expected));
    QVERIFY(resumed->isSubmitted());
    const Status late = resumed->answer(QStringLiteral("eth-01"), answer(true));
    QVERIFY(!late);
    QCOMPARE(late.error().kind, ErrorKind::Refused);
    QCOMPARE(late.error().message,
             QStringLiteral("attempt %1 is submitted; it takes no more changes").arg(id));
    QVERIFY(!resumed->setFlagged(QStringLiteral("eth-02"), true));
    QVERIFY(!resumed->moveTo(0));
    QVERIFY(!resumed->addElapsed(10));
    QVERIFY(!resumed->submit());

    auto later = openStorage();
    Result<AttemptSession> review = AttemptSession::resume(*later, id);
    QVERIFY2(review, qPrintable(review.errorMessage()));
    QVERIFY(review->isSubmitted());
    QCOMPARE(review->responses(), expected);
    QCOMPARE(review->elapsedMs(), qint64(1750));
    QVERIFY(later->attempt(id)->isFinished());
    Quiz reviewed;
    QCOMPARE(*reportForAttempt(*later, id, &reviewed), *report);
    QCOMPARE(reviewed, quiz);
}

void TestSession::illFittingAnswerIsRefusedAndNotStored_data()
{
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<Answer>("given");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown option") << "det-02" << answer(QStringList{"a", "z"}) << "no option 'z'";
    QTest::newRow("text for multiple choice")
        << "det-02" << answer(QStringLiteral("a")) << "expected a list";
    QTest::newRow("list for single choice")
        << "det-01" << answer(QStringList{"a"}) << "expected one option id";
    QTest::newRow("option chosen twice")
        << "det-02" << answer(QStringList{"b", "b"}) << "chosen twice";
    QTest::newRow("text for true/false")
        << "eth-01" << answer(QStringLiteral("yes")) << "true or false";
    QTest::newRow("rating 6") << "eth-02" << answer(6) << "1 to 5";
    QTest::newRow("rating 0") << "eth-02" << answer(0) << "1 to 5";
    QTest::newRow("unknown item") << "nope" << answer(QStringLiteral("a")) << "no item 'nope'";
}

void TestSession::illFittingAnswerIsRefusedAndNotStored()
{
    QFETCH(QString, itemId);
    QFETCH(Answer, given);
    QFETCH(QString, expected);
    auto storage = openStorage();
    Result<AttemptSession> session =
        AttemptSession::start(*storage, smallQuiz(), m_profile, QuizMode::Assessment, 1);
    QVERIFY(session);
    const Responses before = {{QStringLiteral("det-02"), answer(QStringList{"b"})},
                              {QStringLiteral("eth-01"), answer(true)},
                              {QStringLiteral("eth-02"), answer(2)}};
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY(session->answer(it.key(), it.value()));

    const Status refused = session->answer(itemId, given);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.errorMessage()));
    QCOMPARE(session->responses(), before);
    QCOMPARE(*storage->responses(session->attemptId(), session->quiz()), before);
}

void TestSession::emptyAnswerClears_data()
{
    QTest::addColumn<Answer>("empty");
    QTest::newRow("no answer") << Answer();
    QTest::newRow("no options chosen") << answer(QStringList());
}

void TestSession::emptyAnswerClears()
{
    QFETCH(Answer, empty);
    auto storage = openStorage();
    Result<AttemptSession> session =
        AttemptSession::start(*storage, smallQuiz(), m_profile, QuizMode::Assessment, 1);
    QVERIFY(session);
    QVERIFY(session->answer(QStringLiteral("det-02"), answer(QStringList{"a"})));
    QVERIFY(session->setFlagged(QStringLiteral("det-02"), true));
    QCOMPARE(session->answeredCount(), 1);
    QVERIFY(session->answer(QStringLiteral("det-02"), empty));
    QCOMPARE(session->answeredCount(), 0);
    QCOMPARE(session->answerFor(QStringLiteral("det-02")), Answer());
    auto reopened = openStorage();
    const Result<AttemptSession> resumed = AttemptSession::resume(*reopened, session->attemptId());
    QVERIFY(resumed);
    QCOMPARE(resumed->answeredCount(), 0);
    QVERIFY(resumed->isFlagged(QStringLiteral("det-02"))); // clearing keeps the flag
}

void TestSession::positionRange_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("before the first") << -1 << false;
    QTest::newRow("first") << 0 << true;
    QTest::newRow("last") << 3 << true;
    QTest::newRow("past the last") << 4 << false;
}

void TestSession::positionRange()
{
    QFETCH(int, position);
    QFETCH(bool, accepted);
    auto storage = openStorage();
    Result<AttemptSession> session =
        AttemptSession::start(*storage, smallQuiz(), m_profile, QuizMode::Assessment, 1);
    QVERIFY(session);
    QVERIFY(session->moveTo(1));
    QCOMPARE(session->moveTo(position).has_value(), accepted);
    const int expected = accepted ? position : 1;
    QCOMPARE(session->position(), expected);
    QCOMPARE(storage->attempt(session->attemptId())->position, expected);
}

void TestSession::resumeUsesTheFrozenQuiz()
{
    auto storage = openStorage();
    const Quiz original = smallQuiz();
    Result<AttemptSession> first =
        AttemptSession::start(*storage, original, m_profile, QuizMode::Assessment, 1);
    QVERIFY(first);
    QVERIFY(first->answer(QStringLiteral("det-01"), answer(QStringLiteral("b"))));

    Quiz edited = original; // the quiz file changed since: item removed, answer key changed
    edited.items.removeFirst();
    edited.items[0].options[0].correct = true;
    // Starting the edited quiz continues the unfinished attempt, on the quiz it was started on.
    bool resumedFirst = false;
    const Result<AttemptSession> again = AttemptSession::startOrResume(
        *storage, edited, m_profile, QuizMode::Assessment, 2, &resumedFirst);
    QVERIFY(again && resumedFirst);
    QCOMPARE(again->attemptId(), first->attemptId());
    QCOMPARE(again->quiz(), original);

    const Result<AttemptSession> resumed = AttemptSession::resume(*storage, first->attemptId());
    QVERIFY2(resumed, qPrintable(resumed.errorMessage()));
    QCOMPARE(resumed->quiz(), original);
    QCOMPARE(resumed->answerFor(QStringLiteral("det-01")), answer(QStringLiteral("b")));
    Quiz reviewed;
    QCOMPARE(*reportForAttempt(*storage, first->attemptId(), &reviewed),
             score(original, resumed->responses()));
    QCOMPARE(reviewed, original);
}

// One unfinished attempt per quiz and profile: starting again continues it (its seed, order
// and answers), a plain start() is refused, and after a submit a new attempt starts.
void TestSession::startingAgainContinuesTheUnfinishedAttempt()
{
    auto storage = openStorage();
    const Quiz quiz = smallQuiz();
    bool resumed = true;
    Result<AttemptSession> first = AttemptSession::startOrResume(
        *storage, quiz, m_profile, QuizMode::Assessment, 11, &resumed);
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QVERIFY(!resumed);
    QVERIFY(first->answer(QStringLiteral("det-01"), answer(QStringLiteral("b"))));
    QVERIFY(first->moveTo(2));

    const Result<AttemptSession> second =
        AttemptSession::start(*storage, quiz, m_profile, QuizMode::Assessment, 12);
    QVERIFY(!second);
    QCOMPARE(second.error().kind, ErrorKind::Refused);
    QVERIFY2(second.error().message.contains(QStringLiteral("unfinished attempt")),
             qPrintable(second.errorMessage()));
    Result<AttemptSession> again = AttemptSession::startOrResume(
        *storage, quiz, m_profile, QuizMode::Assessment, 13, &resumed);
    QVERIFY2(again, qPrintable(again.errorMessage()));
    QVERIFY(resumed);
    QCOMPARE(again->attemptId(), first->attemptId());
    QCOMPARE(again->seed(), quint64(11));
    QCOMPARE(again->position(), 2);
    QCOMPARE(again->answerFor(QStringLiteral("det-01")), answer(QStringLiteral("b")));
    QCOMPARE(storage->unfinishedAttempts(m_profile)->size(), 1);

    QVERIFY(again->submit());
    Result<AttemptSession> next = AttemptSession::startOrResume(*storage, quiz, m_profile,
                                                                QuizMode::Assessment, 14, &resumed);
    QVERIFY2(next, qPrintable(next.errorMessage()));
    QVERIFY(!resumed);
    QVERIFY(next->attemptId() != first->attemptId());
    QCOMPARE(next->seed(), quint64(14));
    QCOMPARE(next->answeredCount(), 0);
    QCOMPARE(storage->unfinishedAttempts(m_profile)->size(), 1);

    // Out of time while closed: starting again submits it (as Continue does) and says so.
    Quiz timed = smallQuiz();
    timed.id = QStringLiteral("timed");
    timed.timeLimitMinutes = 1;
    Result<AttemptSession> late = AttemptSession::startOrResume(*storage, timed, m_profile,
                                                                QuizMode::Assessment, 15, &resumed);
    QVERIFY(late && !resumed);
    QVERIFY(late->addElapsed(60'000));
    Result<AttemptSession> lateAgain = AttemptSession::startOrResume(
        *storage, timed, m_profile, QuizMode::Assessment, 16, &resumed);
    QVERIFY2(lateAgain, qPrintable(lateAgain.errorMessage()));
    QVERIFY(resumed && lateAgain->submittedOnResume());
    QCOMPARE(lateAgain->attemptId(), late->attemptId());
    QVERIFY(storage->unfinishedAttempts(m_profile, timed.id)->isEmpty());
}

void TestSession::unknownAttemptOrProfile()
{
    auto storage = openStorage();
    const Result<AttemptSession> resumed = AttemptSession::resume(*storage, 999);
    QVERIFY(!resumed);
    QCOMPARE(resumed.error(), Error(ErrorKind::NotFound, QStringLiteral("no attempt 999")));
    const Result<Report> report = reportForAttempt(*storage, 999);
    QVERIFY(!report);
    QCOMPARE(report.error(), Error(ErrorKind::NotFound, QStringLiteral("no attempt 999")));
    const Result<AttemptSession> started =
        AttemptSession::start(*storage, smallQuiz(), 4242, QuizMode::Assessment, 1);
    QVERIFY(!started);
    QCOMPARE(started.error(), Error(ErrorKind::NotFound, QStringLiteral("no profile 4242")));
}

void TestSession::newItemTypesSurviveAResume_data()
{
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<Answer>("given");
    QTest::addRow("ordering") << "eth-21"
                              << answer(QStringList{"check", "receive", "verify", "release"});
    QTest::addRow("matching") << "cod-30" << answer(Matches{{"icd", "dx"}, {"cpt", "drug"}});
    QTest::addRow("hottext") << "det-30" << answer(QStringList{"dis", "sex"});
    QTest::addRow("numeric") << "ana-30" << answer(0.1 + 0.2);
    QTest::addRow("numeric, tiny") << "ana-30" << answer(-4.9e-324);
    QTest::addRow("text with spaces and commas")
        << "cod-31" << answer(QStringLiteral(" e11.9, or "));
    QTest::addRow("text, 200 characters")
        << "cod-31" << answer(QString(199, u'x') + QStringLiteral("é"));
}

// What a session accepts is exactly what a resume reads back from storage.
void TestSession::newItemTypesSurviveAResume()
{
    QFETCH(QString, itemId);
    QFETCH(Answer, given);
    const Result<Quiz> loaded = loadQuizFile(QStringLiteral(HITREADY_FIXTURES "/item-types.yaml"));
    QVERIFY(loaded);
    qint64 id = 0;
    {
        auto storage = openStorage();
        auto session = AttemptSession::start(*storage, *loaded, m_profile, QuizMode::Assessment, 1);
        QVERIFY(session);
        const Status answered = session->answer(itemId, given);
        QVERIFY2(answered, qPrintable(answered.errorMessage()));
        QCOMPARE(session->answerFor(itemId), given);
        id = session->attemptId();
    }
    auto storage = openStorage();
    const auto resumed = AttemptSession::resume(*storage, id);
    QVERIFY2(resumed, qPrintable(resumed.errorMessage()));
    QCOMPARE(resumed->answerFor(itemId), given);
}

// Seven scored items in two domains, three drawn of detail's six, shuffled.
Quiz poolQuiz()
{
    Quiz quiz = smallQuiz();
    for (int i = 3; i <= 6; ++i)
        quiz.items.append(
            item(QStringLiteral("det-0%1").arg(i), QStringLiteral("detail"), ItemType::TrueFalse));
    quiz.domains[0].draw = 3;
    quiz.shuffleItems = true;
    return quiz;
}

void TestSession::attemptKeepsItsDrawnOrder()
{
    const Quiz quiz = poolQuiz();
    const quint64 seed = 77;
    const QStringList order = itemOrder(quiz, seed);
    QCOMPARE(order.size(), 1 + 3 + 1); // the likert, 3 drawn of detail's 6, ethics' 1
    QString undrawn;
    for (const Item &i : quiz.items)
        if (!order.contains(i.id))
            undrawn = i.id;
    qint64 id = 0;
    Result<Report> submitted = Error();
    {
        auto storage = openStorage();
        Result<AttemptSession> session =
            AttemptSession::start(*storage, quiz, m_profile, QuizMode::Assessment, seed);
        QVERIFY(session);
        id = session->attemptId();
        QCOMPARE(session->itemOrder(), order);
        QCOMPARE(session->itemCount(), 5);
        const Status undrawnAnswer = session->answer(undrawn, answer(true));
        QVERIFY(!undrawnAnswer);
        QVERIFY2(undrawnAnswer.error().message.contains(QStringLiteral("not part of this attempt")),
                 qPrintable(undrawnAnswer.errorMessage()));
        QVERIFY(!session->setFlagged(undrawn, true));
        for (const QString &itemId : order)
            if (quiz.item(itemId)->type == ItemType::TrueFalse)
                QVERIFY(session->answer(itemId, answer(true)));
        QVERIFY(session->moveTo(4));
    }
    auto storage = openStorage();
    Result<AttemptSession> resumed = AttemptSession::resume(*storage, id);
    QVERIFY(resumed);
    QCOMPARE(resumed->itemOrder(), order); // exactly as started
    QCOMPARE(resumed->currentItem()->id, order.at(4));
    submitted = resumed->submit();
    QVERIFY(submitted);
    // Scored: the attempt's 4 scored items; the undrawn ones are not part of any maximum.
    QCOMPARE(submitted->items.size(), 4);
    QCOMPARE(submitted->domain(QStringLiteral("detail"))->max, 3.0);
    QCOMPARE(*submitted, score(quiz, resumed->responses(), order));
    QCOMPARE(*reportForAttempt(*storage, id), *submitted);
}

void TestSession::oldAttemptWithoutOrderShowsEveryItem()
{
    auto storage = openStorage();
    const Quiz quiz = smallQuiz();
    // Attempts stored before orders existed have an empty item_order.
    const qint64 id = *storage->startAttempt(m_profile, quiz, QuizMode::Assessment, 5, {});
    const Result<AttemptSession> resumed = AttemptSession::resume(*storage, id);
    QVERIFY(resumed);
    QCOMPARE(resumed->itemOrder(), idsOf(quiz));
}

void TestSession::timeLimit()
{
    auto storage = openStorage();
    Result<AttemptSession> untimed =
        AttemptSession::start(*storage, smallQuiz(), m_profile, QuizMode::Assessment, 1);
    QVERIFY(untimed);
    QCOMPARE(untimed->timeLimitMs(), std::nullopt);
    QCOMPARE(untimed->remainingMs(), std::nullopt);
    QVERIFY(!untimed->isTimeUp(std::numeric_limits<qint64>::max()));

    Quiz quiz = smallQuiz();
    quiz.id = QStringLiteral("timed"); // the untimed attempt of "mini" is still open
    quiz.timeLimitMinutes = 1.5;
    quiz.confidence = true;
    Result<AttemptSession> session =
        AttemptSession::start(*storage, quiz, m_profile, QuizMode::Assessment, 1);
    QVERIFY(session);
    QCOMPARE(session->timeLimitMs(), std::optional(qint64(90'000)));
    QCOMPARE(session->remainingMs(), std::optional(qint64(90'000)));
    QVERIFY(session->addElapsed(89'000));
    QCOMPARE(session->remainingMs(), std::optional(qint64(1'000)));
    QCOMPARE(session->remainingMs(400), std::optional(qint64(600))); // measured, not yet stored
    QCOMPARE(session->remainingMs(5'000), std::optional(qint64(0))); // never below 0
    QVERIFY(session->isTimeUp(1'000));
    QVERIFY(!session->isTimeUp());
    QVERIFY(session->answer(QStringLiteral("det-01"), answer(QStringLiteral("b"))));

    QVERIFY(session->addElapsed(1'000)); // 0 left: answers so far count, no more are taken
    QVERIFY(session->isTimeUp());
    const Status late = session->answer(QStringLiteral("eth-01"), answer(true));
    QVERIFY(!late);
    QCOMPARE(late.error().kind, ErrorKind::Refused);
    QVERIFY2(late.error().message.contains(QStringLiteral("time limit of 1.5 minutes is up")),
             qPrintable(late.errorMessage()));
    QVERIFY(!session->answer(QStringLiteral("det-01"), Answer())); // nor cleared
    QVERIFY(!session->setConfidence(QStringLiteral("det-01"), highConfidence));
    QCOMPARE(*storage->responses(session->attemptId(), quiz),
             (Responses{{QStringLiteral("det-01"), answer(QStringLiteral("b"))}}));
    QVERIFY(session->moveTo(0)); // looking around is still allowed
    const Result<Report> report = session->submit();
    QVERIFY(report);
    QCOMPARE(report->domain(QStringLiteral("detail"))->earned, 1.0);
}

void TestSession::resumeSubmitsWhenTimeIsUp_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<bool>("submitted");
    QTest::newRow("time left") << qint64(59'999) << false;
    QTest::newRow("exactly up") << qint64(60'000) << true;
    QTest::newRow("past it") << qint64(600'000) << true;
}

void TestSession::resumeSubmitsWhenTimeIsUp()
{
    QFETCH(qint64, elapsed);
    QFETCH(bool, submitted);
    Quiz quiz = smallQuiz();
    quiz.timeLimitMinutes = 1;
    qint64 id = 0;
    {
        auto storage = openStorage();
        Result<AttemptSession> session =
            AttemptSession::start(*storage, quiz, m_profile, QuizMode::Assessment, 1);
        QVERIFY(session);
        id = session->attemptId();
        QVERIFY(session->answer(QStringLiteral("eth-01"), answer(true)));
        // The program was killed after the time was stored, before it could submit.
        QVERIFY(storage->savePosition(id, 0, elapsed));
    }
    auto storage = openStorage();
    Result<AttemptSession> resumed = AttemptSession::resume(*storage, id);
    QVERIFY2(resumed, qPrintable(resumed.errorMessage()));
    QCOMPARE(resumed->isSubmitted(), submitted);
    QCOMPARE(resumed->submittedOnResume(), submitted);
    QCOMPARE(storage->attempt(id)->isFinished(), submitted);
    QCOMPARE(resumed->report().domain(QStringLiteral("ethics"))->earned, 1.0);
    if (submitted) { // a second look is a plain review
        const Result<AttemptSession> review = AttemptSession::resume(*storage, id);
        QVERIFY(review && review->isSubmitted() && !review->submittedOnResume());
    }
}

void TestSession::confidenceIsDurable()
{
    Quiz quiz = smallQuiz();
    quiz.confidence = true;
    qint64 id = 0;
    {
        auto storage = openStorage();
        Result<AttemptSession> session =
            AttemptSession::start(*storage, quiz, m_profile, QuizMode::Assessment, 1);
        QVERIFY(session);
        id = session->attemptId();
        QVERIFY(session->answer(QStringLiteral("det-01"), answer(QStringLiteral("a"))));
        QVERIFY(session->setConfidence(QStringLiteral("det-01"), highConfidence));
        QVERIFY(session->setConfidence(QStringLiteral("det-02"), mediumConfidence)); // before
        QVERIFY(session->answer(QStringLiteral("det-02"), answer(QStringList{"b", "c"})));
        QVERIFY(session->answer(QStringLiteral("eth-01"), answer(true)));
        QVERIFY(session->setConfidence(QStringLiteral("eth-01"), lowConfidence));
        QVERIFY(session->setConfidence(QStringLiteral("eth-01"), 0)); // cleared: counts as low
        QCOMPARE(session->confidenceFor(QStringLiteral("det-01")), std::optional(3));
        QCOMPARE(session->confidenceFor(QStringLiteral("eth-01")), std::nullopt);
    } // killed: only the database remains
    const Confidences expected{{QStringLiteral("det-01"), 3}, {QStringLiteral("det-02"), 2}};
    auto storage = openStorage();
    QCOMPARE(*storage->confidences(id), expected);
    Result<AttemptSession> resumed = AttemptSession::resume(*storage, id);
    QVERIFY(resumed);
    QCOMPARE(resumed->confidences(), expected);
    QCOMPARE(resumed->answeredCount(), 3);
    const Result<Report> report = resumed->submit();
    QVERIFY(report);
    // det-01 wrong at high: -6; det-02 right at medium: 2; eth-01 right, none (low): 1
    QCOMPARE(*report->cbmAverage, (-6.0 + 2 + 1) / 3);
    QCOMPARE(report->items.at(0).confidence, std::optional(3));
    QCOMPARE(report->items.at(2).confidence, std::nullopt);
    QCOMPARE(*reportForAttempt(*storage, id), *report);
    QVERIFY(!storage->saveConfidence(id, QStringLiteral("det-01"), 1)); // finished
}

void TestSession::confidenceIsRefused_data()
{
    QTest::addColumn<bool>("asks");
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("expected");
    QTest::newRow("quiz does not ask") << false << "det-01" << 3 << "does not ask for confidence";
    QTest::newRow("self-rating") << true << "eth-02" << 2 << "takes no confidence";
    QTest::newRow("level 4") << true << "det-01" << 4 << "confidence 4 is not";
    QTest::newRow("level -1") << true << "det-01" << -1 << "confidence -1 is not";
    QTest::newRow("unknown item") << true << "nope" << 1 << "no item 'nope'";
}

void TestSession::confidenceIsRefused()
{
    QFETCH(bool, asks);
    QFETCH(QString, itemId);
    QFETCH(int, level);
    QFETCH(QString, expected);
    Quiz quiz = smallQuiz();
    quiz.confidence = asks;
    auto storage = openStorage();
    Result<AttemptSession> session =
        AttemptSession::start(*storage, quiz, m_profile, QuizMode::Assessment, 1);
    QVERIFY(session);
    const Status refused = session->setConfidence(itemId, level);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.errorMessage()));
    QCOMPARE(*storage->confidences(session->attemptId()), Confidences{});
}

// A stored quiz whose bytes were damaged: the attempt is kept as it was (no new attempt, no
// answer lost) and continues only with the quiz file of its own version, which repairs it.
void TestSession::damagedSnapshotKeepsTheAttempt()
{
    auto storage = openStorage();
    const Quiz quiz = smallQuiz();
    Result<AttemptSession> first =
        AttemptSession::start(*storage, quiz, m_profile, QuizMode::Assessment, 3);
    QVERIFY(first);
    QVERIFY(first->answer(QStringLiteral("det-01"), answer(QStringLiteral("b"))));
    const qint64 id = first->attemptId();
    QVERIFY(!m_db->sql(TestDatabase::onServer()
                           ? QStringLiteral("UPDATE quiz_snapshots SET data = "
                                            "decode('00ff00ff', 'hex') RETURNING 1")
                           : QStringLiteral("UPDATE quiz_snapshots SET data = x'00ff00ff' "
                                            "RETURNING 1"))
                 .isEmpty());

    Quiz edited = quiz;
    edited.items.removeLast();
    for (const Quiz *file : std::initializer_list<const Quiz *>{nullptr, &edited}) {
        const Result<AttemptSession> refused = AttemptSession::resume(*storage, id, file);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Damaged);
        const QString error = refused.error().message;
        QVERIFY2(error.contains(QStringLiteral("is damaged")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("The attempt is kept as it is")), qPrintable(error));
        QVERIFY(!storage->snapshot(contentHash(quiz)));
    }
    QCOMPARE(storage->attempts(m_profile)->size(), 1);
    QVERIFY(!storage->attempt(id)->isFinished());

    Result<AttemptSession> resumed = AttemptSession::resume(*storage, id, &quiz);
    QVERIFY2(resumed, qPrintable(resumed.errorMessage()));
    QVERIFY(resumed->repairedSnapshot());
    QCOMPARE(resumed->answerFor(QStringLiteral("det-01")), answer(QStringLiteral("b")));
    QCOMPARE(*storage->snapshot(contentHash(quiz)), quiz);
    resumed = AttemptSession::resume(*storage, id);
    QVERIFY2(resumed, qPrintable(resumed.errorMessage()));
    QVERIFY(!resumed->repairedSnapshot());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
