// hitready-cli rules: its text and JSON on the HIT quiz before review, a gap, and the input
// it refuses. The analysis itself: tst_rules.

#include "clirun.h"
#include "rulesquiz.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <QTest>

using namespace hitready;

namespace {} // namespace

class TestRulesCli : public QObject
{
    Q_OBJECT

private slots:
    void cliText();
    void cliJson();
    void cliRefusesBadInput();
    void shippedQuizzesHaveNoWarnings_data();
    void shippedQuizzesHaveNoWarnings();
};

// The text a terminal shows for the HIT quiz before review: the three warnings, each with its
// example learner, and rhit's lowest overall with its band.
void TestRulesCli::cliText()
{
    const QString file =
        QStringLiteral(HITREADY_FIXTURES "/review/hit-readiness-before-review.yaml");
    const test::CliRun run = test::runCli({QStringLiteral("rules"), file});
    QCOMPARE(run.exitCode, 1);
    // FILE: or FILE:LINE:COL: (the line of the rule's `when` when the file's entries are known).
    for (const char *id : {"cca", "cpc", "ods"}) {
        const QRegularExpression warning(
            QRegularExpression::escape(file) +
            QStringLiteral("(:\\d+:\\d+)?: warning: certification '%1' is recommended to a "
                           "learner at the lowest overall level \\(Emerging\\), e\\.g\\. overall ")
                .arg(QLatin1String(id)));
        QVERIFY2(warning.match(run.out).hasMatch(), qPrintable(run.out));
    }
    QVERIFY2(run.out.contains(QStringLiteral("e.g. overall 33.75% (Emerging): detail 60, ethics 0, "
                                             "analysis 0, coding 75")),
             qPrintable(run.out));
    const QRegularExpression rhit(
        QStringLiteral("\n  rhit +certification +overall 70% \\(Developing\\): "));
    QVERIFY2(rhit.match(run.out).hasMatch(), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("  explore              training      always")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Profiles given no conditional recommendation: none")),
             qPrintable(run.out));
    QVERIFY2(run.err.startsWith(QStringLiteral("3 warnings (")), qPrintable(run.err));

    // A gap is shown with its overall range and examples; gaps alone are no warning.
    QTemporaryDir dir;
    const QString gapFile = dir.filePath(QStringLiteral("gap.yaml"));
    QFile gap(gapFile);
    QVERIFY(gap.open(QIODevice::WriteOnly));
    gap.write(QByteArray(quizHead) +
              "  - {id: low, kind: course, title: T, when: {overall: {max: 40}}}\n"
              "  - {id: high, kind: training, title: T, when: {overall: {min: 60}}}\n");
    gap.close();
    const test::CliRun gapRun = test::runCli({QStringLiteral("rules"), gapFile});
    QCOMPARE(gapRun.exitCode, 0);
    QVERIFY2(
        gapRun.out.contains(QStringLiteral("\n  overall 41.25% to 58.75%; a 0 to 100, b 0 to "
                                           "100, c 0 to 100\n  e.g. overall 41.25% (Beginner)")),
        qPrintable(gapRun.out));
    QVERIFY2(!gapRun.out.contains(QStringLiteral("warning")), qPrintable(gapRun.out));
    QCOMPARE(gapRun.err.left(11), QStringLiteral("0 warnings "));

    // A learner who skipped the self-rating is a gap of its own, and the example says so.
    const QString skippedFile = dir.filePath(QStringLiteral("skipped.yaml"));
    QFile skipped(skippedFile);
    QVERIFY(skipped.open(QIODevice::WriteOnly));
    skipped.write(QByteArray(quizHead) +
                  "  - {id: rated, kind: course, title: T, when: {self_rating: a, min: 1}}\n");
    skipped.close();
    const test::CliRun skippedRun = test::runCli({QStringLiteral("rules"), skippedFile});
    QCOMPARE(skippedRun.exitCode, 0);
    QVERIFY2(skippedRun.out.contains(QStringLiteral(
                 "  e.g. overall 0% (Beginner): a 0, b 0, c 0; self-rating a none\n")),
             qPrintable(skippedRun.out));
    QVERIFY2(skippedRun.out.contains(QStringLiteral(
                 "  rated                course        overall 0% (Beginner): a 0, b 0, c 0; "
                 "self-rating a 1\n")),
             qPrintable(skippedRun.out));
}

