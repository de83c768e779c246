// The results, next-steps and history adapters read against the engine's own report of
// attempts taken through the session API in a temporary database.

#include "apptranslations.h"
#include "attemptcontroller.h"
#include "historymodel.h"
#include "planmodel.h"
#include "quizcatalog.h"
#include "reportpdf.h"
#include "resultsmodel.h"
#include "resultsummary.h"
#include "session.h"
#include "snapshot.h"
#include "statistics.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;

namespace {

Text en(const QString &s)
{
    return Text::plain(QStringLiteral("en"), s);
}

Item item(const QString &id, const QString &domain, ItemType type, double points = 1)
{
    Item i;
    i.id = id;
    i.domain = domain;
    i.type = type;
    i.points = points;
    i.prompt = en(QStringLiteral("Prompt of ") + id);
    i.explanation = en(QStringLiteral("Explanation of ") + id);
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

Domain domain(const QString &id, const QString &title)
{
    Domain d;
    d.id = id;
    d.title = en(title);
    d.levels = {{0, en(QStringLiteral("Emerging"))},
                {50, en(QStringLiteral("Developing"))},
                {75, en(QStringLiteral("Ready"))}};
    return d;
}

Condition bound(Condition::Kind kind, const QString &domainId, std::optional<double> min,
                std::optional<double> max)
{
    Condition c;
    c.kind = kind;
    c.domain = domainId;
    c.min = min;
    c.max = max;
    return c;
}

Recommendation recommendation(const QString &id, RecommendationKind kind,
                              std::optional<Condition> when)
{
    Recommendation r;
    r.id = id;
    r.kind = kind;
    r.title = en(QStringLiteral("Title of ") + id);
    r.text = en(QStringLiteral("Text of ") + id);
    r.when = when;
    r.links = {{en(QStringLiteral("Link of ") + id), QStringLiteral("https://example.org/") + id}};
    return r;
}

// Coding: scored items worth 8 points and a self-rating; ethics: one item and a
// self-rating; analysis: a self-rating only (no percent). Recommendations in mixed kinds.
Quiz quiz()
{
    Quiz q;
    q.id = QStringLiteral("mini");
    q.title = en(QStringLiteral("Mini readiness"));
    q.version = QStringLiteral("2026.1");
    q.domains = {domain(QStringLiteral("coding"), QStringLiteral("Medical coding familiarity")),
                 domain(QStringLiteral("ethics"), QStringLiteral("Ethics and privacy")),
                 domain(QStringLiteral("analysis"), QStringLiteral("Analysis"))};
    q.items = {item(QStringLiteral("cod-01"), QStringLiteral("coding"), ItemType::Single),
               item(QStringLiteral("cod-02"), QStringLiteral("coding"), ItemType::Single, 2),
               item(QStringLiteral("cod-03"), QStringLiteral("coding"), ItemType::Multiple),
               item(QStringLiteral("cod-04"), QStringLiteral("coding"), ItemType::TrueFalse, 3),
               item(QStringLiteral("cod-05"), QStringLiteral("coding"), ItemType::Likert),
               item(QStringLiteral("cod-06"), QStringLiteral("coding"), ItemType::Single),
               item(QStringLiteral("eth-01"), QStringLiteral("ethics"), ItemType::Single),
               item(QStringLiteral("eth-02"), QStringLiteral("ethics"), ItemType::Likert),
               item(QStringLiteral("ana-01"), QStringLiteral("analysis"), ItemType::Likert)};
    q.levels = {{0, en(QStringLiteral("Not yet"))}, {70, en(QStringLiteral("Ready"))}};
    using K = Condition::Kind;
    q.recommendations = {
        recommendation(QStringLiteral("c1"), RecommendationKind::Course, std::nullopt),
        recommendation(QStringLiteral("t1"), RecommendationKind::Training,
                       bound(K::DomainPercent, QStringLiteral("coding"), std::nullopt, 60)),
        recommendation(QStringLiteral("r1"), RecommendationKind::Certification,
                       bound(K::Overall, {}, 0, std::nullopt)),
        recommendation(QStringLiteral("e1"), RecommendationKind::Experience,
                       bound(K::SelfRating, QStringLiteral("ethics"), 1, std::nullopt)),
        recommendation(QStringLiteral("t2"), RecommendationKind::Training, std::nullopt),
        recommendation(QStringLiteral("r2"), RecommendationKind::Certification,
                       bound(K::Overall, {}, 99, std::nullopt))};
    return q;
}

// The Spanish of an English text in these tests: "(es) " and the English words.
QString es(const QString &english)
{
    return QStringLiteral("(es) ") + english;
}

void addSpanish(Text &text)
{
    text.byLanguage.insert(QStringLiteral("es"), es(text.byLanguage.value(QStringLiteral("en"))));
}

// quiz() with Spanish beside every text the results show, except four left untranslated: the
// analysis domain's title, cod-04's explanation, t2's text and t1's link title.
Quiz bilingualQuiz()
{
    Quiz q = quiz();
    addSpanish(q.title);
    for (LevelBand &level : q.levels)
        addSpanish(level.label);
    for (Domain &d : q.domains) {
        if (d.id != QLatin1String("analysis"))
            addSpanish(d.title);
        for (LevelBand &level : d.levels)
            addSpanish(level.label);
    }
    for (Item &i : q.items) {
        addSpanish(i.prompt);
        if (i.id != QLatin1String("cod-04"))
            addSpanish(i.explanation);
    }
    for (Recommendation &r : q.recommendations) {
        addSpanish(r.title);
        if (r.id != QLatin1String("t2"))
            addSpanish(r.text);
        for (Link &link : r.links)
            if (r.id != QLatin1String("t1"))
                addSpanish(link.title);
    }
    return q;
}

Answer answer(decltype(Answer::value) value)
{
    return Answer{std::move(value)};
}

// cod-01 wrong, cod-02 right, cod-03 half, cod-04 wrong, cod-06 unanswered: coding 2.5 of 8;
// ethics 1 of 1; every self-rating 4.
Responses firstResponses()
{
    return {{QStringLiteral("cod-01"), answer(QStringLiteral("a"))},
            {QStringLiteral("cod-02"), answer(QStringLiteral("b"))},
            {QStringLiteral("cod-03"), answer(QStringList{QStringLiteral("b")})},
            {QStringLiteral("cod-04"), answer(false)},
            {QStringLiteral("cod-05"), answer(4)},
            {QStringLiteral("eth-01"), answer(QStringLiteral("b"))},
            {QStringLiteral("eth-02"), answer(4)},
            {QStringLiteral("ana-01"), answer(4)}};
}

} // namespace

class TestResultAdapters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(installAppTranslations(QCoreApplication::instance())); }

    // The calibration sentences themselves (Words::calibration) are tst_words's.

    // The band around a domain percent: the domain's SEM once 30 attempts back it, else the
    // Wilson score interval (95%) of the learner's own items, never zero-width at 0% or 100%.
    void uncertaintyBands_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addColumn<int>("items");
        QTest::addColumn<qint64>("attempts"); // 0: no statistics known
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<QString>("says");
        // Wilson, z = 1.96: 2 of 4 -> [15.0%, 85.0%].
        QTest::addRow("Wilson, 4 items") << 50.0 << 4 << qint64(0) << 15.003898915214947
                                         << 84.99610108478506 << "between 15% and 85%";
        QTest::addRow("Wilson, 16 items") << 80.0 << 16 << qint64(0) << 55.6578053717205
                                          << 92.7257337962133 << "between 56% and 93%";
        // 29 attempts are not enough for the SEM.
        QTest::addRow("too few attempts") << 50.0 << 4 << qint64(29) << 15.003898915214947
                                          << 84.99610108478506 << "between 15% and 85%";
        // SEM 1.5 marks of 10 -> 15 points, from 40 attempts.
        QTest::addRow("measurement") << 50.0 << 4 << qint64(40) << 35.0 << 65.0 << "40 attempts";
        // "About ±0 points" before issue 15.
        QTest::addRow("all right, not zero-width")
            << 100.0 << 5 << qint64(0) << 56.55175352168251 << 100.0 << "between 57% and 100%";
        QTest::addRow("none right, not zero-width")
            << 0.0 << 5 << qint64(0) << 0.0 << 43.448246478317476 << "between 0% and 43%";
    }
    void uncertaintyBands()
    {
        QFETCH(double, percent);
        QFETCH(int, items);
        QFETCH(qint64, attempts);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(QString, says);
        QList<DomainRow> rows(1);
        rows[0].domainId = QStringLiteral("coding");
        rows[0].percent = percent;
        rows[0].scoredItems = items;
        ScoreSummary summary;
        summary.scope = QStringLiteral("coding");
        summary.maxMark = 10;
        summary.count = attempts;
        summary.sem = 1.5;
        const QList<ScoreSummary> domains{summary};
        applyBands(rows, attempts > 0 ? &domains : nullptr);
        QVERIFY2(qAbs(rows[0].bandLow - low) < 1e-9, qPrintable(QString::number(rows[0].bandLow)));
        QVERIFY2(qAbs(rows[0].bandHigh - high) < 1e-9,
                 qPrintable(QString::number(rows[0].bandHigh)));
        QVERIFY2(rows[0].band > 0 && qAbs(rows[0].band - (high - low) / 2) < 1e-9,
                 qPrintable(QString::number(rows[0].band)));
        QVERIFY2(rows[0].bandText.contains(says), qPrintable(rows[0].bandText));
    }

    // A level's description (issue 15) is shown under the domain's level, in the reading's
    // languages; a band without one, or a domain without a percent, shows none.
    void levelDescriptionsUnderLevels()
    {
        Quiz quiz;
        quiz.language = QStringLiteral("en");
        const auto text = [](const char *en, const char *es) {
            Text t;
            t.byLanguage = {{QStringLiteral("en"), QString::fromUtf8(en)}};
            if (es)
                t.byLanguage.insert(QStringLiteral("es"), QString::fromUtf8(es));
            return t;
        };
        Domain coding;
        coding.id = QStringLiteral("coding");
        coding.levels = {{0, text("Emerging", "Inicial"),
                          text("A coding course is the usual first step.",
                               "Un curso de codificación es el primer paso habitual.")},
                         {75, text("Ready", "Lista"), {}}};
        Domain privacy = coding;
        privacy.id = QStringLiteral("privacy");
        quiz.domains = {coding, privacy};
        quiz.levels = {{0, text("Not yet", nullptr), text("Start with a course.", nullptr)}};
        Report report;
        DomainResult low{.domainId = QStringLiteral("coding"),
                         .earned = 1,
                         .max = 4,
                         .scoredItems = 4,
                         .percent = 25.0,
                         .level = text("Emerging", "Inicial"),
                         .selfRating = {},
                         .selfRatingCount = 0,
                         .cbmAverage = {},
                         .calibration = {}};
        DomainResult high{.domainId = QStringLiteral("privacy"),
                          .earned = 4,
                          .max = 4,
                          .scoredItems = 4,
                          .percent = 100.0,
                          .level = text("Ready", "Lista"),
                          .selfRating = {},
                          .selfRatingCount = 0,
                          .cbmAverage = {},
                          .calibration = {}};
        report.domains = {low, high};
        report.overallPercent = 62.5;
        const QList<DomainRow> rows =
            domainRows(quiz, report, {QStringLiteral("es"), QStringLiteral("en")});
        QCOMPARE(rows[0].levelDescription,
                 QStringLiteral("Un curso de codificación es el primer paso habitual."));
        QCOMPARE(rows[0].levelDescriptionSecond,
                 QStringLiteral("A coding course is the usual first step."));
        QCOMPARE(rows[1].levelDescription, QString());
        const ShownText overall =
            levelDescription(quiz, quiz.levels, report.overallPercent, {QStringLiteral("es"), {}});
        QCOMPARE(overall.first, QStringLiteral("Start with a course.")); // no Spanish: English
        QCOMPARE(levelDescription(quiz, quiz.levels, std::nullopt, {}).first, QString());
    }

    void init();
    void selfRatingGapSentence_data();
    void selfRatingGapSentence();
    void straightLining_data();
    void straightLining();
    void resultsRowsMatchTheReport();
    void costlyItemsMostPointsLostFirst();
    void resultsOfAMissingAttempt();
    void planGroupedByKind();
    void historyNewestFirstAndTrendOldestFirst();
    void oneResultsScreenReadsTheAttemptOnce_data();
    void oneResultsScreenReadsTheAttemptOnce();
    void resultsInTwoLanguages();
    void resultsFollowALanguageSwitchInPlace();
    void sameNumbersInEveryLanguage_data();
    void sameNumbersInEveryLanguage();
    void planInTwoLanguages();
    void historyInTwoLanguages();
    void catalogInTwoLanguages();

