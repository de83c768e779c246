// The interchange library: the YAML writer (every quiz reads back as itself), GIFT read into its
// questions, GIFT questions to items with a warning for each loss, and the round trips
// YAML -> GIFT -> YAML and GIFT -> YAML -> GIFT.

#include "giftparse.h"
#include "interchange.h"
#include "interchangeview.h"
#include "loader.h"
#include "quizyaml.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
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

Quiz loadOrFail(const QString &path)
{
    Result<Quiz> quiz = loadQuizFile(path);
    if (!quiz)
        qFatal("%s", qPrintable(quiz.errorMessage()));
    return *quiz;
}

ImportedQuiz importGiftText(const QString &gift, const QString &name = QStringLiteral("bank.gift"))
{
    Result<ImportedQuiz> imported = importQuiz(gift.toUtf8(), name, QuizFormat::Gift);
    if (!imported)
        qFatal("%s", qPrintable(imported.errorMessage()));
    return *imported;
}

QStringList messages(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << QStringLiteral("%1:%2: %3").arg(p.line).arg(p.column).arg(p.message);
    return out;
}

Quiz throughGift(const Quiz &quiz, QList<ExportWarning> *warnings = nullptr)
{
    Result<ExportedQuiz> gift = exportQuiz(quiz, QuizFormat::Gift);
    if (!gift)
        qFatal("%s", qPrintable(gift.errorMessage()));
    if (warnings)
        *warnings = gift->warnings;
    Result<ImportedQuiz> back =
        importQuiz(gift->bytes, QStringLiteral("round.gift"), QuizFormat::Gift);
    if (!back)
        qFatal("%s\n%s", qPrintable(back.errorMessage()), gift->bytes.constData());
    // What is imported must itself be a quiz file the loader takes.
    Result<QByteArray> yaml = quizToYaml(back->quiz);
    Result<Quiz> reloaded = loadQuiz(yaml.value(), QStringLiteral("round.yaml"));
    if (!reloaded)
        qFatal("%s\n%s", qPrintable(reloaded.errorMessage()), yaml->constData());
    return *reloaded;
}

} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT

private slots:
    void yamlWriterReadsBackAsTheSameQuiz_data();
    void yamlWriterReadsBackAsTheSameQuiz();
    void yamlWriterQuotesWhatWouldReadAsAnotherType();
    void formatsByNameAndExtension();
    void giftQuestionKinds_data();
    void giftQuestionKinds();
    void giftEscapesTitlesFormatsAndComments();
    void giftErrorsAreLocated_data();
    void giftErrorsAreLocated();
    void giftChoicesAndWeights();
    void giftTrueFalseShortNumericMatching();
    void giftCategoriesBecomeDomains();
    void giftReportsWhatIsNotImported();
    void giftHtmlAndMarkdownBecomePlainText();
    void giftImportOfEveryFixtureLoadsAsAQuiz_data();
    void giftImportOfEveryFixtureLoadsAsAQuiz();
    void yamlGiftYamlKeepsWhatGiftHolds_data();
    void yamlGiftYamlKeepsWhatGiftHolds();
    void giftExportListsWhatItCannotHold();
    void giftYamlGiftKeepsTheQuestions_data();
    void giftYamlGiftKeepsTheQuestions();
    void notUtf8AndTooLargeAreRefused();
    void fuzzFindingsLoadAndExportAgain_data();
    void fuzzFindingsLoadAndExportAgain();
};

void TestInterchange::yamlWriterReadsBackAsTheSameQuiz_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : hitready::test::quizFiles())
        QTest::addRow("%s", qPrintable(QFileInfo(path).fileName())) << path;
}

void TestInterchange::yamlWriterReadsBackAsTheSameQuiz()
{
    QFETCH(QString, path);
    const Quiz quiz = loadOrFail(path);
    Result<QByteArray> yaml = quizToYaml(quiz, {QStringLiteral("a header line")});
    QVERIFY2(yaml, qPrintable(yaml.errorMessage()));
    QVERIFY(yaml->startsWith("# a header line\n"));
    Result<Quiz> back = loadQuiz(*yaml, QStringLiteral("written.yaml"));
    QVERIFY2(back, qPrintable(back.errorMessage() + u'\n' + QString::fromUtf8(*yaml)));
    for (qsizetype i = 0; i < quiz.items.size(); ++i)
        QVERIFY2(back->items.at(i) == quiz.items.at(i), qPrintable(quiz.items.at(i).id));
    QCOMPARE(*back, quiz);
    QCOMPARE(contentHash(*back), contentHash(quiz));
}

