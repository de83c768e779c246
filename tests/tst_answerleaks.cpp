// answerLeakWarnings(): each kind of giveaway on small quizzes (with the exact position of the
// text that gives it away), what can never be in one attempt, the practice order, languages,
// keys too plain to count; the cue chains of the quizzes before review, none on the corrected
// ones. The CLI's words and exit codes: tst_lintcli.

#include "answerleaks.h"
#include "loader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace hitready;

namespace {

// Domain a has no pool; p1 draws one item (its items are alternatives) and p2 two - each listed
// when a row's items use it (a pool needs scored items). A row's `settings` go before `domains`,
// its items after `items:`.
const QByteArray head = "hitready: 1\nid: leaks\ntitle: Leaks\n";

QByteArray domainsFor(const QByteArray &items)
{
    QByteArray domains = "domains:\n  - {id: a, title: A}\n";
    for (const char *draw : {"1", "2"})
        if (items.contains(QByteArray("domain: p") + draw))
            domains += QByteArray("  - {id: p") + draw + ", title: P, draw: " + draw + "}\n";
    return domains + "items:\n";
}

// A single-choice item keyed "S52.521A": the key of most rows.
const QByteArray codeItem = "  - id: code\n"
                            "    domain: a\n"
                            "    type: single\n"
                            "    prompt: Which code has a valid ICD-10-CM shape?\n"
                            "    options:\n"
                            "      - {id: a, text: S52.521A, correct: true}\n"
                            "      - {id: b, text: S5.2521A}\n";

// "LINE:COL ITEM: message" of every warning, LINE counted from the first item line (1).
QStringList warningsOf(const QByteArray &settings, const QByteArray &items)
{
    const QByteArray domains = domainsFor(items);
    const QByteArray bytes = head + settings + domains + items;
    const Result<Quiz> quiz = loadQuiz(bytes, QStringLiteral("t.yaml"));
    if (!quiz) {
        qWarning().noquote() << quiz.error().message;
        return {QStringLiteral("does not load")};
    }
    const int offset = int((head + settings + domains).count('\n'));
    QStringList found;
    for (const AuthoringWarning &w : answerLeakWarnings(*quiz, bytes, QStringLiteral("t.yaml")))
        found.append(QStringLiteral("%1:%2 %3: %4")
                         .arg(w.line - offset)
                         .arg(w.column)
                         .arg(w.itemId, w.message));
    return found;
}

// (item whose answer is given away, item that gives it away) of every warning.
QSet<QString> pairsOf(const QList<AuthoringWarning> &warnings)
{
    static const QRegularExpression answered(
        QStringLiteral(" (?:the answer|a choice) of ([A-Za-z0-9_.-]+) \\("));
    QSet<QString> pairs;
    for (const AuthoringWarning &w : warnings)
        pairs.insert(answered.match(w.message).captured(1) + QStringLiteral(" <- ") + w.itemId);
    return pairs;
}

QList<AuthoringWarning> warningsOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QByteArray bytes = file.readAll();
    const Result<Quiz> quiz = loadQuiz(bytes, path);
    if (!quiz)
        qFatal("%s does not load", qPrintable(path));
    return answerLeakWarnings(*quiz, bytes, path);
}

} // namespace

class TestAnswerLeaks : public QObject
{
    Q_OBJECT

private slots:
    void leaks_data();
    void leaks();
    void beforeReview_data();
    void beforeReview();
    void correctedQuizzesHaveNone_data();
    void correctedQuizzesHaveNone();
    void generatedQuiz_data();
    void generatedQuiz();
};

