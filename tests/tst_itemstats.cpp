// The statistics math on hand-computed marks matrices: Moodle's item and test figures, the
// edge cases, flags, random guess scores and the learner's confidence band.

#include "covariancemax.h"
#include "itemstats.h"
#include "teststats.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <vector>

using namespace hitready;

namespace {

using Optional = std::optional<double>;
constexpr double tolerance = 1e-9;

MarksMatrix matrixOf(const QList<QList<double>> &rows, const QList<double> &maxMarks)
{
    MarksMatrix m(rows.size(), maxMarks);
    for (qsizetype r = 0; r < rows.size(); ++r)
        for (qsizetype c = 0; c < maxMarks.size(); ++c) {
            if (std::isnan(rows[r][c]))
                m.setAbsent(r, c);
            else
                m.setMark(r, c, rows[r][c]);
        }
    return m;
}

const double absent = std::nan("");

// The reference table: 5 learners, items i1 (max 1), i2 (max 1), i3 (max 2).
//        i1 i2 i3  total  rest1 rest2 rest3
//   L1    1  1  2    4      3     3     2
//   L2    1  1  1    3      2     2     2
//   L3    1  0  2    3      2     3     1
//   L4    0  1  0    1      1     0     1
//   L5    1  0  0    1      0     1     1
MarksMatrix reference()
{
    return matrixOf({{1, 1, 2}, {1, 1, 1}, {1, 0, 2}, {0, 1, 0}, {1, 0, 0}}, {1, 1, 2});
}

bool near(const Optional &actual, const Optional &expected)
{
    if (!actual || !expected)
        return actual.has_value() == expected.has_value();
    return std::abs(*actual - *expected) <= tolerance * std::max(1.0, std::abs(*expected));
}

QString text(const Optional &v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("null");
}

#define COMPARE_FIGURE(actual, expected)                                                           \
    QVERIFY2(near(actual, expected),                                                               \
             qPrintable(                                                                           \
                 QStringLiteral(#actual " = %1, expected %2").arg(text(actual), text(expected))))

ItemStatistics itemWith(Optional facility, Optional discrimination)
{
    ItemStatistics i;
    i.attempts = 10;
    i.facility = facility;
    i.discriminationIndex = discrimination;
    return i;
}

Option option(const QString &id, bool correct)
{
    Option o;
    o.id = id;
    o.correct = correct;
    return o;
}

Item choiceItem(ItemType type, int options, int correct)
{
    Item item;
    item.id = QStringLiteral("q");
    item.type = type;
    for (int o = 0; o < options; ++o)
        item.options.append(option(QString(QChar(u'a' + o)), o < correct));
    return item;
}

} // namespace

class TestItemStats : public QObject
{
    Q_OBJECT

private slots:
    // Per item, worked by hand on the reference table (deviations from the column means).
    void referenceItems_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Optional>("facility");
        QTest::addColumn<Optional>("sd");
        QTest::addColumn<Optional>("discrimination");
        QTest::addColumn<Optional>("efficiency");
        QTest::addColumn<Optional>("effectiveWeight");
        QTest::addColumn<double>("intendedWeight");

        // i1: marks 1,1,1,0,1 (mean .8, d = .2,.2,.2,-.8,.2, sum d^2 = .8, var = .8/4 = .2);
        // rest 3,2,2,1,0 (mean 1.6, d = 1.4,.4,.4,-.6,-1.6, sum d^2 = 5.2, var 1.3);
        // cov = (.28+.08+.08+.48-.32)/4 = .6/4 = .15; DI = 100 x .15 / sqrt(.2 x 1.3)
        // = 29.41742027072760; sorted marks 0,1,1,1,1 with sorted rest 0,1,2,2,3:
        // (-.8)(-1.6)+(.2)(-.6)+(.2)(.4)+(.2)(.4)+(.2)(1.4) = 1.6, covmax .4, DE = 37.5.
        // cov with the total (d = 1.6,.6,.6,-1.4,-1.4): (.32+.12+.12+1.12-.28)/4 = .35.
        // Effective weights: sqrt(.35) / (sqrt(.35) + sqrt(.2) + sqrt(1.25)) x 100.
        QTest::addRow("i1") << 0 << Optional(80) << Optional(44.72135954999579)
                            << Optional(29.41742027072760) << Optional(37.5)
                            << Optional(27.42918851774317) << 25.0;
        // i2: marks 1,1,0,1,0 (mean .6, sum d^2 = 1.2, var .3); rest 3,2,3,0,1 (mean 1.8,
        // sum d^2 = 6.8, var 1.7); cov = (.48+.08-.72-.72+.48)/4 = -.1;
        // DI = -10 / sqrt(.51) = -14.00280084028010; sorted 0,0,1,1,1 / 0,1,2,3,3:
        // 1.08+.48+.08+.48+.48 = 2.6, covmax .65, DE = -10/.65 = -15.38461538461538;
        // cov with the total (.64+.24-.36-.56+.84)/4 = .2.
        QTest::addRow("i2") << 1 << Optional(60) << Optional(54.77225575051661)
                            << Optional(-14.00280084028010) << Optional(-15.38461538461538)
                            << Optional(20.73451756635909) << 25.0;
        // i3 (max 2): marks 2,1,2,0,0 (mean 1, facility 1/2, sum d^2 = 4, var 1, SD 1 = 50%
        // of 2); rest 2,2,1,1,1 (mean 1.4, sum d^2 = 1.2, var .3); cov = (.6+0-.4+.4+.4)/4
        // = .25; DI = 25 / sqrt(.3) = 45.64354645876384; sorted 0,0,1,2,2 / 1,1,1,2,2:
        // .4+.4+0+.6+.6 = 2, covmax .5, DE 50; cov with the total 5/4 = 1.25.
        QTest::addRow("i3") << 2 << Optional(50) << Optional(50) << Optional(45.64354645876384)
                            << Optional(50) << Optional(51.83629391589773) << 50.0;
    }

    void referenceItems()
    {
        QFETCH(int, column);
        QFETCH(Optional, facility);
        QFETCH(Optional, sd);
        QFETCH(Optional, discrimination);
        QFETCH(Optional, efficiency);
        QFETCH(Optional, effectiveWeight);
        QFETCH(double, intendedWeight);
        const ItemStatistics item = itemFigures(reference()).at(column);
        QCOMPARE(item.attempts, 5);
        COMPARE_FIGURE(item.facility, facility);
        COMPARE_FIGURE(item.sd, sd);
        COMPARE_FIGURE(item.discriminationIndex, discrimination);
        COMPARE_FIGURE(item.discriminativeEfficiency, efficiency);
        COMPARE_FIGURE(item.effectiveWeight, effectiveWeight);
        COMPARE_FIGURE(Optional(item.intendedWeight), Optional(intendedWeight));
        QVERIFY(!item.negativeCovariance);
    }

    // The same figures on two threads (columns shared out) and one.
    void threadsGiveTheSameFigures()
    {
        QCOMPARE(itemFigures(reference(), 2), itemFigures(reference(), 1));
        QCOMPARE(itemFigures(reference(), 8), itemFigures(reference(), 1));
    }

    // Per scope, worked by hand.
    void referenceSummaries_data()
    {
        QTest::addColumn<QList<qsizetype>>("columns");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<double>("maxMark");
        QTest::addColumn<Optional>("mean");
        QTest::addColumn<Optional>("median");
        QTest::addColumn<Optional>("sd");
        QTest::addColumn<Optional>("skewness");
        QTest::addColumn<Optional>("kurtosis");
        QTest::addColumn<Optional>("alpha");
        QTest::addColumn<Optional>("errorRatio");
        QTest::addColumn<Optional>("sem");

        // Totals 4,3,3,1,1: mean 2.4, sorted 1,1,3,3,4 -> median 3; d = 1.6,.6,.6,-1.4,-1.4:
        // sum d^2 = 7.2, d^3 = -.96, d^4 = 14.496. SD = sqrt(7.2/4) = sqrt(1.8).
        // m2 = 1.44, m3 = -.192, m4 = 2.8992; k2 = 5 x 1.44 / 4 = 1.8;
        // k3 = 25 x -.192 / (4 x 3) = -.4; skewness = -.4 / 1.8^1.5 = -0.1656346649999839;
        // k4 = 25 x (6 x 2.8992 - 3 x 4 x 1.44^2) / (4 x 3 x 2) = 25 x -7.488 / 24 = -7.8;
        // kurtosis = -7.8 / 1.8^2 = -2.407407407407407. Item variances .2 + .3 + 1 = 1.5:
        // alpha = 100 x 3/2 x (1 - 1.5/1.8) = 25%; error ratio = 100 x sqrt(.75);
        // SEM = sqrt(.75) x sqrt(1.8) = sqrt(1.35).
        QTest::addRow("test") << QList<qsizetype>{0, 1, 2} << qint64(5) << 4.0 << Optional(2.4)
                              << Optional(3) << Optional(1.341640786499874)
                              << Optional(-0.1656346649999839) << Optional(-2.407407407407407)
                              << Optional(25) << Optional(86.60254037844386)
                              << Optional(1.161895003862225);
        // Items i1 and i2: totals 2,2,1,1,1: mean 1.4, median 1; d = .6,.6,-.4,-.4,-.4:
        // sum d^2 = 1.2 (var .3), d^3 = .24, d^4 = .336; k2 = .3, k3 = 25 x .048 / 12 = .1,
        // skewness = .1 / .3^1.5 = 0.6085806194501846; k4 = 25 x (6 x .0672 - 12 x .0576) /
        // 24 = -.3, kurtosis = -.3 / .09 = -3.333333333333333. Item variances .2 + .3 = .5 >
        // .3: alpha = 100 x 2 x (1 - .5/.3) = -133.3333333333333 (negative: reported);
        // error ratio = 100 x sqrt(7/3); SEM = sqrt(7/3) x sqrt(.3) = sqrt(.7).
        QTest::addRow("two items, negative alpha")
            << QList<qsizetype>{0, 1} << qint64(5) << 2.0 << Optional(1.4) << Optional(1)
            << Optional(0.5477225575051661) << Optional(0.6085806194501846)
            << Optional(-3.333333333333333) << Optional(-133.3333333333333)
            << Optional(152.7525231651947) << Optional(0.8366600265340756);
        // One item: alpha needs two (Moodle: p > 1). Marks 2,1,2,0,0: mean 1, median 1,
        // sum d^2 = 4 (SD 1), d^3 = 1+0+1-1-1 = 0 (skewness 0), d^4 = 4: m2 = .8, m4 = .8,
        // k2 = 1, k4 = 25 x (6 x .8 - 12 x .64) / 24 = -3, kurtosis -3.
        QTest::addRow("one item") << QList<qsizetype>{2} << qint64(5) << 2.0 << Optional(1)
                                  << Optional(1) << Optional(1) << Optional(0) << Optional(-3)
                                  << Optional() << Optional() << Optional();
        // No items: nothing to summarize.
        QTest::addRow("no items") << QList<qsizetype>{} << qint64(0) << 0.0 << Optional()
                                  << Optional() << Optional() << Optional() << Optional()
                                  << Optional() << Optional() << Optional();
    }

    void referenceSummaries()
    {
        QFETCH(QList<qsizetype>, columns);
        QFETCH(qint64, count);
        QFETCH(double, maxMark);
        QFETCH(Optional, mean);
        QFETCH(Optional, median);
        QFETCH(Optional, sd);
        QFETCH(Optional, skewness);
        QFETCH(Optional, kurtosis);
        QFETCH(Optional, alpha);
        QFETCH(Optional, errorRatio);
        QFETCH(Optional, sem);
        const ScoreSummary s = scoreSummary(reference(), columns, QStringLiteral("scope"));
        QCOMPARE(s.count, count);
        QCOMPARE(s.items, int(columns.size()));
        QCOMPARE(s.maxMark, maxMark);
        COMPARE_FIGURE(s.mean, mean);
        COMPARE_FIGURE(s.median, median);
        COMPARE_FIGURE(s.sd, sd);
        COMPARE_FIGURE(s.skewness, skewness);
        COMPARE_FIGURE(s.kurtosis, kurtosis);
        COMPARE_FIGURE(s.alpha, alpha);
        COMPARE_FIGURE(s.errorRatio, errorRatio);
        COMPARE_FIGURE(s.sem, sem);
    }

    // Small attempt counts: each figure appears once it is defined (Moodle's thresholds).
    void fewAttempts_data()
    {
        QTest::addColumn<QList<QList<double>>>("rows");
        QTest::addColumn<Optional>("facility");
        QTest::addColumn<Optional>("itemSd");
        QTest::addColumn<Optional>("discrimination");
        QTest::addColumn<Optional>("mean");
        QTest::addColumn<Optional>("median");
        QTest::addColumn<Optional>("sd");
        QTest::addColumn<Optional>("skewness");
        QTest::addColumn<Optional>("kurtosis");
        QTest::addColumn<Optional>("alpha");

        using Rows = QList<QList<double>>;
        // No attempts: nothing is defined.
        QTest::addRow("none") << Rows{} << Optional() << Optional() << Optional() << Optional()
                              << Optional() << Optional() << Optional() << Optional() << Optional();
        // One attempt: a facility and a mean; no spread.
        QTest::addRow("one") << Rows{{1, 0}} << Optional(100) << Optional() << Optional()
                             << Optional(1) << Optional(1) << Optional() << Optional() << Optional()
                             << Optional();
        // Two: SD (n - 1) and discrimination; totals 1 and 2: mean 1.5, median 1.5,
        // SD sqrt(.5); item 1 marks 1,1: SD 0, no discrimination (zero variance).
        QTest::addRow("two") << Rows{{1, 0}, {1, 1}} << Optional(100) << Optional(0) << Optional()
                             << Optional(1.5) << Optional(1.5) << Optional(0.7071067811865476)
                             << Optional() << Optional() << Optional();
        // Three: skewness and alpha, no kurtosis. Totals 2,1,0: mean 1, d = 1,0,-1, SD 1,
        // skewness 0. Item 1 marks 1,1,0 (mean 2/3, var 1/3), item 2 marks 1,0,0 (var 1/3):
        // alpha = 100 x 2 x (1 - (2/3)/1) = 66.66666666666667. Item 1: SD sqrt(1/3) =
        // 57.73502691896258%; rest = item 2: cov = (1/3 x 2/3 + 1/3 x -1/3 + -2/3 x -1/3)/2
        // = (2/9 - 1/9 + 2/9)/2 = 1/6, DI = 100 x (1/6) / (1/3) = 50.
        QTest::addRow("three") << Rows{{1, 1}, {1, 0}, {0, 0}} << Optional(66.66666666666667)
                               << Optional(57.73502691896258) << Optional(50) << Optional(1)
                               << Optional(1) << Optional(1) << Optional(0) << Optional()
                               << Optional(66.66666666666667);
    }

    void fewAttempts()
    {
        QFETCH(QList<QList<double>>, rows);
        QFETCH(Optional, facility);
        QFETCH(Optional, itemSd);
        QFETCH(Optional, discrimination);
        QFETCH(Optional, mean);
        QFETCH(Optional, median);
        QFETCH(Optional, sd);
        QFETCH(Optional, skewness);
        QFETCH(Optional, kurtosis);
        QFETCH(Optional, alpha);
        const MarksMatrix m = matrixOf(rows, {1, 1});
        const QList<ItemStatistics> items = itemFigures(m);
        COMPARE_FIGURE(items[0].facility, facility);
        COMPARE_FIGURE(items[0].sd, itemSd);
        COMPARE_FIGURE(items[0].discriminationIndex, discrimination);
        const ScoreSummary s = scoreSummary(m, {0, 1}, QStringLiteral("test"));
        QCOMPARE(s.count, rows.size());
        COMPARE_FIGURE(s.mean, mean);
        COMPARE_FIGURE(s.median, median);
        COMPARE_FIGURE(s.sd, sd);
        COMPARE_FIGURE(s.skewness, skewness);
        COMPARE_FIGURE(s.kurtosis, kurtosis);
        COMPARE_FIGURE(s.alpha, alpha);
        if (rows.size() < 2) // effective weight needs a covariance
            QVERIFY(!items[0].effectiveWeight && !items[0].negativeCovariance);
    }

    // Everyone earns item 1: SD 0, no discrimination or efficiency, effective weight 0.
    void zeroVarianceItem()
    {
        const MarksMatrix m = matrixOf({{1, 1}, {1, 0}, {1, 1}, {1, 0}}, {1, 1});
        const ItemStatistics item = itemFigures(m).at(0);
        COMPARE_FIGURE(item.facility, Optional(100));
        COMPARE_FIGURE(item.sd, Optional(0));
        QVERIFY(!item.discriminationIndex);
        QVERIFY(!item.discriminativeEfficiency);
        COMPARE_FIGURE(item.effectiveWeight, Optional(0));
        COMPARE_FIGURE(itemFigures(m).at(1).effectiveWeight, Optional(100));
    }

    // Every total the same (1): SD 0 and nothing that divides by it. Item 1 marks 1,0 against
    // rest 0,1: correlation -100%; both covariances with the total are 0, so no effective
    // weight (the sum of their roots is 0) and no negative covariance.
    void zeroVarianceTotal()
    {
        const MarksMatrix m = matrixOf({{1, 0}, {0, 1}, {1, 0}}, {1, 1});
        const ScoreSummary s = scoreSummary(m, {0, 1}, QStringLiteral("test"));
        COMPARE_FIGURE(s.sd, Optional(0));
        QVERIFY(!s.skewness && !s.kurtosis && !s.alpha && !s.errorRatio && !s.sem);
        const ItemStatistics item = itemFigures(m).at(0);
        COMPARE_FIGURE(item.discriminationIndex, Optional(-100));
        QVERIFY(!item.effectiveWeight);
        QVERIFY(!item.negativeCovariance);
        QVERIFY(summaryFlags(s).isEmpty());
    }

    // Item 2 runs against the total: rows (1,0,1), (1,0,1), (0,1,0), (0,1,0) -> totals 2,2,1,1
    // (mean 1.5, d = .5,.5,-.5,-.5); item 2 d = -.5,-.5,.5,.5: covariance with the total
    // -1/3 < 0. Its effective weight is undefined; the others share 100%: items 1 and 3 each
    // covary 1/3 with the total, so each gets sqrt(1/3) / (2 sqrt(1/3)) = 50%.
    void negativeCovariance()
    {
        const MarksMatrix m = matrixOf({{1, 0, 1}, {1, 0, 1}, {0, 1, 0}, {0, 1, 0}}, {1, 1, 1});
        const QList<ItemStatistics> items = itemFigures(m);
        QVERIFY(items[1].negativeCovariance);
        QVERIFY(!items[1].effectiveWeight);
        COMPARE_FIGURE(items[0].effectiveWeight, Optional(50));
        COMPARE_FIGURE(items[2].effectiveWeight, Optional(50));
        COMPARE_FIGURE(items[1].discriminationIndex, Optional(-100));
    }

    // Item 3 is absent for L5 (a version without it): it uses L1-L4 only, and so do the test
    // figures; items 1 and 2 keep all five rows, with L5's rest over what L5 had.
    // i3 over L1-L4: marks 2,1,2,0 (mean 1.25, facility 62.5%). Test over L1-L4: totals
    // 4,3,3,1: mean 2.75, median 3.
    void absentCells()
    {
        MarksMatrix m = reference();
        m.setAbsent(4, 2);
        const QList<ItemStatistics> items = itemFigures(m);
        QCOMPARE(items[0].attempts, 5);
        QCOMPARE(items[2].attempts, 4);
        COMPARE_FIGURE(items[2].facility, Optional(62.5));
        COMPARE_FIGURE(items[0].facility, Optional(80));
        const ScoreSummary s = scoreSummary(m, {0, 1, 2}, QStringLiteral("test"));
        QCOMPARE(s.count, 4);
        COMPARE_FIGURE(s.mean, Optional(2.75));
        COMPARE_FIGURE(s.median, Optional(3));
        // The domain of items 1 and 2 still has all five.
        QCOMPARE(scoreSummary(m, {0, 1}, QStringLiteral("d")).count, 5);
    }

    // Partial marks (a choose-all item) with many distinct values sort the same as few.
    void discriminativeEfficiencyOfManyMarks()
    {
        QList<QList<double>> rows;
        for (int r = 0; r < 60; ++r)
            rows.append({double(r % 40) / 40.0, double((r * 7) % 5), double(r % 3)});
        const MarksMatrix m = matrixOf(rows, {1, 4, 2});
        // Sorted marks paired with sorted rests maximize the covariance: efficiency <= 100,
        // and equals 100 for an item whose rest rises exactly with its marks.
        for (const ItemStatistics &item : itemFigures(m))
            QVERIFY(item.discriminativeEfficiency && *item.discriminativeEfficiency <= 100);
        const MarksMatrix monotone =
            matrixOf({{0, 0}, {0.25, 1}, {0.5, 2}, {0.75, 3}, {1, 4}}, {1, 4});
        COMPARE_FIGURE(itemFigures(monotone).at(0).discriminativeEfficiency, Optional(100));
    }

    // A cell is a byte: marks beyond a column's table of distinct marks are kept exactly.
    void marksBeyondTheTableStayExact()
    {
        constexpr int rows = 600;
        MarksMatrix m(rows, {1, 1});
        double sum = 0;
        for (int r = 0; r < rows; ++r) {
            const double mark = double(r % 300) / 299.0; // 300 distinct marks
            m.setMark(r, 0, mark);
            m.setMark(r, 1, double(r % 2));
            sum += mark;
        }
        m.setMark(5, 1, -0.0); // kept with its sign
        m.setNotDrawn(7, 0);
        for (int r = 0; r < rows; ++r)
            if (r != 7)
                QCOMPARE(m.mark(r, 0), double(r % 300) / 299.0);
        QVERIFY(std::signbit(m.mark(5, 1)));
        QVERIFY(!m.isPresent(7, 0));
        QVERIFY(m.isHeld(7, 0));
        QCOMPARE(m.mark(7, 0), 0.0);
        const QList<ItemStatistics> items = itemFigures(m);
        QCOMPARE(items[0].attempts, rows - 1);
        COMPARE_FIGURE(items[0].facility, Optional(100.0 * (sum - 7.0 / 299.0) / (rows - 1)));
    }

    // Counting rows per (mark, total, maximum) pairs sorted marks and rests exactly as
    // sorting them does, term by term, also when attempts differ in their maximum.
    void sortedPairingCountsAsSortingDoes()
    {
        constexpr int rows = 2000;
        MarksMatrix m(rows, {2});
        std::vector<double> totals(rows), maxima(rows);
        std::vector<double> marks, rests;
        const auto rest = [](double total, double mark, double rowMax) {
            return rowMax > 2 ? 100.0 * (total - mark) / (rowMax - 2) : 0.0;
        };
        for (int r = 0; r < rows; ++r) {
            const double mark = double((r * 7) % 5) / 2.0;
            maxima[size_t(r)] = 10.0 + double(r % 3);
            totals[size_t(r)] = mark + double((r * 13) % 9);
            if (r % 11 == 0) {
                m.setNotDrawn(r, 0);
                continue;
            }
            m.setMark(r, 0, mark);
            marks.push_back(mark);
            rests.push_back(rest(totals[size_t(r)], mark, maxima[size_t(r)]));
        }
        const double meanMark = 1.1, meanRest = 57.3;
        std::sort(marks.begin(), marks.end());
        std::sort(rests.begin(), rests.end());
        double expected = 0;
        for (size_t k = 0; k < marks.size(); ++k)
            expected += (marks[k] - meanMark) * (rests[k] - meanRest);
        const ValueLevels totalLevels = valueLevels(totals), maxLevels = valueLevels(maxima);
        SortedPairing pairing;
        QCOMPARE(
            pairing.sum(m, 0, totalLevels, &maxLevels, rest, meanMark, meanRest, RunSum::PerRank),
            expected);
    }

    void itemFlagsFollowThresholds_data()
    {
        QTest::addColumn<Optional>("facility");
        QTest::addColumn<Optional>("discrimination");
        QTest::addColumn<QStringList>("codes");
        QTest::addRow("ordinary") << Optional(60) << Optional(35) << QStringList{};
        QTest::addRow("facility at 90 is not too easy")
            << Optional(90) << Optional(30) << QStringList{};
        QTest::addRow("too easy") << Optional(90.5) << Optional(30) << QStringList{"too-easy"};
        QTest::addRow("facility at 20 is not too hard")
            << Optional(20) << Optional(30) << QStringList{};
        QTest::addRow("too hard") << Optional(19.9) << Optional(30) << QStringList{"too-hard"};
        QTest::addRow("discrimination at 20 is fine")
            << Optional(50) << Optional(20) << QStringList{};
        QTest::addRow("low discrimination")
            << Optional(50) << Optional(19.9) << QStringList{"low-discrimination"};
        QTest::addRow("zero discrimination is low")
            << Optional(50) << Optional(0) << QStringList{"low-discrimination"};
        QTest::addRow("negative discrimination")
            << Optional(50) << Optional(-3) << QStringList{"negative-discrimination"};
        QTest::addRow("both") << Optional(95) << Optional(-3)
                              << QStringList{"too-easy", "negative-discrimination"};
        QTest::addRow("undefined figures") << Optional() << Optional() << QStringList{};
    }

    void itemFlagsFollowThresholds()
    {
        QFETCH(Optional, facility);
        QFETCH(Optional, discrimination);
        QFETCH(QStringList, codes);
        QStringList found;
        for (const StatisticsFlag &f : itemFlags(itemWith(facility, discrimination))) {
            QVERIFY(!f.reason.isEmpty() && !f.reason.contains(QLatin1Char('\n')));
            found.append(f.code);
        }
        QCOMPARE(found, codes);
    }

    void unchosenOptionsAreFlagged()
    {
        ItemStatistics item = itemWith(60, 30);
        item.optionBased = true;
        item.responses = {{QStringLiteral("a"), 6, 60, true, {}},
                          {QStringLiteral("b"), 0, 0, false, {}},
                          {QStringLiteral("c"), 4, 40, false, {}}};
        const QList<StatisticsFlag> flags = itemFlags(item);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags[0].code, QStringLiteral("unchosen-option"));
        QVERIFY2(flags[0].reason.contains(QStringLiteral("'b'")), qPrintable(flags[0].reason));
        // Answers that are not options, and items nobody attempted, are not flagged.
        item.optionBased = false;
        QVERIFY(itemFlags(item).isEmpty());
        item.optionBased = true;
        item.attempts = 0;
        item.facility.reset();
        item.discriminationIndex.reset();
        QVERIFY(itemFlags(item).isEmpty());
    }

    void summaryFlagsFollowAlpha_data()
    {
        QTest::addColumn<Optional>("alpha");
        QTest::addColumn<QStringList>("codes");
        QTest::addRow("reliable") << Optional(85) << QStringList{};
        QTest::addRow("at 70") << Optional(70) << QStringList{};
        QTest::addRow("low") << Optional(69.9) << QStringList{"low-alpha"};
        QTest::addRow("zero") << Optional(0) << QStringList{"low-alpha"};
        QTest::addRow("negative") << Optional(-12) << QStringList{"negative-alpha"};
        QTest::addRow("undefined") << Optional() << QStringList{};
    }

    void summaryFlagsFollowAlpha()
    {
        QFETCH(Optional, alpha);
        QFETCH(QStringList, codes);
        ScoreSummary s;
        s.scope = QStringLiteral("ethics");
        s.alpha = alpha;
        QStringList found;
        for (const StatisticsFlag &f : summaryFlags(s)) {
            QVERIFY(f.reason.contains(QStringLiteral("ethics")));
            found.append(f.code);
        }
        QCOMPARE(found, codes);
    }

    void randomGuessScores_data()
    {
        QTest::addColumn<Item>("item");
        QTest::addColumn<Optional>("expected");
        QTest::addRow("single of 4") << choiceItem(ItemType::Single, 4, 1) << Optional(0.25);
        QTest::addRow("single of 5") << choiceItem(ItemType::Single, 5, 1) << Optional(0.2);
        Item tf;
        tf.type = ItemType::TrueFalse;
        QTest::addRow("true/false") << tf << Optional(0.5);
        // 2 of 4 keyed, 2 picked at random: both right 1/6 (score 1), one right 4/6 (score
        // (1 - 1)/2 = 0), none 1/6 (0): 1/6.
        QTest::addRow("multiple 2 of 4")
            << choiceItem(ItemType::Multiple, 4, 2) << Optional(1.0 / 6);
        // 3 of 4 keyed, 3 picked: all right 1/4 (1), two right 3/4 ((2 - 1)/3): 1/4 + 1/4.
        QTest::addRow("multiple 3 of 4") << choiceItem(ItemType::Multiple, 4, 3) << Optional(0.5);
        // 1 of 5 keyed, 1 picked: right with 1/5.
        QTest::addRow("multiple 1 of 5") << choiceItem(ItemType::Multiple, 5, 1) << Optional(0.2);
        QTest::addRow("multiple all keyed") << choiceItem(ItemType::Multiple, 3, 3) << Optional(1);
        // Spans are marked like options: 2 of 4 keyed as "multiple 2 of 4".
        Item hot;
        hot.type = ItemType::HotText;
        for (int s = 0; s < 4; ++s)
            hot.spans.append(
                HotSpan{QString(QChar(u'a' + s)), QStringLiteral("span"), 0, s < 2, {}});
        QTest::addRow("hottext 2 of 4") << hot << Optional(1.0 / 6);
        for (const ItemType type :
             {ItemType::Ordering, ItemType::Matching, ItemType::Numeric, ItemType::Text}) {
            Item typed;
            typed.type = type;
            QTest::addRow("%s is not guessed", qPrintable(itemTypeName(type)))
                << typed << Optional(0);
        }
        Item likert;
        likert.type = ItemType::Likert;
        QTest::addRow("likert is not scored") << likert << Optional();
    }

    void randomGuessScores()
    {
        QFETCH(Item, item);
        QFETCH(Optional, expected);
        COMPARE_FIGURE(randomGuessScore(item), expected);
    }

    // Wilson score interval, 95% (z = 1.959964, z^2 = 3.841459), worked by hand:
    // 0 of n: [0, z^2 / (n + z^2)]; n of n: [n / (n + z^2), 1]; 3 of 5: centre
    // (0.6 + z^2 / 10) / (1 + z^2 / 5) = 0.556552, half-width z sqrt(0.6 x 0.4 / 5 + z^2 / 100)
    // / (1 + z^2 / 5) = 0.325827.
    void wilsonIntervals_data()
    {
        QTest::addColumn<double>("proportion");
        QTest::addColumn<double>("n");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addRow("0 of 5") << 0.0 << 5.0 << 0.0 << 3.841459 / 8.841459;
        QTest::addRow("5 of 5") << 1.0 << 5.0 << 5 / 8.841459 << 1.0;
        QTest::addRow("3 of 5") << 0.6 << 5.0 << 0.556552 - 0.325827 << 0.556552 + 0.325827;
        QTest::addRow("1 of 1") << 1.0 << 1.0 << 1 / 4.841459 << 1.0;
        QTest::addRow("no trials: nothing known") << 0.5 << 0.0 << 0.0 << 1.0;
    }
    void wilsonIntervals()
    {
        QFETCH(double, proportion);
        QFETCH(double, n);
        QFETCH(double, low);
        QFETCH(double, high);
        const ProportionInterval interval = wilsonInterval(proportion, n);
        QVERIFY2(std::abs(interval.low - low) < 1e-5, qPrintable(QString::number(interval.low)));
        QVERIFY2(std::abs(interval.high - high) < 1e-5, qPrintable(QString::number(interval.high)));
    }

    void domainBands_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addColumn<int>("items");
        QTest::addColumn<qint64>("attempts");
        QTest::addColumn<Optional>("sem");
        QTest::addColumn<int>("source");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        const int measurement = int(DomainBand::Source::Measurement);
        const int wilson = int(DomainBand::Source::Wilson);
        // SEM 1.5 marks of a domain worth 10: 15 points either side, kept inside 0..100.
        QTest::addRow("SEM with 30 attempts")
            << 60.0 << 10 << qint64(30) << Optional(1.5) << measurement << 45.0 << 75.0;
        QTest::addRow("SEM near 100 percent")
            << 95.0 << 10 << qint64(30) << Optional(1.5) << measurement << 80.0 << 100.0;
        // 29 attempts are too few: the Wilson interval of 0.6 over 10 items.
        QTest::addRow("Wilson below 30 attempts")
            << 60.0 << 10 << qint64(29) << Optional(1.5) << wilson << 31.267376973365824
            << 83.18196702937638;
        QTest::addRow("Wilson without SEM") << 50.0 << 4 << qint64(500) << Optional() << wilson
                                            << 15.003898915214947 << 84.99610108478506;
        // The old band, sqrt(p(1 - p) / n), was 0 here: "About ±0 points".
        QTest::addRow("all right: not zero-width")
            << 100.0 << 8 << qint64(0) << Optional() << wilson << 67.55924351161198 << 100.0;
        QTest::addRow("none right: not zero-width")
            << 0.0 << 5 << qint64(0) << Optional() << wilson << 0.0 << 43.448246478317476;
        QTest::addRow("no scored items")
            << 0.0 << 0 << qint64(0) << Optional() << int(DomainBand::Source::None) << 0.0 << 0.0;
    }

    void domainBands()
    {
        QFETCH(double, percent);
        QFETCH(int, items);
        QFETCH(qint64, attempts);
        QFETCH(Optional, sem);
        QFETCH(int, source);
        QFETCH(double, low);
        QFETCH(double, high);
        ScoreSummary domain;
        domain.maxMark = 10;
        domain.count = attempts;
        domain.sem = sem;
        const DomainBand band = domainBand(percent, items, &domain);
        QCOMPARE(int(band.source), source);
        COMPARE_FIGURE(Optional(band.low), Optional(low));
        COMPARE_FIGURE(Optional(band.high), Optional(high));
        if (source == int(DomainBand::Source::Wilson)) {
            COMPARE_FIGURE(Optional(band.halfWidth), Optional((high - low) / 2));
            QCOMPARE(domainBand(percent, items, nullptr), band);
        }
    }
};

QTEST_GUILESS_MAIN(TestItemStats)
#include "tst_itemstats.moc"
