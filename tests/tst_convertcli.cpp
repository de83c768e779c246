// hitready-cli convert as an author uses it: a GIFT bank becomes a quiz that lints, a quiz
// becomes GIFT with every loss listed at its line; problems at FILE:LINE:COL with exit 1;
// nothing overwritten without --force; unknown formats are usage errors.

#include "clirun.h"
#include "loader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;
using hitready::test::runCli;

namespace {

const QString fixtures = QStringLiteral(HITREADY_FIXTURES);

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestConvertCli : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void giftBecomesAQuizThatLints()
    {
        const QString in = fixtures + QStringLiteral("/gift/choices.gift");
        const QString out = m_dir.filePath(QStringLiteral("privacy.yaml"));
        const auto run = runCli({"convert", in, "-o", out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(in + QStringLiteral(":18:123: warning: the weight -100% of "
                                                      "'Employers' becomes -33.33%")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Wrote %1 (yaml, 5 questions read).").arg(out)),
                 qPrintable(run.err));
        const QByteArray yaml = contents(out);
        QVERIFY(yaml.startsWith("# Imported from choices.gift by hitready-cli convert.\n"));
        QVERIFY(yaml.contains("# To add: `levels`"));
        QVERIFY(yaml.contains("# To add: `recommendations`"));
        const Result<Quiz> quiz = loadQuiz(yaml, out);
        QVERIFY2(quiz, qPrintable(quiz.errorMessage()));
        QCOMPARE(quiz->id, QStringLiteral("choices")); // the name of the GIFT file
        QCOMPARE(quiz->items.size(), 5);
        const auto lint = runCli({"lint", out});
        QCOMPARE(lint.exitCode, 0);
    }

    void quizBecomesGiftWithLossesAtTheirLines()
    {
        const QString in = fixtures + QStringLiteral("/item-types.yaml");
        const QString out = m_dir.filePath(QStringLiteral("bank.gift"));
        const auto run = runCli({"convert", in, "-o", out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral(": warning: item ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("not exported: GIFT has no ordering question")),
                 qPrintable(run.err));
        for (const QString &line : run.err.split(u'\n', Qt::SkipEmptyParts))
            if (line.contains(QStringLiteral(": warning: item ")))
                QVERIFY2(line.startsWith(in + u':') && line.section(u':', 1, 1).toInt() > 0,
                         qPrintable(line));
        QVERIFY(contents(out).contains("$CATEGORY: $course$/top/"));
        // And back: --from/--to name formats whatever the extensions say.
        const QString back = m_dir.filePath(QStringLiteral("back.txt"));
        const auto again = runCli({"convert", out, "-o", back, "--to", "yaml"});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(loadQuiz(contents(back), back));
    }

    void moodleXmlInAndOut()
    {
        const QString in = fixtures + QStringLiteral("/moodle/bank.xml");
        const QString yaml = m_dir.filePath(QStringLiteral("bank.yaml"));
        const auto run = runCli({"convert", in, "-o", yaml});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(in + QStringLiteral(":58:31: warning: Moodle question type "
                                                      "'multianswer' ('cloze-01') not imported")),
                 qPrintable(run.err));
        QCOMPARE(runCli({"lint", yaml}).exitCode, 0);
        const QString xml = m_dir.filePath(QStringLiteral("again.xml"));
        QCOMPARE(runCli({"convert", yaml, "-o", xml}).exitCode, 0);
        QVERIFY(contents(xml).contains("<question type=\"multichoice\">"));
        const auto hostile = runCli({"convert", fixtures + QStringLiteral("/moodle/xxe.xml"), "-o",
                                     m_dir.filePath(QStringLiteral("xxe.yaml"))});
        QCOMPARE(hostile.exitCode, 1);
        QVERIFY2(hostile.err.contains(QStringLiteral("xxe.xml:4:2: a DOCTYPE is not read")),
                 qPrintable(hostile.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("xxe.yaml"))));
    }

    void problemsAreLocatedAndNothingIsWritten()
    {
        const QString out = m_dir.filePath(QStringLiteral("errors.yaml"));
        const QString in = fixtures + QStringLiteral("/gift/errors.gift");
        const auto run = runCli({"convert", in, "-o", out});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, in + QStringLiteral(":1:49: this '{' has no closing '}' before the "
                                              "question ends (a blank line ends it)\n"));
        QVERIFY(!QFile::exists(out));
        // A YAML quiz with problems gives the loader's problems.
        const QString bad = m_dir.filePath(QStringLiteral("bad.yaml"));
        write(bad, "hitready: 1\nid: x\n");
        const auto yaml = runCli({"convert", bad, "-o", m_dir.filePath(QStringLiteral("x.gift"))});
        QCOMPARE(yaml.exitCode, 1);
        QVERIFY2(yaml.err.startsWith(bad + QStringLiteral(":")), qPrintable(yaml.err));
    }

    void neverOverwritesWithoutForce()
    {
        const QString out = m_dir.filePath(QStringLiteral("taken.yaml"));
        write(out, "mine\n");
        const QString in = fixtures + QStringLiteral("/gift/truefalse.gift");
        const auto run = runCli({"convert", in, "-o", out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("already exists; nothing written")));
        QCOMPARE(contents(out), QByteArray("mine\n"));
        QCOMPARE(runCli({"convert", in, "-o", out, "--force"}).exitCode, 0);
        QVERIFY(loadQuiz(contents(out), out));
    }

    // A quiz to a QTI 3 package (.zip) and back; an item file of the package (.xml) is told from
    // Moodle XML by its root element.
    void qtiPackagesAndItemsByExtensionAndRoot()
    {
        const QString in = fixtures + QStringLiteral("/item-types.yaml");
        const QString zip = m_dir.filePath(QStringLiteral("bank.zip"));
        auto run = runCli({"convert", in, "-o", zip});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("(qti3, ")), qPrintable(run.err));
        QVERIFY(contents(zip).startsWith("PK"));
        const QString back = m_dir.filePath(QStringLiteral("back.yaml"));
        run = runCli({"convert", zip, "-o", back});
        QCOMPARE(run.exitCode, 0);
        const Result<Quiz> quiz = loadQuiz(contents(back), back);
        QVERIFY2(quiz, qPrintable(quiz.errorMessage()));
        QVERIFY(!quiz->items.isEmpty());
        const QString item = m_dir.filePath(QStringLiteral("item.xml"));
        write(item,
              "<?xml version=\"1.0\"?>\n<qti-assessment-item xmlns=\"http://www.imsglobal.org/"
              "xsd/imsqtiasi_v3p0\" identifier=\"tf1\"><qti-response-declaration "
              "identifier=\"RESPONSE\" cardinality=\"single\" base-type=\"identifier\">"
              "<qti-correct-response><qti-value>false</qti-value></qti-correct-response>"
              "</qti-response-declaration><qti-item-body><p>PHI may be emailed freely.</p>"
              "<qti-choice-interaction response-identifier=\"RESPONSE\" max-choices=\"1\">"
              "<qti-simple-choice identifier=\"true\">True</qti-simple-choice>"
              "<qti-simple-choice identifier=\"false\">False</qti-simple-choice>"
              "</qti-choice-interaction></qti-item-body></qti-assessment-item>\n");
        const QString single = m_dir.filePath(QStringLiteral("single.yaml"));
        run = runCli({"convert", item, "-o", single});
        QCOMPARE(run.exitCode, 0);
        const Result<Quiz> one = loadQuiz(contents(single), single);
        QVERIFY2(one, qPrintable(one.errorMessage() + run.err));
        QCOMPARE(one->items.size(), 1);
        QCOMPARE(one->items.first().type, ItemType::TrueFalse);
        QCOMPARE(one->items.first().answer, false);
    }

    void formatsMustBeKnown()
    {
        const QString in = fixtures + QStringLiteral("/gift/truefalse.gift");
        auto run = runCli({"convert", in, "-o", m_dir.filePath(QStringLiteral("x.docx"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(
                     QStringLiteral("unknown extension; say --to yaml, gift, moodle or qti3")),
                 qPrintable(run.err));
        run = runCli(
            {"convert", in, "-o", m_dir.filePath(QStringLiteral("x.yaml")), "--from", "word"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--from word: use yaml, gift, moodle or qti3")));
        run = runCli({"convert", in});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("missing -o OUT")));
        run = runCli({"convert", m_dir.filePath(QStringLiteral("none.gift")), "-o",
                      m_dir.filePath(QStringLiteral("none.yaml"))});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(runCli({"convert", "--help"}).exitCode, 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestConvertCli)
#include "tst_convertcli.moc"