void TestAnswerLeaks::leaks_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<QByteArray>("items");
    QTest::addColumn<QStringList>("expected");
    const QByteArray practice = "mode: practice\n";

    // Kinds of key, each found in another item's prompt or options (at that scalar).
    QTest::addRow("keyed option in a prompt")
        << QByteArray()
        << codeItem + "  - {id: t, domain: a, type: truefalse, prompt: "
                      "\"A co-worker typed S52.521A.\", answer: true}\n"
        << QStringList{"8:49 t: the prompt of t gives away the answer of code (\"S52.521A\")"};
    QTest::addRow("accepted text answer in another item's options")
        << QByteArray()
        << QByteArray("  - {id: typed, domain: a, type: text, prompt: Type the abbreviation "
                      "for \"twice a day\"., accept: [BID, b.i.d.]}\n"
                      "  - id: m\n    domain: a\n    type: single\n    prompt: Which is right?\n"
                      "    options:\n      - {id: a, text: Take it b.i.d., correct: true}\n"
                      "      - {id: b, text: Take it daily}\n")
        << QStringList{"7:23 m: the options of m give away the answer of typed (\"b.i.d.\")"};
    QTest::addRow("a typed word")
        << QByteArray()
        << QByteArray("  - {id: w, domain: a, type: text, prompt: Type the term for a late "
                      "result of an injury., accept: [sequela]}\n"
                      "  - {id: t, domain: a, type: truefalse, prompt: \"A scar can be a "
                      "sequela.\", answer: true}\n")
        << QStringList{"2:49 t: the prompt of t gives away the answer of w (\"sequela\")"};
    QTest::addRow("numeric answer with its unit")
        << QByteArray()
        << QByteArray("  - {id: n, domain: a, type: numeric, prompt: How many mg in 1.5 g?, "
                      "answer: 1500, unit: mg}\n"
                      "  - {id: t, domain: a, type: truefalse, prompt: \"1500 mg is 1.5 g.\", "
                      "answer: true}\n")
        << QStringList{"2:49 t: the prompt of t gives away the answer of n (\"1500 mg\")"};
    QTest::addRow("the number without its unit is no giveaway")
        << QByteArray()
        << QByteArray("  - {id: n, domain: a, type: numeric, prompt: How many mg in 1.5 g?, "
                      "answer: 1500, unit: mg}\n"
                      "  - {id: t, domain: a, type: truefalse, prompt: \"1500 g is a lot.\", "
                      "answer: true}\n")
        << QStringList{};
    QTest::addRow("a code inside the keyed option; set names every option shows are not")
        << QByteArray()
        << QByteArray("  - id: q\n    domain: a\n    type: single\n    prompt: Which code?\n"
                      "    options:\n      - {id: a, text: ICD-10-CM Z00.00 (check-up), "
                      "correct: true}\n"
                      "      - {id: b, text: ICD-10-CM Z00.01 (findings)}\n"
                      "  - {id: t, domain: a, type: truefalse, prompt: \"Z00.00 is in "
                      "ICD-10-CM.\", answer: true}\n"
                      "  - {id: u, domain: a, type: truefalse, prompt: \"ICD-10-CM has "
                      "chapters.\", answer: true}\n")
        << QStringList{"8:49 t: the prompt of t gives away the answer of q (\"Z00.00\")"};
    QTest::addRow("a two-digit answer with its unit: stated, not as an option")
        << QByteArray()
        << QByteArray("  - {id: n, domain: a, type: numeric, prompt: How many days?, answer: 45, "
                      "unit: days}\n"
                      "  - {id: c, domain: a, type: single, prompt: How long?, options: [{id: a, "
                      "text: 45 days, correct: true}, {id: b, text: 30 days}]}\n"
                      "  - {id: t, domain: a, type: truefalse, prompt: \"It took 45 days.\", "
                      "answer: true}\n")
        << QStringList{"3:49 t: the prompt of t gives away the answer of n (\"45 days\")"};
    QTest::addRow("matching pair together in one text")
        << QByteArray()
        << QByteArray("  - id: m\n    domain: a\n    type: matching\n    prompt: Match.\n"
                      "    left:\n      - {id: po, text: PO, match: mouth}\n"
                      "      - {id: bid, text: BID, match: two}\n"
                      "    right:\n      - {id: mouth, text: by mouth}\n"
                      "      - {id: two, text: twice a day}\n"
                      "  - {id: t, domain: a, type: truefalse, prompt: \"Tablets taken PO (by "
                      "mouth) act slower.\", answer: true}\n")
        << QStringList{"11:49 t: the prompt of t gives away the answer of m (\"PO\" with \"by "
                       "mouth\")"};
    QTest::addRow("matching pair too far apart")
        << QByteArray()
        << QByteArray("  - id: m\n    domain: a\n    type: matching\n    prompt: Match.\n"
                      "    left:\n      - {id: po, text: PO, match: mouth}\n"
                      "      - {id: bid, text: BID, match: two}\n"
                      "    right:\n      - {id: mouth, text: by mouth}\n"
                      "      - {id: two, text: twice a day}\n"
                      "  - {id: t, domain: a, type: truefalse, prompt: \"Write PO on the "
                      "label, and on the leaflet explain in plain words what by mouth means.\", "
                      "answer: true}\n")
        << QStringList{};
    QTest::addRow("a short code next to the term the prompt names")
        << QByteArray()
        << QByteArray("  - id: q\n    domain: a\n    type: single\n"
                      "    prompt: Which 7th character shows a late result (sequela)?\n"
                      "    options:\n      - {id: a, text: S, correct: true}\n"
                      "      - {id: b, text: D}\n"
                      "  - {id: t, domain: a, type: truefalse, prompt: \"Use S (sequela) for "
                      "a scar.\", answer: true}\n")
        << QStringList{"8:49 t: the prompt of t gives away the answer of q (\"S\" with "
                       "\"sequela\")"};
    QTest::addRow("choices that pair a term with its meaning")
        << QByteArray()
        << QByteArray("  - id: q\n    domain: a\n    type: single\n    prompt: Which fits?\n"
                      "    options:\n      - {id: a, text: A (initial encounter)}\n"
                      "      - {id: d, text: D (subsequent encounter), correct: true}\n"
                      "  - {id: t, domain: a, type: text, prompt: \"A subsequent encounter "
                      "(7th character D). Type it.\", accept: [S09.90XD]}\n"
                      "  - {id: u, domain: a, type: text, prompt: \"An initial encounter "
                      "(7th character A). Type it.\", accept: [S09.90XA]}\n")
        << QStringList{"8:44 t: the prompt of t gives away the answer of q (\"D\" with "
                       "\"subsequent encounter\")",
                       "9:44 u: the prompt of u explains a choice of q (\"A\" with \"initial "
                       "encounter\")"};
    QTest::addRow("a stimulus of another item; an item's own stimulus is its material")
        << QByteArray()
        << QByteArray("  - {id: own, domain: a, type: text, stimulus: rec, prompt: Type the "
                      "code on the record., accept: [Z00.00]}\n"
                      "  - {id: s, domain: a, type: truefalse, stimulus: rec, prompt: The "
                      "record is signed., answer: true}\n"
                      "  - {id: x, domain: a, type: text, prompt: Type the code for a check-up."
                      ", accept: [Z00.00]}\n"
                      "stimuli:\n  - {id: rec, title: Record, text: \"Code: Z00.00\"}\n")
        << QStringList{"5:36 own: the stimulus rec (shown with own) gives away the answer of x "
                       "(\"Z00.00\")"};

    // What can be in one attempt.
    QTest::addRow("items of a draw-1 pool are alternatives")
        << QByteArray()
        << QByteArray("  - {id: k, domain: p1, type: text, prompt: Type it., accept: "
                      "[S52.521A]}\n"
                      "  - {id: t, domain: p1, type: truefalse, prompt: \"S52.521A is "
                      "valid.\", answer: true}\n")
        << QStringList{};
    QTest::addRow("a draw-2 pool shows two together")
        << QByteArray()
        << QByteArray("  - {id: k, domain: p2, type: text, prompt: Type it., accept: "
                      "[S52.521A]}\n"
                      "  - {id: t, domain: p2, type: truefalse, prompt: \"S52.521A is "
                      "valid.\", answer: true}\n"
                      "  - {id: u, domain: p2, type: truefalse, prompt: No code., answer: "
                      "true}\n")
        << QStringList{"2:50 t: the prompt of t gives away the answer of k (\"S52.521A\")"};
    // A key that more than eight other items show is the quiz's vocabulary; eight still warn.
    for (const int showing : {8, 9}) {
        QByteArray items = codeItem;
        QStringList expected;
        for (int i = 0; i < showing; ++i) {
            items += QByteArray("  - {id: t") + QByteArray::number(i) +
                     ", domain: a, type: truefalse, prompt: \"S52.521A is valid.\", answer: "
                     "true}\n";
            expected.append(QStringLiteral("%1:50 t%2: the prompt of t%2 gives away the answer of "
                                           "code (\"S52.521A\")")
                                .arg(8 + i)
                                .arg(i));
        }
        QTest::addRow("a key %d other items show", showing)
            << QByteArray() << items << (showing > 8 ? QStringList{} : expected);
    }

    // Explanations and feedback: only in practice, only when shown before.
    const QByteArray explained =
        codeItem + "  - {id: e, domain: a, type: truefalse, prompt: Codes have letters., "
                   "answer: true, explanation: \"For example S52.521A.\"}\n";
    QTest::addRow("assessment: explanations show at the end")
        << QByteArray()
        << QByteArray("  - {id: e, domain: a, type: truefalse, prompt: Codes "
                      "have letters., answer: true, explanation: \"For "
                      "example S52.521A.\"}\n") +
               codeItem
        << QStringList{};
    QTest::addRow("practice: an earlier explanation")
        << practice
        << QByteArray("  - {id: e, domain: a, type: truefalse, prompt: Codes have letters., "
                      "answer: true, explanation: \"For example S52.521A.\"}\n") +
               codeItem
        << QStringList{"1:97 e: the explanation of e gives away the answer of code "
                       "(\"S52.521A\")"};
    QTest::addRow("practice: a later explanation comes too late")
        << practice << explained << QStringList{};
    QTest::addRow("practice, shuffled: any other item may come first")
        << practice + "shuffle: {items: true}\n"
        << explained
        << QStringList{"8:97 e: the explanation of e gives away the answer of code "
                       "(\"S52.521A\")"};
    QTest::addRow("practice: option feedback")
        << practice
        << QByteArray("  - id: f\n    domain: a\n    type: single\n    prompt: Which?\n"
                      "    options:\n      - {id: a, text: One, correct: true}\n"
                      "      - {id: b, text: Two, feedback: \"It is S52.521A.\"}\n") +
               codeItem
        << QStringList{"7:38 f: the feedback of f gives away the answer of code "
                       "(\"S52.521A\")"};
    QTest::addRow("practice: an explanation settles a true/false claim")
        << practice
        << QByteArray("  - {id: e, domain: a, type: truefalse, prompt: Doses need care., "
                      "answer: true, explanation: \"Write 5 mg, not 5.0 mg.\"}\n"
                      "  - {id: t, domain: a, type: truefalse, prompt: Writing \"5.0 mg\" "
                      "instead of \"5 mg\" is safer., answer: false}\n"
                      "  - {id: p, domain: a, type: truefalse, prompt: A dose of 5 mg or 5.0 "
                      "mg is on the label., answer: true}\n")
        << QStringList{"1:94 e: the explanation of e gives away the answer of t (\"5.0 mg\" "
                       "with \"5 mg\")"};

    // Languages, case and word boundaries.
    QTest::addRow("a Spanish prompt gives away the Spanish key")
        << QByteArray()
        << QByteArray("  - id: q\n    domain: a\n    type: single\n    prompt: What now?\n"
                      "    options:\n"
                      "      - id: a\n        correct: true\n"
                      "        text: {en: Return the list to the pharmacist, es: Devuelva la "
                      "lista al farmacéutico}\n"
                      "      - {id: b, text: Keep it}\n"
                      "  - id: t\n    domain: a\n    type: truefalse\n"
                      "    prompt:\n      en: The list is wrong.\n"
                      "      es: Está mal; devuelva la lista al farmacéutico.\n"
                      "    answer: true\n")
        << QStringList{"15:11 t: the prompt of t gives away the answer of q (\"devuelva la "
                       "lista al farmacéutico\")"};
    QTest::addRow("case-insensitive")
        << QByteArray()
        << codeItem + "  - {id: t, domain: a, type: truefalse, prompt: \"Typed s52.521a.\", "
                      "answer: true}\n"
        << QStringList{"8:49 t: the prompt of t gives away the answer of code (\"s52.521a\")"};
    QTest::addRow("word boundaries")
        << QByteArray()
        << codeItem +
               "  - {id: t, domain: a, type: truefalse, prompt: \"S52.521AB and XS52.521A\", "
               "answer: true}\n"
               "  - {id: n, domain: a, type: numeric, prompt: Half a gram in mg?, answer: "
               "0.5, unit: mg}\n"
               "  - {id: u, domain: a, type: truefalse, prompt: \"10.5 mg and 20.5 mg\", "
               "answer: true}\n"
        << QStringList{};

    QTest::addRow("a date and a plain phrase of three words")
        << QByteArray()
        << QByteArray("  - {id: d, domain: a, type: single, prompt: When?, options: [{id: a, "
                      "text: 3 April 2026, correct: true}, {id: b, text: 4 April 2026}]}\n"
                      "  - {id: m, domain: a, type: single, prompt: Which rule?, options: [{id: "
                      "a, text: Minimum necessary standard, correct: true}, {id: b, text: "
                      "Treatment}]}\n"
                      "  - {id: t, domain: a, type: truefalse, prompt: \"On 3 April 2026 the "
                      "minimum necessary standard applied.\", answer: true}\n")
        << QStringList{"3:49 t: the prompt of t gives away the answer of d (\"3 April 2026\")",
                       "3:49 t: the prompt of t gives away the answer of m (\"minimum necessary "
                       "standard\")"};

    // Keys too short or too common to count alone.
    QTest::addRow("short and common keys are ignored")
        << QByteArray()
        << QByteArray("  - id: q\n    domain: a\n    type: single\n    prompt: Which field "
                      "is missing?\n    options:\n      - {id: a, text: Date of birth, "
                      "correct: true}\n      - {id: b, text: Name}\n"
                      "  - {id: v, domain: a, type: single, prompt: Which field?, options: "
                      "[{id: a, text: Visit date, correct: true}, {id: b, text: Name}]}\n"
                      "  - {id: o, domain: a, type: single, prompt: Where?, options: [{id: a, "
                      "text: 3rd character, correct: true}, {id: b, text: 2nd character}]}\n"
                      "  - id: y\n    domain: a\n    type: single\n    prompt: Allowed?\n"
                      "    options:\n      - {id: a, text: \"Yes\", correct: true}\n"
                      "      - {id: b, text: \"No\"}\n"
                      "  - {id: n, domain: a, type: numeric, prompt: Days?, answer: 5, unit: "
                      "days}\n"
                      "  - {id: l, domain: a, type: single, prompt: Which letter?, options: "
                      "[{id: a, text: A, correct: true}, {id: b, text: B}]}\n"
                      "  - {id: t, domain: a, type: truefalse, prompt: \"Yes: the date of "
                      "birth and visit date are on page A; the 3rd character took 5 days.\", "
                      "answer: true}\n")
        << QStringList{};
    QTest::addRow("the article A is not the letter A")
        << QByteArray()
        << QByteArray("  - id: q\n    domain: a\n    type: single\n    prompt: Which letter "
                      "means the first visit (initial encounter)?\n"
                      "    options:\n      - {id: a, text: A, correct: true}\n"
                      "      - {id: b, text: D}\n"
                      "  - {id: t, domain: a, type: truefalse, prompt: \"A patient has an "
                      "initial encounter today.\", answer: true}\n")
        << QStringList{};
}