private:
    // Takes `quiz` with `responses` through the session API and submits (unless told not to).
    qint64 take(const Quiz &quiz, const Responses &responses, bool submit = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage> m_storage;
    qint64 m_profile = 0;
};

void TestResultAdapters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_storage = *Storage::open(m_dir->filePath(QStringLiteral("hitready.sqlite")));
    QVERIFY(m_storage);
    m_profile = m_storage->createProfile(QStringLiteral("Ana"))->id;
}

qint64 TestResultAdapters::take(const Quiz &quiz, const Responses &responses, bool submit)
{
    Result<AttemptSession> session =
        AttemptSession::start(*m_storage, quiz, m_profile, QuizMode::Assessment, 1);
    if (!session)
        qFatal("start: %s", qPrintable(session.errorMessage()));
    for (auto it = responses.cbegin(); it != responses.cend(); ++it)
        if (const Status answered = session->answer(it.key(), it.value()); !answered)
            qFatal("answer %s: %s", qPrintable(it.key()), qPrintable(answered.errorMessage()));
    if (submit)
        if (const Result<Report> submitted = session->submit(); !submitted)
            qFatal("submit: %s", qPrintable(submitted.errorMessage()));
    return session->attemptId();
}

void TestResultAdapters::selfRatingGapSentence_data()
{
    QTest::addColumn<double>("rating");
    QTest::addColumn<double>("percent");
    QTest::addColumn<QString>("expected");
    const QString coding = QStringLiteral("You rated yourself %1 in Medical coding familiarity; "
                                          "you scored %2.");
    QTest::addRow("agree exactly") << 4.0 << 75.0 << QString();
    QTest::addRow("agree within a step") << 3.0 << 60.0 << QString();
    QTest::addRow("just under a step") << 4.0 << 50.01 << QString();
    QTest::addRow("one step apart (boundary)")
        << 4.0 << 50.0 << coding.arg(QStringLiteral("4 of 5"), QStringLiteral("50%"));
    QTest::addRow("rated high, scored low")
        << 4.0 << 42.0 << coding.arg(QStringLiteral("4 of 5"), QStringLiteral("42%"));
    QTest::addRow("rated low, scored high")
        << 1.0 << 80.0 << coding.arg(QStringLiteral("1 of 5"), QStringLiteral("80%"));
    QTest::addRow("a mean rating")
        << 3.5 << 20.0 << coding.arg(QStringLiteral("3.5 of 5"), QStringLiteral("20%"));
    QTest::addRow("top rating, full score") << 5.0 << 100.0 << QString();
    QTest::addRow("bottom rating, no score") << 1.0 << 0.0 << QString();
}

