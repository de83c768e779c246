// The item analysis of stored attempts: the reference table answered through storage,
// response frequencies, which attempts count (first or all, versions, changed items),
// unanswered and unreadable answers, exports, and reproducible simulated learners.

#include "attemptexport.h"
#include "quizstatistics.h"
#include "simulation.h"
#include "statsjson.h"
#include "storage.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <thread>

using namespace hitready;

namespace {

Text en(const QString &s)
{
    return Text::plain(QStringLiteral("en"), s);
}

Item choice(const QString &id, const QString &domain, ItemType type, const QString &keys,
            double points = 1)
{
    Item i;
    i.id = id;
    i.domain = domain;
    i.type = type;
    i.points = points;
    i.prompt = en(QStringLiteral("Prompt of ") + id);
    for (const QChar c : QStringLiteral("abcd").left(type == ItemType::Multiple ? 4 : 3)) {
        Option o;
        o.id = c;
        o.text = en(QStringLiteral("Option ") + c);
        o.correct = keys.contains(c);
        i.options.append(o);
    }
    return i;
}

// i1 (single, key b) and i2 (true/false, true) in d1; i3 (choose all, keys a and b, 2 points)
// and a self-rating in d2.
Quiz referenceQuiz()
{
    Quiz q;
    q.id = QStringLiteral("ref");
    q.title = en(QStringLiteral("Reference"));
    for (const char *d : {"d1", "d2"}) {
        Domain domain;
        domain.id = QString::fromLatin1(d);
        domain.title = en(domain.id);
        q.domains.append(domain);
    }
    q.items.append(
        choice(QStringLiteral("i1"), QStringLiteral("d1"), ItemType::Single, QStringLiteral("b")));
    Item tf;
    tf.id = QStringLiteral("i2");
    tf.domain = QStringLiteral("d1");
    tf.type = ItemType::TrueFalse;
    tf.prompt = en(QStringLiteral("Statement"));
    tf.answer = true;
    q.items.append(tf);
    q.items.append(choice(QStringLiteral("i3"), QStringLiteral("d2"), ItemType::Multiple,
                          QStringLiteral("ab"), 2));
    Item likert;
    likert.id = QStringLiteral("self");
    likert.domain = QStringLiteral("d2");
    likert.type = ItemType::Likert;
    likert.prompt = en(QStringLiteral("How sure?"));
    for (int r = 1; r <= 5; ++r)
        likert.anchors.append(en(QString::number(r)));
    q.items.append(likert);
    return q;
}

// One learner's answers in quiz order: i1, i2 ("t"/"f"/""), i3 (option ids), self-rating.
ImportedAttempt learner(const QString &name, int minute, const QString &i1, const QString &i2,
                        const QStringList &i3, int rating = 3)
{
    ImportedAttempt a;
    a.profileName = name;
    a.started = QDateTime(QDate(2026, 2, 1), QTime(9, minute), Qt::UTC);
    a.finished = a.started.addSecs(600);
    a.answers.resize(4);
    if (!i1.isEmpty())
        a.answers[0].value = i1;
    if (!i2.isEmpty())
        a.answers[1].value = i2 == QLatin1String("t");
    if (!i3.isEmpty())
        a.answers[2].value = i3;
    a.answers[3].value = rating;
    return a;
}

// The marks of tst_itemstats' reference table: L1 1,1,2; L2 1,1,1; L3 1,0,2; L4 0,1,0;
// L5 1,0,0 (i2 and i3 unanswered: 0).
QList<ImportedAttempt> referenceLearners()
{
    return {learner(QStringLiteral("L1"), 1, QStringLiteral("b"), QStringLiteral("t"),
                    {QStringLiteral("a"), QStringLiteral("b")}),
            learner(QStringLiteral("L2"), 2, QStringLiteral("b"), QStringLiteral("t"),
                    {QStringLiteral("a")}),
            learner(QStringLiteral("L3"), 3, QStringLiteral("b"), QStringLiteral("f"),
                    {QStringLiteral("b"), QStringLiteral("a")}),
            learner(QStringLiteral("L4"), 4, QStringLiteral("a"), QStringLiteral("t"),
                    {QStringLiteral("c")}),
            learner(QStringLiteral("L5"), 5, QStringLiteral("b"), QString(), {})};
}

bool import(Storage &storage, const Quiz &quiz, const QList<ImportedAttempt> &attempts)
{
    qsizetype next = 0;
    const Result<qint64> n = storage.importAttempts(quiz, [&](ImportedAttempt *a) {
        if (next == attempts.size())
            return false;
        *a = attempts[next++];
        return true;
    });
    return n && *n == attempts.size();
}

bool near(std::optional<double> actual, double expected)
{
    return actual && std::abs(*actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

QStringList codes(const QList<StatisticsFlag> &flags)
{
    QStringList list;
    for (const StatisticsFlag &f : flags)
        list.append(f.code);
    return list;
}

StatisticsRequest request(const QString &quizId, const QString &hash = {})
{
    StatisticsRequest r;
    r.quizId = quizId;
    r.quizHash = hash;
    return r;
}

// Every number in a JSON value is finite.
bool allFinite(const QJsonValue &v)
{
    if (v.isDouble())
        return std::isfinite(v.toDouble());
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &e) { return allFinite(e); });
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        return std::all_of(o.begin(), o.end(), [](const QJsonValue &e) { return allFinite(e); });
    }
    return true;
}

} // namespace

