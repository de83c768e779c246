// Recommendation conditions: bounds are inclusive, missing numbers never match, reasons
// name the numbers that matched.

#include "plan.h"

#include <QTest>

using namespace hitready;

namespace {

Condition overall(std::optional<double> min, std::optional<double> max)
{
    return {Condition::Kind::Overall, {}, min, max, {}};
}

Condition domain(const QString &id, std::optional<double> min, std::optional<double> max)
{
    return {Condition::Kind::DomainPercent, id, min, max, {}};
}

Condition selfRating(const QString &id, std::optional<double> min, std::optional<double> max)
{
    return {Condition::Kind::SelfRating, id, min, max, {}};
}

Condition all(QList<Condition> children)
{
    return {Condition::Kind::All, {}, {}, {}, children};
}

Condition any(QList<Condition> children)
{
    return {Condition::Kind::Any, {}, {}, {}, children};
}

// overall 70; coding 42 with self-rating 4; ethics 60; "empty" has no scored items.
Report sampleReport()
{
    Report r;
    r.overallPercent = 70;
    r.domains.append(DomainResult{QStringLiteral("coding"), 42, 100, 10, 42.0, {}, 4.0, 1, {}, {}});
    r.domains.append(DomainResult{QStringLiteral("ethics"), 6, 10, 10, 60.0, {}, {}, 0, {}, {}});
    r.domains.append(DomainResult{QStringLiteral("empty"), 0, 0, 0, {}, {}, {}, 0, {}, {}});
    return r;
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

    QList<Condition> m_conditions;
    int add(const Condition &c)
    {
        m_conditions.append(c);
        return int(m_conditions.size()) - 1;
    }

private slots:
    // Condition nests QList<Condition>, which QMetaType cannot check for operator==, so
    // rows carry an index into m_conditions.
    void holds_data()
    {
        m_conditions.clear();
        QTest::addColumn<int>("condition");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<int>("reasons");

        QTest::addRow("overall min inclusive") << add(overall(70, {})) << true << 1;
        QTest::addRow("overall min above") << add(overall(70.01, {})) << false << 0;
        QTest::addRow("overall max inclusive") << add(overall({}, 70)) << true << 1;
        QTest::addRow("overall max below") << add(overall({}, 69.99)) << false << 0;
        QTest::addRow("overall range") << add(overall(50, 80)) << true << 1;
        QTest::addRow("domain min") << add(domain(QStringLiteral("ethics"), 60, {})) << true << 1;
        QTest::addRow("domain max")
            << add(domain(QStringLiteral("coding"), {}, 49.99)) << true << 1;
        QTest::addRow("domain fails")
            << add(domain(QStringLiteral("coding"), 50, {})) << false << 0;
        QTest::addRow("domain without scored items")
            << add(domain(QStringLiteral("empty"), {}, 100)) << false << 0;
        QTest::addRow("unknown domain")
            << add(domain(QStringLiteral("nowhere"), 0, {})) << false << 0;
        QTest::addRow("self-rating min")
            << add(selfRating(QStringLiteral("coding"), 4, {})) << true << 1;
        QTest::addRow("self-rating max")
            << add(selfRating(QStringLiteral("coding"), {}, 3)) << false << 0;
        QTest::addRow("self-rating not given")
            << add(selfRating(QStringLiteral("ethics"), 1, {})) << false << 0;
        QTest::addRow("all hold") << add(all({overall(70, {}),
                                              domain(QStringLiteral("ethics"), 60, {})}))
                                  << true << 2;
        QTest::addRow("all, one fails")
            << add(all({overall(70, {}), domain(QStringLiteral("ethics"), 61, {})})) << false << 0;
        QTest::addRow("any, one holds") << add(any({domain(QStringLiteral("coding"), 75, {}),
                                                    domain(QStringLiteral("ethics"), {}, 60)}))
                                        << true << 1;
        QTest::addRow("any, both hold")
            << add(any({overall(0, {}), domain(QStringLiteral("ethics"), {}, 60)})) << true << 2;
        QTest::addRow("any, none holds")
            << add(any({overall(90, {}), domain(QStringLiteral("empty"), 0, {})})) << false << 0;
        QTest::addRow("nested: confident but low")
            << add(all({selfRating(QStringLiteral("coding"), 4, {}),
                        any({domain(QStringLiteral("coding"), {}, 49.99), overall({}, 10)})}))
            << true << 2;
        QTest::addRow("empty all") << add(all({})) << false << 0;
        QTest::addRow("empty any") << add(any({})) << false << 0;
    }

    void holds()
    {
        QFETCH(int, condition);
        QFETCH(bool, expected);
        QFETCH(int, reasons);
        QList<Reason> found;
        QCOMPARE(hitready::holds(m_conditions.at(condition), sampleReport(), &found), expected);
        QCOMPARE(found.size(), reasons);
    }

    void recommendKeepsQuizOrderAndReasons()
    {
        Quiz quiz;
        quiz.domains.append({QStringLiteral("coding"),
                             Text::plain(QStringLiteral("en"), QStringLiteral("Coding")),
                             {},
                             1,
                             {},
                             {}});
        const auto rec = [](const QString &id, std::optional<Condition> when) {
            Recommendation r;
            r.id = id;
            r.when = when;
            return r;
        };
        quiz.recommendations = {
            rec(QStringLiteral("always"), std::nullopt),
            rec(QStringLiteral("cpc"), domain(QStringLiteral("coding"), 75, {})),
            rec(QStringLiteral("basics"), domain(QStringLiteral("coding"), {}, 49.99)),
            rec(QStringLiteral("check"), selfRating(QStringLiteral("coding"), 4, 5))};
        const Plan plan = recommend(quiz, sampleReport());
        QStringList ids;
        for (const PlannedStep &step : plan)
            ids.append(step.recommendation->id);
        QCOMPARE(ids, (QStringList{"always", "basics", "check"}));
        QVERIFY(plan.at(0).reasons.isEmpty());
        QCOMPARE(plan.at(1).reasons.size(), 1);
        QCOMPARE(plan.at(1).reasons.first().value, 42.0);
        // Reasons are data (their words are Words::reason(), tst_words): the condition's kind,
        // domain and bounds, with the learner's number.
        QCOMPARE(plan.at(1).reasons.first(),
                 (Reason{Condition::Kind::DomainPercent, QStringLiteral("coding"), 42, std::nullopt,
                         49.99}));
        QCOMPARE(plan.at(2).reasons.first(),
                 (Reason{Condition::Kind::SelfRating, QStringLiteral("coding"), 4, 4, 5}));
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
