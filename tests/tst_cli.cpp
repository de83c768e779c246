// hitready-cli as a script sees it: exit codes, messages and the score --json shape.

#include "attemptorder.h"
#include "clirun.h"
#include "loader.h"
#include "storage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;

namespace {

using Run = hitready::test::CliRun;

Run cli(const QStringList &arguments, const QByteArray &input = {})
{
    return hitready::test::runCli(arguments, input);
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

// Domain a draws 1 of its 2 items; b has one.
const char *const poolQuiz = R"(hitready: 1
id: pool
title: Pool
domains:
  - {id: a, title: A, draw: 1}
  - {id: b, title: B}
items:
  - {id: a1, domain: a, type: truefalse, prompt: P, answer: true}
  - {id: a2, domain: a, type: truefalse, prompt: P, answer: true}
  - {id: b1, domain: b, type: truefalse, prompt: P, answer: true}
)";

// Asks for confidence, with a time limit; every scored item is true/false, so "t" always fits.
const char *const confidenceQuiz = R"(hitready: 1
id: sure
title: Sure
time_limit: 45
confidence: true
shuffle: {items: true}
domains:
  - {id: a, title: A}
items:
  - {id: r1, domain: a, type: likert, prompt: Rate, anchors: [1, 2, 3, 4, 5]}
  - {id: a1, domain: a, type: truefalse, prompt: P1, answer: true}
  - {id: a2, domain: a, type: truefalse, prompt: P2, answer: false}
  - {id: a3, domain: a, type: truefalse, prompt: P3, answer: true}
)";

// A matching item whose left ids are the keys of the wrapped answer form, and an ordering, a
// matching and a single item under shuffle.options (`%1` takes the confidence line).
const char *const collidingQuiz = R"(hitready: 1
id: colliding
title: Colliding
%1
domains:
  - {id: a, title: A}
items:
  - id: m1
    domain: a
    type: matching
    points: 3
    prompt: Match
    left:
      - {id: answer, text: Answer, match: r1}
      - {id: confidence, text: Confidence, match: r2}
      - {id: other, text: Other, match: r3}
    right: [{id: r1, text: R1}, {id: r2, text: R2}, {id: r3, text: R3}]
)";

const char *const shuffledTypesQuiz = R"(hitready: 1
id: shuffled-types
title: Shuffled types
shuffle: {options: true}
domains:
  - {id: a, title: A}
items:
  - id: s1
    domain: a
    type: single
    prompt: Pick
    options: [{id: p, text: P, correct: true}, {id: q, text: Q}, {id: r, text: R}, {id: s, text: S}, {id: t, text: T}]
  - id: o1
    domain: a
    type: ordering
    prompt: Order
    steps: [{id: s-a, text: SA}, {id: s-b, text: SB}, {id: s-c, text: SC}, {id: s-d, text: SD}, {id: s-e, text: SE}]
  - id: x1
    domain: a
    type: matching
    prompt: Match
    left: [{id: l1, text: L1, match: r1}, {id: l2, text: L2, match: r2}]
    right: [{id: r1, text: R1}, {id: r2, text: R2}, {id: r3, text: R3}, {id: r4, text: R4}, {id: r5, text: R5}]
)";