void TestInterchange::yamlWriterQuotesWhatWouldReadAsAnotherType()
{
    Quiz quiz;
    quiz.id = QStringLiteral("q");
    quiz.title = Text::plain(QStringLiteral("en"), QStringLiteral("true"));
    quiz.version = QStringLiteral("2026.1");
    Domain domain;
    domain.id = QStringLiteral("d");
    domain.title = Text::plain(QStringLiteral("en"), QStringLiteral("null"));
    quiz.domains.append(domain);
    Item item;
    item.id = QStringLiteral("1e3");
    item.domain = QStringLiteral("d");
    item.type = ItemType::Text;
    item.prompt = Text::plain(QStringLiteral("en"),
                              QStringLiteral("- a list? {no}: # not a comment\n  second line  "));
    item.textKey.accept = {QStringLiteral("0x1F"), QStringLiteral("~"), QStringLiteral("yes")};
    quiz.items.append(item);
    Result<QByteArray> yaml = quizToYaml(quiz);
    QVERIFY(yaml);
    Result<Quiz> back = loadQuiz(*yaml, QStringLiteral("q.yaml"));
    QVERIFY2(back, qPrintable(back.errorMessage() + u'\n' + QString::fromUtf8(*yaml)));
    QCOMPARE(back->version, quiz.version);
    QCOMPARE(back->items.constFirst(), quiz.items.constFirst());
    QCOMPARE(*back, quiz);
}

void TestInterchange::formatsByNameAndExtension()
{
    QCOMPARE(quizFormatOfPath(QStringLiteral("a/b.GIFT")), QuizFormat::Gift);
    QCOMPARE(quizFormatOfPath(QStringLiteral("bank.txt")), QuizFormat::Gift);
    QCOMPARE(quizFormatOfPath(QStringLiteral("q.yml")), QuizFormat::Yaml);
    QCOMPARE(quizFormatOfPath(QStringLiteral("q.doc")), std::nullopt);
    QCOMPARE(quizFormatFromName(QStringLiteral("gift")), QuizFormat::Gift);
    QCOMPARE(quizFormatFromName(QStringLiteral("GIFT")), std::nullopt);
    QCOMPARE(quizIdForFile(QStringLiteral("/x/My Bank (2025).gift")),
             QStringLiteral("my-bank-2025"));
    QCOMPARE(quizIdForFile(QStringLiteral("###.gift")), QStringLiteral("imported"));
}

void TestInterchange::giftQuestionKinds_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("stem");
    QTest::addColumn<int>("answers");
    QTest::newRow("single") << "Q {=a ~b ~c}"
                            << "multiple choice"
                            << "Q" << 3;
    QTest::newRow("weights") << "Q {~%50%a ~%50%b ~%-100%c}"
                             << "multiple choice"
                             << "Q" << 3;
    QTest::newRow("truefalse") << "Q {T}"
                               << "true/false"
                               << "Q" << 0;
    QTest::newRow("TRUE with feedback") << "Q{TRUE#no#yes}"
                                        << "true/false"
                                        << "Q" << 0;
    QTest::newRow("short") << "Q {=x =y}"
                           << "short answer"
                           << "Q" << 2;
    QTest::newRow("short, Moodle's bare answer") << "Q {x =y}"
                                                 << "short answer"
                                                 << "Q" << 2;
    QTest::newRow("numerical") << "Q {#1.5:0.1}"
                               << "numerical"
                               << "Q" << 1;
    QTest::newRow("numerical several") << "Q {#=1:0 =%50%2:1}"
                                       << "numerical"
                                       << "Q" << 2;
    QTest::newRow("matching") << "Q {=a -> 1 =b -> 2}"
                              << "matching"
                              << "Q" << 2;
    QTest::newRow("essay") << "Q {}"
                           << "essay"
                           << "Q" << 0;
    QTest::newRow("description") << "Just text."
                                 << "description"
                                 << "Just text." << 0;
    QTest::newRow("missing word") << "The {=fax ~phone} line."
                                  << "multiple choice"
                                  << "The _____ line." << 2;
    QTest::newRow("answers on lines") << "Q\n{\n=a\n~b\n}"
                                      << "multiple choice"
                                      << "Q" << 2;
}

