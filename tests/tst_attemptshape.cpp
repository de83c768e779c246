// The attempt's shape: what the quiz card, the intro, the attempt, the results, the PDF and
// `info` count. Table-tested, and checked against the item orders itemOrder() really gives.

#include "attemptorder.h"
#include "attemptshape.h"
#include "loader.h"

#include <QTest>
#include <cmath>

using namespace hitready;

namespace {

Quiz load(const QByteArray &text)
{
    const Result<Quiz> result = loadQuiz(text, QStringLiteral("shape.yaml"));
    if (!result)
        qFatal("%s", qPrintable(problemsOf(result).first().toString()));
    return *result;
}

QByteArray header(const QByteArray &extra = {})
{
    return "hitready: 1\nid: shape\ntitle: Shape\n" + extra;
}

QByteArray tf(const char *id, const char *domain, const QByteArray &more = {})
{
    return QByteArray("  - {id: ") + id + ", domain: " + domain +
           ", type: truefalse, prompt: P, answer: true" + more + "}\n";
}

QByteArray likert(const char *id, const char *domain)
{
    return QByteArray("  - {id: ") + id + ", domain: " + domain +
           ", type: likert, prompt: P, anchors: [1, 2, 3, 4, 5]}\n";
}

// No draw, two domains, one self-rating.
const QByteArray plainQuiz = header() + R"(domains:
  - {id: a, title: A}
  - {id: b, title: B}
items:
)" + tf("a1", "a") + tf("a2", "a", ", points: 2") +
                             tf("b1", "b") + likert("l1", "b");

// Domain a draws 2 of 4 items worth 1, 1, 2, 3 points; b draws both of its 2; two
// self-ratings; shuffled.
const QByteArray pooledQuiz = header("shuffle: {items: true}\n") + R"(domains:
  - {id: a, title: A, draw: 2}
  - {id: b, title: B, draw: 2}
items:
)" + likert("l1", "a") + tf("a1", "a") +
                              tf("a2", "a") + tf("a3", "a", ", points: 2") +
                              tf("a4", "a", ", points: 3") + tf("b1", "b") + tf("b2", "b") +
                              likert("l2", "b");

// Domain a draws 1 of 3; a shared case holds a1 and a2 (drawn: shown 2/3 of the time), and b1
// (always shown) refers to a second case. A 5-minute limit.
const QByteArray caseQuiz = header("time_limit: 5\n") + R"(domains:
  - {id: a, title: A, draw: 1}
  - {id: b, title: B}
stimuli:
  - {id: c1, title: Case one, text: T}
  - {id: c2, title: Case two, text: T}
items:
)" + tf("a1", "a", ", stimulus: c1") +
                            tf("a2", "a", ", stimulus: c1") + tf("a3", "a") +
                            tf("b1", "b", ", stimulus: c2") + tf("b2", "b");

// Only self-ratings.
const QByteArray ratingsQuiz = header() + R"(domains:
  - {id: a, title: A}
items:
)" + likert("l1", "a") + likert("l2", "a");

} // namespace

class TestAttemptShape : public QObject
{
    Q_OBJECT

private slots:
    void shapeOfQuiz_data();
    void shapeOfQuiz();
    void everySeedHasTheQuizShape_data();
    void everySeedHasTheQuizShape();
    void expectedValuesMatchTheDraws();
    void estimatedMinutes_data();
    void estimatedMinutes();
    void shapeOfAttempt();
    void shippedQuiz();
};