class TestQuizStatistics : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<hitready::test::TestDatabase>> m_databases; // dropped at the end
    // A new, empty database (the last of m_databases).
    std::unique_ptr<Storage> open()
    {
        m_databases.push_back(std::make_unique<hitready::test::TestDatabase>());
        Result<std::unique_ptr<Storage>> s = Storage::open(m_databases.back()->location());
        if (!s)
            qFatal("%s", qPrintable(s.errorMessage()));
        return std::move(*s);
    }
    QuizStatistics statistics(const Storage &storage,
                              const StatisticsRequest &r = request(QStringLiteral("ref")))
    {
        QString error;
        const std::optional<QuizStatistics> s = quizStatistics(storage, r, &error);
        if (!s)
            qFatal("statistics failed: %s", qPrintable(error));
        return *s;
    }

private slots:
    // The reference table answered through storage gives tst_itemstats' hand-worked figures.
    void referenceThroughStorage()
    {
        const auto storage = open();
        QVERIFY(import(*storage, referenceQuiz(), referenceLearners()));
        const QuizStatistics s = statistics(*storage);
        QCOMPARE(s.attempts, 5);
        QCOMPARE(s.items.size(), 3); // the self-rating is not scored
        QVERIFY(near(s.item(QStringLiteral("i1"))->discriminationIndex, 29.41742027072760));
        QVERIFY(near(s.item(QStringLiteral("i2"))->discriminativeEfficiency, -15.38461538461538));
        QVERIFY(near(s.item(QStringLiteral("i3"))->effectiveWeight, 51.83629391589773));
        QVERIFY(near(s.item(QStringLiteral("i1"))->randomGuessScore, 100.0 / 3));
        QVERIFY(near(s.item(QStringLiteral("i3"))->randomGuessScore, 100.0 / 6));
        QVERIFY(near(s.test.alpha, 25));
        QVERIFY(near(s.test.skewness, -0.1656346649999839));
        QVERIFY(near(s.domain(QStringLiteral("d1"))->alpha, -133.3333333333333));
        QVERIFY(!s.domain(QStringLiteral("d2"))->alpha); // one item
        QCOMPARE(codes(s.test.flags), QStringList{"low-alpha"});
        QCOMPARE(codes(s.domain(QStringLiteral("d1"))->flags), QStringList{"negative-alpha"});
        QCOMPARE(s.unreadableAnswers, 0);
        QVERIFY(s.retiredItems.isEmpty());
        QCOMPARE(s.versions.size(), 1);
        QCOMPARE(s.versions[0].attempts, 5);
    }

    // Response frequencies: options in item order, with unanswered attempts apart.
    void responseFrequencies()
    {
        const auto storage = open();
        QVERIFY(import(*storage, referenceQuiz(), referenceLearners()));
        const QuizStatistics s = statistics(*storage);
        const ItemStatistics &i1 = *s.item(QStringLiteral("i1"));
        QVERIFY(i1.optionBased);
        QCOMPARE(i1.responses, (QList<ResponseFrequency>{{QStringLiteral("a"), 1, 20, false, {}},
                                                         {QStringLiteral("b"), 4, 80, true, {}},
                                                         {QStringLiteral("c"), 0, 0, false, {}}}));
        QCOMPARE(i1.unanswered, 0);
        QCOMPARE(codes(i1.flags), QStringList{"unchosen-option"});
        const ItemStatistics &i2 = *s.item(QStringLiteral("i2"));
        QCOMPARE(i2.responses,
                 (QList<ResponseFrequency>{{QStringLiteral("true"), 3, 60, true, {}},
                                           {QStringLiteral("false"), 1, 20, false, {}}}));
        QCOMPARE(i2.unanswered, 1);
        QCOMPARE(codes(i2.flags), QStringList{"negative-discrimination"});
        // i3: a by L1, L2, L3 ("b,a" counts for both); b by L1, L3; c by L4; d by nobody.
        const ItemStatistics &i3 = *s.item(QStringLiteral("i3"));
        QList<qint64> counts;
        for (const ResponseFrequency &r : i3.responses)
            counts.append(r.count);
        QCOMPARE(counts, (QList<qint64>{3, 2, 1, 0}));
        QCOMPARE(i3.unanswered, 1);
        QCOMPARE(codes(i3.flags), QStringList{"unchosen-option"});
    }

    // Each profile's first finished attempt by default, every one on request.
    void firstOrAllAttempts()
    {
        const auto storage = open();
        QList<ImportedAttempt> learners = referenceLearners();
        // L4 tries again later and earns everything; L2 has an earlier attempt stored later.
        learners.append(learner(QStringLiteral("L4"), 50, QStringLiteral("b"), QStringLiteral("t"),
                                {QStringLiteral("a"), QStringLiteral("b")}));
        learners.append(learner(QStringLiteral("L2"), 0, QStringLiteral("a"), QStringLiteral("f"),
                                {QStringLiteral("c")}));
        QVERIFY(import(*storage, referenceQuiz(), learners));
        const QuizStatistics first = statistics(*storage);
        QCOMPARE(first.attempts, 5);
        // L2's first is the all-wrong one (started 09:00): i1 facility 3/5.
        QVERIFY(near(first.item(QStringLiteral("i1"))->facility, 60));
        StatisticsRequest everyAttempt = request(QStringLiteral("ref"));
        everyAttempt.allAttempts = true;
        const QuizStatistics all = statistics(*storage, everyAttempt);
        QCOMPARE(all.attempts, 7);
        QVERIFY(near(all.item(QStringLiteral("i1"))->facility, 500.0 / 7));
        QVERIFY(all.allAttempts && !first.allAttempts);
    }

    // An item changed in the newest version counts only that version's attempts; unchanged
    // items count every version; the test counts attempts holding every reported item.
    void itemsChangedBetweenVersions()
    {
        const auto storage = open();
        const Quiz v1 = referenceQuiz();
        QVERIFY(import(*storage, v1, referenceLearners()));
        Quiz v2 = v1;
        v2.items[1].prompt = en(QStringLiteral("A reworded statement")); // i2 changed
        v2.items[0].explanation = en(QStringLiteral("Why b"));           // not a change that counts
        v2.items.removeAt(2);                                            // i3 removed
        QTest::qWait(5); // stored later, so v2 is the newest version
        QList<ImportedAttempt> onV2{
            learner(QStringLiteral("M1"), 10, QStringLiteral("b"), QStringLiteral("t"), {}),
            learner(QStringLiteral("M2"), 11, QStringLiteral("c"), QStringLiteral("t"), {})};
        for (ImportedAttempt &a : onV2)
            a.answers.removeAt(2); // v2 has no i3
        QVERIFY(import(*storage, v2, onV2));
        const QuizStatistics s = statistics(*storage);
        QCOMPARE(s.referenceHash, contentHash(v2));
        QCOMPARE(s.attempts, 7);
        QCOMPARE(s.versions.size(), 2);
        QCOMPARE(s.items.size(), 2);
        QCOMPARE(s.item(QStringLiteral("i1"))->attempts, 7);
        QCOMPARE(s.item(QStringLiteral("i2"))->attempts, 2);
        QVERIFY(!s.item(QStringLiteral("i3")));
        QCOMPARE(s.retiredItems, (QStringList{"i2", "i3"}));
        QCOMPARE(s.test.count, 2);
        // One version only, by its hash: the old table, all five attempts.
        const QuizStatistics s1 =
            statistics(*storage, request(QStringLiteral("ref"), contentHash(v1)));
        QCOMPARE(s1.attempts, 5);
        QCOMPARE(s1.items.size(), 3);
        QVERIFY(near(s1.test.alpha, 25));
    }

    // A stored answer that no longer fits its item counts 0 and is reported, not dropped.
    void unreadableAnswersAreCounted()
    {
        const auto storage = open();
        QVERIFY(import(*storage, referenceQuiz(), referenceLearners()));
        QCOMPARE(m_databases.back()->sql(QStringLiteral(
                     "UPDATE responses SET answer = 'z' WHERE item_id = 'i1' AND attempt_id = 1 "
                     "RETURNING 1")),
                 QVariantList{1});
        const QuizStatistics s = statistics(*storage);
        QCOMPARE(s.unreadableAnswers, 1);
        QVERIFY(near(s.item(QStringLiteral("i1"))->facility, 60)); // L1's i1 now 0
        QCOMPARE(s.item(QStringLiteral("i1"))->unanswered, 1);
    }

    void nothingToAnalyse()
    {
        const auto storage = open();
        QString error;
        QVERIFY(!quizStatistics(*storage, request(QStringLiteral("ref")), &error));
        QVERIFY2(error.contains(QStringLiteral("no quiz 'ref'")), qPrintable(error));
        // Stored but never finished: zero counts, and no NaN anywhere.
        QVERIFY(storage->storeSnapshot(referenceQuiz()));
        const QuizStatistics s = statistics(*storage);
        QCOMPARE(s.attempts, 0);
        QCOMPARE(s.test.count, 0);
        QVERIFY(!s.item(QStringLiteral("i1"))->facility);
        QVERIFY(allFinite(statisticsToJson(s)));
        // A hash of another quiz is refused.
        Quiz other = referenceQuiz();
        other.id = QStringLiteral("other");
        QVERIFY(storage->storeSnapshot(other));
        QVERIFY(
            !quizStatistics(*storage, request(QStringLiteral("ref"), contentHash(other)), &error));
        QVERIFY2(error.contains(QStringLiteral("not 'ref'")), qPrintable(error));
    }

    // The edge cases of the reference and a one-attempt quiz stay finite in JSON and CSV.
    void outputsHaveNoNaN()
    {
        const auto storage = open();
        QVERIFY(import(*storage, referenceQuiz(), {referenceLearners().first()}));
        const QuizStatistics s = statistics(*storage);
        const QJsonObject json = statisticsToJson(s);
        QVERIFY(allFinite(json));
        QVERIFY(json.value(QStringLiteral("test")).toObject().value(QStringLiteral("sd")).isNull());
        const QString csv = statisticsCsv(s);
        for (const QString &field : csv.split(QRegularExpression(QStringLiteral("[,\n]")))) {
            const QString f = field.toLower();
            QVERIFY2(!f.contains(QLatin1String("nan")) || f == QLatin1String("unanswered"),
                     qPrintable(field));
            QVERIFY2(!f.endsWith(QLatin1String("inf")), qPrintable(field));
        }
        QCOMPARE(csv.count(QLatin1Char('\n')), 1 + 3 + 1 + 2);
    }

    // Several threads give the very same figures as one.
    void threadsGiveTheSameStatistics()
    {
        const auto storage = open();
        QList<ImportedAttempt> many;
        for (int copy = 0; copy < 7; ++copy)
            for (ImportedAttempt a : referenceLearners()) {
                a.profileName += QString::number(copy);
                many.append(a);
            }
        QVERIFY(import(*storage, referenceQuiz(), many));
        StatisticsRequest one = request(QStringLiteral("ref")), three = one;
        one.threads = 1;
        three.threads = 3;
        QVERIFY(storage->canScanConcurrently());
        QCOMPARE(statistics(*storage, three), statistics(*storage, one));
    }

    // The adapter's path: by database file, on a worker thread.
    void statisticsAtAPathOnAnotherThread()
    {
        const auto storage = open();
        QVERIFY(import(*storage, referenceQuiz(), referenceLearners()));
        std::optional<QuizStatistics> fromWorker;
        QString error;
        std::thread worker([&] {
            fromWorker = quizStatisticsAt(storage->path(), request(QStringLiteral("ref")), &error);
        });
        worker.join();
        QVERIFY2(fromWorker, qPrintable(error));
        QCOMPARE(*fromWorker, statistics(*storage));
        QVERIFY(!quizStatisticsAt(m_dir.filePath(QStringLiteral("none.sqlite")),
                                  request(QStringLiteral("ref")), &error));
        QVERIFY2(error.contains(QStringLiteral("no such database")), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void exportCsv()
    {
        const auto storage = open();
        QVERIFY(import(*storage, referenceQuiz(), referenceLearners()));
        QString csv, error;
        QTextStream out(&csv);
        QVERIFY(exportAttemptsCsv(*storage, {QStringLiteral("ref"), {}, false},
                                  ExportRows::Attempts, out, &error));
        out.flush();
        const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0], QStringLiteral("attempt_id,profile,quiz_hash,started_at,finished_at,"
                                          "answered,overall_percent,d1_percent,d2_percent"));
        // L2: i1 and i2 right (d1 100%), i3 half (d2 50%), 4 answers with the rating;
        // overall (100 + 50) / 2.
        const QStringList l2 = lines[2].split(QLatin1Char(','));
        QCOMPARE(l2[1], QStringLiteral("L2"));
        QCOMPARE(l2[5], QStringLiteral("4"));
        QCOMPARE(l2.mid(6), (QStringList{"75", "100", "50"}));
        // L5 answered i1 and the rating only: d1 50%, d2 0%.
        QCOMPARE(lines[5].split(QLatin1Char(',')).mid(5), (QStringList{"2", "25", "50", "0"}));

        csv.clear();
        QVERIFY(exportAttemptsCsv(*storage, {QStringLiteral("ref"), {}, false},
                                  ExportRows::Responses, out, &error));
        out.flush();
        const QStringList rows = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows[0],
                 QStringLiteral(
                     "attempt_id,profile,quiz_hash,item_id,domain,type,answer,mark,max_mark"));
        QCOMPARE(rows.size(), 1 + 4 + 4 + 4 + 4 + 2);
        QVERIFY2(rows.contains(QStringLiteral("1,L1,%1,i3,d2,multiple,\"a,b\",2,2")
                                   .arg(contentHash(referenceQuiz()))),
                 qPrintable(csv));
        QVERIFY(rows.contains(
            QStringLiteral("1,L1,%1,self,d2,likert,3,,").arg(contentHash(referenceQuiz()))));
    }

    // The same seed gives the same learners; another seed, others.
    void simulationIsReproducible()
    {
        const Quiz quiz = referenceQuiz();
        const LearnerSimulation a(quiz, 42), b(quiz, 42), c(quiz, 43);
        bool differs = false;
        for (int i = 0; i < 50; ++i) {
            const ImportedAttempt x = a.learner(i), y = b.learner(i), z = c.learner(i);
            QCOMPARE(x.answers, y.answers);
            QCOMPARE(x.started, y.started);
            QCOMPARE(x.profileName, y.profileName);
            differs = differs || x.answers != z.answers;
            for (qsizetype k = 0; k < quiz.items.size(); ++k)
                QVERIFY(answerProblem(quiz.items[k], x.answers[k]).isEmpty());
        }
        QVERIFY(differs);
        // Stored, the learners give plausible figures: stronger learners do better.
        const auto storage = open();
        qint64 next = 0;
        QVERIFY(storage->importAttempts(quiz, [&](ImportedAttempt *attempt) {
            if (next == 400)
                return false;
            *attempt = a.learner(next++);
            return true;
        }));
        const QuizStatistics s = statistics(*storage);
        QCOMPARE(s.attempts, 400);
        for (const ItemStatistics &item : s.items) {
            QVERIFY(item.facility && *item.facility > 5 && *item.facility < 95);
            QVERIFY(item.discriminationIndex && *item.discriminationIndex > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestQuizStatistics)
#include "tst_quizstatistics.moc"