void TestAnswerLeaks::leaks()
{
    QFETCH(QByteArray, settings);
    QFETCH(QByteArray, items);
    QFETCH(QStringList, expected);
    QCOMPARE(warningsOf(settings, items), expected);
}

// The cue chains the subject reader found before the review ("answered <- gives it away"),
// and the other giveaways the corrected files also removed (a code or key reused elsewhere).
void TestAnswerLeaks::beforeReview_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("pairs");
    QTest::addRow("hit-readiness")
        << QStringLiteral("hit-readiness-before-review.yaml")
        << QStringList{// cod-05's key in det-04, cod-07 and cod-27
                       "cod-05 <- det-04", "cod-05 <- cod-07", "cod-05 <- cod-27",
                       // cod-01's key in cod-19 (cod-01's options show cod-19's typed answer)
                       // and in cod-27
                       "cod-19 <- cod-01", "cod-01 <- cod-27", "cod-19 <- cod-27",
                       // cod-02's options answer cod-03
                       "cod-03 <- cod-02",
                       // prompts of cod-04/18/19 define the 7th characters cod-02 asks for
                       "cod-02 <- cod-04", "cod-02 <- cod-18", "cod-02 <- cod-19",
                       // also fixed in the corrected file
                       "cod-27 <- cod-07", "cod-20 <- det-06", "cod-13 <- cod-09",
                       "cod-11 <- cod-10", "cod-09 <- cod-27", "cod-13 <- cod-27",
                       "eth-02 <- det-15"};
    QTest::addRow("pharmacy-tech-sampler")
        << QStringLiteral("pharmacy-tech-sampler-before-review.yaml")
        << QStringList{// safe-01's explanation answers safe-02; lab-04 answers lab-05
                       "safe-02 <- safe-01", "lab-05 <- lab-04",
                       // also fixed in the corrected file
                       "calc-03 <- calc-01", "lab-04 <- lab-01", "lab-05 <- lab-self"};
}

