// The preview's recommendation-rule explorer (app/adapters/ruleexplorer): slider values give
// the overall percent reportFromPercents() gives and the recommendations recommend() gives,
// in the results page's words; a reload keeps the values of the domains still there; both
// models stay consistent under QAbstractItemModelTester throughout.

#include "loader.h"
#include "planmodel.h"
#include "ruleexplorer.h"
#include "words.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace hitready;

using Values = QMap<QString, double>;

namespace {

const QString quizPath = QStringLiteral(HITREADY_FIXTURES "/explorer/rules.yaml");

QByteArray quizBytes()
{
    QFile file(quizPath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Quiz quizFrom(const QByteArray &bytes)
{
    Result<Quiz> quiz = loadQuiz(bytes, QStringLiteral("rules.yaml"));
    if (!quiz)
        qFatal("%s", qPrintable(quiz.errorMessage()));
    return *quiz;
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(role).toString());
    return values;
}

QList<QStringList> reasonsOf(const QAbstractItemModel &model)
{
    QList<QStringList> reasons;
    for (int row = 0; row < model.rowCount(); ++row)
        reasons.append(model.index(row, 0).data(RuleStepModel::ReasonsRole).toStringList());
    return reasons;
}

QVariant domainData(const RuleExplorer &explorer, const QString &domainId, int role)
{
    const RuleDomainModel &domains = *const_cast<RuleExplorer &>(explorer).domains();
    for (int row = 0; row < domains.rowCount(); ++row)
        if (domains.index(row, 0).data(RuleDomainModel::DomainIdRole).toString() == domainId)
            return domains.index(row, 0).data(role);
    return {};
}

} // namespace

class TestRuleExplorer : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_explorer = std::make_unique<RuleExplorer>();
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        m_domainTester =
            std::make_unique<QAbstractItemModelTester>(m_explorer->domains(), Mode::QtTest);
        m_stepTester =
            std::make_unique<QAbstractItemModelTester>(m_explorer->recommendations(), Mode::QtTest);
    }
    void cleanup()
    {
        m_domainTester.reset();
        m_stepTester.reset();
        m_explorer.reset();
    }

    void slidersGiveTheEnginesOverallAndPlan_data()
    {
        QTest::addColumn<Values>("percents");
        QTest::addColumn<Values>("ratings");
        QTest::addColumn<double>("overall"); // coding weighs 1, ethics 3
        QTest::addColumn<QString>("overallText");
        QTest::addColumn<QStringList>("recommendations"); // grouped by kind as on the page

        // Every domain starts at 50% and without a self-rating.
        QTest::newRow("start") << Values{} << Values{} << 50.0 << "50% (Developing)"
                               << QStringList{"explore", "coding-course"};
        QTest::newRow("both ready") << Values{{"coding", 80}, {"ethics", 80}} << Values{} << 80.0
                                    << "80% (Ready)" << QStringList{"explore", "rhit"};
        QTest::newRow("overall short of rhit")
            << Values{{"coding", 100}, {"ethics", 60}} << Values{} << 70.0 << "70% (Developing)"
            << QStringList{"explore"};
        QTest::newRow("rhit at exactly 75")
            << Values{{"coding", 60}, {"ethics", 80}} << Values{} << 75.0 << "75% (Ready)"
            << QStringList{"explore", "rhit"};
        QTest::newRow("rhit and the course")
            << Values{{"coding", 59}, {"ethics", 81}} << Values{} << 75.5 << "76% (Ready)"
            << QStringList{"explore", "rhit", "coding-course"};
        QTest::newRow("low ethics rating")
            << Values{} << Values{{"ethics", 2}} << 50.0 << "50% (Developing)"
            << QStringList{"explore", "shadow", "coding-course"};
        QTest::newRow("interest rating, half step")
            << Values{{"coding", 70}} << Values{{"interest", 4.5}} << 55.0 << "55% (Developing)"
            << QStringList{"explore", "shadow"};
        QTest::newRow("middle ratings")
            << Values{{"coding", 70}} << Values{{"ethics", 3}, {"interest", 3.5}} << 55.0
            << "55% (Developing)" << QStringList{"explore"};
        QTest::newRow("clamped as the engine clamps")
            << Values{{"coding", 150}, {"ethics", -5}} << Values{{"ethics", 0}} << 25.0
            << "25% (Beginning)" << QStringList{"explore", "shadow"};
    }
    void slidersGiveTheEnginesOverallAndPlan()
    {
        QFETCH(Values, percents);
        QFETCH(Values, ratings);
        QFETCH(double, overall);
        QFETCH(QString, overallText);
        QFETCH(QStringList, recommendations);

        QVERIFY(m_explorer->loadFile(quizPath));
        QVERIFY(m_explorer->errorText().isEmpty());
        for (auto it = percents.cbegin(); it != percents.cend(); ++it)
            m_explorer->setPercent(it.key(), it.value());
        for (auto it = ratings.cbegin(); it != ratings.cend(); ++it)
            m_explorer->setSelfRating(it.key(), it.value());

        // What a learner with these numbers gets from the engine itself.
        const Quiz quiz = quizFrom(quizBytes());
        Values clamped, clampedRatings;
        for (const QString &domain : {QStringLiteral("coding"), QStringLiteral("ethics")})
            clamped.insert(domain, std::clamp(percents.value(domain, 50), 0.0, 100.0));
        for (auto it = ratings.cbegin(); it != ratings.cend(); ++it)
            clampedRatings.insert(it.key(), std::clamp(it.value(), 1.0, 5.0));
        const Report report = reportFromPercents(quiz, clamped, clampedRatings);
        QCOMPARE(m_explorer->percents(), clamped);
        QCOMPARE(m_explorer->selfRatings(), clampedRatings);
        QCOMPARE(m_explorer->report(), report);
        QCOMPARE(m_explorer->overallPercent(), report.overallPercent.value());
        QCOMPARE(m_explorer->overallPercent(), overall);
        QCOMPARE(m_explorer->overallText(), overallText);

        const QList<PlanRow> expected = planRows(quiz, recommend(quiz, report));
        const RuleStepModel &steps = *m_explorer->recommendations();
        QStringList expectedIds;
        QList<QStringList> expectedReasons;
        for (const PlanRow &row : expected) {
            expectedIds.append(row.recommendationId);
            expectedReasons.append(row.reasons);
        }
        QCOMPARE(column(steps, RuleStepModel::RecommendationIdRole), expectedIds);
        QCOMPARE(column(steps, RuleStepModel::RecommendationIdRole), recommendations);
        QCOMPARE(reasonsOf(steps), expectedReasons);
        QCOMPARE(steps.count(), int(recommendations.size()));
        QCOMPARE(m_explorer->recommendationTotal(), 4);
    }

    // The reasons are the results page's sentences, with the slider's number in them.
    void reasonsInTheResultsPagesWords()
    {
        QVERIFY(m_explorer->loadFile(quizPath));
        m_explorer->setPercent(QStringLiteral("coding"), 42);
        const Quiz quiz = quizFrom(quizBytes());
        Reason reason{Condition::Kind::DomainPercent, QStringLiteral("coding"), 42, {}, 59.99};
        const RuleStepModel &steps = *m_explorer->recommendations();
        const int course = int(column(steps, RuleStepModel::RecommendationIdRole)
                                   .indexOf(QStringLiteral("coding-course")));
        QVERIFY(course >= 0);
        QCOMPARE(steps.index(course, 0).data(RuleStepModel::ReasonsRole).toStringList(),
                 QStringList{Words().reason(reason, quiz)});
        QVERIFY(steps.index(course, 0)
                    .data(RuleStepModel::ReasonsRole)
                    .toString()
                    .contains(QStringLiteral("42%")));
        QCOMPARE(steps.index(0, 0).data(RuleStepModel::ReasonsRole).toStringList(), QStringList());
        QCOMPARE(m_explorer->everyLearnerText(), Words().givenToEveryLearner());
    }

    void domainRows()
    {
        QSignalSpy reports(m_explorer.get(), &RuleExplorer::reportChanged);
        QVERIFY(m_explorer->loadFile(quizPath));
        QCOMPARE(reports.size(), 1);
        const RuleDomainModel &domains = *m_explorer->domains();
        QCOMPARE(column(domains, RuleDomainModel::DomainIdRole),
                 (QStringList{"coding", "ethics", "interest"}));
        QCOMPARE(column(domains, RuleDomainModel::TitleRole),
                 (QStringList{"Coding", "Ethics and privacy", "Interest"}));
        QCOMPARE(column(domains, RuleDomainModel::HasScoredItemsRole),
                 (QStringList{"true", "true", "false"}));
        QCOMPARE(column(domains, RuleDomainModel::HasLikertItemsRole),
                 (QStringList{"false", "true", "true"}));
        QCOMPARE(column(domains, RuleDomainModel::LevelRole),
                 (QStringList{"Not yet", "", ""})); // only coding has bands of its own

        m_explorer->setPercent(QStringLiteral("ethics"), 74.6);
        m_explorer->setSelfRating(QStringLiteral("ethics"), 3.5);
        const auto ethics = [&](int role) {
            return domainData(*m_explorer, QStringLiteral("ethics"), role);
        };
        QCOMPARE(ethics(RuleDomainModel::PercentRole).toDouble(), 74.6);
        QCOMPARE(ethics(RuleDomainModel::PercentTextRole).toString(), QStringLiteral("75%"));
        m_explorer->setPercent(QStringLiteral("coding"), 60);
        QCOMPARE(domainData(*m_explorer, QStringLiteral("coding"), RuleDomainModel::LevelRole),
                 QVariant(QStringLiteral("Solid")));
        QCOMPARE(ethics(RuleDomainModel::HasSelfRatingRole).toBool(), true);
        QCOMPARE(ethics(RuleDomainModel::SelfRatingRole).toDouble(), 3.5);
        QCOMPARE(ethics(RuleDomainModel::SelfRatingTextRole).toString(),
                 QStringLiteral("3.5 of 5"));
        m_explorer->clearSelfRating(QStringLiteral("ethics"));
        QCOMPARE(ethics(RuleDomainModel::HasSelfRatingRole).toBool(), false);
        QCOMPARE(ethics(RuleDomainModel::SelfRatingRole).toDouble(), 0.0);
        QCOMPARE(ethics(RuleDomainModel::SelfRatingTextRole).toString(),
                 QStringLiteral("not answered"));
        QCOMPARE(reports.size(), 5);

        // Unknown domains and values that are not numbers change nothing.
        m_explorer->setPercent(QStringLiteral("nowhere"), 10);
        m_explorer->setSelfRating(QStringLiteral("nowhere"), 2);
        m_explorer->setPercent(QStringLiteral("coding"), qQNaN());
        m_explorer->setPercent(QStringLiteral("coding"), 60); // unchanged
        QCOMPARE(reports.size(), 5);
        QCOMPARE(m_explorer->percents().value(QStringLiteral("coding")), 60.0);
    }

    // A slider that moves without changing which recommendations hold changes rows in place,
    // so the panel keeps its place and focus.
    void movingChangesRowsInPlace()
    {
        QVERIFY(m_explorer->loadFile(quizPath));
        QSignalSpy stepResets(m_explorer->recommendations(), &QAbstractItemModel::modelReset);
        QSignalSpy stepChanges(m_explorer->recommendations(), &QAbstractItemModel::dataChanged);
        QSignalSpy domainResets(m_explorer->domains(), &QAbstractItemModel::modelReset);
        QSignalSpy domainChanges(m_explorer->domains(), &QAbstractItemModel::dataChanged);
        m_explorer->setPercent(QStringLiteral("coding"), 51); // the course's reason says 51%
        QCOMPARE(stepResets.size(), 0);
        QCOMPARE(stepChanges.size(), 1);
        QCOMPARE(stepChanges.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(domainResets.size(), 0);
        QCOMPARE(domainChanges.size(), 1);
        QCOMPARE(domainChanges.first().at(0).toModelIndex().row(), 0);
        m_explorer->setPercent(QStringLiteral("coding"), 60); // the course no longer holds
        QCOMPARE(stepResets.size(), 1);
        QCOMPARE(m_explorer->recommendations()->count(), 1);
    }

    void reloadKeepsValuesByDomainId()
    {
        QVERIFY(m_explorer->loadFile(quizPath));
        m_explorer->setPercent(QStringLiteral("coding"), 70);
        m_explorer->setPercent(QStringLiteral("ethics"), 90);
        m_explorer->setSelfRating(QStringLiteral("ethics"), 4);
        m_explorer->setSelfRating(QStringLiteral("interest"), 2);

        // The author renames `interest` and adds a scored item to it, and reorders nothing else.
        QByteArray edited = quizBytes();
        edited.replace("id: interest", "id: motivation")
            .replace("domain: interest", "domain: motivation");
        edited.replace("self_rating: interest", "self_rating: motivation");
        edited.replace("  - {id: int-r,",
                       "  - {id: mot-1, domain: motivation, type: truefalse, prompt: P, answer: "
                       "true}\n  - {id: int-r,");
        QSignalSpy quizChanges(m_explorer.get(), &RuleExplorer::quizChanged);
        m_explorer->setQuiz(quizFrom(edited));
        QCOMPARE(quizChanges.size(), 1);
        QCOMPARE(m_explorer->percents(),
                 (Values{{"coding", 70}, {"ethics", 90}, {"motivation", 50}}));
        QCOMPARE(m_explorer->selfRatings(), (Values{{"ethics", 4}}));
        QCOMPARE(m_explorer->overallPercent(), (70 + 3 * 90 + 50) / 5.0);

        // Back to the first file: `interest` is new again; the others keep their values.
        QVERIFY(m_explorer->loadFile(quizPath));
        QCOMPARE(m_explorer->percents(), (Values{{"coding", 70}, {"ethics", 90}}));
        QCOMPARE(m_explorer->selfRatings(), (Values{{"ethics", 4}}));
        QCOMPARE(
            domainData(*m_explorer, QStringLiteral("interest"), RuleDomainModel::HasSelfRatingRole)
                .toBool(),
            false);
        QCOMPARE(column(*m_explorer->recommendations(), RuleStepModel::RecommendationIdRole),
                 (QStringList{"explore", "rhit"}));
    }

    void aFileThatDoesNotLoadKeepsTheLastQuiz()
    {
        QSignalSpy errors(m_explorer.get(), &RuleExplorer::errorTextChanged);
        QVERIFY(!m_explorer->loadFile(QStringLiteral(HITREADY_FIXTURES "/explorer/missing.yaml")));
        QVERIFY(!m_explorer->hasQuiz());
        QVERIFY(m_explorer->errorText().contains(QStringLiteral("missing.yaml")));
        QCOMPARE(m_explorer->overallPercent(), -1.0);
        QCOMPARE(m_explorer->domains()->count(), 0);
        QVERIFY(m_explorer->loadFile(quizPath));
        QVERIFY(m_explorer->errorText().isEmpty());
        QCOMPARE(errors.size(), 2);
        m_explorer->setPercent(QStringLiteral("coding"), 20);
        QVERIFY(!m_explorer->loadFile(QStringLiteral(HITREADY_FIXTURES "/explorer/missing.yaml")));
        QVERIFY(m_explorer->hasQuiz());
        QCOMPARE(m_explorer->quizTitle(), QStringLiteral("Rule explorer test"));
        QCOMPARE(m_explorer->percents().value(QStringLiteral("coding")), 20.0);
        QCOMPARE(m_explorer->domains()->count(), 3);
    }

    void quizTextsInTheShownLanguage()
    {
        QVERIFY(m_explorer->loadFile(quizPath));
        QSignalSpy resets(m_explorer->domains(), &QAbstractItemModel::modelReset);
        m_explorer->setLanguage(QStringLiteral("es"));
        QCOMPARE(resets.size(), 0); // same rows, new words
        QCOMPARE(m_explorer->quizTitle(), QStringLiteral("Prueba del explorador de reglas"));
        QCOMPARE(column(*m_explorer->domains(), RuleDomainModel::TitleRole).first(),
                 QStringLiteral("Codificación"));
        QCOMPARE(m_explorer->overallLevel(), QStringLiteral("En desarrollo"));
        QCOMPARE(column(*m_explorer->recommendations(), RuleStepModel::TitleRole),
                 (QStringList{"Explore la ocupación", "Tome un curso de codificación"}));
        const Quiz quiz = quizFrom(quizBytes());
        QCOMPARE(
            reasonsOf(*m_explorer->recommendations()).at(1),
            planRows(quiz, m_explorer->plan(), Reading{QStringLiteral("es"), {}}).at(1).reasons);
    }

private:
    std::unique_ptr<RuleExplorer> m_explorer;
    std::unique_ptr<QAbstractItemModelTester> m_domainTester;
    std::unique_ptr<QAbstractItemModelTester> m_stepTester;
};

QTEST_GUILESS_MAIN(TestRuleExplorer)
#include "tst_ruleexplorer.moc"
