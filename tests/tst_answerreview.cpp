// The answer review of engine/scoring/answerreview.h: what each item type's parts are marked,
// that the marks agree with the points the scorer gives, the order shown, and the filters.

#include "answerreview.h"
#include "attemptorder.h"
#include "loader.h"
#include "report.h"

#include <QTest>

using namespace hitready;

Q_DECLARE_METATYPE(hitready::Answer)
Q_DECLARE_METATYPE(hitready::ReviewFilter)

namespace {

const char *const quizText = R"(hitready: 1
id: review
title: Review
shuffle: {options: true}
domains:
  - {id: d, title: D}
  - {id: e, title: E}
items:
  - id: like
    domain: d
    type: likert
    prompt: How sure are you?
    anchors: [a, b, c, d, e]
  - id: s1
    domain: d
    type: single
    prompt: P
    options: [{id: a, text: A, correct: true}, {id: b, text: B}, {id: c, text: C}]
  - id: m1
    domain: d
    type: multiple
    points: 2
    prompt: P
    options: [{id: a, text: A, correct: true}, {id: b, text: B, correct: true}, {id: c, text: C}]
  - id: t1
    domain: e
    type: truefalse
    prompt: P
    answer: true
  - id: o1
    domain: e
    type: ordering
    points: 3
    prompt: P
    steps: [{id: a, text: A}, {id: b, text: B}, {id: c, text: C}, {id: d, text: D}]
  - id: x1
    domain: e
    type: matching
    prompt: P
    left: [{id: l1, text: L1, match: r1}, {id: l2, text: L2, match: r2}, {id: l3, text: L3, match: r3}]
    right: [{id: r1, text: R1}, {id: r2, text: R2}, {id: r3, text: R3}, {id: r4, text: R4}]
  - id: h1
    domain: e
    type: hottext
    prompt: P
    text: "Pick [[p1|one]] and [[p2|two]] but not [[p3|three]]."
    correct: [p1, p2]
  - {id: n1, domain: e, type: numeric, prompt: P, answer: 12.5}
)";

Quiz reviewQuiz()
{
    Result<Quiz> result = loadQuiz(quizText, QStringLiteral("review.yaml"));
    if (!result)
        qFatal("review quiz: %s", qPrintable(result.error().message));
    return std::move(*result);
}

Answer answer(auto value)
{
    Answer a;
    a.value = value;
    return a;
}

// The marks of the parts, one letter each: R right, W wrong, M missed, . neutral.
QString marks(const QList<AnswerPart> &parts)
{
    QString out;
    for (const AnswerPart &part : parts)
        out += QStringLiteral("RWM.").at(int(part.mark));
    return out;
}

QString ids(const QList<AnswerPart> &parts)
{
    QStringList out;
    for (const AnswerPart &part : parts)
        out.append(part.id);
    return out.join(u',');
}

} // namespace

class TestAnswerReview : public QObject
{
    Q_OBJECT

private slots:
    void parts_data();
    void parts();
    void optionsInTheOrderShown();
    void orderingPartsTellWhereEachStepBelongs();
    void matchingPartsNameTheGivenAndTheRightEntry();
    void attemptInTheOrderShown();
    void filters_data();
    void filters();
};