void TestAnswerLeaks::beforeReview()
{
    QFETCH(QString, file);
    QFETCH(QStringList, pairs);
    const QString path = QStringLiteral(HITREADY_FIXTURES "/review/") + file;
    const QList<AuthoringWarning> warnings = warningsOfFile(path);
    QStringList found = pairsOf(warnings).values();
    found.sort();
    pairs.sort();
    QCOMPARE(found, pairs);
    for (const AuthoringWarning &w : warnings)
        QVERIFY2(w.line > 0 && w.column > 0, qPrintable(w.message));
}

void TestAnswerLeaks::correctedQuizzesHaveNone_data()
{
    QTest::addColumn<QString>("path");
    const QDir quizzes(QStringLiteral(HITREADY_QUIZ_DIR));
    const QStringList files = quizzes.entryList({QStringLiteral("*.yaml")});
    QVERIFY(files.size() >= 2);
    for (const QString &file : files)
        QTest::addRow("%s", qPrintable(file)) << quizzes.filePath(file);
}

void TestAnswerLeaks::correctedQuizzesHaveNone()
{
    QFETCH(QString, path);
    QStringList messages;
    for (const AuthoringWarning &w : warningsOfFile(path))
        messages.append(QStringLiteral("%1:%2: %3").arg(w.line).arg(w.column).arg(w.message));
    QCOMPARE(messages, QStringList{});
}