void TestInterchange::giftQuestionKinds()
{
    QFETCH(QString, gift);
    QFETCH(QString, kind);
    QFETCH(QString, stem);
    QFETCH(int, answers);
    const GiftParse parsed = parseGift(gift, QStringLiteral("t.gift"));
    QCOMPARE(messages(parsed.problems), QStringList());
    QCOMPARE(parsed.questions.size(), 1);
    QCOMPARE(QString::fromLatin1(giftKindName(parsed.questions.first().kind)), kind);
    QCOMPARE(parsed.questions.first().stem, stem);
    QCOMPARE(parsed.questions.first().answers.size(), answers);
}

void TestInterchange::giftEscapesTitlesFormatsAndComments()
{
    const GiftParse parsed = parseGift(
        QStringLiteral("// a comment\n// source: 45 CFR 164.508\n::A\\:B::[markdown] Is 1\\=1 "
                       "\\{ok\\}? {=yes\\~really#fine\\#1 ~no}\n\n$CATEGORY: $course$/top/X\n"),
        QStringLiteral("t.gift"));
    QCOMPARE(messages(parsed.problems), QStringList());
    QCOMPARE(parsed.questions.size(), 2);
    const GiftQuestion &q = parsed.questions.first();
    QCOMPARE(q.title, QStringLiteral("A:B"));
    QCOMPARE(q.format, QStringLiteral("markdown"));
    QCOMPARE(q.stem, QStringLiteral("Is 1=1 {ok}?"));
    QCOMPARE(q.answers.first().text, QStringLiteral("yes~really"));
    QCOMPARE(q.answers.first().feedback, QStringLiteral("fine#1"));
    QCOMPARE(q.comments,
             QStringList({QStringLiteral("a comment"), QStringLiteral("source: 45 CFR 164.508")}));
    QCOMPARE(q.line, 3);
    QCOMPARE(parsed.questions.at(1).category, QStringLiteral("$course$/top/X"));
    QCOMPARE(parsed.questions.at(1).line, 5);
}

void TestInterchange::giftErrorsAreLocated_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QString>("problem");
    QTest::newRow("unclosed brace")
        << "Fine {T}\n\n::x:: Q {=a\n~b"
        << "3:9: this '{' has no closing '}' before the question ends (a blank line ends it)";
    QTest::newRow("unclosed title")
        << "\n::x Q {T}"
        << "2:1: the title ::... has no closing '::' (a ':' inside a title is written '\\:')";
    QTest::newRow("nested brace")
        << "Q {=a {b}}"
        << "1:7: a '{' inside the answers: write '\\{' for a brace in a text";
    QTest::newRow("bad weight")
        << "Q {~%half%a =b}"
        << "1:5: a weight is written %50% (a percent between two '%' signs)";
    QTest::newRow("bad number")
        << "Q {#twelve}"
        << "1:5: a numerical answer is written N, N:tolerance or low..high, not 'twelve'";
    QTest::newRow("bad range")
        << "Q {#5..1}"
        << "1:5: a numerical answer is written N, N:tolerance or low..high, not '5..1'";
    QTest::newRow("matching without arrow") << "Q {=a -> 1 =b}"
                                            << "1:12: a matching pair is written '=left -> right'";
    QTest::newRow("text before choices")
        << "Q {x ~a =b}"
        << "1:4: an answer must start with '=' (right) or '~' (wrong)";
    QTest::newRow("two answer blocks")
        << "Q {T} and {F}"
        << "1:11: a second answer block in one question: GIFT has one per question";
}

void TestInterchange::giftErrorsAreLocated()
{
    QFETCH(QString, gift);
    QFETCH(QString, problem);
    const GiftParse parsed = parseGift(gift, QStringLiteral("t.gift"));
    QCOMPARE(messages(parsed.problems), QStringList{problem});
    Result<ImportedQuiz> imported =
        importQuiz(gift.toUtf8(), QStringLiteral("t.gift"), QuizFormat::Gift);
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, ErrorKind::Invalid);
    QVERIFY(imported.error().message.startsWith(QStringLiteral("t.gift:")));
}