void TestAnswerReview::parts_data()
{
    QTest::addColumn<QString>("itemId");
    QTest::addColumn<Answer>("given");
    QTest::addColumn<QString>("expectedMarks"); // for single/multiple: in file order (no seed)
    QTest::addColumn<double>("earned");
    QTest::addColumn<int>("verdict"); // -1: none (self-rating)

    const auto V = [](Verdict v) {
        return int(v);
    };
    QTest::addRow("single right") << "s1" << answer(QStringLiteral("a")) << "R.." << 1.0
                                  << V(Verdict::Correct);
    QTest::addRow("single wrong") << "s1" << answer(QStringLiteral("b")) << "MW." << 0.0
                                  << V(Verdict::NotCorrect);
    QTest::addRow("single unanswered")
        << "s1" << Answer{} << "M.." << 0.0 << V(Verdict::NotCorrect);
    QTest::addRow("multiple half")
        << "m1" << answer(QStringList{"a"}) << "RM." << 1.0 << V(Verdict::PartlyCorrect);
    QTest::addRow("multiple one right one wrong")
        << "m1" << answer(QStringList{"a", "c"}) << "RMW" << 0.0 << V(Verdict::NotCorrect);
    QTest::addRow("multiple all") << "m1" << answer(QStringList{"b", "a"}) << "RR." << 2.0
                                  << V(Verdict::Correct);
    QTest::addRow("hottext one of two")
        << "h1" << answer(QStringList{"p2"}) << "MR." << 0.5 << V(Verdict::PartlyCorrect);
    QTest::addRow("hottext wrong part") << "h1" << answer(QStringList{"p1", "p2", "p3"}) << "RRW"
                                        << 0.5 << V(Verdict::PartlyCorrect);
    // Ordering: each step against the one before it, as the scorer counts adjacent pairs.
    QTest::addRow("ordering right")
        << "o1" << answer(QStringList{"a", "b", "c", "d"}) << ".RRR" << 3.0 << V(Verdict::Correct);
    QTest::addRow("ordering two pairs") << "o1" << answer(QStringList{"b", "a", "c", "d"}) << ".WRR"
                                        << 2.0 << V(Verdict::PartlyCorrect);
    QTest::addRow("ordering reversed") << "o1" << answer(QStringList{"d", "c", "b", "a"}) << ".WWW"
                                       << 0.0 << V(Verdict::NotCorrect);
    QTest::addRow("ordering unanswered")
        << "o1" << Answer{} << "...." << 0.0 << V(Verdict::NotCorrect);
    QTest::addRow("matching one right one wrong one left")
        << "x1" << answer(Matches{{"l1", "r1"}, {"l2", "r4"}}) << "RWM" << 1.0 / 3
        << V(Verdict::PartlyCorrect);
    QTest::addRow("truefalse") << "t1" << answer(false) << "" << 0.0 << V(Verdict::NotCorrect);
    QTest::addRow("numeric") << "n1" << answer(12.5) << "" << 1.0 << V(Verdict::Correct);
    QTest::addRow("self-rating") << "like" << answer(4) << "" << 0.0 << -1;
}

void TestAnswerReview::parts()
{
    QFETCH(QString, itemId);
    QFETCH(Answer, given);
    QFETCH(QString, expectedMarks);
    QFETCH(double, earned);
    QFETCH(int, verdict);

    Quiz quiz = reviewQuiz();
    quiz.shuffleOptions = false; // file order, so the marks read left to right
    const Item &item = *quiz.item(itemId);
    const ItemReview review = reviewItem(quiz, item, given, 7);
    QCOMPARE(marks(review.parts), expectedMarks);
    QCOMPARE(review.earned, earned);
    // The review's points are the scorer's.
    QCOMPARE(review.earned, itemPoints(item, given));
    QCOMPARE(review.answered, !given.isEmpty());
    QCOMPARE(review.verdict.has_value(), verdict >= 0);
    if (review.verdict)
        QCOMPARE(int(*review.verdict), verdict);
    QCOMPARE(review.max, item.isScored() ? item.points : 0.0);
}

void TestAnswerReview::optionsInTheOrderShown()
{
    const Quiz quiz = reviewQuiz();
    const Item &item = *quiz.item(QStringLiteral("m1"));
    for (quint64 seed : {1ull, 2ull, 99ull, 12345ull}) {
        const ItemReview review = reviewItem(quiz, item, answer(QStringList{"a"}), seed);
        QStringList shown;
        for (int index : optionOrder(quiz, item, seed))
            shown.append(item.options.at(index).id);
        QCOMPARE(ids(review.parts), shown.join(u','));
        for (const AnswerPart &part : review.parts)
            QCOMPARE(part.chosen, part.id == QLatin1String("a"));
    }
}

void TestAnswerReview::orderingPartsTellWhereEachStepBelongs()
{
    const Quiz quiz = reviewQuiz();
    const Item &item = *quiz.item(QStringLiteral("o1"));
    const ItemReview review = reviewItem(quiz, item, answer(QStringList{"c", "a", "d", "b"}), 1);
    QCOMPARE(ids(review.parts), QStringLiteral("c,a,d,b"));
    QList<int> positions;
    QStringList due;
    for (const AnswerPart &part : review.parts) {
        positions.append(part.rightPosition);
        due.append(part.expectedId);
    }
    QCOMPARE(positions, (QList<int>{3, 1, 4, 2}));
    QCOMPARE(due, (QStringList{"a", "b", "c", "d"}));
    QCOMPARE(marks(review.parts), QStringLiteral(".WRW"));

    // No whole order (not answered): the right order, unmarked.
    const ItemReview none = reviewItem(quiz, item, Answer{}, 1);
    QCOMPARE(ids(none.parts), QStringLiteral("a,b,c,d"));
    QCOMPARE(none.parts.at(3).rightPosition, 4);
}

