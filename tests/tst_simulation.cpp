// Simulated learners (hitready-cli simulate) on every item type: the typed answers they give
// and how the scorer marks them, the examples made from text patterns, marks spread between
// 0 and the maximum (partial marks where the type has them), and the same learners for the
// same seed.

#include "attemptorder.h"
#include "loader.h"
#include "quizstatistics.h"
#include "report.h"
#include "simulation.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QTest>
#include <cmath>

using namespace hitready;

namespace {

using OptionalText = std::optional<QString>;

Quiz fixture()
{
    const Result<Quiz> loaded = loadQuizFile(QStringLiteral(HITREADY_FIXTURES "/item-types.yaml"));
    if (!loaded)
        qFatal("cannot load the item-types fixture");
    return *loaded;
}

Item numericItem(double answer, double tolerance, const QString &unit)
{
    Item item;
    item.id = QStringLiteral("n");
    item.type = ItemType::Numeric;
    item.numeric = NumericKey{answer, tolerance, false, unit};
    return item;
}

Item textItem(const QStringList &accept, const QStringList &patterns, bool caseSensitive,
              SpaceMode spaces)
{
    Item item;
    item.id = QStringLiteral("t");
    item.type = ItemType::Text;
    item.textKey = TextKey{accept, patterns, caseSensitive, spaces};
    return item;
}

QStringList encoded(const QList<Answer> &answers)
{
    QStringList list;
    for (const Answer &a : answers)
        list.append(encodeAnswer(a));
    return list;
}

const QString icdShape = QStringLiteral(R"([A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?)");

} // namespace