void TestInterchange::giftChoicesAndWeights()
{
    const ImportedQuiz imported =
        importGiftText(readFile(fixtures + QStringLiteral("/gift/choices.gift")));
    const Quiz &quiz = imported.quiz;
    QCOMPARE(quiz.items.size(), 5);
    const Item &single = quiz.items.at(0);
    QCOMPARE(single.id, QStringLiteral("roi-01"));
    QCOMPARE(single.type, ItemType::Single);
    QCOMPARE(single.options.size(), 3);
    QVERIFY(single.options.at(0).correct && !single.options.at(1).correct);
    QCOMPARE(quiz.text(single.options.at(0).feedback),
             QStringLiteral("Right: psychotherapy notes need it."));
    QCOMPARE(quiz.text(single.explanation),
             QStringLiteral("45 CFR 164.508 lists what needs an authorization."));
    const Item &multiple = quiz.items.at(1);
    QCOMPARE(multiple.type, ItemType::Multiple);
    QCOMPARE(multiple.options.at(0).correct, true);
    QCOMPARE(multiple.options.at(1).correct, true);
    QCOMPARE(multiple.options.at(2).correct, false);
    QCOMPARE(quiz.items.at(2).type, ItemType::Multiple);
    QCOMPARE(quiz.text(quiz.items.at(3).prompt),
             QStringLiteral("A request arrives _____ at the front desk."));
    QCOMPARE(quiz.items.at(4).id, QStringLiteral("q5"));
    // roi-02's weights are ours exactly (50 / -50); roi-03's -100% is not.
    const QStringList warnings = messages(imported.warnings);
    QCOMPARE(warnings.filter(QStringLiteral("roi-02")).size(), 0);
    QVERIFY2(warnings.contains(
                 QStringLiteral("18:123: the weight -100% of 'Employers' becomes -33.33%: each "
                                "wrong option chosen takes away one right option's share")),
             qPrintable(warnings.join(u'\n')));
    QVERIFY(warnings.contains(QStringLiteral(
        "20:1: the answers stood inside the text: the prompt shows '_____' where they were")));
}

void TestInterchange::giftTrueFalseShortNumericMatching()
{
    const Quiz tf =
        importGiftText(readFile(fixtures + QStringLiteral("/gift/truefalse.gift"))).quiz;
    QCOMPARE(tf.items.size(), 4);
    QCOMPARE(tf.items.at(0).answer, true);
    QCOMPARE(tf.items.at(1).answer, false);
    QCOMPARE(tf.text(tf.items.at(3).explanation), QStringLiteral("Revocation must be in writing."));

    const ImportedQuiz shortAnswers =
        importGiftText(readFile(fixtures + QStringLiteral("/gift/shortanswer.gift")));
    const Quiz &sa = shortAnswers.quiz;
    QCOMPARE(sa.items.at(0).textKey.accept,
             QStringList({QStringLiteral("protected health information"),
                          QStringLiteral("protected health info")}));
    QCOMPARE(sa.items.at(1).textKey.accept, QStringList{QStringLiteral("E11.9")});
    QCOMPARE(sa.items.at(2).textKey.patterns, QStringList{QStringLiteral("ICD.*PCS")});
    QVERIFY(sa.items.at(2).textKey.accept.contains(QStringLiteral("ICD-10-PCS")));
    QVERIFY(messages(shortAnswers.warnings)
                .contains(QStringLiteral("5:94: the answer 'E11' (50%) is not imported: a typed "
                                         "answer is fully right or wrong")));

    const ImportedQuiz numbers =
        importGiftText(readFile(fixtures + QStringLiteral("/gift/numerical.gift")));
    const Quiz &num = numbers.quiz;
    QCOMPARE(num.items.at(0).numeric.answer, 7.5);
    QCOMPARE(num.items.at(0).numeric.tolerance, 0.1);
    QCOMPARE(num.items.at(1).numeric.tolerance, 0.0);
    QCOMPARE(num.items.at(2).numeric.answer, 5.0);
    QCOMPARE(num.items.at(2).numeric.tolerance, 1.0);
    QVERIFY(num.items.at(2).numeric.accepts(4) && num.items.at(2).numeric.accepts(6) &&
            !num.items.at(2).numeric.accepts(6.01));
    QCOMPARE(num.items.at(3).numeric.answer, 25.0);
    QCOMPARE(messages(numbers.warnings).filter(QStringLiteral("ana-04")).size(), 0);
    QCOMPARE(messages(numbers.warnings).filter(QStringLiteral("not imported")).size(), 2);

    const Quiz match =
        importGiftText(readFile(fixtures + QStringLiteral("/gift/matching.gift"))).quiz;
    const Item &m = match.items.at(0);
    QCOMPARE(m.type, ItemType::Matching);
    QCOMPARE(m.left.size(), 3);
    QCOMPARE(m.right.size(), 4); // one distractor
    QCOMPARE(match.text(m.rightEntry(m.left.at(1).match)->text),
             QStringLiteral("Inpatient hospital procedures"));
    const Item &shared = match.items.at(1);
    QCOMPARE(shared.right.size(), 2); // RHIT and CCS both match AHIMA
    QCOMPARE(shared.left.at(0).match, shared.left.at(2).match);
}