void TestResultAdapters::selfRatingGapSentence()
{
    QFETCH(double, rating);
    QFETCH(double, percent);
    QFETCH(QString, expected);
    QCOMPARE(ResultSummary::selfRatingGapSentence(QStringLiteral("Medical coding familiarity"),
                                                  rating, percent),
             expected);
    QCOMPARE(ResultSummary::ratingDisagrees(rating, percent), !expected.isEmpty());
}

void TestResultAdapters::straightLining_data()
{
    QTest::addColumn<QList<int>>("ratings");
    QTest::addColumn<bool>("expected");
    QTest::addRow("none") << QList<int>{} << false;
    QTest::addRow("two alike: too few to tell") << QList<int>{3, 3} << false;
    QTest::addRow("three alike") << QList<int>{3, 3, 3} << true;
    QTest::addRow("one differs") << QList<int>{3, 3, 4} << false;
    QTest::addRow("four fives") << QList<int>{5, 5, 5, 5} << true;
}

void TestResultAdapters::straightLining()
{
    QFETCH(QList<int>, ratings);
    QFETCH(bool, expected);
    QCOMPARE(ResultSummary::isStraightLining(ratings), expected);
    QCOMPARE(ResultSummary::straightLiningSentence(ratings).isEmpty(), !expected);
}

