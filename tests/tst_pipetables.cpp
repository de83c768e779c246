// pipeTableWarnings(): a table drawn with `|` in a prompt, an option, its feedback or an
// explanation is reported at its first row, exactly, whatever the scalar's style (|, >, quoted,
// plain, a language map); one `|` in a sentence, a code, hottext markers and stimulus texts are
// not. firstPipeTableRow() on lines alone. The CLI's words and exit codes: tst_lintcli.

#include "loader.h"
#include "pipetables.h"

#include <QFile>
#include <QTest>

using namespace hitready;

namespace {

const QByteArray head = "hitready: 1\nid: tables\ntitle: Tables\n"
                        "domains:\n  - {id: a, title: A}\n";

// "LINE:COL ITEM: message start" of every warning, LINE counted from the first line after
// `items:` (1); the message up to " holds".
QStringList warningsOf(const QByteArray &items, const QByteArray &stimuli = {})
{
    const QByteArray top = head + (stimuli.isEmpty() ? QByteArray() : "stimuli:\n" + stimuli);
    const QByteArray bytes = top + "items:\n" + items;
    const Result<Quiz> quiz = loadQuiz(bytes, QStringLiteral("t.yaml"));
    if (!quiz) {
        qWarning().noquote() << quiz.error().message;
        return {QStringLiteral("does not load")};
    }
    const int offset = int(top.count('\n')) + 1;
    QStringList found;
    for (const AuthoringWarning &w : pipeTableWarnings(*quiz, bytes, QStringLiteral("t.yaml")))
        found.append(QStringLiteral("%1:%2 %3: %4")
                         .arg(w.line - offset)
                         .arg(w.column)
                         .arg(w.itemId, w.message.section(QStringLiteral(" holds"), 0, 0)));
    return found;
}

const QByteArray single = "  - id: q\n    domain: a\n    type: single\n";
const QByteArray options = "    options:\n      - {id: a, text: Yes, correct: true}\n"
                           "      - {id: b, text: 'No'}\n";

} // namespace

class TestPipeTables : public QObject
{
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void warnings_data();
    void warnings();
    void message();
    void shippedQuizzesHaveNone_data();
    void shippedQuizzesHaveNone();
};

void TestPipeTables::rows_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<qsizetype>("first");
    QTest::addRow("two rows") << QStringList{"Read this.", "", "Month | Discharges", "May | 40"}
                              << qsizetype(2);
    QTest::addRow("outer pipes") << QStringList{"| a | b |", "| 1 | 2 |"} << qsizetype(0);
    QTest::addRow("separator row alone")
        << QStringList{"Text", "|---|---|", "Text"} << qsizetype(1);
    QTest::addRow("separator without outer pipes") << QStringList{"--- | :---:"} << qsizetype(0);
    QTest::addRow("header then separator") << QStringList{"x", "a | b", "--|--"} << qsizetype(1);
    QTest::addRow("one bar in a sentence")
        << QStringList{"Choose A | B here.", "Then go on."} << qsizetype(-1);
    QTest::addRow("bars on lines apart") << QStringList{"A | B", "", "C | D"} << qsizetype(-1);
    QTest::addRow("a code") << QStringList{"Code E11.9", "Code I10"} << qsizetype(-1);
    QTest::addRow("bars alone") << QStringList{"|", "|"} << qsizetype(-1);
    QTest::addRow("two dashes are no separator") << QStringList{"a --|"} << qsizetype(-1);
    QTest::addRow("empty") << QStringList{} << qsizetype(-1);
}

void TestPipeTables::rows()
{
    QFETCH(QStringList, lines);
    QFETCH(qsizetype, first);
    QCOMPARE(firstPipeTableRow(lines), first);
}