QJsonObject jsonOf(const QString &text)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(text.toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("not JSON: %s", qPrintable(text));
    return root;
}

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
        const QString twice =
            write(QStringLiteral("twice.json"), "{\"a1\": \"x\",\n \"a1\": \"y\"}");
        QTest::addRow("score answers an item twice")
            << QStringList{"score", good, "--answers", twice} << 1
            << "twice.json:2:2: key 'a1' appears twice in one object";
        QTest::addRow("score broken JSON")
            << QStringList{"score", good, "--answers", notJson} << 1 << "broken.json:3:";
        QTest::addRow("score missing answers")
            << QStringList{"score", good, "--answers", m_dir.filePath("no.json")} << 2
            << "cannot read";
        QTest::addRow("score without --answers")
            << QStringList{"score", good} << 2 << "missing --answers";
        QTest::addRow("score bad seed")
            << QStringList{"score", good, "--answers", answers, "--seed", "-1"} << 2
            << "--seed takes a whole number from 0 to 18446744073709551615, not '-1'";
        QTest::addRow("take bad seed")
            << QStringList{"take", good, "--seed", "x"} << 2 << "--seed takes a whole number";
        const QString wrapped = write(QStringLiteral("wrapped.json"),
                                      R"({"a1": {"answer": "x", "confidence": "high"}})");
        QTest::addRow("score confidence for a quiz without")
            << QStringList{"score", good, "--answers", wrapped} << 1
            << "item 'a1' (single): quiz 'mini' does not ask for confidence";
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
        QVERIFY(!overall.contains("cbm")); // only for quizzes with confidence: true
        QVERIFY(!a.contains("cbm"));
        QCOMPARE(overall.value("level").toString(), QStringLiteral("Not yet"));
        const QJsonArray recommendations = root.value("recommendations").toArray();
        QStringList ids;
        for (const QJsonValue &r : recommendations)
            ids.append(r.toObject().value("id").toString());
        QCOMPARE(ids, (QStringList{"base", "strong-b"}));
        const QJsonObject strong = recommendations.at(1).toObject();
        QCOMPARE(strong.value("kind").toString(), QStringLiteral("certification"));
        QCOMPARE(strong.value("title").toString(), QStringLiteral("Strong B"));
        // Reasons are data, the same in every language; the sentences are the text report's.
        QCOMPARE(
            strong.value("reasons").toArray(),
            (QJsonArray{
                QJsonObject{{"condition", "domain"}, {"domain", "b"}, {"value", 50}, {"min", 50}},
                QJsonObject{
                    {"condition", "self_rating"}, {"domain", "b"}, {"value", 4}, {"min", 3}}}));
        QCOMPARE(recommendations.at(0).toObject().value("reasons").toArray(), QJsonArray());
        const QString text =
            cli({QStringLiteral("score"), quiz, QStringLiteral("--answers"), answers}).out;
        QVERIFY2(text.contains(QStringLiteral("  - Your score in B, 50%, is 50% or more.\n"
                                              "  - You rated yourself 4 of 5 in B, which is 3 "
                                              "of 5 or more.\n")),
                 qPrintable(text));
    }

    void takeStoresAndResumes()
    {
        const QString quiz = write(QStringLiteral("take.yaml"), miniQuiz);
        const QString db = m_dir.filePath(QStringLiteral("take.sqlite"));
        const QStringList take{QStringLiteral("take"),      quiz,
                               QStringLiteral("--profile"), QStringLiteral("Ana"),
                               QStringLiteral("--db"),      db};
        // The self-rating comes first. Two answers, then the input ends: saved, not submitted.
        Run run = cli(take, "5\nx\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Saved: 2 of 4 answered")), qPrintable(run.out));
        // An answer that does not fit is asked again; the attempt resumes at question 3.
        run = cli(take, "q\nt\n1,2\n"); // the last typed as option numbers
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

    // info prints the attempt's shape: what one attempt shows, as the engine counts it.
    void infoShowsTheAttemptShape()
    {
        const QString quiz =
            write(QStringLiteral("shape.yaml"),
                  QByteArray(poolQuiz).replace("title: Pool\n", "title: Pool\ntime_limit: 2\n"));
        const Run run = cli({QStringLiteral("info"), quiz});
        QCOMPARE(run.exitCode, 0);
        // a: 1 of 2 drawn, b: 1; two true/false items of 40 s: 2 minutes, the limit.
        QVERIFY2(run.out.contains(QStringLiteral(
                     "attempt:  2 items (2 scored, 0 self-ratings), the scored ones drawn from 3\n"
                     "points:   2 per attempt\n"
                     "time:     about 2 minutes (time limit 2 minutes)\n")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("items:    3 in the file")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral(R"(a \(A\) +1 +2 +1 +0 +2)"))),
                 qPrintable(run.out));
        const Run mini = cli({QStringLiteral("info"), write(QStringLiteral("m.yaml"), miniQuiz)});
        QVERIFY2(mini.out.contains(QStringLiteral("attempt:  4 items (3 scored, 1 self-rating)\n"
                                                  "points:   4 per attempt\n")),
                 qPrintable(mini.out));
    }

    // One unfinished attempt per quiz and profile: take continues it even after the quiz file
    // changed (on the version it was started on); --new deletes it and starts over.
    void takeContinuesAcrossQuizVersions()
    {
        const QString quiz = write(QStringLiteral("versions.yaml"), miniQuiz);
        const QString db = m_dir.filePath(QStringLiteral("versions.sqlite"));
        const QStringList take{QStringLiteral("take"),      quiz,
                               QStringLiteral("--profile"), QStringLiteral("Ana"),
                               QStringLiteral("--db"),      db};
        Run run = cli(take, "5\n");
        QVERIFY2(run.out.contains(QStringLiteral("Saved: 1 of 4 answered")), qPrintable(run.out));
        const auto unfinished = [&] {
            QList<qint64> ids;
            auto storage = *Storage::open(db);
            const QList<AttemptRecord> open =
                *storage->unfinishedAttempts(storage->profileByName(QStringLiteral("Ana"))->id);
            for (const AttemptRecord &a : open)
                ids.append(a.id);
            return ids;
        };
        const QList<qint64> first = unfinished();
        QCOMPARE(first.size(), 1);

        write(QStringLiteral("versions.yaml"),
              QByteArray(miniQuiz).replace("title: Mini", "title: Mini, reworded"));
        run = cli(take, "x\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Resuming your attempt")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("The quiz file has changed since")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Saved: 2 of 4 answered")), qPrintable(run.out));
        QCOMPARE(unfinished(), first);

        run = cli(take + QStringList{QStringLiteral("--new")}, ":quit\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Deleted your unfinished attempt")),
                 qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("Resuming")));
        QVERIFY2(run.out.contains(QStringLiteral("Saved: 0 of 4 answered")), qPrintable(run.out));
        QCOMPARE(unfinished().size(), 1); // the new one (SQLite may give it the freed id)
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
    // Practice mode: the engine's verdict after each answer, in the words the app uses too.
    void takePracticeSaysTheVerdict()
    {
        QFile source(QStringLiteral(HITREADY_FIXTURES "/item-types.yaml"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString quiz =
            write(QStringLiteral("practice-types.yaml"),
                  source.readAll().replace("id: item-types\n", "id: item-types\nmode: practice\n"));
        const QString db = m_dir.filePath(QStringLiteral("practice.sqlite"));
        const Run run = cli({QStringLiteral("take"), quiz, QStringLiteral("--db"), db,
                             QStringLiteral("--profile"), QStringLiteral("Ana")},
                            "receive verify release check\nicd=dx\ndis sex\n:quit\n");
        QCOMPARE(run.exitCode, 0);
        // ordering 2 of 3 pairs and matching 1 of 3: partly right; the record's two parts: right
        QCOMPARE(run.out.count(QStringLiteral("Partly correct.")), 2);
        QCOMPARE(run.out.count(QStringLiteral("> Correct.")), 1); // after the answer prompt
        QVERIFY(!run.out.contains(QStringLiteral("Not quite")));
    }
    void scoreWithSeed_data();
    void scoreWithSeed();
    void scoreWithConfidence();
    void scoreRefusesBadConfidence_data();
    void scoreRefusesBadConfidence();
    void takeWithSeedAndConfidence();
    void takeSubmitsWhenTimeIsUp();
    void takeSubmitsOnResumeWhenTimeIsUp();
    void wrappedFormIsDecidedByKeys_data();
    void wrappedFormIsDecidedByKeys();
    void takeShowsTheSeededOrders();
    void scoreIsTheSameInEveryLanguage();
    void unknownLanguageIsRefused_data();
    void unknownLanguageIsRefused();
    void takeShowsTheQuizInTheLanguage();
    void takeShowsTheAcceptedAnswersOfTheLanguage_data();
    void takeShowsTheAcceptedAnswersOfTheLanguage();

    // Issue 13: lint --languages reports each untranslated text; info counts them per language.
    void lintLanguages_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("printed");
        const QString bilingual = QStringLiteral(HITREADY_FIXTURES "/bilingual.yaml");
        const QString mini = write(QStringLiteral("mini.yaml"), miniQuiz);
        QTest::addRow("translated") << QStringList{"lint", "--languages", "es", bilingual} << 0
                                    << "1 file checked, 0 problems";
        QTest::addRow("the quiz's own language too")
            << QStringList{"lint", "--languages", "en,es", bilingual} << 0 << "0 problems";
        QTest::addRow("not translated")
            << QStringList{"lint", "--languages", "es,hmn", bilingual} << 1
            << "bilingual.yaml:3:8: this text has no 'hmn' "
               "translation\n";
        QTest::addRow("every hmn text")
            << QStringList{"lint", "--languages", "es,hmn", bilingual} << 1 << "31 problems";
        QTest::addRow("English only") << QStringList{"lint", "--languages", "es", mini} << 1
                                      << "mini.yaml:3:8: this text has no 'es' translation\n";
        QTest::addRow("not a language code")
            << QStringList{"lint", "--languages", "Spanish", bilingual} << 2
            << "'Spanish' in --languages is not a language code";
    }
    void lintLanguages()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, printed);
        const Run run = cli(arguments);
        QVERIFY2(run.out.contains(printed) || run.err.contains(printed),
                 qPrintable(run.out + run.err));
        QCOMPARE(run.exitCode, exitCode);
    }

    void infoCountsTranslatedTexts()
    {
        QFile fixture(QStringLiteral(HITREADY_FIXTURES "/bilingual.yaml"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QByteArray bytes = fixture.readAll();
        const Run full = cli({QStringLiteral("info"), fixture.fileName()});
        QCOMPARE(full.exitCode, 0);
        QVERIFY2(full.out.contains(QStringLiteral("\nLanguages (texts translated)\n"
                                                  "en: 31 of 31 texts (the quiz's language)\n"
                                                  "es: 31 of 31 texts (draft)\n")),
                 qPrintable(full.out));
        QVERIFY2(full.out.startsWith(QStringLiteral("Health records readiness (bilingual")),
                 qPrintable(full.out));
        // Two texts less in Spanish, one in Hmong; the block says Spanish is reviewed.
        QByteArray partial = bytes;
        partial.replace(", es: Preparación en registros de salud (muestra bilingüe)}", "}")
            .replace("{en: Rarely sure, es: Rara vez seguro}",
                     "{en: Rarely sure, hmn: Tsis tshua paub}")
            .replace("status: draft", "status: reviewed");
        const Run run = cli({QStringLiteral("info"), write(QStringLiteral("p.yaml"), partial)});
        QVERIFY2(run.out.contains(QStringLiteral("en: 31 of 31 texts (the quiz's language)\n"
                                                 "es: 29 of 31 texts (reviewed)\n"
                                                 "hmn: 1 of 31 texts (not listed in "
                                                 "'translations': draft)\n")),
                 qPrintable(run.out));
        // --language shows the title in that language, else in the quiz's own.
        const Run spanish = cli({"info", "--language", "es", fixture.fileName()});
        QVERIFY2(spanish.out.startsWith(
                     QStringLiteral("Preparación en registros de salud (muestra bilingüe)\n")),
                 qPrintable(spanish.out));
        const Run hmong = cli({"info", "--language", "hmn", fixture.fileName()});
        QVERIFY2(hmong.out.startsWith(QStringLiteral("Health records readiness")),
                 qPrintable(hmong.out));
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

// --seed S scores what an attempt with seed S draws; without it every item counts.
void TestCli::scoreWithSeed_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 2") << quint64(2);
    QTest::newRow("seed 18446744073709551615") << quint64(18446744073709551615ull);
}

void TestCli::scoreWithSeed()
{
    QFETCH(quint64, seed);
    const QString quiz = write(QStringLiteral("pool.yaml"), poolQuiz);
    const QStringList drawn = itemOrder(*loadQuiz(poolQuiz, QStringLiteral("pool.yaml")), seed);
    QCOMPARE(drawn.size(), 2);
    const QString right =
        drawn.contains(QStringLiteral("a1")) ? QStringLiteral("a1") : QStringLiteral("a2");
    const QString other =
        right == QLatin1String("a1") ? QStringLiteral("a2") : QStringLiteral("a1");
    const QString answers =
        write(QStringLiteral("drawn.json"),
              QStringLiteral(R"({"%1": true, "b1": true})").arg(right).toUtf8());
    const QString seedText = QString::number(seed);
    Run run = cli({QStringLiteral("score"), quiz, QStringLiteral("--answers"), answers,
                   QStringLiteral("--json"), QStringLiteral("--seed"), seedText});
    QCOMPARE(run.exitCode, 0);
    QJsonObject a = jsonOf(run.out).value("domains").toArray().at(0).toObject();
    QCOMPARE(a.value("max").toDouble(), 1.0); // the undrawn item is not part of the maximum
    QCOMPARE(a.value("percent").toDouble(), 100.0);

    run = cli({QStringLiteral("score"), quiz, QStringLiteral("--answers"), answers,
               QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    a = jsonOf(run.out).value("domains").toArray().at(0).toObject();
    QCOMPARE(a.value("max").toDouble(), 2.0);
    QCOMPARE(a.value("percent").toDouble(), 50.0);

    const QString undrawn = write(QStringLiteral("undrawn.json"),
                                  QStringLiteral(R"({"%1": true})").arg(other).toUtf8());
    run = cli({QStringLiteral("score"), quiz, QStringLiteral("--answers"), undrawn,
               QStringLiteral("--seed"), seedText});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("undrawn.json: item '%1' is not drawn in an attempt "
                                             "with seed %2")
                                  .arg(other, seedText)),
             qPrintable(run.err));
}

void TestCli::scoreWithConfidence()
{
    const QString quiz = write(QStringLiteral("sure.yaml"), confidenceQuiz);
    // a1 right at high: 3; a2 wrong at medium: -2; a3 right, no confidence (low): 1.
    // CBM (3 - 2 + 1) / 3 = 2/3; calibration high 1 of 1, medium 0 of 1, low 1 of 1.
    const QString answers = write(QStringLiteral("sure.json"), R"({
        "r1": 4,
        "a1": {"answer": true, "confidence": "high"},
        "a2": {"answer": true, "confidence": "medium"},
        "a3": true
    })");
    const Run run = cli({QStringLiteral("score"), quiz, QStringLiteral("--answers"), answers,
                         QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = jsonOf(run.out);
    const QJsonObject overall = root.value("overall").toObject();
    QCOMPARE(overall.value("percent").toDouble(), 200.0 / 3);
    const QJsonObject cbm = overall.value("cbm").toObject();
    QCOMPARE(cbm.value("average").toDouble(), 2.0 / 3);
    const QJsonObject calibration = cbm.value("calibration").toObject();
    QCOMPARE(calibration.value("high").toObject(), (QJsonObject{{"answered", 1}, {"right", 1}}));
    QCOMPARE(calibration.value("medium").toObject(), (QJsonObject{{"answered", 1}, {"right", 0}}));
    QCOMPARE(calibration.value("low").toObject(), (QJsonObject{{"answered", 1}, {"right", 1}}));
    const QJsonObject a = root.value("domains").toArray().at(0).toObject();
    QCOMPARE(a.value("cbm").toObject().value("average").toDouble(), 2.0 / 3);
    QCOMPARE(a.value("self_rating").toDouble(), 4.0);

    const QString text =
        cli({QStringLiteral("score"), quiz, QStringLiteral("--answers"), answers}).out;
    // The same sentences as the results screen (Words), most sure first; the singular "time" is
    // hitready_en's, so only the words before it are compared here.
    QVERIFY2(text.contains(QStringLiteral("Certainty-weighted score: 0.7 per question")),
             qPrintable(text));
    const qsizetype high =
        text.indexOf(QStringLiteral("When you were very sure, you were right 1 of 1 time"));
    const qsizetype medium =
        text.indexOf(QStringLiteral("When you were fairly sure, you were right 0 of 1 time"));
    const qsizetype low =
        text.indexOf(QStringLiteral("When you were not sure, you were right 1 of 1 time"));
    QVERIFY2(high >= 0 && high < medium && medium < low, qPrintable(text));
}

void TestCli::scoreRefusesBadConfidence_data()
{
    QTest::addColumn<QByteArray>("answers");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown level")
        << QByteArray(R"({"a1": {"answer": true, "confidence": "sure"}})")
        << "item 'a1' (truefalse): confidence must be \"low\"";
    QTest::newRow("number level") << QByteArray(R"({"a1": {"answer": true, "confidence": 3}})")
                                  << "confidence must be";
    QTest::newRow("self-rating") << QByteArray(R"({"r1": {"answer": 3, "confidence": "low"}})")
                                 << "item 'r1' (likert): a self-rating takes no confidence";
    QTest::newRow("wrapped answer of the wrong type")
        << QByteArray(R"({"a1": {"answer": "yes", "confidence": "low"}})")
        << "expected true or false";
    QTest::newRow("other keys: not the wrapped form")
        << QByteArray(R"({"a1": {"answer": true, "sure": "low"}})") << "expected true or false";
}

void TestCli::scoreRefusesBadConfidence()
{
    QFETCH(QByteArray, answers);
    QFETCH(QString, expected);
    const QString quiz = write(QStringLiteral("sure.yaml"), confidenceQuiz);
    const Run run = cli(
        {QStringLiteral("score"), quiz, QStringLiteral("--answers"), QStringLiteral("-")}, answers);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
}

void TestCli::takeWithSeedAndConfidence()
{
    const QString quiz = write(QStringLiteral("take-sure.yaml"), confidenceQuiz);
    const QString db = m_dir.filePath(QStringLiteral("sure.sqlite"));
    // The self-rating comes first; then three true/false items, each followed by a confidence:
    // "h", "x" (asked again) then "m", and Enter (none: counts as low).
    const Run run =
        cli({QStringLiteral("take"), quiz, QStringLiteral("--db"), db, QStringLiteral("--profile"),
             QStringLiteral("Bo"), QStringLiteral("--seed"), QStringLiteral("4242")},
            "3\nt\nh\nt\nx\nm\nt\n\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Seed 4242 (--seed 4242 gives the same questions")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Time limit: 45 minutes")));
    QVERIFY2(run.out.contains(QStringLiteral("[45:00 left] > ")) ||
                 run.out.contains(QStringLiteral("[44:59 left] > ")),
             qPrintable(run.out));
    QCOMPARE(run.out.count(QStringLiteral("How sure are you?")), 4); // once more after "x"
    QVERIFY(run.out.contains(QStringLiteral("Type l, m or h.")));
    QVERIFY2(run.out.contains(QStringLiteral("Submitted.")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Certainty-weighted score:")));

    QString error;
    const std::unique_ptr<Storage> storage = *Storage::open(db);
    QVERIFY(storage);
    const qint64 profile = storage->profileByName(QStringLiteral("Bo"))->id;
    const AttemptRecord attempt = storage->attempts(profile)->first();
    QCOMPARE(attempt.seed, quint64(4242));
    const Quiz loaded = *loadQuiz(confidenceQuiz, QStringLiteral("sure.yaml"));
    QCOMPARE(attempt.itemOrder, itemOrder(loaded, 4242));
    const QStringList order = attempt.itemOrder; // r1, then the shuffled true/false items
    QCOMPARE(*storage->confidences(attempt.id),
             (Confidences{{order.at(1), highConfidence}, {order.at(2), mediumConfidence}}));
}

void TestCli::takeSubmitsWhenTimeIsUp()
{
    // 0.000001 minutes is 0.06 ms: rounded to whole ms the limit is 0, up before any answer.
    const QString quiz =
        write(QStringLiteral("instant.yaml"),
              QByteArray(miniQuiz).replace("title: Mini", "title: Mini\ntime_limit: 0.000001"));
    const QString db = m_dir.filePath(QStringLiteral("instant.sqlite"));
    const QStringList take{QStringLiteral("take"), quiz, QStringLiteral("--db"), db};
    Run run = cli(take, "x\nt\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("[0:00 left] > ")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Time is up: the attempt is submitted")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Overall: 0.0%"))); // the late answer did not count
    QCOMPARE(run.out.count(QStringLiteral("Question ")), 1);
}

void TestCli::takeSubmitsOnResumeWhenTimeIsUp()
{
    const QString quiz =
        write(QStringLiteral("timed.yaml"),
              QByteArray(miniQuiz).replace("title: Mini", "title: Mini\ntime_limit: 10"));
    const QString db = m_dir.filePath(QStringLiteral("timed.sqlite"));
    const QStringList take{QStringLiteral("take"),      quiz,
                           QStringLiteral("--db"),      db,
                           QStringLiteral("--profile"), QStringLiteral("Cy")};
    Run run = cli(take, "4\nx\n"); // the self-rating, then a1; the input ends: saved
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Saved: 2 of 4 answered")), qPrintable(run.out));
    {
        // The program was killed after 10 minutes had been counted.
        const std::unique_ptr<Storage> storage = *Storage::open(db);
        const AttemptRecord attempt =
            storage->attempts(storage->profileByName(QStringLiteral("Cy"))->id)->first();
        QVERIFY(storage->savePosition(attempt.id, attempt.position, 600'000));
    }
    run = cli(take, "t\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("The time limit had run out: the attempt was "
                                             "submitted")),
             qPrintable(run.out));
    QVERIFY(!run.out.contains(QStringLiteral("Question ")));
    // a: 1 of 2 (a1 right, a2 unanswered) = 50%; b: 0 of 2 -> (50 + 0) / 4 = 12.5%
    QVERIFY2(run.out.contains(QStringLiteral("Overall: 12.5%")), qPrintable(run.out));
    run = cli(take, ":quit\n");
    QVERIFY(!run.out.contains(QStringLiteral("Resuming")));
    QVERIFY(!run.out.contains(QStringLiteral("time limit had run out")));
}

// An object is the wrapped {"answer", "confidence"} form exactly when those are its only keys,
// whatever the item: matching answers whose left ids collide with them must be wrapped.
void TestCli::wrappedFormIsDecidedByKeys_data()
{
    QTest::addColumn<bool>("asks"); // confidence: true
    QTest::addColumn<QByteArray>("answers");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<double>("earned"); // of 3 points
    QTest::addColumn<double>("cbm");    // the CBM average, when the quiz asks
    QTest::addColumn<QString>("printed");
    QTest::addRow("another key: a plain matching answer")
        << false << QByteArray(R"({"m1": {"answer": "r1", "other": "r3"}})") << 0 << 2.0 << 0.0
        << QString();
    QTest::addRow("left id 'answer' alone, wrapped")
        << false << QByteArray(R"({"m1": {"answer": {"answer": "r1"}}})") << 0 << 1.0 << 0.0
        << QString();
    QTest::addRow("left id 'answer' alone, not wrapped")
        << false << QByteArray(R"({"m1": {"answer": "r1"}})") << 1 << 0.0 << 0.0
        << R"(item 'm1' (matching): expected an object {"left id": "right id", ...} (an object )"
           R"(whose only keys are "answer" and "confidence" is read as {"answer": X, )"
           R"("confidence": ...}: write {"answer": {...}}))";
    QTest::addRow("left ids 'answer' and 'confidence', not wrapped, no confidence quiz")
        << false << QByteArray(R"({"m1": {"answer": "r1", "confidence": "r2"}})") << 1 << 0.0 << 0.0
        << "item 'm1' (matching): quiz 'colliding' does not ask for confidence";
    QTest::addRow("left ids 'answer' and 'confidence', not wrapped, confidence quiz")
        << true << QByteArray(R"({"m1": {"answer": "r1", "confidence": "r2"}})") << 1 << 0.0 << 0.0
        << R"(item 'm1' (matching): confidence must be "low", "medium" or "high")";
    // 2 of 3 right at high: 3 x 2/3 = 2
    QTest::addRow("left ids 'answer' and 'confidence', wrapped with a confidence")
        << true
        << QByteArray(
               R"({"m1": {"answer": {"answer": "r1", "confidence": "r2"}, "confidence": "high"}})")
        << 0 << 2.0 << 2.0 << QString();
    // all right, no confidence (low): 1
    QTest::addRow("all three left ids: plain")
        << true << QByteArray(R"({"m1": {"answer": "r1", "confidence": "r2", "other": "r3"}})") << 0
        << 3.0 << 1.0 << QString();
    QTest::addRow("wrapped, no confidence, in a confidence quiz")
        << true << QByteArray(R"({"m1": {"answer": {"other": "r3"}}})") << 0 << 1.0 << 1.0 / 3
        << QString();
}

void TestCli::wrappedFormIsDecidedByKeys()
{
    QFETCH(bool, asks);
    QFETCH(QByteArray, answers);
    QFETCH(int, exitCode);
    QFETCH(double, earned);
    QFETCH(double, cbm);
    QFETCH(QString, printed);
    const QString quiz = write(QStringLiteral("colliding.yaml"),
                               QString::fromLatin1(collidingQuiz)
                                   .arg(asks ? QStringLiteral("confidence: true") : QString())
                                   .toUtf8());
    const Run run = cli({QStringLiteral("score"), quiz, QStringLiteral("--answers"),
                         QStringLiteral("-"), QStringLiteral("--json")},
                        answers);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY2(run.err.contains(printed), qPrintable(run.err));
        return;
    }
    const QJsonObject root = jsonOf(run.out);
    const QJsonObject a = root.value("domains").toArray().at(0).toObject();
    QCOMPARE(a.value("earned").toDouble(), earned);
    if (asks)
        QCOMPARE(
            root.value("overall").toObject().value("cbm").toObject().value("average").toDouble(),
            cbm);
}

// take lists options, ordering steps and matching right entries in the attempt's seeded
// orders (engine/attemptorder.h), and option numbers count the options as listed.
void TestCli::takeShowsTheSeededOrders()
{
    const QString quiz = write(QStringLiteral("shuffled-types.yaml"), shuffledTypesQuiz);
    const Quiz loaded = *loadQuiz(shuffledTypesQuiz, QStringLiteral("shuffled.yaml"));
    const QString db = m_dir.filePath(QStringLiteral("shuffled.sqlite"));
    const quint64 seed = 99;
    const Run run =
        cli({QStringLiteral("take"), quiz, QStringLiteral("--db"), db, QStringLiteral("--profile"),
             QStringLiteral("Di"), QStringLiteral("--seed"), QString::number(seed)},
            "1\n\n:quit\n");
    QCOMPARE(run.exitCode, 0);
    const auto listing = [&](const auto &entries, const QList<int> &order) {
        QString text;
        for (const int i : order)
            text +=
                QStringLiteral("  %1) %2\n").arg(entries.at(i).id, loaded.text(entries.at(i).text));
        return text;
    };
    const Item &single = loaded.items.at(0), &ordering = loaded.items.at(1),
               &matching = loaded.items.at(2);
    const QList<int> options = optionPermutation(seed, single.id, 5);
    const QList<int> steps = shuffledAwayFromKey(seed, ordering.id, 5);
    const QList<int> right = optionPermutation(seed, matching.id, 5);
    QCOMPARE(optionOrder(loaded, matching, seed), right); // matching right entries shuffle
    for (const QList<int> &order : {options, steps, right})
        QVERIFY(order != (QList<int>{0, 1, 2, 3, 4})); // seed 99 moves each of them
    QVERIFY2(run.out.contains(listing(single.options, options)), qPrintable(run.out));
    QVERIFY2(run.out.contains(listing(ordering.steps, steps)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("  l1) L1\n  l2) L2\nwith\n") +
                              listing(matching.right, right)),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Saved: 1 of 3 answered")), qPrintable(run.out));
    // "1" chose the option listed first.
    QString error;
    const std::unique_ptr<Storage> storage = *Storage::open(db);
    QVERIFY(storage);
    const AttemptRecord attempt =
        storage->attempts(storage->profileByName(QStringLiteral("Di"))->id)->first();
    QCOMPARE(storage->responses(attempt.id, loaded)->value(single.id),
             Answer{single.options.at(options.first()).id});
}

namespace {

const QString bilingualQuiz = QStringLiteral(HITREADY_FIXTURES "/words-bilingual.yaml");

// The numbers of a text in the order they appear (83.3 and 83,3 alike: 83, 3).
QStringList numbersIn(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QStringList numbers;
    for (auto it = digits.globalMatch(text); it.hasNext();)
        numbers.append(it.next().captured());
    return numbers;
}

} // namespace

// --language changes the words, never the scores: the JSON report is byte for byte the same,
// and the text report has the same numbers, around the quiz's Spanish texts.
void TestCli::scoreIsTheSameInEveryLanguage()
{
    // privacy 1 of 2 (50%: the privacy course), detail 1 of 1 and a self-rating of 5 (overall
    // 75%: RHIT too).
    const QString answers =
        write(QStringLiteral("bilingual.json"),
              R"({"pri-01": "a", "pri-02": true, "det-01": false, "det-02": 5})");
    const QStringList score{QStringLiteral("score"), bilingualQuiz, QStringLiteral("--answers"),
                            answers};
    const QStringList json{QStringLiteral("--json")};
    const QStringList english{QStringLiteral("--language"), QStringLiteral("en")};
    const QStringList spanish{QStringLiteral("--language=es")};
    const Run plainJson = cli(score + json);
    QCOMPARE(plainJson.exitCode, 0);
    QCOMPARE(jsonOf(plainJson.out).value("recommendations").toArray().size(), 2);
    QCOMPARE(cli(score + json + english).out, plainJson.out);
    QCOMPARE(cli(score + json + spanish).out, plainJson.out);

    const Run en = cli(score + english), es = cli(score + spanish);
    QCOMPARE(en.exitCode, 0);
    QCOMPARE(es.exitCode, 0);
    QCOMPARE(cli(score).out, en.out); // English words and the quiz's own language by default
    QVERIFY2(en.out.contains(QStringLiteral("Health records readiness (bilingual sample)")),
             qPrintable(en.out));
    QVERIFY2(
        en.out.contains(QStringLiteral("Your score in Privacy and ethics, 50%, is under 60%.")),
        qPrintable(en.out));
    // What each level means (issue 15): under the overall line and indented under the domain's.
    QVERIFY2(en.out.contains(QStringLiteral("Overall: 75.0% (Ready)\nYou can do most of these "
                                            "tasks.\n")),
             qPrintable(en.out));
    QVERIFY2(
        en.out.contains(QStringLiteral(" (Emerging)  1 / 2 points\n    A privacy course is the "
                                       "usual first step.\n")),
        qPrintable(en.out));
    for (const QString &spanishText :
         {QStringLiteral("Un curso de privacidad es el primer paso habitual."),
          QStringLiteral("Puede hacer la mayoría de estas tareas."),
          QStringLiteral("Preparación en registros de salud (muestra bilingüe)"),
          QStringLiteral("Privacidad y ética"), QStringLiteral("Atención al detalle"),
          QStringLiteral("Infórmese sobre la credencial RHIT"), QStringLiteral("Preparado")})
        QVERIFY2(es.out.contains(spanishText), qPrintable(es.out));
    QVERIFY2(!es.out.contains(QStringLiteral("Privacy and ethics")), qPrintable(es.out));
    QVERIFY(es.out != en.out);
    QCOMPARE(numbersIn(es.out), numbersIn(en.out));
}

void TestCli::unknownLanguageIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString answers = write(QStringLiteral("none.json"), "{}");
    QTest::addRow("score") << QStringList{QStringLiteral("score"),      bilingualQuiz,
                                          QStringLiteral("--answers"),  answers,
                                          QStringLiteral("--language"), QStringLiteral("xx")};
    QTest::addRow("score --json") << QStringList{
        QStringLiteral("score"),     bilingualQuiz,
        QStringLiteral("--answers"), answers,
        QStringLiteral("--json"),    QStringLiteral("--language=xx")};
    QTest::addRow("take") << QStringList{
        QStringLiteral("take"),       bilingualQuiz,
        QStringLiteral("--db"),       m_dir.filePath(QStringLiteral("unknown.sqlite")),
        QStringLiteral("--language"), QStringLiteral("xx")};
}

void TestCli::unknownLanguageIsRefused()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments, ":submit\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral(": unknown language 'xx': this quiz is written in "
                                             "en, es, and HIT Ready's own words are in en")),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("unknown.sqlite"))));
}

