// Moodle XML: each question type to its item with a warning at its line for every loss,
// hostile files (billion laughs, XXE) refused before any entity is expanded or fetched, and the
// round trips YAML -> Moodle XML -> YAML and Moodle XML -> YAML -> Moodle XML.

#include "interchange.h"
#include "interchangeview.h"
#include "loader.h"
#include "quizyaml.h"

#include <QFile>
#include <QTest>

using namespace hitready;
using hitready::test::fixtures;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QStringList messages(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << QStringLiteral("%1:%2: %3").arg(p.line).arg(p.column).arg(p.message);
    return out;
}

Result<ImportedQuiz> importMoodle(const QByteArray &xml)
{
    return importQuiz(xml, QStringLiteral("bank.xml"), QuizFormat::Moodle);
}

} // namespace

class TestMoodleXml : public QObject
{
    Q_OBJECT

private slots:
    void questionTypesBecomeItems();
    void lossesAreListedAtTheirLines();
    void hostileFilesAreRefusedWithoutExpansion_data();
    void hostileFilesAreRefusedWithoutExpansion();
    void malformedXmlIsLocated_data();
    void malformedXmlIsLocated();
    void yamlMoodleYamlKeepsWhatMoodleHolds_data();
    void yamlMoodleYamlKeepsWhatMoodleHolds();
    void moodleYamlMoodleKeepsTheQuestions();
    void extensionMeansMoodle();
    void fuzzFindingsLoadAsWritten_data();
    void fuzzFindingsLoadAsWritten();
};

void TestMoodleXml::questionTypesBecomeItems()
{
    Result<ImportedQuiz> imported =
        importMoodle(readFile(fixtures + QStringLiteral("/moodle/bank.xml")));
    QVERIFY2(imported, qPrintable(imported.errorMessage()));
    const Quiz &q = imported->quiz;
    QCOMPARE(q.items.size(), 6);
    QCOMPARE(q.domains.size(), 2);
    QCOMPARE(q.domains.at(0).id, QStringLiteral("privacy-and-release"));
    const Item &single = q.items.at(0);
    QCOMPARE(single.type, ItemType::Single);
    QCOMPARE(single.points, 2.0);
    QCOMPARE(q.text(single.prompt),
             QStringLiteral("Which disclosure needs the patient's written authorization?"));
    QCOMPARE(q.text(single.explanation), QStringLiteral("45 CFR 164.508 & 164.506"));
    QVERIFY(single.options.at(0).correct);
    QCOMPARE(q.text(single.options.at(0).feedback), QStringLiteral("Right."));
    const Item &multiple = q.items.at(1);
    QCOMPARE(multiple.id, QStringLiteral("Covered-entities"));
    QCOMPARE(multiple.type, ItemType::Multiple);
    QCOMPARE(multiple.options.at(1).correct, true);
    QCOMPARE(multiple.options.at(2).correct, false);
    QCOMPARE(q.items.at(2).type, ItemType::TrueFalse);
    QCOMPARE(q.items.at(2).answer, true);
    const Item &text = q.items.at(3);
    QCOMPARE(text.domain, QStringLiteral("coding"));
    QCOMPARE(text.textKey.accept, QStringList{QStringLiteral("E11.9")});
    QCOMPARE(text.textKey.patterns, QStringList{QStringLiteral("E11\\..*")});
    QVERIFY(text.textKey.caseSensitive);
    const Item &numeric = q.items.at(4);
    QCOMPARE(numeric.numeric.answer, 7.5);
    QCOMPARE(numeric.numeric.tolerance, 0.1);
    QCOMPARE(numeric.numeric.unit, QStringLiteral("%"));
    const Item &matching = q.items.at(5);
    QCOMPARE(matching.left.size(), 2);
    QCOMPARE(matching.right.size(), 3);
    // What is imported is a quiz file the loader takes.
    Result<Quiz> loaded = loadQuiz(quizToYaml(q).value(), QStringLiteral("bank.yaml"));
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(*loaded, q);
}

void TestMoodleXml::lossesAreListedAtTheirLines()
{
    Result<ImportedQuiz> imported =
        importMoodle(readFile(fixtures + QStringLiteral("/moodle/bank.xml")));
    QVERIFY(imported);
    const QStringList warnings = messages(imported->warnings);
    const auto has = [&](const QString &start) {
        return !warnings.filter(QRegularExpression(u'^' + QRegularExpression::escape(start)))
                    .isEmpty();
    };
    QVERIFY2(has(QStringLiteral("16:31: the title 'Covered entities' is kept as the item id")),
             qPrintable(warnings.join(u'\n')));
    QVERIFY2(has(QStringLiteral("22:28: the weight -100% of 'A fitness tracker' becomes -50%")),
             qPrintable(warnings.join(u'\n')));
    QVERIFY2(has(QStringLiteral("24:29: true/false answer feedback not imported")),
             qPrintable(warnings.join(u'\n')));
    QVERIFY2(has(QStringLiteral("39:26: the answer 'E11' (50%) is not imported")),
             qPrintable(warnings.join(u'\n')));
    QVERIFY2(has(QStringLiteral("54:25: essay question 'ess-01' not imported")),
             qPrintable(warnings.join(u'\n')));
    QVERIFY2(
        has(QStringLiteral("58:31: Moodle question type 'multianswer' ('cloze-01') not imported")),
        qPrintable(warnings.join(u'\n')));
}