void TestPipeTables::warnings_data()
{
    QTest::addColumn<QByteArray>("items");
    QTest::addColumn<QByteArray>("stimuli");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("literal block prompt")
        << single +
               "    prompt: |\n      Read the list.\n\n      Row | MRN\n      1   | 0048213\n"
               "\n      Which row is wrong?\n" +
               options
        << QByteArray() << QStringList{"7:7 q: the prompt of q"};
    QTest::addRow("folded block prompt, still rows in the file")
        << single +
               "    prompt: >\n      Read the list.\n        Row | MRN\n        1 | 0048213\n"
               "      Which row?\n" +
               options
        << QByteArray() << QStringList{"6:9 q: the prompt of q"};
    QTest::addRow("folded block prompt, rows folded into one line")
        << single + "    prompt: >-\n      Row | MRN\n      1 | 0048213\n" + options << QByteArray()
        << QStringList{"5:7 q: the prompt of q"};
    QTest::addRow("separator row with outer pipes")
        << single + "    prompt: |\n      Read.\n      | Row | MRN |\n      |---|---|\n" + options
        << QByteArray() << QStringList{"6:7 q: the prompt of q"};
    QTest::addRow("double-quoted prompt over two lines")
        << single + "    prompt: \"Row | MRN\n      1 | 0048213\"\n" + options << QByteArray()
        << QStringList{"4:14 q: the prompt of q"};
    QTest::addRow("single-quoted, a separator row on its own line")
        << single + "    prompt: 'Read:\n\n      |---|---|'\n" + options << QByteArray()
        << QStringList{"6:7 q: the prompt of q"};
    QTest::addRow("a separator row inside a sentence is none")
        << single + "    prompt: 'Read: |---|---|'\n" + options << QByteArray() << QStringList{};
    QTest::addRow("each language at its own table")
        << single +
               "    prompt:\n      en: |\n        Month | Count\n        May   | 4\n"
               "      es: |\n        Mes  | Cantidad\n        Mayo | 4\n" +
               options
        << QByteArray() << QStringList{"6:9 q: the prompt of q", "9:9 q: the prompt of q"};
    QTest::addRow("option, feedback and explanation")
        << single + "    prompt: Which?\n    options:\n"
                    "      - id: a\n        text: |\n          a | b\n          1 | 2\n"
                    "        correct: true\n"
                    "        feedback: |\n          c | d\n          3 | 4\n"
                    "      - {id: b, text: 'No'}\n"
                    "    explanation: |\n      x | y\n      5 | 6\n"
        << QByteArray()
        << QStringList{"8:11 q: option a of q", "12:11 q: the feedback of option a of q",
                       "16:7 q: the explanation of q"};

    // Not tables.
    QTest::addRow("one bar in a sentence")
        << single + "    prompt: |\n      Is it A | B?\n      Choose one.\n" + options
        << QByteArray() << QStringList{};
    QTest::addRow("bars in a plain prompt's one line")
        << single + "    prompt: Which of A | B | C is right?\n" + options << QByteArray()
        << QStringList{};
    QTest::addRow("a code") << single + "    prompt: |\n      Code E11.9 or\n      code E11.65?\n" +
                                   options
                            << QByteArray() << QStringList{};
    QTest::addRow("hottext markers")
        << QByteArray("  - id: h\n    domain: a\n    type: hottext\n    prompt: Select one.\n"
                      "    text: |\n      Name: [[n|Maria]] | MRN: 1\n"
                      "      DOB: [[d|03/14/1962]] | Sex: F\n    correct: [d]\n")
        << QByteArray() << QStringList{};
    QTest::addRow("a stimulus text is shown monospaced")
        << single + "    stimulus: s\n    prompt: Which row?\n" + options
        << QByteArray("  - id: s\n    text: |\n      Row | MRN\n      1   | 0048213\n")
        << QStringList{};
}

void TestPipeTables::warnings()
{
    QFETCH(QByteArray, items);
    QFETCH(QByteArray, stimuli);
    QFETCH(QStringList, expected);
    QCOMPARE(warningsOf(items, stimuli), expected);
}

void TestPipeTables::message()
{
    const QByteArray bytes =
        head + "items:\n" + single + "    prompt: |\n      a | b\n      1 | 2\n" + options;
    const Result<Quiz> quiz = loadQuiz(bytes, QStringLiteral("t.yaml"));
    QVERIFY(quiz);
    const QList<AuthoringWarning> warnings =
        pipeTableWarnings(*quiz, bytes, QStringLiteral("t.yaml"));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings[0].message,
             QStringLiteral("the prompt of q holds a table drawn with '|' characters: its "
                            "columns do not line up on screen and the review and the PDF run "
                            "its rows together; put the table in a 'stimuli' entry (table: with "
                            "columns and rows) and name it in the item's 'stimulus'"));
    // authoringWarnings() holds it next to the leaks (none here).
    QCOMPARE(authoringWarnings(*quiz, bytes, QStringLiteral("t.yaml")), warnings);
}

void TestPipeTables::shippedQuizzesHaveNone_data()
{
    QTest::addColumn<QString>("path");
    for (const char *name : {"hit-readiness.yaml", "pharmacy-tech-sampler.yaml"})
        QTest::addRow("%s", name) << QStringLiteral(HITREADY_QUIZZES "/") + QLatin1String(name);
}

void TestPipeTables::shippedQuizzesHaveNone()
{
    QFETCH(QString, path);
    const Result<Quiz> quiz = loadQuizFile(path);
    QVERIFY(quiz);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<AuthoringWarning> warnings = pipeTableWarnings(*quiz, file.readAll(), path);
    QStringList found;
    for (const AuthoringWarning &w : warnings)
        found.append(QStringLiteral("%1:%2 %3").arg(w.line).arg(w.column).arg(w.itemId));
    QCOMPARE(found, QStringList());
}

QTEST_APPLESS_MAIN(TestPipeTables)
#include "tst_pipetables.moc"