void TestAnswerReview::matchingPartsNameTheGivenAndTheRightEntry()
{
    const Quiz quiz = reviewQuiz();
    const Item &item = *quiz.item(QStringLiteral("x1"));
    const ItemReview review =
        reviewItem(quiz, item, answer(Matches{{"l2", "r4"}, {"l1", "r1"}}), 1);
    QCOMPARE(ids(review.parts), QStringLiteral("l1,l2,l3"));
    QCOMPARE(review.parts.at(0).givenId, QStringLiteral("r1"));
    QCOMPARE(review.parts.at(1).givenId, QStringLiteral("r4"));
    QCOMPARE(review.parts.at(1).expectedId, QStringLiteral("r2"));
    QCOMPARE(review.parts.at(2).givenId, QString());
    QCOMPARE(review.parts.at(2).expectedId, QStringLiteral("r3"));
}

void TestAnswerReview::attemptInTheOrderShown()
{
    const Quiz quiz = reviewQuiz();
    const QStringList order{"like", "x1", "s1", "gone", "n1"};
    Responses responses;
    responses.insert(QStringLiteral("s1"), answer(QStringLiteral("a")));
    responses.insert(QStringLiteral("like"), answer(3));
    const Confidences confidences{{QStringLiteral("s1"), 3}, {QStringLiteral("like"), 2}};
    const QList<ItemReview> reviews =
        reviewAttempt(quiz, responses, order, 5, {QStringLiteral("x1")}, confidences);
    QCOMPARE(reviews.size(), 4); // "gone" is not in the quiz
    QStringList shown;
    for (const ItemReview &r : reviews)
        shown.append(r.itemId);
    QCOMPARE(shown, (QStringList{"like", "x1", "s1", "n1"}));
    QCOMPARE(reviews.at(3).position, 3);
    QVERIFY(reviews.at(1).flagged);
    QVERIFY(!reviews.at(2).flagged);
    QCOMPARE(reviews.at(2).confidence, std::optional<int>(3));
    QCOMPARE(reviews.at(0).confidence, std::nullopt); // self-ratings carry no confidence
    QVERIFY(!reviews.at(3).answered);

    // No order stored: the quiz's own.
    QCOMPARE(reviewAttempt(quiz, responses, {}, 5, {}, {}).size(), quiz.items.size());
}

void TestAnswerReview::filters_data()
{
    QTest::addColumn<ReviewFilter>("filter");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("listed");

    QTest::addRow("all") << ReviewFilter::All << "" << QStringList{"like", "s1", "m1", "t1", "o1"};
    QTest::addRow("not right: partly, wrong, unanswered; never a self-rating")
        << ReviewFilter::NotRight << "" << QStringList{"m1", "t1", "o1"};
    QTest::addRow("flagged") << ReviewFilter::Flagged << "" << QStringList{"s1", "o1"};
    QTest::addRow("domain d") << ReviewFilter::All << "d" << QStringList{"like", "s1", "m1"};
    QTest::addRow("not right in e") << ReviewFilter::NotRight << "e" << QStringList{"t1", "o1"};
    QTest::addRow("flagged in d") << ReviewFilter::Flagged << "d" << QStringList{"s1"};
}

void TestAnswerReview::filters()
{
    QFETCH(ReviewFilter, filter);
    QFETCH(QString, domain);
    QFETCH(QStringList, listed);

    const Quiz quiz = reviewQuiz();
    Responses responses;
    responses.insert(QStringLiteral("like"), answer(5));
    responses.insert(QStringLiteral("s1"), answer(QStringLiteral("a"))); // right
    responses.insert(QStringLiteral("m1"), answer(QStringList{"a"}));    // partly
    responses.insert(QStringLiteral("t1"), answer(false));               // wrong
    const QStringList order{"like", "s1", "m1", "t1", "o1"};             // o1 unanswered
    const QList<ItemReview> reviews =
        reviewAttempt(quiz, responses, order, 1, {QStringLiteral("s1"), QStringLiteral("o1")}, {});
    QStringList shown;
    for (const ItemReview &r : reviews)
        if (reviewListed(r, filter, domain))
            shown.append(r.itemId);
    QCOMPARE(shown, listed);
}

QTEST_GUILESS_MAIN(TestAnswerReview)
#include "tst_answerreview.moc"
