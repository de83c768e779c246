// hitready-cli lint: answer-leak warnings as FILE:LINE:COL lines after the problems, exit 0
// unless --strict, --json, and problems exiting 1 as before. The check itself: tst_answerleaks.

#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;

class TestLintCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void warningLines();
    void json();
    void beforeReviewFixtures();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_leak, m_clean, m_broken;
};

QString TestLintCli::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void TestLintCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray head = "hitready: 1\nid: t\ntitle: T\ndomains:\n  - {id: a, title: A}\n"
                            "items:\n"
                            "  - {id: k, domain: a, type: text, prompt: Type it., accept: "
                            "[S52.521A]}\n";
    // Line 8, column 49: the prompt that shows k's answer.
    m_leak = write(QStringLiteral("leak.yaml"),
                   head + "  - {id: t, domain: a, type: truefalse, prompt: \"S52.521A is "
                          "valid.\", answer: true}\n");
    m_clean = write(QStringLiteral("clean.yaml"),
                    head + "  - {id: t, domain: a, type: truefalse, prompt: \"Codes have "
                           "letters.\", answer: true}\n");
    // Line 8, column 66: an unknown key.
    m_broken = write(QStringLiteral("broken.yaml"),
                     head + "  - {id: t, domain: a, type: truefalse, prompt: P, answer: true, "
                            "promt: Q}\n");
}

void TestLintCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("summary");
    QTest::addRow("warnings only")
        << QStringList{m_leak} << 0 << "1 file checked, 0 problems, 1 warning\n";
    QTest::addRow("warnings, --strict")
        << QStringList{"--strict", m_leak} << 1 << "1 file checked, 0 problems, 1 warning\n";
    QTest::addRow("clean, --strict")
        << QStringList{"--strict", m_clean} << 0 << "1 file checked, 0 problems, 0 warnings\n";
    QTest::addRow("problems") << QStringList{m_clean, m_broken} << 1
                              << "2 files checked, 1 problem, 0 warnings\n";
    QTest::addRow("problems and warnings")
        << QStringList{m_leak, m_broken} << 1 << "2 files checked, 1 problem, 1 warning\n";
    QTest::addRow("json keeps the exit codes") << QStringList{"--json", "--strict", m_leak} << 1
                                               << "1 file checked, 0 problems, 1 warning\n";
    QTest::addRow("shipped quizzes, --strict")
        << QStringList{"--strict", QStringLiteral(HITREADY_QUIZ_DIR "/hit-readiness.yaml"),
                       QStringLiteral(HITREADY_QUIZ_DIR "/pharmacy-tech-sampler.yaml")}
        << 0 << "2 files checked, 0 problems, 0 warnings\n";
}

void TestLintCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, summary);
    const test::CliRun run = test::runCli(QStringList{QStringLiteral("lint")} + arguments);
    QCOMPARE(run.err, summary);
    QCOMPARE(run.exitCode, exitCode);
}

// Problems first, in the loader's words; then each warning as FILE:LINE:COL: warning: ...
void TestLintCli::warningLines()
{
    const test::CliRun run = test::runCli({QStringLiteral("lint"), m_broken, m_leak});
    QCOMPARE(run.out,
             m_broken +
                 QStringLiteral(":8:66: unknown key 'promt' in an item; did you mean 'prompt'?\n") +
                 m_leak +
                 QStringLiteral(":8:49: warning: the prompt of t gives away the answer of k "
                                "(\"S52.521A\")\n"));
}

void TestLintCli::json()
{
    const test::CliRun run =
        test::runCli({QStringLiteral("lint"), QStringLiteral("--json"), m_broken, m_leak});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QStringLiteral("files")).toInt(), 2);
    QCOMPARE(root.value(QStringLiteral("problems")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("warnings")).toInt(), 1);
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 2);
    const QJsonObject problem = findings.at(0).toObject();
    QCOMPARE(problem.value(QStringLiteral("file")).toString(), m_broken);
    QCOMPARE(problem.value(QStringLiteral("line")).toInt(), 8);
    QCOMPARE(problem.value(QStringLiteral("column")).toInt(), 66);
    QCOMPARE(problem.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(problem.value(QStringLiteral("message")).toString(),
             QStringLiteral("unknown key 'promt' in an item; did you mean 'prompt'?"));
    const QJsonObject warning = findings.at(1).toObject();
    QCOMPARE(warning.value(QStringLiteral("file")).toString(), m_leak);
    QCOMPARE(warning.value(QStringLiteral("line")).toInt(), 8);
    QCOMPARE(warning.value(QStringLiteral("column")).toInt(), 49);
    QCOMPARE(warning.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(warning.value(QStringLiteral("message")).toString(),
             QStringLiteral("the prompt of t gives away the answer of k (\"S52.521A\")"));
}

// The pre-review copies: the subject reader's chains as the terminal shows them.
void TestLintCli::beforeReviewFixtures()
{
    const QString hit =
        QStringLiteral(HITREADY_FIXTURES "/review/hit-readiness-before-review.yaml");
    const QString pharmacy =
        QStringLiteral(HITREADY_FIXTURES "/review/pharmacy-tech-sampler-before-review.yaml");
    const test::CliRun run = test::runCli({QStringLiteral("lint"), hit, pharmacy});
    QCOMPARE(run.exitCode, 0);
    for (const QString &line :
         {hit + QStringLiteral(":510:11: warning: the prompt of det-04 gives away the answer of "
                               "cod-05 (\"0DTJ4ZZ\")\n"),
          hit + QStringLiteral(":4564:15: warning: the options of cod-02 give away the answer "
                               "of cod-03 (\"S\" with \"sequela\")\n"),
          pharmacy + QStringLiteral(":501:11: warning: the explanation of safe-01 gives away "
                                    "the answer of safe-02 (\"5.0 mg\" with \"5 mg\")\n"),
          // Before review the prompts drew their tables with '|': one per language.
          hit + QStringLiteral(":3366:9: warning: the prompt of ana-02 holds a table drawn with "
                               "'|' characters: its columns do not line up on screen and the "
                               "review and the PDF run its rows together; put the table in a "
                               "'stimuli' entry (table: with columns and rows) and name it in "
                               "the item's 'stimulus'\n")})
        QVERIFY2(run.out.contains(line), qPrintable(run.out));
    // 24 answer leaks and 36 pipe tables (12 tables in three languages).
    QCOMPARE(run.err, QStringLiteral("2 files checked, 0 problems, 60 warnings\n"));
}

QTEST_APPLESS_MAIN(TestLintCli)
#include "tst_lintcli.moc"
