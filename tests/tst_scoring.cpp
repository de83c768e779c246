// Scoring rules of record (DESIGN.md): per item, partial credit, per domain, overall.

#include "loader.h"
#include "report.h"

#include <QTest>

using namespace hitready;

Q_DECLARE_METATYPE(hitready::Item)
Q_DECLARE_METATYPE(hitready::Answer)
Q_DECLARE_METATYPE(hitready::Responses)
Q_DECLARE_METATYPE(hitready::Confidences)
Q_DECLARE_METATYPE(hitready::Calibration)

namespace {

Item choiceItem(ItemType type, const QString &correct, double points = 1, int options = 4)
{
    Item item;
    item.id = QStringLiteral("i");
    item.domain = QStringLiteral("d");
    item.type = type;
    item.points = points;
    for (int i = 0; i < options; ++i) {
        const QString id = QString(QChar(u'a' + i));
        item.options.append({id, Text::plain(QStringLiteral("en"), id), correct.contains(id), {}});
    }
    return item;
}

Answer choices(const QString &ids)
{
    QStringList list;
    for (QChar c : ids)
        list.append(QString(c));
    return {list};
}

// Two weighted domains, one domain of self-ratings only.
const char *const quizText = R"(hitready: 1
id: scoring
title: Scoring
levels: [{min: 0, label: Not yet}, {min: 70, label: Ready}]
domains:
  - {id: detail, title: Detail, weight: 3, levels: [{min: 0, label: Low}, {min: 50, label: Mid}, {min: 75, label: High}]}
  - {id: ethics, title: Ethics, weight: 1}
  - {id: self, title: Self only}
items:
  - {id: s1, domain: detail, type: single, prompt: P, options: [{id: a, text: A, correct: true}, {id: b, text: B}]}
  - {id: m1, domain: detail, type: multiple, points: 3, prompt: P, options: [{id: a, text: A, correct: true}, {id: b, text: B, correct: true}, {id: c, text: C, correct: true}, {id: d, text: D}]}
  - {id: t1, domain: ethics, type: truefalse, prompt: P, answer: false}
  - {id: t2, domain: ethics, type: truefalse, prompt: P, answer: true}
  - {id: l1, domain: self, type: likert, prompt: P, anchors: [a, b, c, d, e]}
  - {id: l2, domain: self, type: likert, prompt: P, anchors: [a, b, c, d, e]}
  - {id: l3, domain: ethics, type: likert, prompt: P, anchors: [a, b, c, d, e]}
)";

// Certainty-based marking: domain d has 1 + 2 points, domain e 3 points and a self-rating.
const char *const cbmQuizText = R"(hitready: 1
id: cbm
title: CBM
confidence: true
domains:
  - {id: d, title: D}
  - {id: e, title: E}
items:
  - {id: s1, domain: d, type: single, prompt: P, options: [{id: a, text: A, correct: true}, {id: b, text: B}]}
  - {id: m1, domain: d, type: multiple, points: 2, prompt: P, options: [{id: a, text: A, correct: true}, {id: b, text: B, correct: true}, {id: c, text: C}, {id: d, text: D}]}
  - {id: t1, domain: e, type: truefalse, points: 3, prompt: P, answer: true}
  - {id: l1, domain: e, type: likert, prompt: P, anchors: [a, b, c, d, e]}
)";

Quiz cbmQuiz()
{
    LoadResult result = loadQuiz(cbmQuizText, QStringLiteral("cbm.yaml"));
    if (!result.quiz)
        qFatal("cbm quiz: %s", qPrintable(result.problems.first().toString()));
    return *result.quiz;
}

const QStringList everyCbmItem{"s1", "m1", "t1", "l1"};