void TestAttemptShape::shapeOfQuiz_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("questions");
    QTest::addColumn<int>("selfRatings");
    QTest::addColumn<int>("poolQuestions");
    QTest::addColumn<double>("minPoints");
    QTest::addColumn<double>("maxPoints");
    QTest::addColumn<double>("sharedCases");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<int>("minutes");

    // 3 true/false (40 s) + 1 likert (20 s) = 140 s.
    QTest::addRow("no draw") << plainQuiz << 4 << 3 << 1 << 3 << 4.0 << 4.0 << 0.0 << 140.0 << 3;
    // a: 2 of 4 (1+1 .. 2+3 points), b: all 2; 4 x 40 + 2 x 20 = 200 s.
    QTest::addRow("pools") << pooledQuiz << 6 << 4 << 2 << 6 << 4.0 << 7.0 << 0.0 << 200.0 << 4;
    // a: 1 of 3, b: 2; c2 always, c1 with 2/3; 3 x 40 + (1 + 2/3) x 120 = 320 s; limit 5.
    QTest::addRow("cases, time limit")
        << caseQuiz << 3 << 3 << 0 << 5 << 3.0 << 3.0 << 5.0 / 3 << 320.0 << 5;
    QTest::addRow("self-ratings only")
        << ratingsQuiz << 2 << 0 << 2 << 0 << 0.0 << 0.0 << 0.0 << 40.0 << 1;
}

void TestAttemptShape::shapeOfQuiz()
{
    QFETCH(QByteArray, yaml);
    const AttemptShape shape = attemptShape(load(yaml));
    QTEST(shape.items, "items");
    QTEST(shape.questions, "questions");
    QTEST(shape.selfRatings, "selfRatings");
    QTEST(shape.poolQuestions, "poolQuestions");
    QTEST(shape.minPoints, "minPoints");
    QTEST(shape.maxPoints, "maxPoints");
    QFETCH(double, sharedCases);
    QFETCH(double, seconds);
    QVERIFY2(std::abs(shape.sharedCases - sharedCases) < 1e-9,
             qPrintable(QString::number(shape.sharedCases)));
    QVERIFY2(std::abs(shape.seconds - seconds) < 1e-9, qPrintable(QString::number(shape.seconds)));
    QTEST(shape.estimatedMinutes(), "minutes");
    QCOMPARE(shape.items, shape.questions + shape.selfRatings);
}

void TestAttemptShape::everySeedHasTheQuizShape_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addRow("no draw") << plainQuiz;
    QTest::addRow("pools") << pooledQuiz;
    QTest::addRow("cases, time limit") << caseQuiz;
    QTest::addRow("self-ratings only") << ratingsQuiz;
}

// The counts are what every real attempt shows; points stay within the bounds, and the
// bounds are reached by some attempt.
void TestAttemptShape::everySeedHasTheQuizShape()
{
    QFETCH(QByteArray, yaml);
    const Quiz quiz = load(yaml);
    const AttemptShape shape = attemptShape(quiz);
    double least = 1e9, most = -1e9;
    for (quint64 seed = 0; seed < 500; ++seed) {
        const QStringList order = itemOrder(quiz, seed);
        const AttemptShape one = attemptShape(quiz, order);
        QCOMPARE(one.items, int(order.size()));
        QCOMPARE(one.items, shape.items);
        QCOMPARE(one.questions, shape.questions);
        QCOMPARE(one.selfRatings, shape.selfRatings);
        QCOMPARE(one.poolQuestions, shape.poolQuestions);
        QCOMPARE(one.minPoints, one.maxPoints);
        QVERIFY(one.minPoints >= shape.minPoints && one.maxPoints <= shape.maxPoints);
        QCOMPARE(one.timeLimitMinutes, shape.timeLimitMinutes);
        least = std::min(least, one.minPoints);
        most = std::max(most, one.maxPoints);
    }
    QCOMPARE(least, shape.minPoints);
    QCOMPARE(most, shape.maxPoints);
}

