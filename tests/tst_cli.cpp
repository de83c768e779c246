// hitready-cli as a script sees it: exit codes, messages and the score --json shape.

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(HITREADY_CLI), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("hitready-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const char *const miniQuiz = R"(hitready: 1
id: mini
title: Mini
levels: [{min: 0, label: Not yet}, {min: 60, label: Ready}]
domains:
  - {id: a, title: A, weight: 1}
  - {id: b, title: B, weight: 3, levels: [{min: 0, label: Low}, {min: 50, label: High}]}
items:
  - {id: a1, domain: a, type: single, prompt: P, options: [{id: x, text: X, correct: true}, {id: y, text: Y}]}
  - {id: a2, domain: a, type: truefalse, prompt: P, answer: true}
  - {id: b1, domain: b, type: multiple, points: 2, prompt: P, options: [{id: x, text: X, correct: true}, {id: y, text: Y, correct: true}, {id: z, text: Z}]}
  - {id: b2, domain: b, type: likert, prompt: P, anchors: [1, 2, 3, 4, 5]}
recommendations:
  - {id: base, kind: course, title: Base}
  - {id: strong-b, kind: certification, title: Strong B, when: {all: [{domain: b, min: 50}, {self_rating: b, min: 3}]}}
  - {id: weak-a, kind: course, title: Weak A, when: {domain: a, max: 49.99}}
)";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("printed");

        const QString good = write(QStringLiteral("good.yaml"), miniQuiz);
        const QString bad =
            write(QStringLiteral("bad.yaml"),
                  QByteArray(miniQuiz).replace("prompt: P, answer", "promt: P, answer"));
        const QString answers =
            write(QStringLiteral("answers.json"), R"({"a1": "x", "b1": ["x"], "b2": 4})");
        const QString unknownItem = write(QStringLiteral("unknown.json"), R"({"zz": "x"})");
        const QString illTyped = write(QStringLiteral("illtyped.json"), R"({"a2": "yes"})");
        const QString badRating = write(QStringLiteral("rating.json"), R"({"b2": 6})");
        const QString notJson =
            write(QStringLiteral("broken.json"), "{\n  \"a1\": \"x\",\n  oops\n}");

        QTest::addRow("lint clean") << QStringList{"lint", good} << 0 << "";
        QTest::addRow("lint problems")
            << QStringList{"lint", good, bad} << 1 << "bad.yaml:10:42: unknown key 'promt'";
        QTest::addRow("lint unreadable")
            << QStringList{"lint", good, m_dir.filePath("none.yaml")} << 2 << "cannot read";
        QTest::addRow("lint no file") << QStringList{"lint"} << 2 << "missing FILE";
        QTest::addRow("info") << QStringList{"info", good} << 0 << "hash:";
        QTest::addRow("info bad") << QStringList{"info", bad} << 1 << "unknown key 'promt'";
        QTest::addRow("score") << QStringList{"score", good, "--answers", answers} << 0
                               << "Overall";
        QTest::addRow("score bad quiz")
            << QStringList{"score", bad, "--answers", answers} << 1 << "promt";
        QTest::addRow("score unknown item")
            << QStringList{"score", good, "--answers", unknownItem} << 1 << "unknown item id 'zz'";
        QTest::addRow("score ill-typed")
            << QStringList{"score", good, "--answers", illTyped} << 1 << "expected true or false";
        QTest::addRow("score rating out of range")
            << QStringList{"score", good, "--answers", badRating} << 1 << "from 1 to 5";
        QTest::addRow("score broken JSON")
            << QStringList{"score", good, "--answers", notJson} << 1 << "broken.json:3:";
        QTest::addRow("score missing answers")
            << QStringList{"score", good, "--answers", m_dir.filePath("no.json")} << 2
            << "cannot read";
        QTest::addRow("score without --answers")
            << QStringList{"score", good} << 2 << "missing --answers";
        QTest::addRow("unknown command") << QStringList{"grade"} << 2 << "unknown command 'grade'";
        QTest::addRow("unknown option")
            << QStringList{"lint", "--fast", good} << 2 << "Unknown option";
        for (const char *command : {"lint", "info", "score", "take"})
            QTest::addRow("%s --help", command)
                << QStringList{command, "--help"} << 0 << "Usage: hitready-cli";
        QTest::addRow("--help") << QStringList{"--help"} << 0 << "Commands:";
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

    void scoreJson()
    {
        const QString quiz = write(QStringLiteral("mini.yaml"), miniQuiz);
        const QString answers =
            write(QStringLiteral("a.json"), R"({"a1": "y", "a2": true, "b1": ["x"], "b2": 4})");
        const Run run = cli({QStringLiteral("score"), quiz, QStringLiteral("--answers"), answers,
                             QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value("quiz").toString(), QStringLiteral("mini"));
        QCOMPARE(root.value("hash").toString().size(), 64);
        // a: 1 of 2 = 50%; b: 1 of 2 points = 50%; overall (1 x 50 + 3 x 50) / 4 = 50%
        const QJsonArray domains = root.value("domains").toArray();
        QCOMPARE(domains.size(), 2);
        const QJsonObject a = domains.at(0).toObject(), b = domains.at(1).toObject();
        QCOMPARE(a.value("id").toString(), QStringLiteral("a"));
        QCOMPARE(a.value("earned").toDouble(), 1.0);
        QCOMPARE(a.value("max").toDouble(), 2.0);
        QCOMPARE(a.value("percent").toDouble(), 50.0);
        QVERIFY(a.value("level").isNull());
        QVERIFY(a.value("self_rating").isNull());
        QCOMPARE(b.value("percent").toDouble(), 50.0);
        QCOMPARE(b.value("level").toString(), QStringLiteral("High"));
        QCOMPARE(b.value("self_rating").toDouble(), 4.0);
        const QJsonObject overall = root.value("overall").toObject();
        QCOMPARE(overall.value("percent").toDouble(), 50.0);
        QCOMPARE(overall.value("level").toString(), QStringLiteral("Not yet"));
        const QJsonArray recommendations = root.value("recommendations").toArray();
        QStringList ids;
        for (const QJsonValue &r : recommendations)
            ids.append(r.toObject().value("id").toString());
        QCOMPARE(ids, (QStringList{"base", "strong-b"}));
        const QJsonObject strong = recommendations.at(1).toObject();
        QCOMPARE(strong.value("kind").toString(), QStringLiteral("certification"));
        QCOMPARE(strong.value("title").toString(), QStringLiteral("Strong B"));
        QCOMPARE(strong.value("reasons").toArray().size(), 2);
        QCOMPARE(strong.value("reasons").toArray().at(0).toString(),
                 QStringLiteral("B 50% is at least 50%"));
    }

    void takeStoresAndResumes()
    {
        const QString quiz = write(QStringLiteral("take.yaml"), miniQuiz);
        const QString db = m_dir.filePath(QStringLiteral("take.sqlite"));
        const QStringList take{QStringLiteral("take"),      quiz,
                               QStringLiteral("--profile"), QStringLiteral("Ana"),
                               QStringLiteral("--db"),      db};
        // Two answers (one typed as an option number), then the input ends: saved, not submitted.
        Run run = cli(take, "x\nt\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Saved: 2 of 4 answered")), qPrintable(run.out));
        // An answer that does not fit is asked again; the attempt resumes at question 3.
        run = cli(take, "q\n1,2\n5\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Resuming your attempt")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("That answer does not fit")));
        QVERIFY(run.out.contains(QStringLiteral("Question 3 of 4")));
        QVERIFY(!run.out.contains(QStringLiteral("Question 1 of 4")));
        QVERIFY2(run.out.contains(QStringLiteral("Submitted.")), qPrintable(run.out));
        // a: 2 of 2; b: 2 of 2 -> 100%, and the self-rating 5 makes "Strong B" hold.
        QVERIFY(run.out.contains(QStringLiteral("Overall: 100.0% (Ready)")));
        QVERIFY(run.out.contains(QStringLiteral("Strong B")));
        // Nothing unfinished is left: a third run starts a new attempt.
        run = cli(take, ":quit\n");
        QVERIFY(!run.out.contains(QStringLiteral("Resuming")));
    }

    void takeRefusesADamagedDatabase()
    {
        const QString quiz = write(QStringLiteral("take2.yaml"), miniQuiz);
        const QByteArray garbage(4096, 'x');
        const QString db = write(QStringLiteral("damaged.sqlite"), garbage);
        const Run run = cli({QStringLiteral("take"), quiz, QStringLiteral("--db"), db}, "x\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("damaged.sqlite")), qPrintable(run.err));
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    // Every item type of issue 4 through a JSON answers file: ordering 2 of 3 pairs, matching
    // 1 of 3, hottext both spans, numeric within tolerance, text with spaces ignored.
    void scoreJsonWithNewItemTypes()
    {
        const QString answers = write(QStringLiteral("types.json"), R"({
            "eth-21": ["verify", "receive", "check", "release"],
            "cod-30": {"pcs": "outpt", "icd": "dx", "cpt": null},
            "det-30": ["sex", "dis"],
            "ana-30": 12.58,
            "cod-31": " e 11.9 "})");
        const Run run =
            cli({QStringLiteral("score"), QStringLiteral(HITREADY_FIXTURES "/item-types.yaml"),
                 QStringLiteral("--answers"), answers, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QHash<QString, double> earned;
        for (const QJsonValue &d : root.value("domains").toArray())
            earned.insert(d.toObject().value("id").toString(),
                          d.toObject().value("earned").toDouble());
        QCOMPARE(earned.value("ethics"), 2.0 / 3);
        QCOMPARE(earned.value("coding"), 1 + 1.0 / 3);
        QCOMPARE(earned.value("detail"), 1.0);
        QCOMPARE(earned.value("analysis"), 1.0);
        // (2/3 + 2/3 + 1 + 1) / 4 domains of weight 1
        QCOMPARE(root.value("overall").toObject().value("percent").toDouble(), 250.0 / 3);
    }

    void newItemTypesRefuseWrongShapes_data()
    {
        QTest::addColumn<QByteArray>("answers");
        QTest::addColumn<QString>("printed");
        QTest::addRow("ordering as a string")
            << QByteArray(R"({"eth-21": "receive,verify,check,release"})")
            << "item 'eth-21' (ordering): expected a list of every step id";
        QTest::addRow("ordering incomplete")
            << QByteArray(R"({"eth-21": ["receive", "verify"]})") << "expected every step id once";
        QTest::addRow("matching as a list") << QByteArray(R"({"cod-30": ["icd", "dx"]})")
                                            << "item 'cod-30' (matching): expected an object";
        QTest::addRow("matching to a number")
            << QByteArray(R"({"cod-30": {"icd": 1}})") << "expected an object";
        QTest::addRow("matching unknown left")
            << QByteArray(R"({"cod-30": {"ich": "dx"}})") << "no left entry 'ich'";
        QTest::addRow("hottext unknown span")
            << QByteArray(R"({"det-30": ["age"]})") << "no span 'age'";
        QTest::addRow("numeric as a string")
            << QByteArray(R"({"ana-30": "12.5"})") << "item 'ana-30' (numeric): expected a number";
        QTest::addRow("text as a number")
            << QByteArray(R"({"cod-31": 11.9})") << "item 'cod-31' (text): expected a string";
        QTest::addRow("text too long")
            << QByteArray(R"({"cod-31": ")" + QByteArray(201, 'x') + R"("})")
            << "at most 200 characters";
    }

    void newItemTypesRefuseWrongShapes()
    {
        QFETCH(QByteArray, answers);
        QFETCH(QString, printed);
        const QString path = write(QStringLiteral("wrong.json"), answers);
        const Run run =
            cli({QStringLiteral("score"), QStringLiteral(HITREADY_FIXTURES "/item-types.yaml"),
                 QStringLiteral("--answers"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(printed), qPrintable(run.err));
    }

    // Each new type typed in the terminal, stored, resumed and scored; stimuli shown once
    // before the items that refer to them.
    void takeNewItemTypes()
    {
        const QString quiz = QStringLiteral(HITREADY_FIXTURES "/item-types.yaml");
        const QString db = m_dir.filePath(QStringLiteral("types.sqlite"));
        const QStringList take{QStringLiteral("take"),      quiz,
                               QStringLiteral("--db"),      db,
                               QStringLiteral("--profile"), QStringLiteral("Ana")};
        Run run = cli(take, "verify receive check release\nICD = dx, pcs=OUTPT\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Saved: 2 of 5 answered")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("  icd) ICD-10-CM")));
        QVERIFY(run.out.contains(QStringLiteral("  drug) Retail drug package labels")));
        run = cli(take, "dis sex\n12,5\n12.58\n e 11.9\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Resuming")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Discharge summary - Maria Lopez\n")));
        QVERIFY(run.out.contains(QStringLiteral("DOB: [dob: 04/12/1981]    Sex: [sex: M]")));
        QVERIFY(run.out.contains(QStringLiteral("  Month     Discharges  Delinquent records\n"
                                                "  --------  ----------  ------------------\n"
                                                "  January   410         37\n")));
        QVERIFY(run.out.contains(QStringLiteral("12,5 is not read as a number")));
        QVERIFY2(run.out.contains(QStringLiteral("Submitted.")), qPrintable(run.out));
        // (2/3 + 2/3 + 1 + 1) / 4 = 83.3%
        QVERIFY2(run.out.contains(QStringLiteral("Overall: 83.3%")), qPrintable(run.out));
    }

    void scoreReadsStandardInput()
    {
        const QString quiz = write(QStringLiteral("stdin.yaml"), miniQuiz);
        const Run run = cli({QStringLiteral("score"), quiz, QStringLiteral("--answers"),
                             QStringLiteral("-"), QStringLiteral("--json")},
                            R"({"a1": "x", "a2": true})");
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value("domains").toArray().at(0).toObject().value("percent").toDouble(),
                 100.0);
        QCOMPARE(root.value("recommendations").toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