void TestInterchange::giftCategoriesBecomeDomains()
{
    const ImportedQuiz imported = importGiftText(QStringLiteral(
        "Before any category {T}\n\n$CATEGORY: $course$/top/Release of information\n\nQ {T}\n\n"
        "$CATEGORY: $course$/top/Empty\n\n$CATEGORY: tom/Law//Policy\n\nQ2 {F}\n\n"
        "$CATEGORY: $course$/top/Release of information\n\nQ3 {T}\n"));
    const Quiz &quiz = imported.quiz;
    QCOMPARE(quiz.domains.size(), 3);
    QCOMPARE(quiz.domains.at(0).id, QStringLiteral("general"));
    QCOMPARE(quiz.domains.at(1).id, QStringLiteral("release-of-information"));
    QCOMPARE(quiz.text(quiz.domains.at(1).title), QStringLiteral("Release of information"));
    QCOMPARE(quiz.text(quiz.domains.at(2).title), QStringLiteral("Law/Policy"));
    QCOMPARE(quiz.items.at(3).domain, QStringLiteral("release-of-information"));
    QCOMPARE(messages(imported.warnings),
             QStringList{
                 QStringLiteral("7:1: category 'Empty' has no question: no domain made for it")});
}

void TestInterchange::giftReportsWhatIsNotImported()
{
    const ImportedQuiz imported =
        importGiftText(readFile(fixtures + QStringLiteral("/gift/other.gift")));
    QCOMPARE(imported.quiz.items.size(), 1);
    const QStringList warnings = messages(imported.warnings);
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.at(0).startsWith(QStringLiteral("1:1: essay question 'ess-01' not imported")));
    QVERIFY(warnings.at(1).startsWith(QStringLiteral("3:1: description question not imported")));
    // What the loader would refuse is not imported, and said so.
    const ImportedQuiz edges = importGiftText(
        QStringLiteral("Q {~%100%only}\n\nQ2 {=a = }\n\nQ3 {=%1 }\n").arg(QString(201, u'x')));
    QCOMPARE(edges.quiz.items.size(), 1);
    QCOMPARE(edges.quiz.items.first().textKey.accept, QStringList{QStringLiteral("a")});
    QCOMPARE(
        messages(edges.warnings),
        QStringList(
            {QStringLiteral("1:1: multiple choice not imported: it needs at least two answers"),
             QStringLiteral(
                 "3:8: an accepted answer is empty or longer than 200 characters: not imported"),
             QStringLiteral(
                 "5:5: an accepted answer is empty or longer than 200 characters: not imported"),
             QStringLiteral("5:1: short answer not imported: no answer is fully right")}));
    // Nothing at all to import is an error, not an empty quiz.
    QVERIFY(!importQuiz("Only a description.", QStringLiteral("d.gift"), QuizFormat::Gift));
}

void TestInterchange::giftHtmlAndMarkdownBecomePlainText()
{
    const ImportedQuiz imported = importGiftText(QStringLiteral(
        "[html]<p>Line one<br>line <b>two</b> &amp; &lt;three&gt; "
        "&#233;</p><ul><li>a</li><li>b</li></ul> {T}\n\n"
        "[markdown]A **bold** and _soft_ [link](https://example.org) in `code` {T}\n\n"
        "Moodle <i>auto</i> format, 3 < 4 {T}\n\n"
        "[html]See <img src=\"x.png\" alt=\"the chart\"> {T}\n\n"
        "[plain]Kept <as> typed {T}\n"));
    const Quiz &q = imported.quiz;
    QCOMPARE(q.text(q.items.at(0).prompt),
             QStringLiteral("Line one\nline two & <three> é\n- a\n- b"));
    QCOMPARE(q.text(q.items.at(1).prompt),
             QStringLiteral("A bold and soft link (https://example.org) in code"));
    QCOMPARE(q.text(q.items.at(2).prompt), QStringLiteral("Moodle auto format, 3 < 4"));
    QCOMPARE(q.text(q.items.at(3).prompt), QStringLiteral("See [the chart]"));
    QCOMPARE(q.text(q.items.at(4).prompt), QStringLiteral("Kept <as> typed"));
    QVERIFY(messages(imported.warnings)
                .contains(QStringLiteral(
                    "7:1: question text: an image (its alt text is kept) has no plain-text form")));
}