void TestMoodleXml::hostileFilesAreRefusedWithoutExpansion_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");
    QTest::newRow("billion laughs")
        << "billion-laughs.xml"
        << "13:2: a DOCTYPE is not read (Moodle XML has none; no entity is expanded or fetched)";
    QTest::newRow("external entity")
        << "xxe.xml"
        << "4:2: a DOCTYPE is not read (Moodle XML has none; no entity is expanded or fetched)";
    QTest::newRow("undeclared entity") << "undeclared-entity.xml"
                                       << "5:54: Entity 'secret' not declared.";
}

void TestMoodleXml::hostileFilesAreRefusedWithoutExpansion()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);
    Result<ImportedQuiz> imported =
        importMoodle(readFile(fixtures + QStringLiteral("/moodle/") + file));
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, ErrorKind::Invalid);
    const QStringList found = messages(imported.error().problems);
    QCOMPARE(found.size(), 1);
    // Positions are where QXmlStreamReader stands: the end of the DOCTYPE, of a start tag.
    QCOMPARE(found.first(), problem);
    QVERIFY(!imported.error().message.contains(QStringLiteral("lollol")));
}

void TestMoodleXml::malformedXmlIsLocated_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not closed") << QByteArray("<quiz>\n  <question type=\"truefalse\">\n</quiz>")
                                << "3:7: Opening and ending tag mismatch.";
    QTest::newRow("other root")
        << QByteArray("<?xml version=\"1.0\"?>\n<assessmentItem/>")
        << "2:17: the root element is <assessmentItem>, not Moodle's <quiz>";
    QTest::newRow("empty") << QByteArray("") << "1:0: Premature end of document.";
    QTest::newRow("too deep") << QByteArray("<quiz><question>") + QByteArray("<a>").repeated(20)
                              << "1:64: elements nested more than 16 deep";
}

void TestMoodleXml::malformedXmlIsLocated()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, problem);
    Result<ImportedQuiz> imported = importMoodle(xml);
    QVERIFY(!imported);
    QCOMPARE(messages(imported.error().problems), QStringList{problem});
}

void TestMoodleXml::yamlMoodleYamlKeepsWhatMoodleHolds_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : hitready::test::quizFiles())
        QTest::addRow("%s", qPrintable(QFileInfo(path).fileName())) << path;
}

void TestMoodleXml::yamlMoodleYamlKeepsWhatMoodleHolds()
{
    QFETCH(QString, path);
    Result<Quiz> quiz = loadQuizFile(path);
    QVERIFY(quiz);
    Result<ExportedQuiz> xml = exportQuiz(*quiz, QuizFormat::Moodle);
    QVERIFY(xml);
    Result<ImportedQuiz> back = importMoodle(xml->bytes);
    QVERIFY2(back, qPrintable(back.errorMessage()));
    Result<Quiz> reloaded = loadQuiz(quizToYaml(back->quiz).value(), QStringLiteral("back.yaml"));
    QVERIFY2(reloaded, qPrintable(reloaded.errorMessage()));
    const QStringList expected = hitready::test::giftView(*quiz, true);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(hitready::test::giftView(*reloaded, true), expected);
    // Ids come back from <idnumber> as they were.
    for (const Item &item : reloaded->items)
        QVERIFY(quiz->item(item.id));
}

void TestMoodleXml::moodleYamlMoodleKeepsTheQuestions()
{
    Result<ImportedQuiz> first =
        importMoodle(readFile(fixtures + QStringLiteral("/moodle/bank.xml")));
    QVERIFY(first);
    Result<Quiz> viaYaml = loadQuiz(quizToYaml(first->quiz).value(), QStringLiteral("bank.yaml"));
    QVERIFY(viaYaml);
    const QByteArray xml = exportQuiz(*viaYaml, QuizFormat::Moodle)->bytes;
    Result<ImportedQuiz> second = importMoodle(xml);
    QVERIFY2(second, qPrintable(second.errorMessage()));
    QCOMPARE(second->quiz, first->quiz);
    QCOMPARE(exportQuiz(second->quiz, QuizFormat::Moodle)->bytes, xml);
}

void TestMoodleXml::extensionMeansMoodle()
{
    QCOMPARE(quizFormatOfPath(QStringLiteral("export.XML")), QuizFormat::Moodle);
    QCOMPARE(quizFormatFromName(QStringLiteral("moodle")), QuizFormat::Moodle);
    QCOMPARE(quizFormatName(QuizFormat::Moodle), QStringLiteral("moodle"));
}

// Inputs fuzz_moodle found (tests/fuzz): what the loader would refuse is reported, not imported,
// and the imported quiz loads as written.
void TestMoodleXml::fuzzFindingsLoadAsWritten_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("warning");
    QTest::newRow("unit over 20 characters")
        << QByteArray("<quiz>\n<question type=\"numerical\"><name><text>n</text></name>"
                      "<questiontext><text>Q</text></questiontext><answer fraction=\"100\">"
                      "<text>5</text></answer><units><unit><multiplier>1</multiplier>"
                      "<unit_name>milligrams per kilogram per day</unit_name></unit></units>"
                      "</question></quiz>")
        << "2:27: the unit 'milligrams per kilogram per day' is not imported: a unit is at most 20 "
           "characters";
}

void TestMoodleXml::fuzzFindingsLoadAsWritten()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, warning);
    Result<ImportedQuiz> imported = importMoodle(xml);
    QVERIFY2(imported, qPrintable(imported.errorMessage()));
    QVERIFY2(messages(imported->warnings).contains(warning),
             qPrintable(messages(imported->warnings).join(u'\n')));
    Result<Quiz> loaded = loadQuiz(quizToYaml(imported->quiz).value(), QStringLiteral("f.yaml"));
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(*loaded, imported->quiz);
}

QTEST_GUILESS_MAIN(TestMoodleXml)
#include "tst_moodlexml.moc"