void TestResultAdapters::resultsRowsMatchTheReport()
{
    const Quiz q = quiz();
    const qint64 attemptId = take(q, firstResponses());
    const Report report = score(q, firstResponses());

    AttemptResults results;
    results.setStorage(m_storage.get());
    ResultsModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy changed(&model, &ResultsModel::resultsChanged);
    model.setResults(&results);
    QCOMPARE(changed.count(), 1); // nothing loaded yet
    QVERIFY(!model.isLoaded());
    QVERIFY2(results.load(attemptId), qPrintable(results.errorText()));
    QCOMPARE(changed.count(), 2);

    QVERIFY(model.isLoaded());
    QCOMPARE(model.attemptId(), attemptId);
    QCOMPARE(model.profileName(), QStringLiteral("Ana"));
    QCOMPARE(model.quizTitle(), QStringLiteral("Mini readiness"));
    QCOMPARE(model.quizVersion(), QStringLiteral("2026.1"));
    QVERIFY(model.takenAt().isValid());
    QVERIFY(model.hasOverall());
    QCOMPARE(model.overallPercent(), *report.overallPercent);
    QCOMPARE(model.overallLevel(), QStringLiteral("Not yet"));
    QVERIFY(model.straightLining()); // three self-ratings, all 4
    QVERIFY(model.straightLiningText().contains(QStringLiteral("4 of 5")));
    QVERIFY(!model.disclaimer().isEmpty());

    QCOMPARE(model.rowCount(), report.domains.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const DomainResult &d = report.domains.at(row);
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data(ResultsModel::DomainIdRole).toString(), d.domainId);
        QCOMPARE(index.data(ResultsModel::HasPercentRole).toBool(), d.percent.has_value());
        QCOMPARE(index.data(ResultsModel::PercentRole).toDouble(), d.percent.value_or(-1));
        QCOMPARE(index.data(ResultsModel::LevelRole).toString(),
                 d.level ? q.text(*d.level) : QString());
        QCOMPARE(index.data(ResultsModel::EarnedRole).toDouble(), d.earned);
        QCOMPARE(index.data(ResultsModel::MaxRole).toDouble(), d.max);
        QCOMPARE(index.data(ResultsModel::HasSelfRatingRole).toBool(), d.selfRating.has_value());
        QCOMPARE(index.data(ResultsModel::SelfRatingRole).toDouble(), d.selfRating.value_or(0));
    }
    const auto gap = [&](int row) {
        return model.index(row).data(ResultsModel::SelfRatingGapRole).toString();
    };
    QCOMPARE(model.index(0).data(ResultsModel::PercentRole).toDouble(), 31.25);
    QCOMPARE(model.index(0).data(ResultsModel::LevelRole).toString(), QStringLiteral("Emerging"));
    QCOMPARE(gap(0), QStringLiteral("You rated yourself 4 of 5 in Medical coding familiarity; "
                                    "you scored 31%."));
    // Ethics: 4 of 5 is 75% against 100%, exactly one step apart.
    QCOMPARE(gap(1),
             QStringLiteral("You rated yourself 4 of 5 in Ethics and privacy; you scored 100%."));
    QCOMPARE(gap(2), QString()); // analysis has no percent to disagree with
    QCOMPARE(model.index(2).data(ResultsModel::SelfRatingPercentRole).toDouble(), 75.0);

    // Numbers as people write them (Words), and where each level starts on a domain's bar.
    const auto role = [&](int row, int r) {
        return model.index(row).data(r).toString();
    };
    QCOMPARE(role(0, ResultsModel::PercentTextRole), QStringLiteral("31%"));
    QCOMPARE(role(0, ResultsModel::PointsTextRole), QStringLiteral("2.5 / 8"));
    QCOMPARE(role(1, ResultsModel::PercentTextRole), QStringLiteral("100%"));
    QCOMPARE(role(2, ResultsModel::PercentTextRole), QStringLiteral("no scored items"));
    QCOMPARE(role(2, ResultsModel::PointsTextRole), QString());
    QCOMPARE(model.overallPercentText(), QStringLiteral("66%")); // 65.625: coding and ethics
    const QVariantList marks = model.index(0).data(ResultsModel::LevelMarksRole).toList();
    QCOMPARE(marks.size(), 2); // the lowest level starts at 0: no mark
    QCOMPARE(marks.at(0).toMap().value(QStringLiteral("min")).toDouble(), 50.0);
    QCOMPARE(marks.at(0).toMap().value(QStringLiteral("minText")).toString(),
             QStringLiteral("50%"));
    QCOMPARE(marks.at(0).toMap().value(QStringLiteral("label")).toString(),
             QStringLiteral("Developing"));
    QCOMPARE(marks.at(1).toMap().value(QStringLiteral("label")).toString(),
             QStringLiteral("Ready"));

    model.setResults(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoaded());
    QCOMPARE(model.overallPercent(), -1.0);
}

void TestResultAdapters::costlyItemsMostPointsLostFirst()
{
    AttemptResults results;
    results.setStorage(m_storage.get());
    QVERIFY(results.load(take(quiz(), firstResponses())));
    ResultsModel model;
    QAbstractItemModelTester tester(&model);
    model.setResults(&results);

    // Coding lost 3 (cod-04), 1 (cod-01), 1 (cod-06, unanswered), 0.5 (cod-03): the top three,
    // ties in quiz order.
    const QVariantList costly = model.index(0).data(ResultsModel::CostlyItemsRole).toList();
    QStringList ids;
    QList<double> lost;
    for (const QVariant &v : costly) {
        ids.append(v.toMap().value(QStringLiteral("itemId")).toString());
        lost.append(v.toMap().value(QStringLiteral("pointsLost")).toDouble());
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("cod-04"), QStringLiteral("cod-01"),
                               QStringLiteral("cod-06")}));
    QCOMPARE(lost, (QList<double>{3, 1, 1}));
    const QVariantMap first = costly.first().toMap();
    QCOMPARE(first.value(QStringLiteral("prompt")).toString(), QStringLiteral("Prompt of cod-04"));
    QCOMPARE(first.value(QStringLiteral("explanation")).toString(),
             QStringLiteral("Explanation of cod-04"));
    QCOMPARE(first.value(QStringLiteral("answered")).toBool(), true);
    QCOMPARE(costly.last().toMap().value(QStringLiteral("answered")).toBool(), false);

    // Ethics lost nothing; analysis has no scored items.
    QVERIFY(model.index(1).data(ResultsModel::CostlyItemsRole).toList().isEmpty());
    QVERIFY(model.index(2).data(ResultsModel::CostlyItemsRole).toList().isEmpty());
}

void TestResultAdapters::resultsOfAMissingAttempt()
{
    AttemptResults results;
    ResultsModel model;
    QAbstractItemModelTester tester(&model);
    model.setResults(&results);
    QVERIFY(!results.load(1)); // no storage yet
    QVERIFY(!model.errorText().isEmpty());
    results.setStorage(m_storage.get());
    QVERIFY(!results.load(4242));
    QCOMPARE(model.errorText(), QStringLiteral("These results could not be read: no attempt 4242"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoaded());
    // An attempt still being taken has no results yet.
    QVERIFY(!results.load(take(quiz(), firstResponses(), /*submit=*/false)));
    QVERIFY2(model.errorText().contains(QStringLiteral("not submitted yet")),
             qPrintable(model.errorText()));
}

void TestResultAdapters::planGroupedByKind()
{
    const Quiz q = quiz();
    const qint64 attemptId = take(q, firstResponses());
    AttemptResults results;
    results.setStorage(m_storage.get());
    PlanModel model;
    QAbstractItemModelTester tester(&model);
    model.setResults(&results);
    QVERIFY(model.isEmpty());
    QVERIFY2(results.load(attemptId), qPrintable(results.errorText()));
    QCOMPARE(model.attemptId(), attemptId);

    // Quiz order c1 t1 r1 e1 t2 (r2 not selected) -> training, certification, experience, course.
    QStringList ids, kinds, sections;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        ids.append(index.data(PlanModel::RecommendationIdRole).toString());
        kinds.append(index.data(PlanModel::KindRole).toString());
        sections.append(index.data(PlanModel::SectionRole).toString());
        QCOMPARE(index.data(PlanModel::KindTitleRole).toString(), sections.last());
    }
    QCOMPARE(ids, (QStringList{"t1", "t2", "r1", "e1", "c1"}));
    QCOMPARE(kinds, (QStringList{"training", "training", "certification", "experience", "course"}));
    QCOMPARE(sections.first(), ResultSummary::kindTitle(QStringLiteral("training")));
    QCOMPARE(sections.at(1), sections.at(0)); // one section per kind

    const QModelIndex t1 = model.index(0);
    QCOMPARE(t1.data(PlanModel::TitleRole).toString(), QStringLiteral("Title of t1"));
    QCOMPARE(t1.data(PlanModel::TextRole).toString(), QStringLiteral("Text of t1"));
    QCOMPARE(t1.data(PlanModel::ReasonsRole).toStringList(),
             QStringList{QStringLiteral(
                 "Your score in Medical coding familiarity, 31%, is 60% or less.")}); // Words
    QVERIFY(model.index(1).data(PlanModel::ReasonsRole).toStringList().isEmpty());    // always
    const QVariantList links = t1.data(PlanModel::LinksRole).toList();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().toMap().value(QStringLiteral("title")).toString(),
             QStringLiteral("Link of t1"));
    QCOMPARE(links.first().toMap().value(QStringLiteral("url")).toString(),
             QStringLiteral("https://example.org/t1"));

    QVERIFY(!results.load(4242));
    QVERIFY(model.isEmpty());
    QCOMPARE(model.attemptId(), 0);
    QCOMPARE(model.errorText(),
             QStringLiteral("The next steps could not be read: no attempt 4242"));
}

