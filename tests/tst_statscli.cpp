// hitready-cli simulate, stats and export as a script sees them: exit codes, the JSON and CSV
// shapes, simulated learners that answer every item type and come out the same for the same
// seed.

#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace {

using Run = hitready::test::CliRun;

Run cli(const QStringList &arguments, const QByteArray &input = {})
{
    return hitready::test::runCli(arguments, input);
}

const char *const quizYaml = R"(hitready: 1
id: sim
title: Simulated
domains:
  - {id: a, title: A}
  - {id: b, title: B}
items:
  - {id: a1, domain: a, type: single, prompt: P, options: [{id: x, text: X, correct: true}, {id: y, text: Y}, {id: z, text: Z}]}
  - {id: a2, domain: a, type: truefalse, prompt: P, answer: false}
  - {id: a3, domain: a, type: single, prompt: P, options: [{id: x, text: X}, {id: y, text: Y, correct: true}]}
  - {id: b1, domain: b, type: multiple, points: 2, prompt: P, options: [{id: x, text: X, correct: true}, {id: y, text: Y, correct: true}, {id: z, text: Z}]}
  - {id: b2, domain: b, type: single, prompt: P, options: [{id: x, text: X}, {id: y, text: Y}, {id: z, text: Z, correct: true}]}
  - {id: b3, domain: b, type: likert, prompt: P, anchors: [1, 2, 3, 4, 5]}
)";

const QStringList summaryKeys{"scope",       "items",    "maxMark",       "count",      "mean",
                              "meanPercent", "median",   "medianPercent", "sd",         "sdPercent",
                              "skewness",    "kurtosis", "alpha",         "errorRatio", "sem",
                              "semPercent",  "flags"};
