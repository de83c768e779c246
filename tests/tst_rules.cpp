// The rule analysis behind hitready-cli rules (engine/authoring/ruleanalysis): small quizzes
// with known answers, and the shipped quizzes as the subject reader found them. The
// command's own output: tst_rulescli.

#include "loader.h"
#include "plan.h"
#include "ruleanalysis.h"
#include "rulesquiz.h"

#include <QElapsedTimer>

#include <QTest>
#include <cmath>

using namespace hitready;

namespace {

Quiz quizWith(const QByteArray &recommendations)
{
    const auto loaded = loadQuiz(QByteArray(quizHead) + recommendations, QStringLiteral("r.yaml"));
    if (!loaded) {
        for (const Problem &p : loaded.error().problems)
            qWarning().noquote() << p.toString();
        qFatal("the test quiz does not load");
    }
    return *loaded;
}

Quiz quizFile(const QString &path)
{
    const auto loaded = loadQuizFile(path);
    if (!loaded)
        qFatal("%s does not load", qPrintable(path));
    return *loaded;
}

const RuleFinding *finding(const RuleAnalysis &analysis, const QString &id)
{
    for (const RuleFinding &f : analysis.rules)
        if (f.recommendationId == id)
            return &f;
    return nullptr;
}

// Every profile the analysis shows must be what the engine itself says: the rule holds
// there (or, for a gap, no conditional one does), at that overall percent.
void verifyProfiles(const Quiz &quiz, const RuleAnalysis &analysis)
{
    for (qsizetype r = 0; r < quiz.recommendations.size(); ++r) {
        const RuleFinding &f = analysis.rules[r];
        if (!f.lowest)
            continue;
        const Report report =
            reportFromPercents(quiz, f.lowest->domainPercents, f.lowest->selfRatings);
        QVERIFY2(holds(*quiz.recommendations[r].when, report), qPrintable(f.recommendationId));
        QCOMPARE(report.overallPercent, f.lowest->overallPercent);
    }
    for (const ScoreProfile &gap : analysis.gaps.examples) {
        const Report report = reportFromPercents(quiz, gap.domainPercents, gap.selfRatings);
        for (const PlannedStep &step : recommend(quiz, report))
            QVERIFY2(!step.recommendation->when, qPrintable(step.recommendation->id));
        QCOMPARE(report.overallPercent, gap.overallPercent);
    }
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void smallQuizzes_data();
    void smallQuizzes();
    void gapsAreFoundAndBounded_data();
    void gapsAreFoundAndBounded();
    void hitBeforeReview();
    void pharmacyBeforeReview();
    void stepChangesTheGrid();
    void midpointsOnlyBetweenMaxAndMin();
};

// One recommendation `r` (and whatever else the rows need) per row: whether it can be given,
// its lowest overall percent and band, the warnings it earns.
void TestRules::smallQuizzes_data()
{
    QTest::addColumn<QByteArray>("recommendations");
    QTest::addColumn<bool>("canHold");
    QTest::addColumn<double>("lowest"); // NaN: no lowest profile
    QTest::addColumn<int>("band");
    QTest::addColumn<bool>("certificationAtLowestBand");
    QTest::addColumn<QStringList>("dead"); // paths of conditions that never hold
    QTest::addColumn<bool>("warnings");
    const double none = std::nan("");
    QTest::addRow("no condition") << QByteArray("  - {id: r, kind: training, title: T}\n") << true
                                  << none << -1 << false << QStringList() << false;
    QTest::addRow("contradiction never holds")
        << QByteArray("  - {id: r, kind: course, title: T, when: {all: [{domain: a, min: 80}, "
                      "{domain: a, max: 50}]}}\n")
        << false << none << -1 << false << QStringList() << true;
    // c (weight 2) at 50 caps the overall at (100 + 100 + 2 x 50) / 4 = 75.
    QTest::addRow("overall out of reach")
        << QByteArray("  - {id: r, kind: course, title: T, when: {all: [{overall: {min: 90}}, "
                      "{domain: c, max: 50}]}}\n")
        << false << none << -1 << false << QStringList() << true;
    QTest::addRow("overall only, on the grid")
        << QByteArray("  - {id: r, kind: training, title: T, when: {overall: {min: 70}}}\n") << true
        << 70.0 << 1 << false << QStringList() << false;
    QTest::addRow("overall only, between grid values")
        << QByteArray("  - {id: r, kind: training, title: T, when: {overall: {min: 73.3}}}\n")
        << true << 73.3 << 1 << false << QStringList() << false;
    QTest::addRow("overall and a domain: lowered to the overall bound")
        << QByteArray("  - {id: r, kind: training, title: T, when: {all: [{overall: {min: 72.4}}, "
                      "{domain: c, min: 93}]}}\n")
        << true << 72.4 << 1 << false << QStringList() << false;
    QTest::addRow("narrow overall band")
        << QByteArray("  - {id: r, kind: training, title: T, when: {overall: {min: 69.991, max: "
                      "69.992}}}\n")
        << true << 69.991 << 1 << false << QStringList() << false;
    // a alone at 70 is 70 / 4 = 17.5 overall: a beginner.
    QTest::addRow("certification on one domain reaches the lowest band")
        << QByteArray("  - {id: r, kind: certification, title: T, when: {domain: a, min: 70}}\n")
        << true << 17.5 << 0 << true << QStringList() << true;
    QTest::addRow("certification on two domains reaches the lowest band")
        << QByteArray("  - {id: r, kind: certification, title: T, when: {all: [{domain: a, min: "
                      "75}, {domain: b, min: 60}]}}\n")
        << true << 33.75 << 0 << true << QStringList() << true;
    QTest::addRow("certification with an overall minimum")
        << QByteArray("  - {id: r, kind: certification, title: T, when: {all: [{overall: {min: "
                      "50}}, {domain: a, min: 70}]}}\n")
        << true << 50.0 << 1 << false << QStringList() << false;
    QTest::addRow("training at the lowest band is no warning")
        << QByteArray("  - {id: r, kind: training, title: T, when: {domain: a, max: 40}}\n") << true
        << 0.0 << 0 << false << QStringList() << false;
    QTest::addRow("self-rating and a domain")
        << QByteArray("  - {id: r, kind: course, title: T, when: {all: [{self_rating: a, min: "
                      "3.5}, {domain: a, max: 40}]}}\n")
        << true << 0.0 << 0 << false << QStringList() << false;
    QTest::addRow("self-rating in a narrow band")
        << QByteArray("  - {id: r, kind: course, title: T, when: {self_rating: a, min: 3.2, max: "
                      "3.4}}\n")
        << true << 0.0 << 0 << false << QStringList() << false;
    QTest::addRow("self-rating of a self-rating-only domain")
        << QByteArray("  - {id: r, kind: course, title: T, when: {self_rating: s, min: 4}}\n")
        << true << 0.0 << 0 << false << QStringList() << false;
    QTest::addRow("self-rating of a domain without likert items")
        << QByteArray("  - {id: r, kind: course, title: T, when: {self_rating: b, min: 2}}\n")
        << false << none << -1 << false << QStringList{"when"} << true;
    QTest::addRow("percent of a domain without scored items, inside any")
        << QByteArray("  - {id: r, kind: course, title: T, when: {any: [{domain: s, min: 10}, "
                      "{overall: {min: 60}}]}}\n")
        << true << 60.0 << 1 << false << QStringList{"when/any/0"} << true;
    QTest::addRow("a bound no one reaches, inside any")
        << QByteArray("  - {id: r, kind: course, title: T, when: {any: [{all: [{domain: a, min: "
                      "20}, {overall: {max: 4}}]}, {domain: b, min: 60}]}}\n")
        << true << 15.0 << 0 << false << QStringList{"when/any/0"} << true;
}

void TestRules::smallQuizzes()
{
    QFETCH(QByteArray, recommendations);
    QFETCH(bool, canHold);
    QFETCH(double, lowest);
    QFETCH(int, band);
    QFETCH(bool, certificationAtLowestBand);
    QFETCH(QStringList, dead);
    QFETCH(bool, warnings);
    const Quiz quiz = quizWith(recommendations);
    const RuleAnalysis analysis = analyseRules(quiz);
    const RuleFinding *r = finding(analysis, QStringLiteral("r"));
    QVERIFY(r);
    QCOMPARE(r->canHold, canHold);
    QCOMPARE(r->lowest.has_value(), !std::isnan(lowest));
    if (r->lowest) {
        QVERIFY2(std::abs(*r->lowest->overallPercent - lowest) < 0.006,
                 qPrintable(QString::number(*r->lowest->overallPercent)));
        QCOMPARE(r->lowest->overallBand, band);
    }
    QCOMPARE(r->certificationAtLowestBand, certificationAtLowestBand);
    QStringList deadPaths;
    for (const DeadCondition &d : r->deadConditions)
        deadPaths.append(d.path);
    QCOMPARE(deadPaths, dead);
    QCOMPARE(analysis.hasWarnings(), warnings);
    verifyProfiles(quiz, analysis);
}

void TestRules::gapsAreFoundAndBounded_data()
{
    QTest::addColumn<QByteArray>("recommendations");
    QTest::addColumn<bool>("gaps");
    QTest::addColumn<double>("above"); // every gap's overall percent is above this ...
    QTest::addColumn<double>("below"); // ... and below this
    QTest::addRow("a middle nobody is told anything")
        << QByteArray("  - {id: low, kind: course, title: T, when: {overall: {max: 40}}}\n"
                      "  - {id: high, kind: training, title: T, when: {overall: {min: 60}}}\n")
        << true << 40.0 << 60.0;
    // 69.99 < overall < 70: no grid value, only the midpoint of the two bounds finds it.
    QTest::addRow("a hundredth between two bounds")
        << QByteArray("  - {id: low, kind: course, title: T, when: {overall: {max: 69.99}}}\n"
                      "  - {id: high, kind: training, title: T, when: {overall: {min: 70}}}\n")
        << true << 69.99 << 70.0;
    // Only a between 49.99 and 50 gets nothing: the midpoint of the two bounds finds it.
    QTest::addRow("a domain between its max and the next min")
        << QByteArray("  - {id: low, kind: course, title: T, when: {domain: a, max: 49.99}}\n"
                      "  - {id: high, kind: training, title: T, when: {domain: a, min: 50}}\n")
        << true << -1.0 << 101.0;
    QTest::addRow("every profile covered")
        << QByteArray("  - {id: low, kind: course, title: T, when: {overall: {max: 70}}}\n"
                      "  - {id: high, kind: training, title: T, when: {overall: {min: 70}}}\n")
        << false << 0.0 << 0.0;
    QTest::addRow("a learner who skipped the self-rating")
        << QByteArray("  - {id: rated, kind: course, title: T, when: {self_rating: a, min: 1}}\n")
        << true << -1.0 << 101.0;
}

void TestRules::gapsAreFoundAndBounded()
{
    QFETCH(QByteArray, recommendations);
    QFETCH(bool, gaps);
    QFETCH(double, above);
    QFETCH(double, below);
    const Quiz quiz = quizWith(recommendations);
    const RuleAnalysis analysis = analyseRules(quiz);
    QCOMPARE(analysis.gaps.uncovered > 0, gaps);
    QCOMPARE(analysis.gaps.examples.isEmpty(), !gaps);
    QVERIFY(!analysis.hasWarnings());
    if (gaps) {
        QVERIFY(*analysis.gaps.overallMin > above);
        QVERIFY(*analysis.gaps.overallMax < below);
        QVERIFY(analysis.gaps.examples.size() >= 2);
        QCOMPARE(analysis.gaps.examples.first().overallPercent, analysis.gaps.overallMin);
        QCOMPARE(analysis.gaps.examples.last().overallPercent, analysis.gaps.overallMax);
    }
    verifyProfiles(quiz, analysis);
}

// Between a max and the next min a learner matches neither bound: tried at the midpoint. Any
// other neighbouring bounds (min 70, min 75; max 20, max 30) need nothing between them.
void TestRules::midpointsOnlyBetweenMaxAndMin()
{
    const Quiz quiz =
        quizWith("  - {id: r, kind: course, title: T, when: {any: [{domain: a, max: 49.99}, "
                 "{domain: a, min: 50}, {domain: a, min: 70}, {domain: a, min: 75}, {domain: b, "
                 "max: 20}, {domain: b, max: 30}, {self_rating: a, max: 3.4}, {self_rating: a, "
                 "min: 3.41}]}}\n");
    const RuleAnalysis analysis = analyseRules(quiz);
    QCOMPARE(analysis.percentValues.value("a"),
             (QList<double>{0,  5,  10, 15, 20, 25, 30, 35, 40, 45, 49.99, (49.99 + 50) / 2,
                            50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100}));
    QCOMPARE(analysis.percentValues.value("b").size(), 21);
    QCOMPARE(analysis.ratingValues.value("a"),
             (QList<double>{1, 2, 3, 3.4, (3.4 + 3.41) / 2, 3.41, 4, 5}));
    QCOMPARE(analysis.ratedDomains, QStringList{"a"});
    QCOMPARE(analysis.profiles, qint64(23) * 21 * 21 * 9); // a x b x c x (8 ratings + none)
}

// The shipped HIT quiz before review: cpc, cca and ods reach a beginner; rhit is given from
// 70 overall, in the Developing band, while Ready starts at 75.
void TestRules::hitBeforeReview()
{
    const Quiz quiz =
        quizFile(QStringLiteral(HITREADY_FIXTURES "/review/hit-readiness-before-review.yaml"));
    QElapsedTimer timer;
    timer.start();
    const RuleAnalysis analysis = analyseRules(quiz);
    qInfo() << "HIT quiz:" << analysis.profiles << "profiles in" << timer.elapsed() << "ms";
    QVERIFY(analysis.hasWarnings());
    QStringList atLowestBand;
    for (const RuleFinding &f : analysis.rules) {
        QVERIFY2(f.canHold, qPrintable(f.recommendationId));
        QVERIFY2(f.deadConditions.isEmpty(), qPrintable(f.recommendationId));
        if (f.certificationAtLowestBand) {
            atLowestBand.append(f.recommendationId);
            QCOMPARE(f.lowest->overallBand, 0);
            QVERIFY(*f.lowest->overallPercent < 50);
        }
    }
    QCOMPARE(atLowestBand, (QStringList{"cca", "cpc", "ods"}));
    // cpc: coding 75 and detail 60, the rest 0: (75 + 60) / 4 = 33.75, "about 34%".
    QCOMPARE(*finding(analysis, "cpc")->lowest->overallPercent, 33.75);
    QCOMPARE(*finding(analysis, "ods")->lowest->overallPercent, 35.0);
    QCOMPARE(*finding(analysis, "cca")->lowest->overallPercent, 17.5);
    const RuleFinding *rhit = finding(analysis, "rhit");
    QCOMPARE(*rhit->lowest->overallPercent, 70.0);
    QCOMPARE(quiz.text(quiz.levels[rhit->lowest->overallBand].label), QStringLiteral("Developing"));
    QVERIFY(rhit->lowest->domainPercents.value("ethics") >= 60);
    QVERIFY(!rhit->certificationAtLowestBand);
    QCOMPARE(*finding(analysis, "cahiim-associate")->lowest->overallPercent, 50.0);
    QCOMPARE(*finding(analysis, "rhia")->lowest->overallPercent, 80.0);
    QVERIFY(!finding(analysis, "explore")->conditional);
    QCOMPARE(analysis.ratedDomains, QStringList{"coding"}); // coding-check's self_rating
    QCOMPARE(analysis.gaps.uncovered, 0);
    verifyProfiles(quiz, analysis);
}

// The pharmacy sampler's certification asks for 75 overall: no beginner, no warnings.
void TestRules::pharmacyBeforeReview()
{
    const Quiz quiz = quizFile(
        QStringLiteral(HITREADY_FIXTURES "/review/pharmacy-tech-sampler-before-review.yaml"));
    const RuleAnalysis analysis = analyseRules(quiz);
    QVERIFY(!analysis.hasWarnings());
    const RuleFinding *certification = finding(analysis, "certification");
    QCOMPARE(*certification->lowest->overallPercent, 75.0);
    QCOMPARE(certification->lowest->overallBand, 1);
    QVERIFY(!certification->certificationAtLowestBand);
    QCOMPARE(analysis.gaps.uncovered, 0);
    verifyProfiles(quiz, analysis);
}

void TestRules::stepChangesTheGrid()
{
    const Quiz quiz =
        quizWith("  - {id: r, kind: training, title: T, when: {domain: a, min: 33}}\n");
    const RuleAnalysis fine = analyseRules(quiz, RuleSpaceOptions{1});
    const RuleAnalysis coarse = analyseRules(quiz, RuleSpaceOptions{25});
    QCOMPARE(fine.percentValues.value("b").size(), 101);
    QCOMPARE(coarse.percentValues.value("b"), (QList<double>{0, 25, 50, 75, 100}));
    // The bound itself is tried whatever the step.
    QCOMPARE(coarse.percentValues.value("a"), (QList<double>{0, 25, 33, 50, 75, 100}));
    QCOMPARE(*coarse.rules.first().lowest->overallPercent, 33.0 / 4);
    QCOMPARE(fine.profiles, qint64(101) * 101 * 101);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