void TestResultAdapters::historyNewestFirstAndTrendOldestFirst()
{
    const Quiz q = quiz();
    // Coding improves: 2.5 of 8, then 3.5 (cod-04 right, cod-02 wrong), then 8 of 8.
    Responses second = firstResponses();
    second[QStringLiteral("cod-04")] = answer(true);
    second[QStringLiteral("cod-02")] = answer(QStringLiteral("a"));
    Responses third = firstResponses();
    third[QStringLiteral("cod-01")] = answer(QStringLiteral("b"));
    third[QStringLiteral("cod-03")] = answer(QStringList{QStringLiteral("b"), QStringLiteral("c")});
    third[QStringLiteral("cod-04")] = answer(true);
    third[QStringLiteral("cod-06")] = answer(QStringLiteral("b"));
    const QList<qint64> ids{take(q, firstResponses()), take(q, second), take(q, third)};
    take(q, third, /*submit=*/false); // unfinished: not history

    HistoryModel model;
    QAbstractItemModelTester tester(&model);
    QSignalSpy trendChanged(&model, &HistoryModel::trendChanged);
    model.setStorage(m_storage.get());
    QVERIFY2(model.loadProfile(m_profile), qPrintable(model.errorText()));
    QCOMPARE(trendChanged.count(), 1);

    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        const QModelIndex index = model.index(row);
        const qint64 id = ids.at(2 - row);
        QCOMPARE(index.data(HistoryModel::AttemptIdRole).toLongLong(), id);
        QCOMPARE(index.data(HistoryModel::QuizTitleRole).toString(),
                 QStringLiteral("Mini readiness"));
        QVERIFY(index.data(HistoryModel::TakenAtRole).toDateTime().isValid());
        const Report report = *reportForAttempt(*m_storage, id);
        QCOMPARE(index.data(HistoryModel::OverallPercentRole).toDouble(), *report.overallPercent);
        QCOMPARE(index.data(HistoryModel::OverallLevelRole).toString(),
                 q.text(*report.overallLevel));
    }

    QCOMPARE(model.trendQuizId(), QStringLiteral("mini"));
    const QVariantList trend = model.trend();
    QCOMPARE(trend.size(), 3);
    const QVariantMap coding = trend.at(0).toMap();
    QCOMPARE(coding.value(QStringLiteral("domainId")).toString(), QStringLiteral("coding"));
    QCOMPARE(coding.value(QStringLiteral("title")).toString(),
             QStringLiteral("Medical coding familiarity"));
    QCOMPARE(coding.value(QStringLiteral("percents")).toList(),
             (QVariantList{31.25, 43.75, 100.0}));
    QCOMPARE(trend.at(2).toMap().value(QStringLiteral("percents")).toList(),
             (QVariantList{-1.0, -1.0, -1.0})); // analysis: self-ratings only
    QVariantList attemptIds;
    for (const QVariant &a : model.trendAttempts())
        attemptIds.append(a.toMap().value(QStringLiteral("attemptId")));
    QCOMPARE(attemptIds, (QVariantList{ids.at(0), ids.at(1), ids.at(2)}));

    QVERIFY(model.trendFor(QStringLiteral("no-such-quiz")).isEmpty());
    model.setTrendQuizId(QStringLiteral("no-such-quiz"));
    QCOMPARE(trendChanged.count(), 2);
    QVERIFY(model.trend().isEmpty());

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

// One results screen (results, next steps, PDF) reads its attempt once: read back from storage
// it costs one snapshot thaw and one scoring; right after the submit it costs neither, the
// report of the submit being the one shown. (Before: 3 thaws and 3 scorings, plus the submit's.)
void TestResultAdapters::oneResultsScreenReadsTheAttemptOnce_data()
{
    QTest::addColumn<bool>("fromSubmitter"); // the controller that submitted it is passed
    QTest::addColumn<bool>("sameAttempt");   // ... and holds the attempt shown
    QTest::addColumn<int>("thaws");
    QTest::addColumn<int>("scorings");
    QTest::addRow("from history") << false << false << 1 << 1;
    QTest::addRow("just submitted") << true << true << 0 << 0;
    QTest::addRow("the controller holds another attempt") << true << false << 1 << 1;
}