void TestInterchange::giftImportOfEveryFixtureLoadsAsAQuiz_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &name :
         QDir(fixtures + QStringLiteral("/gift")).entryList({QStringLiteral("*.gift")}))
        if (name != QLatin1String("errors.gift"))
            QTest::addRow("%s", qPrintable(name)) << fixtures + QStringLiteral("/gift/") + name;
}

void TestInterchange::giftImportOfEveryFixtureLoadsAsAQuiz()
{
    QFETCH(QString, path);
    Result<ImportedQuiz> imported = importQuiz(readFile(path), path, QuizFormat::Gift);
    QVERIFY2(imported, qPrintable(imported.errorMessage()));
    Result<QByteArray> yaml = quizToYaml(imported->quiz);
    QVERIFY(yaml);
    Result<Quiz> loaded = loadQuiz(*yaml, QStringLiteral("imported.yaml"));
    QVERIFY2(loaded, qPrintable(loaded.errorMessage() + u'\n' + QString::fromUtf8(*yaml)));
    QCOMPARE(*loaded, imported->quiz);
}

void TestInterchange::yamlGiftYamlKeepsWhatGiftHolds_data()
{
    yamlWriterReadsBackAsTheSameQuiz_data();
}

void TestInterchange::yamlGiftYamlKeepsWhatGiftHolds()
{
    QFETCH(QString, path);
    const Quiz quiz = loadOrFail(path);
    const Quiz back = throughGift(quiz);
    const QStringList expected = hitready::test::giftView(quiz);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(hitready::test::giftView(back), expected);
}

void TestInterchange::giftExportListsWhatItCannotHold()
{
    const Quiz quiz = loadOrFail(fixtures + QStringLiteral("/item-types.yaml"));
    QList<ExportWarning> warnings;
    const Quiz back = throughGift(quiz, &warnings);
    QStringList listed;
    for (const ExportWarning &w : warnings)
        listed << w.itemId + u' ' + w.message;
    // Every item type GIFT has no question for is named, and nothing of it is written.
    for (const Item &item : quiz.items) {
        const bool kept = back.item(item.id) != nullptr;
        const bool notExported =
            !listed.filter(item.id + QStringLiteral(" not exported")).isEmpty();
        QVERIFY2(kept != notExported, qPrintable(item.id + u'\n' + listed.join(u'\n')));
    }
    QVERIFY2(!listed.filter(QStringLiteral("GIFT has no ordering question")).isEmpty(),
             qPrintable(listed.join(u'\n')));
}

void TestInterchange::giftYamlGiftKeepsTheQuestions_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &name :
         QDir(fixtures + QStringLiteral("/gift")).entryList({QStringLiteral("*.gift")}))
        if (name != QLatin1String("errors.gift"))
            QTest::addRow("%s", qPrintable(name)) << fixtures + QStringLiteral("/gift/") + name;
}