// take shows every quiz text in the language chosen, and the report after it.
void TestCli::takeShowsTheQuizInTheLanguage()
{
    const QString db = m_dir.filePath(QStringLiteral("bilingual.sqlite"));
    // Skip the first question, then submit.
    const Run run = cli({QStringLiteral("take"), bilingualQuiz, QStringLiteral("--db"), db,
                         QStringLiteral("--profile"), QStringLiteral("Ana"),
                         QStringLiteral("--language"), QStringLiteral("es")},
                        "\n:submit\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Preparación en registros de salud")),
             qPrintable(run.out));
    const QStringList englishPrompts{
        QStringLiteral("Within how many calendar days"), QStringLiteral("A patient may ask"),
        QStringLiteral("A discharge date may"), QStringLiteral("How sure are you when")};
    const QStringList spanishPrompts{
        QStringLiteral("¿En cuántos días naturales"), QStringLiteral("Un paciente puede pedir"),
        QStringLiteral("La fecha de alta puede"), QStringLiteral("¿Qué tan seguro")};
    int shown = 0;
    for (qsizetype i = 0; i < englishPrompts.size(); ++i) {
        QVERIFY2(!run.out.contains(englishPrompts.at(i)), qPrintable(run.out));
        shown += run.out.contains(spanishPrompts.at(i)) ? 1 : 0;
    }
    QCOMPARE(shown, 2); // the skipped question and the one on screen at :submit
    // The report's own words are Spanish too, numbers in Spanish form.
    QVERIFY2(run.out.contains(QStringLiteral("Total: 0,0% (Todavía no)")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("0 / 2 puntos")), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QStringLiteral("Overall")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Todavía no")));
}