void TestResultAdapters::oneResultsScreenReadsTheAttemptOnce()
{
    QFETCH(bool, fromSubmitter);
    QFETCH(bool, sameAttempt);
    QFETCH(int, thaws);
    QFETCH(int, scorings);

    const qint64 earlier = take(quiz(), firstResponses());
    LearnerDatabase database(m_storage->path());
    QVERIFY2(database.isOpen(), qPrintable(database.errorText()));
    AttemptController controller;
    controller.setDatabase(&database);
    QVERIFY2(
        controller.start(QStringLiteral(HITREADY_FIXTURES "/app/every-item-type.yaml"), m_profile),
        qPrintable(controller.errorText()));
    QVERIFY(controller.chooseByShortcut(1));
    QVERIFY2(controller.submit(), qPrintable(controller.errorText()));
    const qint64 attemptId = sameAttempt ? qint64(controller.attemptId()) : earlier;

    const quint64 thawsBefore = thawQuizCalls();
    const quint64 scoringsBefore = scoreCalls();
    AttemptResults results;
    results.setDatabase(&database);
    ResultsModel resultsModel;
    resultsModel.setResults(&results);
    PlanModel plan;
    plan.setResults(&results);
    ReportPdf pdf;
    pdf.setResults(&results);
    QVERIFY2(results.load(attemptId, fromSubmitter ? &controller : nullptr),
             qPrintable(results.errorText()));
    QCOMPARE(resultsModel.attemptId(), attemptId);
    QCOMPARE(plan.attemptId(), attemptId);
    QVERIFY(pdf.suggestedFileName().contains(QStringLiteral("Ana")));
    QVERIFY2(pdf.save(m_dir->filePath(QStringLiteral("report.pdf"))), qPrintable(pdf.errorText()));
    QCOMPARE(thawQuizCalls() - thawsBefore, quint64(thaws));
    QCOMPARE(scoreCalls() - scoringsBefore, quint64(scorings));

    // What is shown is what the engine makes of the stored attempt.
    Quiz stored;
    const Result<Report> report = reportForAttempt(*m_storage, attemptId, &stored);
    QVERIFY(report);
    QCOMPARE(results.attempt()->report, *report);
    QCOMPARE(resultsModel.overallPercent(), report->overallPercent.value_or(-1));
    QCOMPARE(plan.rowCount(), planRows(stored, recommend(stored, *report)).size());
}

namespace {

// The numbers of a results row, which no language may change.
QVariantList rowNumbers(const QAbstractItemModel &model, int row)
{
    const QModelIndex index = model.index(row, 0);
    QVariantList numbers;
    for (const int role :
         {ResultsModel::PercentRole, ResultsModel::HasPercentRole, ResultsModel::EarnedRole,
          ResultsModel::MaxRole, ResultsModel::SelfRatingRole, ResultsModel::BandRole,
          ResultsModel::BandLowRole, ResultsModel::BandHighRole})
        numbers.append(index.data(role));
    return numbers;
}

QVariantMap costly(const ResultsModel &model, int row, int position)
{
    return model.index(row).data(ResultsModel::CostlyItemsRole).toList().at(position).toMap();
}

// dataChanged emissions for every role (a language change), not the bands' refinement.
int wholeRowChanges(const QSignalSpy &spy)
{
    int count = 0;
    for (const QList<QVariant> &arguments : spy)
        count += arguments.at(2).value<QList<int>>().isEmpty();
    return count;
}

} // namespace

// Side by side: every quiz text in the first language and its second-language companion, ""
// where the quiz has no translation or the second is the language already shown.
void TestResultAdapters::resultsInTwoLanguages()
{
    AttemptResults results;
    results.setStorage(m_storage.get());
    QVERIFY(results.load(take(bilingualQuiz(), firstResponses())));
    ResultsModel model;
    QAbstractItemModelTester tester(&model);
    model.setLanguage(QStringLiteral("en"));
    model.setSecondLanguage(QStringLiteral("es"));
    model.setResults(&results);

    QCOMPARE(model.quizTitle(), QStringLiteral("Mini readiness"));
    QCOMPARE(model.quizTitleSecond(), es(QStringLiteral("Mini readiness")));
    QCOMPARE(model.overallLevel(), QStringLiteral("Not yet"));
    QCOMPARE(model.overallLevelSecond(), es(QStringLiteral("Not yet")));
    const QModelIndex coding = model.index(0);
    QCOMPARE(coding.data(ResultsModel::TitleRole).toString(),
             QStringLiteral("Medical coding familiarity"));
    QCOMPARE(coding.data(ResultsModel::TitleSecondRole).toString(),
             es(QStringLiteral("Medical coding familiarity")));
    QCOMPARE(coding.data(ResultsModel::LevelRole).toString(), QStringLiteral("Emerging"));
    QCOMPARE(coding.data(ResultsModel::LevelSecondRole).toString(), es(QStringLiteral("Emerging")));
    // Analysis has no Spanish title: only English, and no level (no percent).
    QCOMPARE(model.index(2).data(ResultsModel::TitleRole).toString(), QStringLiteral("Analysis"));
    QCOMPARE(model.index(2).data(ResultsModel::TitleSecondRole).toString(), QString());
    QCOMPARE(model.index(2).data(ResultsModel::LevelSecondRole).toString(), QString());

    // cod-04 (3 points lost) has no Spanish explanation; cod-01 has.
    const QVariantMap cod04 = costly(model, 0, 0);
    QCOMPARE(cod04.value(QStringLiteral("itemId")).toString(), QStringLiteral("cod-04"));
    QCOMPARE(cod04.value(QStringLiteral("promptSecond")).toString(),
             es(QStringLiteral("Prompt of cod-04")));
    QCOMPARE(cod04.value(QStringLiteral("explanation")).toString(),
             QStringLiteral("Explanation of cod-04"));
    QCOMPARE(cod04.value(QStringLiteral("explanationSecond")).toString(), QString());
    QCOMPARE(costly(model, 0, 1).value(QStringLiteral("explanationSecond")).toString(),
             es(QStringLiteral("Explanation of cod-01")));

    model.setSecondLanguage({});
    QCOMPARE(model.quizTitleSecond(), QString());
    QCOMPARE(model.index(0).data(ResultsModel::TitleSecondRole).toString(), QString());
    QCOMPARE(costly(model, 0, 1).value(QStringLiteral("promptSecond")).toString(), QString());

    // No Hmong in this quiz: its own language first, and English second would say it twice.
    model.setLanguage(QStringLiteral("hmn"));
    model.setSecondLanguage(QStringLiteral("en"));
    QCOMPARE(model.quizTitle(), QStringLiteral("Mini readiness"));
    QCOMPARE(model.quizTitleSecond(), QString());
    QCOMPARE(model.index(0).data(ResultsModel::TitleSecondRole).toString(), QString());
}