// GIFT -> quiz -> YAML -> quiz -> GIFT -> quiz: the questions come back as they were imported,
// and the GIFT written the second time parses to the same questions as the first.
void TestInterchange::giftYamlGiftKeepsTheQuestions()
{
    QFETCH(QString, path);
    const ImportedQuiz first =
        importGiftText(QString::fromUtf8(readFile(path)), QStringLiteral("bank.gift"));
    Result<Quiz> viaYaml = loadQuiz(quizToYaml(first.quiz).value(), QStringLiteral("bank.yaml"));
    QVERIFY(viaYaml);
    const QByteArray gift = exportQuiz(*viaYaml, QuizFormat::Gift)->bytes;
    const ImportedQuiz second =
        importGiftText(QString::fromUtf8(gift), QStringLiteral("bank.gift"));
    QCOMPARE(second.quiz, first.quiz);
    const QByteArray again = exportQuiz(second.quiz, QuizFormat::Gift)->bytes;
    QCOMPARE(QString::fromUtf8(again), QString::fromUtf8(gift));
    // The questions themselves, as GIFT: kind, title and answers.
    const GiftParse original = parseGift(QString::fromUtf8(readFile(path)), path);
    const GiftParse written = parseGift(QString::fromUtf8(gift), QStringLiteral("bank.gift"));
    QStringList before, after;
    for (const GiftQuestion &q : original.questions)
        if (q.kind != GiftQuestion::Kind::Category && q.kind != GiftQuestion::Kind::Essay &&
            q.kind != GiftQuestion::Kind::Description)
            before << QStringLiteral("%1 %2 %3")
                          .arg(QLatin1String(giftKindName(q.kind)))
                          .arg(q.answers.size())
                          .arg(q.title);
    for (const GiftQuestion &q : written.questions)
        if (q.kind != GiftQuestion::Kind::Category)
            after << QStringLiteral("%1 %2 %3")
                         .arg(QLatin1String(giftKindName(q.kind)))
                         .arg(q.answers.size())
                         .arg(q.title);
    QCOMPARE(after.size(), first.quiz.items.size());
    for (qsizetype i = 0; i < after.size(); ++i)
        if (!before.at(i).endsWith(u' '))
            QVERIFY2(before.contains(after.at(i)) || !first.warnings.isEmpty(),
                     qPrintable(after.at(i)));
}

void TestInterchange::notUtf8AndTooLargeAreRefused()
{
    Result<ImportedQuiz> latin1 =
        importQuiz("Q {T}\n\nCaf\xe9 {T}\n", QStringLiteral("l.gift"), QuizFormat::Gift);
    QVERIFY(!latin1);
    QCOMPARE(messages(latin1.error().problems),
             QStringList{QStringLiteral("3:1: the file is not UTF-8 text (save it as UTF-8)")});
    Result<ImportedQuiz> big = importQuiz(QByteArray(maxQuizFileBytes + 1, 'a'),
                                          QStringLiteral("big.gift"), QuizFormat::Gift);
    QVERIFY(!big);
    QVERIFY(big.error().message.contains(QStringLiteral("16 MiB")));
    // A byte order mark is not part of the first question.
    QCOMPARE(importGiftText(QStringLiteral("\uFEFF::t:: Q {T}")).quiz.items.first().id,
             QStringLiteral("t"));
}

// Inputs fuzz_gift found (tests/fuzz): the imported quiz loads as written, and its GIFT export
// brings the item back, or names what it left out.
void TestInterchange::fuzzFindingsLoadAndExportAgain_data()
{
    QTest::addColumn<QString>("gift");
    QTest::addColumn<QString>("exportWarning"); // empty: the item comes back as it was
    QTest::newRow("NUL in a wildcard answer")
        << QStringLiteral("Q {=a") + QChar(0) + QStringLiteral("b*c}") << QString();
    QTest::newRow("wildcard answer in another script")
        << QStringLiteral("Q {=café*Ω}") << QString();
    QTest::newRow("'->' in a bare short answer")
        << QStringLiteral("::q:: Q {CPT -> Services}")
        << QStringLiteral("q the accepted answer 'CPT -> Services' is not exported: GIFT reads "
                          "'->' as a matching pair");
}

void TestInterchange::fuzzFindingsLoadAndExportAgain()
{
    QFETCH(QString, gift);
    QFETCH(QString, exportWarning);
    const ImportedQuiz imported = importGiftText(gift);
    Result<Quiz> loaded = loadQuiz(quizToYaml(imported.quiz).value(), QStringLiteral("f.yaml"));
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(*loaded, imported.quiz);
    Result<ExportedQuiz> exported = exportQuiz(imported.quiz, QuizFormat::Gift);
    QVERIFY(exported);
    QStringList warnings;
    for (const ExportWarning &w : exported->warnings)
        warnings << w.itemId + u' ' + w.message;
    if (!exportWarning.isEmpty()) {
        QVERIFY2(warnings.contains(exportWarning), qPrintable(warnings.join(u'\n')));
        return;
    }
    QCOMPARE(warnings, QStringList());
    Result<ImportedQuiz> back =
        importQuiz(exported->bytes, QStringLiteral("bank.gift"), QuizFormat::Gift);
    QVERIFY2(back, qPrintable(back.errorMessage()));
    QCOMPARE(back->quiz.items, imported.quiz.items);
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