namespace {

// A generated quiz of `count` items whose texts give each other's answers away in every way
// the check knows (codes, typed words, quantities, pairs, quoted terms, stimuli), across
// pools, with a key shared by many items (vocabulary, never reported): the whole list of its
// warnings is pinned below, so that a faster search cannot silently find fewer.
QByteArray generatedLeaks(int count, bool practice)
{
    QByteArray y = "hitready: 1\nid: generated-leaks\ntitle: Generated leaks\n";
    y += practice ? "mode: practice\n" : "shuffle: {items: true}\n";
    y += "domains:\n  - {id: a, title: A}\n  - {id: p1, title: P1, draw: 1}\n"
         "  - {id: p2, title: P2, draw: 2}\nstimuli:\n";
    const auto n = [](int i) {
        return QByteArray::number(i);
    };
    const auto code = [&n](int i) {
        return "S" + n(10 + i % 80) + "." + n(100 + i) + "A";
    };
    const auto word = [](int i) {
        QByteArray w = "term";
        for (int k = i + 26; k > 0; k /= 26)
            w += char('a' + k % 26);
        return w;
    };
    for (int s = 0; s < 10; ++s)
        y += "  - id: s" + n(s) + "\n    text: |\n      Case " + n(s) + " was coded " +
             code(6 * (s * 7 % (count / 6))) + " and dosed " + n(1002 + 6 * s) + " mg.\n";
    y += "items:\n";
    static const char *const domains[] = {"a", "p1", "p2"};
    for (int i = 0; i < count; ++i) {
        const int j = (i + 12) % count; // the item of the same kind whose answer i gives
        y += "  - id: g" + n(i) + "\n    domain: " + domains[(i / 6) % 3] + "\n";
        switch (i % 6) {
        case 0:
            y += "    type: single\n    prompt: \"Which code is right? A co-worker typed " +
                 code(j) + ".\"\n    options:\n      - {id: a, text: " + code(i) +
                 ", correct: true}\n      - {id: b, text: S5." + n(i) + "21A}\n";
            break;
        case 1:
            y += "    type: text\n    stimulus: s" + n(i % 10) +
                 "\n    prompt: Type the term for case " + n(i) + ".\n    accept: [" + word(i) +
                 "]\n    explanation: Not to be confused with " + word(j) + ".\n";
            break;
        case 2:
            y += "    type: numeric\n    prompt: How many mg in case " + n(i) +
                 "?\n    answer: " + n(1000 + i) + "\n    unit: mg\n";
            break;
        case 3:
            y += "    type: truefalse\n    prompt: '\"" + n(999 + j) +
                 " mg\" is the dose of case " + n(i) +
                 ".'\n    answer: true\n    explanation: " + word((i + 4) % count) + " differs.\n";
            break;
        case 4:
            y += "    type: matching\n    prompt: Match case " + n(i) +
                 ".\n    left:\n"
                 "      - {id: l1, text: C" +
                 n(i) +
                 "X, match: r1}\n"
                 "      - {id: l2, text: D" +
                 n(i) +
                 "Y, match: r2}\n    right:\n"
                 "      - {id: r1, text: first meaning of " +
                 n(i) +
                 "}\n"
                 "      - {id: r2, text: second meaning of " +
                 n(i) +
                 "}\n"
                 "      - {id: r3, text: spare}\n";
            break;
        default:
            y += "    type: single\n    prompt: Which is right for case " + n(i) +
                 "?\n    options:\n"
                 "      - {id: a, text: C" +
                 n((i + 11) % count) + "X is the first meaning of " + n((i + 11) % count) +
                 ", correct: true}\n"
                 "      - {id: b, text: The admission date against the face sheet}\n"
                 "    explanation: The admission date against the face sheet is wrong; see " +
                 code(j - 5 >= 0 ? j - 5 : 0) + ".\n";
        }
    }
    return y;
}

} // namespace