const QStringList itemKeys{"id",
                           "domain",
                           "type",
                           "maxMark",
                           "attempts",
                           "facility",
                           "sd",
                           "randomGuessScore",
                           "intendedWeight",
                           "effectiveWeight",
                           "negativeCovariance",
                           "discriminationIndex",
                           "discriminativeEfficiency",
                           "optionResponses",
                           "responses",
                           "otherResponses",
                           "unanswered",
                           "flags"};

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestStatsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_quiz, m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_quiz = path(QStringLiteral("sim.yaml"));
        QFile file(m_quiz);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(quizYaml);
        file.close();
        m_db = path(QStringLiteral("sim.sqlite"));
        const Run run = cli({"simulate", m_quiz, "--learners", "300", "--seed", "7", "--db", m_db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Stored 300 simulated attempts of 'sim'")),
                 qPrintable(run.out + run.err));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("printed");
        const QString db = path(QStringLiteral("sim.sqlite"));
        QTest::addRow("stats") << QStringList{"stats", "sim", "--db", db} << 0 << "Facility";
        QTest::addRow("stats unknown quiz")
            << QStringList{"stats", "nope", "--db", db} << 1 << "no quiz 'nope'";
        QTest::addRow("stats unknown version")
            << QStringList{"stats", "sim", "--hash", "abc", "--db", db} << 1 << "no version abc";
        QTest::addRow("stats missing database")
            << QStringList{"stats", "sim", "--db", path("none.sqlite")} << 2 << "no such database";
        QTest::addRow("stats json and csv")
            << QStringList{"stats", "sim", "--json", "--csv", "--db", db} << 2 << "one of";
        QTest::addRow("stats bad top")
            << QStringList{"stats", "sim", "--top", "x", "--db", db} << 2 << "--top";
        QTest::addRow("stats no quiz id") << QStringList{"stats"} << 2 << "missing QUIZ_ID";
        QTest::addRow("export without format")
            << QStringList{"export", "sim", "--db", db} << 2 << "missing --csv";
        QTest::addRow("export unknown quiz")
            << QStringList{"export", "nope", "--csv", "--db", db} << 1 << "no quiz 'nope'";
        QTest::addRow("simulate without seed")
            << QStringList{"simulate", "x.yaml", "--learners", "3"} << 2 << "--seed";
        QTest::addRow("simulate zero learners")
            << QStringList{"simulate", "x.yaml", "--learners", "0", "--seed", "1"} << 2
            << "--learners";
        QTest::addRow("simulate missing quiz")
            << QStringList{"simulate", path("none.yaml"),   "--learners", "3", "--seed", "1",
                           "--db",     path("other.sqlite")}
            << 2 << "cannot read";
        for (const char *command : {"stats", "export", "simulate"})
            QTest::addRow("%s --help", command)
                << QStringList{command, "--help"} << 0 << "Usage: hitready-cli";
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, printed);
        const Run run = cli(arguments);
        QVERIFY2(run.out.contains(printed) || run.err.contains(printed),
                 qPrintable(run.out + run.err));
        QCOMPARE(run.exitCode, exitCode);
    }

    void statsJsonShape()
    {
        const Run run = cli({"stats", "sim", "--json", "--db", m_db});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(sortedKeys(root),
                 sorted({"quiz", "title", "referenceHash", "attemptsUsed", "attempts", "versions",
                         "retiredItems", "unreadableAnswers", "items", "test", "domains"}));
        QCOMPARE(root.value("quiz").toString(), QStringLiteral("sim"));
        QCOMPARE(root.value("attemptsUsed").toString(), QStringLiteral("first"));
        QCOMPARE(root.value("attempts").toInt(), 300);
        const QJsonArray items = root.value("items").toArray();
        QCOMPARE(items.size(), 5); // the likert item is not scored
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            QCOMPARE(sortedKeys(item), sorted(itemKeys));
            QCOMPARE(item.value("attempts").toInt(), 300);
            const double facility = item.value("facility").toDouble(-1);
            QVERIFY(facility >= 0 && facility <= 100);
            QVERIFY(item.value("discriminationIndex").isDouble());
            QVERIFY(item.value("optionResponses").toBool());
            for (const QJsonValue &r : item.value("responses").toArray()) {
                const QJsonObject response = r.toObject();
                QVERIFY(response.value("correct").isBool());
                QVERIFY(response.value("count").toInt(-1) >= 0);
            }
            for (const QJsonValue &f : item.value("flags").toArray())
                QCOMPARE(sortedKeys(f.toObject()), sorted({"code", "reason"}));
        }
        QCOMPARE(items.at(0).toObject().value("responses").toArray().size(), 3);
        QCOMPARE(
            items.at(1).toObject().value("responses").toArray().at(0).toObject().value("response"),
            QJsonValue(QStringLiteral("true")));
        const QJsonObject test = root.value("test").toObject();
        QCOMPARE(sortedKeys(test), sorted(summaryKeys));
        QCOMPARE(test.value("count").toInt(), 300);
        QCOMPARE(test.value("maxMark").toDouble(), 6.0);
        QVERIFY(std::isfinite(test.value("alpha").toDouble(NAN)));
        QVERIFY(std::abs(test.value("errorRatio").toDouble() -
                         100 * std::sqrt(1 - test.value("alpha").toDouble() / 100)) < 1e-9);
        const QJsonArray domains = root.value("domains").toArray();
        QCOMPARE(domains.size(), 2);
        QCOMPARE(domains.at(1).toObject().value("scope").toString(), QStringLiteral("b"));
        QCOMPARE(domains.at(1).toObject().value("items").toInt(), 2);
    }

    void statsCsvShape()
    {
        const Run run = cli({"stats", "sim", "--csv", "--all-attempts", "--db", m_db});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 5 + 1 + 2);
        const QStringList header = lines[0].split(QLatin1Char(','));
        QCOMPARE(header, (QStringList{"kind",
                                      "id",
                                      "domain",
                                      "type",
                                      "items",
                                      "max_mark",
                                      "attempts",
                                      "facility",
                                      "sd_percent",
                                      "random_guess_score",
                                      "intended_weight",
                                      "effective_weight",
                                      "discrimination_index",
                                      "discriminative_efficiency",
                                      "unanswered",
                                      "mean_percent",
                                      "median_percent",
                                      "skewness",
                                      "kurtosis",
                                      "alpha",
                                      "error_ratio",
                                      "sem_percent",
                                      "flags"}));
        for (const QString &line : lines.mid(1))
            QCOMPARE(line.split(QLatin1Char(',')).size(), header.size());
        QVERIFY(lines[1].startsWith(QStringLiteral("item,a1,a,single,1,1,300,")));
        QVERIFY(lines[6].startsWith(QStringLiteral("test,test,,,5,6,300,")));
        QVERIFY(lines[8].startsWith(QStringLiteral("domain,b,b,,2,3,300,")));
        // a1's guess: 1 of 3 options; intended weight 1 of 6 marks.
        QCOMPARE(lines[1].split(QLatin1Char(','))[9], QStringLiteral("33.33333333"));
        QCOMPARE(lines[1].split(QLatin1Char(','))[10], QStringLiteral("16.66666667"));
    }

    void exportShapes()
    {
        Run run = cli({"export", "sim", "--csv", "--db", m_db});
        QCOMPARE(run.exitCode, 0);
        QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 301);
        QCOMPARE(lines[0], QStringLiteral("attempt_id,profile,quiz_hash,started_at,finished_at,"
                                          "answered,overall_percent,a_percent,b_percent"));
        QVERIFY(lines[1].startsWith(QStringLiteral("1,simulated-7-000001,")));
        for (const QString &line : lines.mid(1))
            QCOMPARE(line.split(QLatin1Char(',')).size(), 9);
        run = cli({"export", "sim", "--csv", "--responses", "--db", m_db});
        QCOMPARE(run.exitCode, 0);
        lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines[0], QStringLiteral("attempt_id,profile,quiz_hash,item_id,domain,type,"
                                          "answer,mark,max_mark"));
        // Six items each for 300 learners, less what they left unanswered (a few percent).
        QVERIFY2(lines.size() > 1 + 300 * 6 * 9 / 10 && lines.size() <= 1 + 300 * 6,
                 qPrintable(QString::number(lines.size())));
    }

    // Learners answer every item type: each item of the fixture (one of each later type) has
    // attempts for every learner, most of them answered, and marks between 0 and the maximum.
    void simulateEveryItemType()
    {
        const QString db = path(QStringLiteral("types.sqlite"));
        const Run sim = cli({"simulate", QStringLiteral(HITREADY_FIXTURES "/item-types.yaml"),
                             "--learners", "200", "--seed", "3", "--db", db});
        QCOMPARE(sim.exitCode, 0);
        QCOMPARE(sim.err, QString()); // no item left unanswered
        const Run run = cli({"stats", "item-types", "--json", "--db", db});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray items =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value("items").toArray();
        QStringList types;
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            const QString id = item.value("id").toString();
            types.append(item.value("type").toString());
            QCOMPARE(item.value("attempts").toInt(), 200);
            QVERIFY2(item.value("unanswered").toInt(-1) < 20, qPrintable(id));
            const double facility = item.value("facility").toDouble(-1);
            QVERIFY2(facility > 0 && facility < 100, qPrintable(id));
            QVERIFY2(!item.value("responses").toArray().isEmpty(), qPrintable(id));
        }
        QCOMPARE(types, (QStringList{"ordering", "matching", "hottext", "numeric", "text"}));
    }

    // The same seed stores the same learners (timestamps included); another seed, others.
    void simulateIsReproducible()
    {
        const auto responses = [&](const QString &seed, const QString &name) {
            const QString db = path(name);
            const Run sim =
                cli({"simulate", m_quiz, "--learners", "50", "--seed", seed, "--db", db});
            if (sim.exitCode != 0)
                qFatal("simulate failed: %s", qPrintable(sim.err));
            return cli({"export", "sim", "--csv", "--responses", "--db", db}).out +
                   cli({"export", "sim", "--csv", "--db", db}).out;
        };
        const QString first = responses(QStringLiteral("11"), QStringLiteral("r1.sqlite"));
        QVERIFY(first.count(QLatin1Char('\n')) > 100);
        QCOMPARE(responses(QStringLiteral("11"), QStringLiteral("r2.sqlite")), first);
        QVERIFY(responses(QStringLiteral("12"), QStringLiteral("r3.sqlite")) != first);
    }
};

QTEST_GUILESS_MAIN(TestStatsCli)
#include "tst_statscli.moc"
