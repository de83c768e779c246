// The judgments of engine/judgment.h: the verdict rule on points, the verdict on answers of each
// item type, and which types are answered in several steps.

#include "judgment.h"
#include "loader.h"
#include "report.h"

#include <QTest>

using namespace hitready;

Q_DECLARE_METATYPE(hitready::Verdict)
Q_DECLARE_METATYPE(hitready::ItemType)

namespace {

const char *const quizText = R"(hitready: 1
id: judgment
title: Judgment
domains:
  - {id: d, title: D}
items:
  - id: s1
    domain: d
    type: single
    prompt: P
    options: [{id: a, text: A, correct: true}, {id: b, text: B}]
  - id: m1
    domain: d
    type: multiple
    points: 2
    prompt: P
    options: [{id: a, text: A, correct: true}, {id: b, text: B, correct: true}, {id: c, text: C}]
  - id: t1
    domain: d
    type: truefalse
    prompt: P
    answer: true
  - id: o1
    domain: d
    type: ordering
    points: 3
    prompt: P
    steps: [{id: a, text: A}, {id: b, text: B}, {id: c, text: C}, {id: d, text: D}]
  - id: x1
    domain: d
    type: matching
    prompt: P
    left: [{id: l1, text: L1, match: r1}, {id: l2, text: L2, match: r2}, {id: l3, text: L3, match: r3}]
    right: [{id: r1, text: R1}, {id: r2, text: R2}, {id: r3, text: R3}]
  - {id: n1, domain: d, type: numeric, prompt: P, answer: 12.5}
)";

Quiz judgmentQuiz()
{
    Result<Quiz> result = loadQuiz(quizText, QStringLiteral("judgment.yaml"));
    if (!result)
        qFatal("judgment quiz: %s", qPrintable(result.error().message));
    return std::move(*result);
}

} // namespace

class TestJudgment : public QObject
{
    Q_OBJECT

private slots:
    // The rule of record: full points right, anything above nothing partly right.
    void verdictOnPoints_data()
    {
        QTest::addColumn<double>("earned");
        QTest::addColumn<double>("points");
        QTest::addColumn<Verdict>("verdict");
        QTest::addRow("full") << 1.0 << 1.0 << Verdict::Correct;
        QTest::addRow("full of 3") << 3.0 << 3.0 << Verdict::Correct;
        QTest::addRow("thirds summed to full")
            << (1.0 / 3 + 1.0 / 3 + 1.0 / 3) << 1.0 << Verdict::Correct;
        QTest::addRow("just under full by rounding") << 3.0 - 1e-12 << 3.0 << Verdict::Correct;
        QTest::addRow("two thirds") << 2.0 << 3.0 << Verdict::PartlyCorrect;
        QTest::addRow("a half") << 0.5 << 1.0 << Verdict::PartlyCorrect;
        QTest::addRow("a third") << 1.0 / 3 << 1.0 << Verdict::PartlyCorrect;
        QTest::addRow("nothing") << 0.0 << 1.0 << Verdict::NotCorrect;
        QTest::addRow("rounding dust") << 1e-12 << 1.0 << Verdict::NotCorrect;
        QTest::addRow("no points to earn") << 0.0 << 0.0 << Verdict::NotCorrect;
    }
    void verdictOnPoints()
    {
        QFETCH(double, earned);
        QFETCH(double, points);
        QFETCH(Verdict, verdict);
        QCOMPARE(verdictFor(earned, points), verdict);
    }

    void verdictOnAnswers_data()
    {
        QTest::addColumn<QString>("itemId");
        QTest::addColumn<QString>("answer"); // encoded as stored
        QTest::addColumn<Verdict>("verdict");
        QTest::addRow("single right") << "s1"
                                      << "a" << Verdict::Correct;
        QTest::addRow("single wrong") << "s1"
                                      << "b" << Verdict::NotCorrect;
        QTest::addRow("multiple both") << "m1"
                                       << "a,b" << Verdict::Correct;
        QTest::addRow("multiple one of two") << "m1"
                                             << "a" << Verdict::PartlyCorrect;
        QTest::addRow("multiple one right one wrong") << "m1"
                                                      << "a,c" << Verdict::NotCorrect;
        QTest::addRow("truefalse right") << "t1"
                                         << "true" << Verdict::Correct;
        QTest::addRow("truefalse wrong") << "t1"
                                         << "false" << Verdict::NotCorrect;
        QTest::addRow("ordering right") << "o1"
                                        << "a,b,c,d" << Verdict::Correct;
        // 2 of 3 adjacent pairs: more than half, still only partly right
        QTest::addRow("ordering 2 of 3 pairs") << "o1"
                                               << "b,a,c,d" << Verdict::PartlyCorrect;
        QTest::addRow("ordering reversed") << "o1"
                                           << "d,c,b,a" << Verdict::NotCorrect;
        QTest::addRow("matching all") << "x1"
                                      << "l1=r1,l2=r2,l3=r3" << Verdict::Correct;
        QTest::addRow("matching a third") << "x1"
                                          << "l1=r1" << Verdict::PartlyCorrect;
        QTest::addRow("matching none") << "x1"
                                       << "l1=r2" << Verdict::NotCorrect;
        QTest::addRow("numeric right") << "n1"
                                       << "12.5" << Verdict::Correct;
        QTest::addRow("numeric wrong") << "n1"
                                       << "12.6" << Verdict::NotCorrect;
        QTest::addRow("unanswered") << "s1"
                                    << "" << Verdict::NotCorrect;
    }
    void verdictOnAnswers()
    {
        QFETCH(QString, itemId);
        QFETCH(QString, answer);
        QFETCH(Verdict, verdict);
        const Quiz quiz = judgmentQuiz();
        const Item *item = quiz.item(itemId);
        QVERIFY(item);
        bool ok = false;
        const Answer decoded = decodeAnswer(*item, answer, &ok);
        QVERIFY2(ok, qPrintable(answer));
        QCOMPARE(judge(*item, decoded), verdict);
        // The calibration of certainty-based marking counts the same answers as right.
        Quiz confident = quiz;
        confident.confidence = true;
        const Report report = score(confident, {{itemId, decoded}}, {itemId}, {{itemId, 3}});
        QCOMPARE(report.calibration[2].right,
                 decoded.isEmpty() ? 0 : int(verdict == Verdict::Correct));
    }

    void answeredInSteps_data()
    {
        QTest::addColumn<ItemType>("type");
        QTest::addColumn<bool>("inSteps");
        QTest::addRow("single") << ItemType::Single << false;
        QTest::addRow("truefalse") << ItemType::TrueFalse << false;
        QTest::addRow("likert") << ItemType::Likert << false;
        QTest::addRow("multiple") << ItemType::Multiple << true;
        QTest::addRow("ordering") << ItemType::Ordering << true;
        QTest::addRow("matching") << ItemType::Matching << true;
        QTest::addRow("hottext") << ItemType::HotText << true;
        QTest::addRow("numeric") << ItemType::Numeric << true;
        QTest::addRow("text") << ItemType::Text << true;
    }
    void answeredInSteps()
    {
        QFETCH(ItemType, type);
        QFETCH(bool, inSteps);
        QCOMPARE(isAnsweredInSteps(type), inSteps);
    }
};

QTEST_GUILESS_MAIN(TestJudgment)
#include "tst_judgment.moc"