void TestAnswerLeaks::generatedQuiz_data()
{
    QTest::addColumn<bool>("practice");
    QTest::addColumn<int>("count");
    QTest::addColumn<QByteArray>("sha1");
    QTest::addColumn<QStringList>("first");
    // Pinned from the check as it was before it was made fast (`lint` of the same file).
    const QStringList first{
        "14:11: the stimulus s1 (shown with g1) gives away the answer of g8 (\"1008 mg\")",
        "14:11: the stimulus s1 (shown with g1) gives away the answer of g42 (\"S52.142A\")"};
    QTest::addRow("assessment, shuffled")
        << false << 409 << QByteArray("28716abb77f047162c598972ec4f796d6cdcae19") << first;
    QTest::addRow("practice") << true << 704
                              << QByteArray("926d5244f7b00b076f3d85c890bab56c22cd6895") << first;
}

void TestAnswerLeaks::generatedQuiz()
{
    QFETCH(bool, practice);
    QFETCH(int, count);
    QFETCH(QByteArray, sha1);
    QFETCH(QStringList, first);
    const QByteArray bytes = generatedLeaks(600, practice);
    if (!qEnvironmentVariableIsEmpty("HITREADY_KEEP_GENERATED")) {
        QFile kept(qEnvironmentVariable("HITREADY_KEEP_GENERATED") +
                   (practice ? QStringLiteral("-practice.yaml") : QStringLiteral(".yaml")));
        QVERIFY(kept.open(QIODevice::WriteOnly));
        kept.write(bytes);
    }
    const Result<Quiz> quiz = loadQuiz(bytes, QStringLiteral("g.yaml"));
    if (!quiz)
        QFAIL(qPrintable(quiz.error().message));
    QStringList lines;
    for (const AuthoringWarning &w : answerLeakWarnings(*quiz, bytes, QStringLiteral("g.yaml")))
        lines.append(QStringLiteral("%1:%2: %3").arg(w.line).arg(w.column).arg(w.message));
    const QByteArray all = lines.join(u'\n').toUtf8();
    QCOMPARE(lines.mid(0, first.size()), first);
    QCOMPARE(lines.size(), count);
    QCOMPARE(QCryptographicHash::hash(all, QCryptographicHash::Sha1).toHex(), sha1);
}

QTEST_APPLESS_MAIN(TestAnswerLeaks)
#include "tst_answerleaks.moc"