// The quiz's shared cases and seconds are the mean over attempts: over 3,000 fixed seeds
// the attempts' mean lies within a few standard errors of it.
void TestAttemptShape::expectedValuesMatchTheDraws()
{
    const Quiz quiz = load(caseQuiz);
    const AttemptShape shape = attemptShape(quiz);
    constexpr int seeds = 3000;
    double cases = 0, seconds = 0;
    for (quint64 seed = 0; seed < seeds; ++seed) {
        const AttemptShape one = attemptShape(quiz, itemOrder(quiz, seed));
        cases += one.sharedCases;
        seconds += one.seconds;
    }
    // c1 is shown with p = 2/3: the mean's standard error is sqrt(2/9 / 3000) < 0.009.
    QVERIFY2(std::abs(cases / seeds - shape.sharedCases) < 0.03,
             qPrintable(QString::number(cases / seeds)));
    QVERIFY2(std::abs(seconds / seeds - shape.seconds) < 0.03 * sharedCaseSeconds,
             qPrintable(QString::number(seconds / seeds)));
}

void TestAttemptShape::estimatedMinutes_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<double>("limit"); // 0: none
    QTest::addColumn<int>("minutes");
    QTest::addRow("nothing") << 0.0 << 0.0 << 0;
    QTest::addRow("a few seconds") << 20.0 << 0.0 << 1;
    QTest::addRow("exactly 3 minutes") << 180.0 << 0.0 << 3;
    QTest::addRow("just over 3") << 181.0 << 0.0 << 4;
    QTest::addRow("float noise") << 180.0 + 1e-12 << 0.0 << 3;
    QTest::addRow("14 minutes") << 14 * 60.0 << 0.0 << 14;
    QTest::addRow("15 minutes") << 15 * 60.0 << 0.0 << 15;
    QTest::addRow("16 -> 20") << 16 * 60.0 << 0.0 << 20;
    QTest::addRow("limit caps") << 50 * 60.0 << 30.0 << 30;
    QTest::addRow("fractional limit") << 50 * 60.0 << 2.5 << 3;
    QTest::addRow("under the limit") << 120.0 << 30.0 << 2;
}

void TestAttemptShape::estimatedMinutes()
{
    QFETCH(double, seconds);
    QFETCH(double, limit);
    AttemptShape shape;
    shape.seconds = seconds;
    if (limit > 0)
        shape.timeLimitMinutes = limit;
    QTEST(shape.estimatedMinutes(), "minutes");
}

void TestAttemptShape::shapeOfAttempt()
{
    const Quiz quiz = load(caseQuiz);
    // An attempt that drew a1 shows case c1 and c2: 3 x 40 s + 2 x 120 s.
    const AttemptShape drewCase = attemptShape(quiz, {"a1", "b1", "b2"});
    QCOMPARE(drewCase.sharedCases, 2.0);
    QCOMPARE(drewCase.seconds, 360.0);
    const AttemptShape noCase = attemptShape(quiz, {"a3", "b1", "b2"});
    QCOMPARE(noCase.sharedCases, 1.0);
    // Unknown and repeated ids count nothing; an empty order (attempts stored before orders)
    // shows every item.
    QCOMPARE(attemptShape(quiz, {"a3", "a3", "zz", "b1", "b2"}), noCase);
    const AttemptShape all = attemptShape(quiz, {});
    QCOMPARE(all.items, 5);
    QCOMPARE(all.sharedCases, 2.0);
}

// The shipped quiz: 4 domains drawing 15 each from 95 scored items, and 4 self-ratings.
void TestAttemptShape::shippedQuiz()
{
    const Result<Quiz> loaded =
        loadQuizFile(QStringLiteral(HITREADY_QUIZZES "/hit-readiness.yaml"));
    QVERIFY(loaded);
    const AttemptShape shape = attemptShape(*loaded);
    QCOMPARE(shape.items, 64);
    QCOMPARE(shape.questions, 60);
    QCOMPARE(shape.selfRatings, 4);
    QCOMPARE(shape.poolQuestions, 95);
    QVERIFY(shape.isDrawn());
    for (quint64 seed : {1ull, 2ull, 77ull})
        QCOMPARE(int(itemOrder(*loaded, seed).size()), shape.items);
}

QTEST_APPLESS_MAIN(TestAttemptShape)
#include "tst_attemptshape.moc"