// Practice mode shows the answers that count in the language shown (all of them count).
void TestCli::takeShowsTheAcceptedAnswersOfTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("notShown");
    QTest::addRow("es, Spanish answer")
        << "es" << QString::fromUtf8("mínimo necesario") << "> Correcto."
        << QString::fromUtf8("Aceptadas: mínimo necesario") << "minimum necessary";
    QTest::addRow("es, English answer")
        << "es"
        << "minimum necessary"
        << "> Correcto." << QString::fromUtf8("Aceptadas: mínimo necesario") << "/ minimum";
    QTest::addRow("en") << "en"
                        << "minimum necessary"
                        << "> Correct."
                        << "Accepted: minimum necessary" << QString::fromUtf8("mínimo");
}

void TestCli::takeShowsTheAcceptedAnswersOfTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, typed);
    QFETCH(QString, verdict);
    QFETCH(QString, shown);
    QFETCH(QString, notShown);
    // The bilingual fixture with its typed-answer item alone, in practice mode.
    QFile source(QStringLiteral(HITREADY_FIXTURES "/bilingual.yaml"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    const qsizetype items = bytes.indexOf("items:\n");
    const qsizetype item = bytes.indexOf("  - id: pri-02\n");
    const qsizetype next = bytes.indexOf("  - id: det-01\n");
    QVERIFY(items > 0 && item > items && next > item);
    const QString quiz =
        write(QStringLiteral("accepted-%1.yaml").arg(language),
              "mode: practice\n" + bytes.left(items + 7) + bytes.mid(item, next - item));
    const Run run = cli({QStringLiteral("take"), quiz, QStringLiteral("--db"),
                         m_dir.filePath(QStringLiteral("accepted-%1.sqlite").arg(language)),
                         QStringLiteral("--profile"), QStringLiteral("Ana"),
                         QStringLiteral("--language"), language},
                        typed.toUtf8() + "\n:submit\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(verdict), qPrintable(run.out));
    QVERIFY2(run.out.contains(shown), qPrintable(run.out));
    QVERIFY2(!run.out.contains(notShown), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