Quiz scoringQuiz()
{
    LoadResult result = loadQuiz(quizText, QStringLiteral("scoring.yaml"));
    if (!result.quiz)
        qFatal("scoring quiz: %s", qPrintable(result.problems.first().toString()));
    return *result.quiz;
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void itemPoints_data()
    {
        QTest::addColumn<Item>("item");
        QTest::addColumn<Answer>("answer");
        QTest::addColumn<double>("expected");

        const Item single = choiceItem(ItemType::Single, QStringLiteral("b"), 2);
        QTest::addRow("single right") << single << Answer{QStringLiteral("b")} << 2.0;
        QTest::addRow("single wrong") << single << Answer{QStringLiteral("a")} << 0.0;
        QTest::addRow("single unknown option") << single << Answer{QStringLiteral("z")} << 0.0;
        QTest::addRow("single unanswered") << single << Answer{} << 0.0;
        QTest::addRow("single given a list") << single << choices(QStringLiteral("b")) << 0.0;

        // max(0, (correct chosen - incorrect chosen) / correct options) x points
        const Item multiple = choiceItem(ItemType::Multiple, QStringLiteral("abc"), 3, 5);
        QTest::addRow("multiple all right") << multiple << choices(QStringLiteral("abc")) << 3.0;
        QTest::addRow("multiple two of three") << multiple << choices(QStringLiteral("ab")) << 2.0;
        QTest::addRow("multiple one of three") << multiple << choices(QStringLiteral("c")) << 1.0;
        QTest::addRow("multiple all right + one wrong")
            << multiple << choices(QStringLiteral("abcd")) << 2.0;
        QTest::addRow("multiple one right + one wrong")
            << multiple << choices(QStringLiteral("ad")) << 0.0;
        QTest::addRow("multiple one right + two wrong")
            << multiple << choices(QStringLiteral("ade")) << 0.0;
        QTest::addRow("multiple everything") << multiple << choices(QStringLiteral("abcde")) << 1.0;
        QTest::addRow("multiple nothing chosen") << multiple << choices(QString()) << 0.0;
        QTest::addRow("multiple given a string") << multiple << Answer{QStringLiteral("a")} << 0.0;
        const Item pair = choiceItem(ItemType::Multiple, QStringLiteral("ab"), 1, 3);
        QTest::addRow("multiple half") << pair << choices(QStringLiteral("a")) << 0.5;

        Item trueFalse = choiceItem(ItemType::TrueFalse, QString(), 1, 0);
        trueFalse.answer = false;
        QTest::addRow("truefalse right") << trueFalse << Answer{false} << 1.0;
        QTest::addRow("truefalse wrong") << trueFalse << Answer{true} << 0.0;
        QTest::addRow("truefalse given a number") << trueFalse << Answer{0} << 0.0;

        Item likert = choiceItem(ItemType::Likert, QString(), 0, 0);
        QTest::addRow("likert scores nothing") << likert << Answer{5} << 0.0;
    }

    void itemPoints()
    {
        QFETCH(Item, item);
        QFETCH(Answer, answer);
        QFETCH(double, expected);
        QCOMPARE(hitready::itemPoints(item, answer), expected);
    }

    void report_data()
    {
        QTest::addColumn<Responses>("responses");
        QTest::addColumn<double>("detail");
        QTest::addColumn<double>("ethics");
        QTest::addColumn<double>("overall");
        QTest::addColumn<QString>("detailLevel");
        QTest::addColumn<QString>("overallLevel");

        QTest::addRow("nothing answered") << Responses{} << 0.0 << 0.0 << 0.0 << "Low"
                                          << "Not yet";
        QTest::addRow("all right") << Responses{{"s1", {QStringLiteral("a")}},
                                                {"m1", choices(QStringLiteral("abc"))},
                                                {"t1", {false}},
                                                {"t2", {true}}}
                                   << 100.0 << 100.0 << 100.0 << "High"
                                   << "Ready";
        // detail: (1 + 2) / 4 = 75%; ethics 1/2 = 50%; overall (3 x 75 + 1 x 50) / 4 = 68.75%
        QTest::addRow("weighted") << Responses{{"s1", {QStringLiteral("a")}},
                                               {"m1", choices(QStringLiteral("ab"))},
                                               {"t1", {false}}}
                                  << 75.0 << 50.0 << 68.75 << "High"
                                  << "Not yet";
        // detail: (0 + 1) / 4 = 25%; ethics 100%; overall (75 + 100) / 4 = 43.75%
        QTest::addRow("partial with a wrong choice")
            << Responses{{"s1", {QStringLiteral("b")}},
                         {"m1", choices(QStringLiteral("abd"))},
                         {"t1", {false}},
                         {"t2", {true}}}
            << 25.0 << 100.0 << 43.75 << "Low"
            << "Not yet";
        // boundary: a level's min is inclusive (detail 50% -> Mid)
        QTest::addRow("level boundary")
            << Responses{{"m1", choices(QStringLiteral("ab"))}} << 50.0 << 0.0 << 37.5 << "Mid"
            << "Not yet";
    }

    void report()
    {
        QFETCH(Responses, responses);
        QFETCH(double, detail);
        QFETCH(double, ethics);
        QFETCH(double, overall);
        QFETCH(QString, detailLevel);
        QFETCH(QString, overallLevel);

        const Quiz quiz = scoringQuiz();
        const Report r = score(quiz, responses);
        QCOMPARE(r.domains.size(), 3);
        QCOMPARE(*r.domain(QStringLiteral("detail"))->percent, detail);
        QCOMPARE(*r.domain(QStringLiteral("ethics"))->percent, ethics);
        QCOMPARE(r.domain(QStringLiteral("detail"))->max, 4.0);
        QCOMPARE(*r.overallPercent, overall);
        QCOMPARE(quiz.text(*r.domain(QStringLiteral("detail"))->level), detailLevel);
        QVERIFY(!r.domain(QStringLiteral("ethics"))->level); // no bands
        QCOMPARE(quiz.text(*r.overallLevel), overallLevel);
        QCOMPARE(r.items.size(), 4); // likert items are not scored

        AnswerList inItemOrder;
        for (const Item &item : quiz.items)
            inItemOrder.append(responses.value(item.id));
        QCOMPARE(score(quiz, inItemOrder), r); // the bulk path is the same scorer
    }

    void domainWithoutScoredItems()
    {
        const Quiz quiz = scoringQuiz();
        const Report r = score(quiz, {{"l1", {2}}, {"l2", {5}}, {"l3", {4}}});
        const DomainResult *self = r.domain(QStringLiteral("self"));
        QCOMPARE(self->scoredItems, 0);
        QVERIFY(!self->percent);
        QVERIFY(!self->level);
        QCOMPARE(*self->selfRating, 3.5);
        QCOMPARE(self->selfRatingCount, 2);
        QCOMPARE(*r.domain(QStringLiteral("ethics"))->selfRating, 4.0);
        QVERIFY(!r.domain(QStringLiteral("detail"))->selfRating);
        QCOMPARE(*r.overallPercent, 0.0); // the self-only domain takes no part
    }

    void noScoredItemsAtAll()
    {
        Quiz quiz = scoringQuiz();
        quiz.items.removeIf([](const Item &i) { return i.isScored(); });
        const Report r = score(quiz, Responses{});
        QVERIFY(!r.overallPercent);
        QVERIFY(!r.overallLevel);
    }

    void cbmMark_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<int>("confidence"); // 0: none given
        QTest::addColumn<double>("expected");
        QTest::addRow("right, low") << 1.0 << 1 << 1.0;
        QTest::addRow("right, medium") << 1.0 << 2 << 2.0;
        QTest::addRow("right, high") << 1.0 << 3 << 3.0;
        QTest::addRow("right, none counts as low") << 1.0 << 0 << 1.0;
        QTest::addRow("wrong, low") << 0.0 << 1 << 0.0;
        QTest::addRow("wrong, medium") << 0.0 << 2 << -2.0;
        QTest::addRow("wrong, high") << 0.0 << 3 << -6.0;
        QTest::addRow("wrong, none counts as low") << 0.0 << 0 << 0.0;
        QTest::addRow("half, high: 3 x 0.5") << 0.5 << 3 << 1.5;
        QTest::addRow("half, medium: 2 x 0.5") << 0.5 << 2 << 1.0;
        QTest::addRow("at 5e-8: still wrong") << 5e-8 << 3 << -6.0;
        QTest::addRow("above 5e-8: right x f") << 1e-7 << 3 << 3e-7;
        QTest::addRow("invalid level counts as low") << 0.0 << 7 << 0.0;
    }

    void cbmMark()
    {
        QFETCH(double, fraction);
        QFETCH(int, confidence);
        QFETCH(double, expected);
        QCOMPARE(hitready::cbmMark(fraction, confidence ? std::optional(confidence) : std::nullopt),
                 expected);
    }

    void cbmReport_data()
    {
        QTest::addColumn<Responses>("responses");
        QTest::addColumn<Confidences>("confidences");
        QTest::addColumn<double>("overall");
        QTest::addColumn<double>("domainD");
        QTest::addColumn<double>("domainE");
        QTest::addColumn<Calibration>("low");
        QTest::addColumn<Calibration>("medium");
        QTest::addColumn<Calibration>("high");

        const Responses allRight{
            {"s1", {QStringLiteral("a")}}, {"m1", choices(QStringLiteral("ab"))}, {"t1", {true}}};
        // marks 3, 3, 3 on 1 + 2 + 3 points: (3 + 6 + 9) / 6 = 3; d (3 + 6) / 3 = 3; e 9 / 3 = 3
        QTest::addRow("all right, high")
            << allRight << Confidences{{"s1", 3}, {"m1", 3}, {"t1", 3}} << 3.0 << 3.0 << 3.0
            << Calibration{} << Calibration{} << Calibration{3, 3};
        // s1 wrong at high: -6 x 1; m1 half right (f 0.5) at medium: 2 x 0.5 x 2 points = 2;
        // t1 right without confidence (low): 1 x 3 = 3. Overall (-6 + 2 + 3) / 6 = -1/6;
        // d (-6 + 2) / 3 = -4/3; e 3 / 3 = 1. f 0.5 is not "right" (right means f > 0.5).
        QTest::addRow("mixed") << Responses{{"s1", {QStringLiteral("b")}},
                                            {"m1", choices(QStringLiteral("a"))},
                                            {"t1", {true}}}
                               << Confidences{{"s1", 3}, {"m1", 2}} << -1.0 / 6 << -4.0 / 3 << 1.0
                               << Calibration{1, 1} << Calibration{1, 0} << Calibration{1, 0};
        // t1 wrong at medium: -2 x 3 = -6; unanswered s1, m1 mark 0 but keep their points:
        // overall -6 / 6 = -1; d 0 / 3 = 0; e -6 / 3 = -2
        QTest::addRow("unanswered mark 0")
            << Responses{{"t1", {false}}} << Confidences{{"t1", 2}} << -1.0 << 0.0 << -2.0
            << Calibration{} << Calibration{1, 0} << Calibration{};
        // a confidence without an answer counts for nothing; t1 right at low: 3 / 6 = 0.5
        QTest::addRow("confidence without an answer")
            << Responses{{"t1", {true}}} << Confidences{{"s1", 3}, {"t1", 1}} << 0.5 << 0.0 << 1.0
            << Calibration{1, 1} << Calibration{} << Calibration{};
        // m1 a, b right and c wrong: (2 - 1) / 2 = 0.5 -> f 0.5 at high: 3 x 0.5 x 2 = 3;
        // s1 right at high 3; overall (3 + 3) / 6 = 1; d 6 / 3 = 2; e 0
        QTest::addRow("partial credit at high")
            << Responses{{"s1", {QStringLiteral("a")}}, {"m1", choices(QStringLiteral("abc"))}}
            << Confidences{{"s1", 3}, {"m1", 3}} << 1.0 << 2.0 << 0.0 << Calibration{}
            << Calibration{} << Calibration{2, 1};
        // the likert item's rating takes no part; nothing scored answered: all 0
        QTest::addRow("only a self-rating")
            << Responses{{"l1", {4}}} << Confidences{} << 0.0 << 0.0 << 0.0 << Calibration{}
            << Calibration{} << Calibration{};
    }

    void cbmReport()
    {
        QFETCH(Responses, responses);
        QFETCH(Confidences, confidences);
        QFETCH(double, overall);
        QFETCH(double, domainD);
        QFETCH(double, domainE);
        QFETCH(Calibration, low);
        QFETCH(Calibration, medium);
        QFETCH(Calibration, high);

        const Quiz quiz = cbmQuiz();
        const Report r = score(quiz, responses, everyCbmItem, confidences);
        QCOMPARE(*r.cbmAverage, overall);
        QCOMPARE(*r.domain(QStringLiteral("d"))->cbmAverage, domainD);
        QCOMPARE(*r.domain(QStringLiteral("e"))->cbmAverage, domainE);
        QCOMPARE(r.calibration, (CalibrationByLevel{low, medium, high}));
        CalibrationByLevel summed{};
        for (const DomainResult &d : r.domains)
            for (size_t level = 0; level < 3; ++level) {
                summed[level].answered += d.calibration[level].answered;
                summed[level].right += d.calibration[level].right;
            }
        QCOMPARE(summed, r.calibration); // the domains split the overall counts
        for (const ItemScore &item : r.items) {
            const bool given = item.answered && confidences.contains(item.itemId);
            QCOMPARE(item.confidence,
                     given ? std::optional(confidences.value(item.itemId)) : std::nullopt);
        }
        // Percentages are untouched by confidence.
        QCOMPARE(r.overallPercent, score(quiz, responses).overallPercent);
    }

    void cbmOnlyForConfidenceQuizzes()
    {
        Quiz quiz = cbmQuiz();
        quiz.confidence = false;
        const Report r = score(quiz, {{"t1", {false}}}, everyCbmItem, {{"t1", 3}});
        QVERIFY(!r.cbmAverage);
        QVERIFY(!r.domain(QStringLiteral("e"))->cbmAverage);
        QCOMPARE(r.calibration, CalibrationByLevel{});
        for (const ItemScore &item : r.items)
            QVERIFY(!item.confidence);
    }

    // Only the attempt's items count: m1 is not drawn, so neither its points nor its answer.
    void scoresTheAttemptsItemsOnly()
    {
        const Quiz quiz = cbmQuiz();
        const Responses responses{
            {"s1", {QStringLiteral("a")}}, {"m1", choices(QStringLiteral("ab"))}, {"t1", {false}}};
        const Report r = score(quiz, responses, {"l1", "t1", "s1"}, {{"s1", 3}, {"t1", 1}});
        QStringList scored;
        for (const ItemScore &item : r.items)
            scored.append(item.itemId);
        QCOMPARE(scored, (QStringList{"s1", "t1"})); // quiz order
        const DomainResult &d = *r.domain(QStringLiteral("d"));
        QCOMPARE(d.max, 1.0);
        QCOMPARE(d.earned, 1.0);
        QCOMPARE(*d.percent, 100.0);
        QCOMPARE(d.scoredItems, 1);
        // d 100%, e 0% -> overall 50%; CBM (3 x 1 + 0 x 3) / 4 = 0.75
        QCOMPARE(*r.overallPercent, 50.0);
        QCOMPARE(*r.cbmAverage, 0.75);
        // Every item listed: the same as scoring the whole quiz.
        QCOMPARE(score(quiz, responses, everyCbmItem), score(quiz, responses));
    }

    void zeroWeightsGiveNoOverall()
    {
        Quiz quiz = scoringQuiz();
        for (Domain &d : quiz.domains)
            d.weight = 0;
        const Report r = score(quiz, {{"s1", {QStringLiteral("a")}}});
        QVERIFY(!r.overallPercent);
        QCOMPARE(*r.domain(QStringLiteral("detail"))->percent, 25.0);
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
