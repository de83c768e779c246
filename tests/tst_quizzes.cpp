// The shipped quiz files: lint clean, and the HIT quiz meets its content contract.

#include "loader.h"
#include "plan.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

using namespace hitready;

namespace {

const QString quizDir = QStringLiteral(HITREADY_QUIZ_DIR);

Quiz hitQuiz()
{
    const Result<Quiz> result = loadQuizFile(quizDir + QStringLiteral("/hit-readiness.yaml"));
    if (!result)
        qFatal("hit-readiness.yaml does not load");
    return *result;
}

// Every answer right, every answer wrong, or a random mix; self-ratings in 1..5.
Responses responsesFor(const Quiz &quiz, QRandomGenerator &random, int mode)
{
    Responses responses;
    for (const Item &item : quiz.items) {
        const bool right = mode == 0 || (mode == 2 && random.bounded(2) == 0);
        switch (item.type) {
        case ItemType::Single:
            for (const Option &o : item.options)
                if (o.correct == right) {
                    responses.insert(item.id, {o.id});
                    break;
                }
            break;
        case ItemType::Multiple: {
            QStringList ids;
            for (const Option &o : item.options)
                if (o.correct == right)
                    ids.append(o.id);
            responses.insert(item.id, {ids});
            break;
        }
        case ItemType::TrueFalse:
            responses.insert(item.id, {right ? item.answer : !item.answer});
            break;
        case ItemType::Likert:
            responses.insert(item.id, {int(random.bounded(1, 6))});
            break;
        case ItemType::Ordering: {
            QStringList order;
            for (const Entry &s : item.steps)
                right ? order.append(s.id) : order.prepend(s.id); // wrong: reversed
            responses.insert(item.id, {order});
            break;
        }
        case ItemType::Matching: {
            Matches pairs;
            for (const Entry &e : item.left)
                for (const Entry &r : item.right)
                    if ((r.id == e.match) == right) {
                        pairs.append({e.id, r.id});
                        break;
                    }
            responses.insert(item.id, {pairs});
            break;
        }
        case ItemType::HotText: {
            QStringList ids;
            for (const HotSpan &s : item.spans)
                if (s.correct == right)
                    ids.append(s.id);
            responses.insert(item.id, {ids});
            break;
        }
        case ItemType::Numeric:
            responses.insert(
                item.id, {item.numeric.answer + (right ? 0 : 2 * item.numeric.allowance() + 1)});
            break;
        case ItemType::Text: // a wrong text is left unanswered: a pattern may accept anything
            if (right && !item.textKey.accept.isEmpty())
                responses.insert(item.id, {item.textKey.accept.first()});
            break;
        }
    }
    return responses;
}

} // namespace

class TestQuizzes : public QObject
{
    Q_OBJECT

private slots:
    void lintsClean_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = QDir(quizDir).entryList({QStringLiteral("*.yaml")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << QDir(quizDir).filePath(file);
    }

    void lintsClean()
    {
        QFETCH(QString, path);
        const Result<Quiz> result = loadQuizFile(path);
        QStringList problems;
        for (const Problem &p : problemsOf(result))
            problems.append(p.toString());
        QCOMPARE(problems, QStringList{});
    }

    // Issue 15: every level band of every shipped quiz says what it means, in plain words, in
    // English, Spanish and Hmong.
    void everyLevelIsDescribed()
    {
        QFETCH(QString, path);
        const Result<Quiz> result = loadQuizFile(path);
        QVERIFY(result);
        QList<QPair<QString, const QList<LevelBand> *>> lists{
            {QStringLiteral("overall"), &result->levels}};
        for (const Domain &d : result->domains)
            lists.append({d.id, &d.levels});
        for (const auto &[where, bands] : lists) {
            QVERIFY2(!bands->isEmpty(), qPrintable(where));
            for (const LevelBand &band : *bands)
                for (const char *language : {"en", "es", "hmn"}) {
                    const QString said = band.description.byLanguage.value(QLatin1String(language));
                    QVERIFY2(!said.isEmpty(),
                             qPrintable(QStringLiteral("%1 %2 in %3")
                                            .arg(where, band.label.in(QStringLiteral("en")),
                                                 QLatin1String(language))));
                }
        }
    }
    void everyLevelIsDescribed_data() { lintsClean_data(); }

    void hitQuizCoversEveryDomain()
    {
        const Quiz quiz = hitQuiz();
        QCOMPARE(quiz.domains.size(), 4);
        int scored = 0;
        for (const Domain &d : quiz.domains) {
            int inDomain = 0, ratings = 0;
            for (const Item &item : quiz.items) {
                if (item.domain != d.id)
                    continue;
                inDomain += item.isScored();
                ratings += item.type == ItemType::Likert && item.anchors.size() == 5;
            }
            QVERIFY2(inDomain >= 12, qPrintable(d.id));
            QVERIFY2(ratings >= 1, qPrintable(d.id));
            scored += inDomain;
        }
        QVERIFY(scored >= 48);
    }

    void hitItemsExplainAndCite()
    {
        const Quiz quiz = hitQuiz();
        for (const Item &item : quiz.items) {
            if (!item.isScored())
                continue;
            QVERIFY2(!quiz.text(item.explanation).trimmed().isEmpty(), qPrintable(item.id));
            QVERIFY2(!item.source.trimmed().isEmpty(), qPrintable(item.id));
        }
    }

    void hitRecommendationsCoverThePaths_data()
    {
        QTest::addColumn<QString>("topic");
        for (const char *topic : {"CAHIIM", "RHIT", "CCA", "CPC", "ODS", "RHIA", "terminology",
                                  "anatomy", "HIPAA", "clerk"})
            QTest::newRow(topic) << QString::fromLatin1(topic);
    }

    void hitRecommendationsCoverThePaths()
    {
        QFETCH(QString, topic);
        const Quiz quiz = hitQuiz();
        const bool found =
            std::any_of(quiz.recommendations.cbegin(), quiz.recommendations.cend(),
                        [&](const Recommendation &r) {
                            return (quiz.text(r.title) + quiz.text(r.text)).contains(topic);
                        });
        QVERIFY2(found, qPrintable(topic));
    }

    void everyLearnerGetsARecommendation()
    {
        const Quiz quiz = hitQuiz();
        QRandomGenerator random(7);
        for (int round = 0; round < 200; ++round) {
            const Responses responses = responsesFor(quiz, random, round < 2 ? round : 2);
            QVERIFY(!recommend(quiz, score(quiz, responses)).isEmpty());
        }
        QVERIFY(!recommend(quiz, score(quiz, Responses{})).isEmpty());
    }

    void strongAndWeakLearnersGetDifferentPlans()
    {
        const Quiz quiz = hitQuiz();
        QRandomGenerator random(1);
        const auto ids = [&](int mode) {
            QStringList list;
            for (const PlannedStep &s :
                 recommend(quiz, score(quiz, responsesFor(quiz, random, mode))))
                list.append(s.recommendation->id);
            return list;
        };
        const QStringList strong = ids(0), weak = ids(1);
        QVERIFY(strong != weak);
        QVERIFY(strong.size() >= 3);
        QVERIFY(weak.size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestQuizzes)
#include "tst_quizzes.moc"