void TestRulesCli::cliJson()
{
    const QString file =
        QStringLiteral(HITREADY_FIXTURES "/review/hit-readiness-before-review.yaml");
    const test::CliRun run =
        test::runCli({QStringLiteral("rules"), file, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value("quiz").toString(), QStringLiteral("hit-readiness"));
    QCOMPARE(json.value("step").toDouble(), 5.0);
    QStringList warned;
    for (const QJsonValue &w : json.value("warnings").toArray()) {
        QCOMPARE(w[QLatin1String("kind")].toString(),
                 QStringLiteral("certification-at-lowest-band"));
        warned.append(w[QLatin1String("recommendation")].toString());
    }
    QCOMPARE(warned, (QStringList{"cca", "cpc", "ods"}));
    QJsonObject rhit, cpc;
    for (const QJsonValue &r : json.value("recommendations").toArray()) {
        if (r[QLatin1String("id")] == QStringLiteral("rhit"))
            rhit = r.toObject();
        if (r[QLatin1String("id")] == QStringLiteral("cpc"))
            cpc = r.toObject();
    }
    QCOMPARE(rhit.value("lowestOverall").toDouble(), 70.0);
    QCOMPARE(rhit[QLatin1String("lowest")][QLatin1String("level")].toString(),
             QStringLiteral("Developing"));
    QCOMPARE(rhit[QLatin1String("lowest")][QLatin1String("band")].toInt(), 1);
    QCOMPARE(rhit.value("certificationAtLowestBand").toBool(), false);
    QCOMPARE(cpc.value("certificationAtLowestBand").toBool(), true);
    QCOMPARE(
        cpc[QLatin1String("lowest")][QLatin1String("domains")][QLatin1String("coding")].toDouble(),
        75.0);
    QCOMPARE(
        cpc[QLatin1String("lowest")][QLatin1String("domains")][QLatin1String("detail")].toDouble(),
        60.0);
    QCOMPARE(cpc[QLatin1String("lowest")][QLatin1String("overall")].toDouble(), 33.75);
    QCOMPARE(cpc[QLatin1String("lowest")][QLatin1String("level")].toString(),
             QStringLiteral("Emerging"));
    QVERIFY(
        cpc[QLatin1String("lowest")][QLatin1String("selfRatings")].toObject().contains("coding"));
    QCOMPARE(json[QLatin1String("gaps")][QLatin1String("uncovered")].toInt(), 0);
    QCOMPARE(json[QLatin1String("gaps")][QLatin1String("profiles")].toDouble(),
             json.value("profiles").toDouble());
}

void TestRulesCli::cliRefusesBadInput()
{
    const QString file =
        QStringLiteral(HITREADY_FIXTURES "/review/hit-readiness-before-review.yaml");
    QCOMPARE(test::runCli({QStringLiteral("rules")}).exitCode, 2);
    QCOMPARE(
        test::runCli({QStringLiteral("rules"), file, QStringLiteral("--step"), QStringLiteral("0")})
            .exitCode,
        2);
    QCOMPARE(test::runCli(
                 {QStringLiteral("rules"), file, QStringLiteral("--step"), QStringLiteral("five")})
                 .exitCode,
             2);
    // A file that does not load: its problems, as lint prints them.
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.yaml"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(quizHead) +
              "  - {id: r, kind: course, title: T, when: {domain: nowhere, min: 10}}\n");
    out.close();
    const test::CliRun run = test::runCli({QStringLiteral("rules"), broken});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains(broken + QStringLiteral(":17:")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("unknown domain 'nowhere'")), qPrintable(run.out));
    QCOMPARE(
        test::runCli({QStringLiteral("rules"), dir.filePath(QStringLiteral("none.yaml"))}).exitCode,
        2);
}

// The shipped quizzes, corrected after their review (issue 14): rules gives no warnings.
void TestRulesCli::shippedQuizzesHaveNoWarnings_data()
{
    QTest::addColumn<QString>("file");
    const QDir quizzes(QStringLiteral(HITREADY_QUIZ_DIR));
    const QStringList names = quizzes.entryList({QStringLiteral("*.yaml")}, QDir::Files);
    QVERIFY(names.size() >= 2);
    for (const QString &name : names)
        QTest::addRow("%s", qPrintable(name)) << quizzes.filePath(name);
}

void TestRulesCli::shippedQuizzesHaveNoWarnings()
{
    QFETCH(QString, file);
    const test::CliRun run = test::runCli({QStringLiteral("rules"), file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
}

QTEST_GUILESS_MAIN(TestRulesCli)
#include "tst_rulescli.moc"