// Switching languages rewrites the rows in place (dataChanged, no reset: the page keeps its
// place), the sentences too, and leaves every number as it was.
void TestResultAdapters::resultsFollowALanguageSwitchInPlace()
{
    AttemptResults results;
    results.setStorage(m_storage.get());
    QVERIFY(results.load(take(bilingualQuiz(), firstResponses())));
    ResultsModel model;
    QAbstractItemModelTester tester(&model);
    model.setLanguage(QStringLiteral("en"));
    model.setResults(&results);
    QList<QVariantList> numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers.append(rowNumbers(model, row));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy rows(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy texts(&model, &ResultsModel::textsChanged);
    QSignalSpy language(&model, &ResultsModel::languageChanged);
    QSignalSpy second(&model, &ResultsModel::secondLanguageChanged);
    model.setLanguage(QStringLiteral("es"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(wholeRowChanges(rows), 1);
    QCOMPARE(rows.constLast().at(0).toModelIndex(), model.index(0));
    QCOMPARE(rows.constLast().at(1).toModelIndex(), model.index(2));
    QCOMPARE(texts.count(), 1);
    QCOMPARE(language.count(), 1);
    QCOMPARE(model.quizTitle(), es(QStringLiteral("Mini readiness")));
    QCOMPARE(model.overallLevel(), es(QStringLiteral("Not yet")));
    QCOMPARE(model.index(0).data(ResultsModel::TitleRole).toString(),
             es(QStringLiteral("Medical coding familiarity")));
    QCOMPARE(model.index(0).data(ResultsModel::LevelRole).toString(),
             es(QStringLiteral("Emerging")));
    QCOMPARE(model.index(2).data(ResultsModel::TitleRole).toString(), QStringLiteral("Analysis"));
    QCOMPARE(costly(model, 0, 0).value(QStringLiteral("prompt")).toString(),
             es(QStringLiteral("Prompt of cod-04")));
    // The sentences name the domain as the learner reads it.
    QVERIFY(model.index(0)
                .data(ResultsModel::SelfRatingGapRole)
                .toString()
                .contains(es(QStringLiteral("Medical coding familiarity"))));

    model.setSecondLanguage(QStringLiteral("en"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(wholeRowChanges(rows), 2);
    QCOMPARE(second.count(), 1);
    QCOMPARE(model.quizTitleSecond(), QStringLiteral("Mini readiness"));
    QCOMPARE(model.index(0).data(ResultsModel::TitleSecondRole).toString(),
             QStringLiteral("Medical coding familiarity"));
    QCOMPARE(model.index(2).data(ResultsModel::TitleSecondRole).toString(), QString());
    QCOMPARE(costly(model, 0, 0).value(QStringLiteral("explanation")).toString(),
             QStringLiteral("Explanation of cod-04")); // no Spanish: English first, once
    QCOMPARE(costly(model, 0, 0).value(QStringLiteral("explanationSecond")).toString(), QString());

    model.setLanguage(QStringLiteral("es")); // unchanged: nothing emitted
    QCOMPARE(language.count(), 1);
    QCOMPARE(wholeRowChanges(rows), 2);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(rowNumbers(model, row), numbers.at(row));
}

void TestResultAdapters::sameNumbersInEveryLanguage_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addRow("the quiz's own") << QString() << QString();
    QTest::addRow("en") << "en" << QString();
    QTest::addRow("es") << "es" << QString();
    QTest::addRow("en + es") << "en"
                             << "es";
    QTest::addRow("es + en") << "es"
                             << "en";
    QTest::addRow("hmn (none of its texts)") << "hmn" << QString();
    QTest::addRow("hmn + es") << "hmn"
                              << "es";
}

void TestResultAdapters::sameNumbersInEveryLanguage()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const Quiz q = bilingualQuiz();
    const Report report = score(q, firstResponses());
    AttemptResults results;
    results.setStorage(m_storage.get());
    QVERIFY(results.load(take(q, firstResponses())));
    ResultsModel model;
    model.setLanguage(first);
    model.setSecondLanguage(second);
    model.setResults(&results);
    PlanModel plan;
    plan.setLanguage(first);
    plan.setSecondLanguage(second);
    plan.setResults(&results);

    QCOMPARE(results.attempt()->report, report);
    QCOMPARE(model.overallPercent(), *report.overallPercent);
    QCOMPARE(model.rowCount(), report.domains.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const DomainResult &d = report.domains.at(row);
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data(ResultsModel::PercentRole).toDouble(), d.percent.value_or(-1));
        QCOMPARE(index.data(ResultsModel::EarnedRole).toDouble(), d.earned);
        QCOMPARE(index.data(ResultsModel::MaxRole).toDouble(), d.max);
        QCOMPARE(index.data(ResultsModel::SelfRatingRole).toDouble(), d.selfRating.value_or(0));
        QCOMPARE(index.data(ResultsModel::CostlyItemsRole).toList().size(),
                 costlyItems(q, report, d.domainId).size());
    }
    QStringList steps;
    for (int row = 0; row < plan.rowCount(); ++row)
        steps.append(plan.index(row).data(PlanModel::RecommendationIdRole).toString());
    QCOMPARE(steps, (QStringList{"t1", "t2", "r1", "e1", "c1"}));
}

void TestResultAdapters::planInTwoLanguages()
{
    AttemptResults results;
    results.setStorage(m_storage.get());
    QVERIFY(results.load(take(bilingualQuiz(), firstResponses())));
    PlanModel model;
    QAbstractItemModelTester tester(&model);
    model.setLanguage(QStringLiteral("en"));
    model.setSecondLanguage(QStringLiteral("es"));
    model.setResults(&results);
    const auto link = [&](int row, const char *key) {
        return model.index(row)
            .data(PlanModel::LinksRole)
            .toList()
            .first()
            .toMap()
            .value(QLatin1String(key))
            .toString();
    };

    const QModelIndex t1 = model.index(0);
    QCOMPARE(t1.data(PlanModel::TitleRole).toString(), QStringLiteral("Title of t1"));
    QCOMPARE(t1.data(PlanModel::TitleSecondRole).toString(), es(QStringLiteral("Title of t1")));
    QCOMPARE(t1.data(PlanModel::TextSecondRole).toString(), es(QStringLiteral("Text of t1")));
    QCOMPARE(link(0, "title"), QStringLiteral("Link of t1"));
    QCOMPARE(link(0, "titleSecond"), QString());                                    // untranslated
    QCOMPARE(model.index(1).data(PlanModel::TextSecondRole).toString(), QString()); // t2
    QCOMPARE(link(2, "titleSecond"), es(QStringLiteral("Link of r1")));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy rows(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(QStringLiteral("es"));
    model.setSecondLanguage({});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(rows.count(), 2);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0).data(PlanModel::RecommendationIdRole).toString(), "t1");
    QCOMPARE(model.index(0).data(PlanModel::TitleRole).toString(),
             es(QStringLiteral("Title of t1")));
    QCOMPARE(model.index(0).data(PlanModel::TitleSecondRole).toString(), QString());
    QCOMPARE(model.index(1).data(PlanModel::TextRole).toString(), QStringLiteral("Text of t2"));
    QCOMPARE(link(0, "title"), QStringLiteral("Link of t1"));
    QCOMPARE(model.index(0).data(PlanModel::ReasonsRole).toStringList().size(), 1);
}

void TestResultAdapters::historyInTwoLanguages()
{
    const Quiz q = bilingualQuiz();
    take(q, firstResponses());
    take(q, firstResponses());
    HistoryModel model;
    QAbstractItemModelTester tester(&model);
    model.setStorage(m_storage.get());
    model.setLanguage(QStringLiteral("en"));
    model.setSecondLanguage(QStringLiteral("es"));
    QVERIFY2(model.loadProfile(m_profile), qPrintable(model.errorText()));
    const QModelIndex newest = model.index(0);
    QCOMPARE(newest.data(HistoryModel::QuizTitleRole).toString(), QStringLiteral("Mini readiness"));
    QCOMPARE(newest.data(HistoryModel::QuizTitleSecondRole).toString(),
             es(QStringLiteral("Mini readiness")));
    QCOMPARE(newest.data(HistoryModel::OverallLevelSecondRole).toString(),
             es(QStringLiteral("Not yet")));
    const auto trendTitle = [&](int domain, const char *key) {
        return model.trend().at(domain).toMap().value(QLatin1String(key)).toString();
    };
    QCOMPARE(trendTitle(0, "titleSecond"), es(QStringLiteral("Medical coding familiarity")));
    QCOMPARE(trendTitle(2, "title"), QStringLiteral("Analysis"));
    QCOMPARE(trendTitle(2, "titleSecond"), QString());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy rows(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy trend(&model, &HistoryModel::trendChanged);
    model.setLanguage(QStringLiteral("es"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(rows.count(), 1);
    QCOMPARE(trend.count(), 1);
    QCOMPARE(model.index(1).data(HistoryModel::QuizTitleRole).toString(),
             es(QStringLiteral("Mini readiness")));
    QCOMPARE(model.index(1).data(HistoryModel::OverallLevelRole).toString(),
             es(QStringLiteral("Not yet")));
    QCOMPARE(model.index(1).data(HistoryModel::QuizTitleSecondRole).toString(), QString());
    QCOMPARE(trendTitle(0, "title"), es(QStringLiteral("Medical coding familiarity")));
}

// The home screen's cards: a quiz file whose texts are in English and Spanish.
void TestResultAdapters::catalogInTwoLanguages()
{
    const QString shipped = m_dir->filePath(QStringLiteral("shipped"));
    QVERIFY(QDir().mkpath(shipped));
    QFile file(shipped + QStringLiteral("/bilingual.yaml"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(hitready: 1
id: bilingual-mini
title: {en: Coding readiness, es: Preparación para la codificación}
description: {en: Two questions., es: Dos preguntas.}
language: en
domains:
  - {id: coding, title: {en: Coding, es: Codificación}}
  - {id: privacy, title: Privacy}
items:
  - id: c1
    domain: coding
    type: truefalse
    prompt: {en: ICD-10-CM codes diagnoses., es: ICD-10-CM codifica diagnósticos.}
    answer: true
  - id: p1
    domain: privacy
    type: truefalse
    prompt: HIPAA protects health information.
    answer: true
)");
    file.close();
    qputenv("HITREADY_USER_QUIZ_DIR", m_dir->filePath(QStringLiteral("mine")).toUtf8());
    QuizCatalog catalog;
    QAbstractItemModelTester tester(&catalog);
    catalog.setLanguage(QStringLiteral("en"));
    catalog.setSecondLanguage(QStringLiteral("es"));
    catalog.setFolder(shipped);
    QCOMPARE(catalog.rowCount(), 1);
    const QModelIndex card = catalog.index(0);
    QCOMPARE(card.data(QuizCatalog::ProblemRole).toString(), QString());
    QCOMPARE(card.data(QuizCatalog::TitleRole).toString(), QStringLiteral("Coding readiness"));
    QCOMPARE(card.data(QuizCatalog::TitleSecondRole).toString(),
             QStringLiteral("Preparación para la codificación"));
    QCOMPARE(card.data(QuizCatalog::DescriptionSecondRole).toString(),
             QStringLiteral("Dos preguntas."));
    QCOMPARE(card.data(QuizCatalog::DomainTitlesRole).toStringList(),
             (QStringList{"Coding", "Privacy"}));
    QCOMPARE(card.data(QuizCatalog::DomainTitlesSecondRole).toStringList(),
             (QStringList{QStringLiteral("Codificación"), QString()}));

    QSignalSpy reset(&catalog, &QAbstractItemModel::modelReset);
    QSignalSpy rows(&catalog, &QAbstractItemModel::dataChanged);
    catalog.setLanguage(QStringLiteral("es"));
    catalog.setSecondLanguage({});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(rows.count(), 2);
    QCOMPARE(catalog.index(0).data(QuizCatalog::TitleRole).toString(),
             QStringLiteral("Preparación para la codificación"));
    QCOMPARE(catalog.index(0).data(QuizCatalog::TitleSecondRole).toString(), QString());
    QCOMPARE(catalog.index(0).data(QuizCatalog::DomainTitlesRole).toStringList(),
             (QStringList{QStringLiteral("Codificación"), QStringLiteral("Privacy")}));
}

QTEST_MAIN(TestResultAdapters)
#include "tst_resultadapters.moc"