class TestSimulation : public QObject
{
    Q_OBJECT

private slots:
    void patternExamples_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<OptionalText>("expected");
        QTest::addRow("optional group left out") << icdShape << OptionalText("A00");
        QTest::addRow("ICD-10-CM with its point")
            << R"([A-Z][0-9][0-9A-Z]\.[0-9A-Z]{2})" << OptionalText("A00.00");
        QTest::addRow("CPT category III") << "[0-9]{4}T" << OptionalText("0000T");
        QTest::addRow("ICD-10-PCS, no I or O") << "[0-9A-HJ-NP-Z]{7}" << OptionalText("0000000");
        QTest::addRow("first alternative") << R"((?:BID|b\.i\.d\.))" << OptionalText("BID");
        QTest::addRow("lazy and optional") << R"(b\.??i\.?d\.*)" << OptionalText("bid");
        QTest::addRow("negated class") << "[^0-9a]+x" << OptionalText("Ax");
        QTest::addRow("escapes and ranges") << R"(\d{2,3}-\w+\s?[-+])" << OptionalText("00-a-");
        QTest::addRow("anchors") << R"(^E11(\.9)?$)" << OptionalText("E11");
        QTest::addRow("literal ] first in a class") << "[]x]y" << OptionalText("]y");
        QTest::addRow("lookahead") << "(?=a)a" << OptionalText();
        QTest::addRow("back reference") << R"((a)\1)" << OptionalText();
        QTest::addRow("unicode property") << R"(\p{L}+)" << OptionalText();
        QTest::addRow("POSIX class") << "[[:alpha:]]" << OptionalText();
        QTest::addRow("unclosed class") << "[abc" << OptionalText();
        QTest::addRow("unclosed group") << "(ab" << OptionalText();
        QTest::addRow("unclosed count") << "a{2" << OptionalText();
        QTest::addRow("nothing to repeat") << "*a" << OptionalText();
    }
    void patternExamples()
    {
        QFETCH(QString, pattern);
        QFETCH(OptionalText, expected);
        const OptionalText example = patternExample(pattern);
        QCOMPARE(example, expected);
        if (example)
            QVERIFY(QRegularExpression(QRegularExpression::anchoredPattern(pattern))
                        .match(*example)
                        .hasMatch());
    }

    void typedAnswers_data()
    {
        QTest::addColumn<Item>("item");
        QTest::addColumn<QStringList>("right");
        QTest::addColumn<QStringList>("wrong");
        // x10, /10, /100 (a fraction), 100 - x (the other share), rounded, +1, -1.
        QTest::addRow("percent") << numericItem(12.5, 0.1, QStringLiteral("%"))
                                 << QStringList{"12.5"}
                                 << QStringList{"125", "1.25", "0.125", "87.5",
                                                "13",  "13.5", "11.5"};
        // Rounding 4 changes nothing, so it is no mistake.
        QTest::addRow("whole days") << numericItem(4, 0, QStringLiteral("days")) << QStringList{"4"}
                                    << QStringList{"40", "0.4", "5", "3"};
        // 0 +- 1: x10, /10, rounding and +-1 all lie within twice the tolerance: 0 + 10 x 1 + 1.
        QTest::addRow("zero, wide tolerance")
            << numericItem(0, 1, QString()) << QStringList{"0"} << QStringList{"11"};
        // The pattern takes E11.0 and F11.9 (the changed digit and letter); swapping the middle
        // characters gives E1.19.
        QTest::addRow("ICD code with a shape pattern")
            << textItem({"E11.9"}, {icdShape}, false, SpaceMode::Ignore)
            << QStringList{"E11.9", "e11.9", "E11.9 "} << QStringList{"E11.", "E119", "E1.19"};
        // Without separators "b.i.d." is "bid", which is accepted; there is no digit.
        QTest::addRow("abbreviation")
            << textItem({"BID", "b.i.d.", "b.i.d"}, {}, false, SpaceMode::Ignore)
            << QStringList{"BID", "bid", "BID "} << QStringList{"BI", "BDI", "CID"};
        QTest::addRow("exact, case-sensitive")
            << textItem({"Privacy Rule"}, {}, true, SpaceMode::Exact) << QStringList{"Privacy Rule"}
            << QStringList{"Privacy Rul", "PrivacyRule", "Privayc Rule", "Qrivacy Rule"};
        QTest::addRow("pattern only")
            << textItem({}, {"[0-9]{4}T"}, false, SpaceMode::Ignore)
            << QStringList{"0000T", "0000t", "0000T "} << QStringList{"0000", "0000U"};
        QTest::addRow("pattern beyond the examples")
            << textItem({}, {"(?=x)x+"}, false, SpaceMode::Trim) << QStringList() << QStringList();
    }
    void typedAnswers()
    {
        QFETCH(Item, item);
        QFETCH(QStringList, right);
        QFETCH(QStringList, wrong);
        item.points = 2;
        const TypedAnswers answers = hitready::typedAnswers(item);
        QCOMPARE(encoded(answers.right), right);
        QCOMPARE(encoded(answers.wrong), wrong);
        for (const Answer &a : answers.right)
            QCOMPARE(itemPoints(item, a), 2.0);
        for (const Answer &a : answers.wrong) {
            QCOMPARE(itemPoints(item, a), 0.0);
            if (item.type == ItemType::Numeric)
                QVERIFY(std::abs(std::get<double>(a.value) - item.numeric.answer) >
                        2 * item.numeric.allowance());
        }
    }

    // 500 learners answer each item of the fixture; the scorer's marks spread between 0 and
    // the maximum, with partial marks exactly where the type gives them.
    void everyItemTypeIsAnswered_data()
    {
        QTest::addColumn<QString>("itemId");
        QTest::addColumn<bool>("partialMarks");
        QTest::addRow("ordering") << "eth-21" << true;
        QTest::addRow("matching") << "cod-30" << true;
        QTest::addRow("hottext") << "det-30" << true;
        QTest::addRow("numeric") << "ana-30" << false;
        QTest::addRow("text") << "cod-31" << false;
    }
    void everyItemTypeIsAnswered()
    {
        QFETCH(QString, itemId);
        QFETCH(bool, partialMarks);
        const Quiz quiz = fixture();
        const LearnerSimulation simulation(quiz, 5);
        QVERIFY(simulation.unansweredItems().isEmpty());
        const qsizetype k = quiz.items.indexOf(*quiz.item(itemId));
        const Item &item = quiz.items[k];
        const TypedAnswers typed = hitready::typedAnswers(item);
        constexpr int learners = 500;
        int answered = 0, full = 0, partial = 0;
        double marks = 0;
        for (int l = 0; l < learners; ++l) {
            const Answer answer = simulation.learner(l).answers[k];
            if (answer.isEmpty())
                continue;
            ++answered;
            QCOMPARE(answerProblem(item, answer), QString());
            if (item.type == ItemType::Numeric || item.type == ItemType::Text)
                QVERIFY2(typed.right.contains(answer) || typed.wrong.contains(answer),
                         qPrintable(encodeAnswer(answer)));
            const double mark = itemPoints(item, answer);
            marks += mark;
            full += mark == item.points;
            partial += mark > 0 && mark < item.points;
        }
        // About 3% are left unanswered.
        QVERIFY2(answered > learners * 9 / 10, qPrintable(QString::number(answered)));
        const double facility = marks / (learners * item.points);
        QVERIFY2(facility > 0.05 && facility < 0.95, qPrintable(QString::number(facility)));
        QVERIFY(full > 0);
        QCOMPARE(partial > 0, partialMarks);
    }

    // Stored and analysed, stronger learners do better on every item type.
    void storedLearnersDiscriminate()
    {
        const Quiz quiz = fixture();
        const LearnerSimulation simulation(quiz, 9);
        const hitready::test::TestDatabase db;
        QString error;
        const auto storage = *Storage::open(db.location());
        QVERIFY(storage);
        qint64 next = 0;
        QCOMPARE(storage
                     ->importAttempts(quiz,
                                      [&](ImportedAttempt *a) {
                                          if (next == 500)
                                              return false;
                                          *a = simulation.learner(next++);
                                          return true;
                                      })
                     .toOptional(),
                 std::optional<qint64>(500));
        StatisticsRequest request;
        request.quizId = quiz.id;
        const auto s = quizStatistics(*storage, request, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->items.size(), quiz.items.size());
        for (const ItemStatistics &item : s->items) {
            QCOMPARE(item.attempts, 500);
            QVERIFY2(item.unanswered < 50, qPrintable(item.itemId));
            QVERIFY2(item.facility && *item.facility > 0 && *item.facility < 100,
                     qPrintable(item.itemId));
            QVERIFY2(item.discriminationIndex && *item.discriminationIndex > 0,
                     qPrintable(item.itemId));
        }
    }

    // The same seed gives the same answers to every item; another seed, other answers to each.
    void sameSeedSameLearners()
    {
        const Quiz quiz = fixture();
        const LearnerSimulation a(quiz, 42), b(quiz, 42), c(quiz, 43);
        QList<bool> differs(quiz.items.size(), false);
        for (int l = 0; l < 100; ++l) {
            const ImportedAttempt x = a.learner(l), y = b.learner(l), z = c.learner(l);
            QCOMPARE(x.answers, y.answers);
            QCOMPARE(x.started, y.started);
            for (qsizetype k = 0; k < quiz.items.size(); ++k)
                differs[k] = differs[k] || x.answers[k] != z.answers[k];
        }
        QCOMPARE(differs, QList<bool>(quiz.items.size(), true));
    }

    // With draws, each simulated attempt shows what a real attempt with its seed shows
    // (itemOrder()), stores that order, answers drawn items only and leaves a few of them
    // unanswered; the statistics then count each item over the attempts that drew it.
    void simulatedAttemptsDrawLikeRealOnes()
    {
        Quiz quiz = fixture();
        QHash<QString, int> drawOf; // domain -> items drawn
        for (Domain &d : quiz.domains) {
            const auto scored =
                std::count_if(quiz.items.cbegin(), quiz.items.cend(),
                              [&](const Item &i) { return i.isScored() && i.domain == d.id; });
            d.draw = int(std::max<qsizetype>(1, scored / 2));
            drawOf.insert(d.id, *d.draw);
        }
        const LearnerSimulation simulation(quiz, 11);
        constexpr int learners = 300;
        const hitready::test::TestDatabase db;
        QString error;
        const auto storage = *Storage::open(db.location());
        QVERIFY(storage);
        QHash<QString, qint64> drawnCount;
        qint64 skipped = 0;
        qint64 next = 0;
        QCOMPARE(storage
                     ->importAttempts(quiz,
                                      [&](ImportedAttempt *a) {
                                          if (next == learners)
                                              return false;
                                          *a = simulation.learner(next++);
                                          return true;
                                      })
                     .toOptional(),
                 std::optional<qint64>(learners));
        for (qint64 l = 0; l < learners; ++l) {
            const ImportedAttempt a = simulation.learner(l);
            QVERIFY(!a.itemOrder.isEmpty());
            QCOMPARE(a.itemOrder, itemOrder(quiz, a.seed));
            QHash<QString, int> perDomain;
            for (const QString &id : a.itemOrder) {
                const Item *item = quiz.item(id);
                QVERIFY(item);
                perDomain[item->domain] += item->isScored();
                ++drawnCount[id];
                skipped += a.answers[quiz.items.indexOf(*item)].isEmpty();
            }
            for (const Domain &d : quiz.domains)
                QCOMPARE(perDomain.value(d.id), drawOf.value(d.id));
            for (qsizetype k = 0; k < quiz.items.size(); ++k)
                QVERIFY2(a.answers[k].isEmpty() || a.itemOrder.contains(quiz.items[k].id),
                         qPrintable(quiz.items[k].id));
        }
        QVERIFY2(skipped > 0, "no drawn item was left unanswered");

        // As stored: each attempt's order, and every answer belongs to a drawn item.
        const Result<Profile> first = storage->profileByName(simulation.learner(0).profileName);
        QVERIFY(first);
        const Result<QList<AttemptRecord>> records = storage->attempts(first->id);
        QVERIFY(records);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().itemOrder, simulation.learner(0).itemOrder);
        for (qint64 l = 0; l < learners; ++l) {
            const Result<Profile> p = storage->profileByName(simulation.learner(l).profileName);
            QVERIFY(p);
            const AttemptRecord record = storage->attempts(p->id)->first();
            QVERIFY(!record.itemOrder.isEmpty());
            const Result<Responses> answers = storage->responses(record.id, quiz);
            QVERIFY(answers);
            for (auto it = answers->cbegin(); it != answers->cend(); ++it)
                QVERIFY2(record.itemOrder.contains(it.key()), qPrintable(it.key()));
        }

        StatisticsRequest request;
        request.quizId = quiz.id;
        const auto s = quizStatistics(*storage, request, &error);
        QVERIFY2(s, qPrintable(error));
        for (const ItemStatistics &item : s->items)
            QCOMPARE(item.attempts, drawnCount.value(item.itemId));
        QCOMPARE(s->unreadableAnswers, 0);
    }

    // A text item the simulation cannot answer is named, and no learner answers it.
    void unanswerableTextItemIsNamed()
    {
        Quiz quiz = fixture();
        Item odd = textItem({}, {"(?=x)x+"}, false, SpaceMode::Trim);
        odd.id = QStringLiteral("odd");
        odd.domain = quiz.items.first().domain;
        quiz.items.append(odd);
        const LearnerSimulation simulation(quiz, 1);
        QCOMPARE(simulation.unansweredItems(), QStringList{"odd"});
        for (int l = 0; l < 50; ++l)
            QVERIFY(simulation.learner(l).answers.last().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
