// Scoring rules of record (DESIGN.md): per item, partial credit, per domain, overall.

#include "loader.h"
#include "report.h"

#include <QTest>

using namespace hitready;

Q_DECLARE_METATYPE(hitready::Item)
Q_DECLARE_METATYPE(hitready::Answer)
Q_DECLARE_METATYPE(hitready::Responses)

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
