// The loader's validation: one row per kind of problem, with the line it must point at.

#include "loader.h"
#include "translationcoverage.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace hitready;

namespace {

// A valid quiz; rows replace one marked line ("#<name>") to introduce a single defect.
const char *const baseQuiz = R"(hitready: 1                                  #version
id: sample
title: Sample
domains:
  - id: detail
    title: Attention to detail
    levels: [{min: 0, label: Low}, {min: 50, label: High}]   #levels
  - id: ethics                                  #domain2
    title: Ethics
items:
  - id: q1
    domain: detail                              #q1domain
    type: single
    prompt: Which date is wrong?                #q1prompt
    options:                                    #q1options
      - {id: a, text: The admission date, correct: true}   #q1a
      - {id: b, text: The discharge date}       #q1b
  - id: q2                                      #q2id
    domain: ethics
    type: multiple
    points: 2                                   #q2points
    prompt: Which need authorization?
    options:
      - {id: a, text: Psychotherapy notes, correct: true}  #q2a
      - {id: b, text: Treatment}
  - id: q3
    domain: ethics
    type: truefalse                             #q3type
    prompt: Treatment disclosures need authorization.
    answer: false                               #q3answer
  - id: r1
    domain: ethics
    type: likert
    prompt: How sure are you about privacy rules?
    anchors: [None, Little, Some, Good, Expert]  #r1anchors
recommendations:
  - id: rhit
    kind: certification                         #kind
    title: RHIT
    when: {all: [{overall: {min: 70}}, {domain: ethics, min: 60}]}   #when
)";

// The item types and stimuli of issue 4, marked the same way.
const char *const typesQuiz = R"(hitready: 1
id: types
title: Types
domains:
  - {id: d, title: D}
stimuli:
  - id: case-a                                  #st1id
    title: Case A
    text: A record.                             #st1text
  - id: stats                                   #st2id
    table:
      columns: [Month, Count]                   #st2columns
      rows:
        - [January, 410]                        #st2row1
        - [February, 388]                       #st2row2
items:
  - id: ord
    domain: d
    type: ordering
    prompt: Order these.
    steps:
      - {id: s1, text: One}                     #ords1
      - {id: s2, text: Two}                     #ords2
      - {id: s3, text: Three}                   #ords3
  - id: mat
    domain: d
    type: matching
    prompt: Match these.
    left:
      - {id: l1, text: L1, match: r1}           #matl1
      - {id: l2, text: L2, match: r2}           #matl2
    right:                                      #matright
      - {id: r1, text: R1}                      #matr1
      - {id: r2, text: R2}                      #matr2
  - id: hot
    domain: d
    type: hottext
    stimulus: case-a                            #hotstimulus
    prompt: Select.
    text: "Name [[n|Ana]], sex [[s|M]]"         #hottext
    correct: [s]                                #hotcorrect
    feedback: {s: Check the chart.}             #hotfeedback
  - id: hot2
    domain: d
    type: hottext
    prompt: Select.
    text: |
      Admitted: [[adm|03/02/2025]]
      Discharged: [[dis|02/28/2025]]            #hot2line2
    correct: [dis]
  - id: num
    domain: d
    type: numeric
    stimulus: stats
    prompt: Rate?
    answer: 12.5                                #numanswer
    tolerance: 0.1                              #numtolerance
    unit: "%"                                   #numunit
  - id: txt
    domain: d
    type: text
    prompt: Code?
    accept: [E11.9]                             #txtaccept
    patterns: ['E1[01]\.[0-9]']                #txtpatterns
    spaces: ignore                              #txtspaces
)";

// Replaces the line marked "#<marker>"; "a+b" replaces line a and empties line b.
QByteArray quizWith(const QString &marker, const QString &replacement, const char *base = baseQuiz)
{
    const QStringList markers = marker.split(QLatin1Char('+'));
    QStringList lines = QString::fromUtf8(base).split(QLatin1Char('\n'));
    for (QString &line : lines)
        for (qsizetype i = 0; i < markers.size(); ++i)
            if (line.contains(QStringLiteral("#") + markers.at(i) + QStringLiteral(" ")) ||
                line.endsWith(QStringLiteral("#") + markers.at(i)))
                line = i == 0 ? replacement : QString();
    return lines.join(QLatin1Char('\n')).toUtf8();
}

void problemTableColumns()
{
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
}

// The one problem `message` names is at line:column (at most one other problem follows from it).
void checkProblem(const QByteArray &bytes, int line, int column, const QString &message)
{
    const Result<Quiz> result = loadQuiz(bytes, QStringLiteral("q.yaml"));
    QVERIFY(!result.has_value());
    QVERIFY2(!problemsOf(result).isEmpty(), "expected a problem");
    const auto found = std::find_if(problemsOf(result).cbegin(), problemsOf(result).cend(),
                                    [&](const Problem &p) { return p.message.contains(message); });
    QVERIFY2(found != problemsOf(result).cend(), qPrintable(problemsOf(result).first().toString()));
    QVERIFY2(problemsOf(result).size() <= 2, qPrintable(problemsOf(result).last().toString()));
    const Problem &first = *found;
    QCOMPARE(first.line, line);
    QCOMPARE(first.column, column);
    QCOMPARE(first.file, QStringLiteral("q.yaml"));
    QVERIFY(first.toString().startsWith(QStringLiteral("q.yaml:%1:%2: ").arg(line).arg(column)));
}

} // namespace

class TestLoader : public QObject
{
    Q_OBJECT

private slots:
    void baseQuizIsClean()
    {
        const Result<Quiz> result = loadQuiz(baseQuiz, QStringLiteral("base.yaml"));
        QCOMPARE(problemsOf(result), Problems{});
        QVERIFY(result.has_value());
        QCOMPARE(result->items.size(), 4);
        QCOMPARE(result->items.at(1).points, 2.0);
        QCOMPARE(result->items.at(2).answer, false);
        QCOMPARE(result->items.at(3).anchors.size(), 5);
        QCOMPARE(result->recommendations.at(0).when->children.size(), 2);
    }

    void problems_data()
    {
        problemTableColumns();

        QTest::addRow("syntax error") << "q1prompt"
                                      << "    prompt: a: b" << 14 << 14
                                      << "YAML syntax error: mapping values are not allowed";
        QTest::addRow("missing required key") << "q1prompt"
                                              << "" << 11 << 5 << "missing required key 'prompt'";
        QTest::addRow("wrong type: points")
            << "q2points"
            << "    points: many" << 21 << 13 << "'points' must be a number, not 'many'";
        QTest::addRow("wrong type: text")
            << "q1prompt"
            << "    prompt: [Which, date]" << 14 << 13 << "a text must be a string or a map";
        QTest::addRow("text map: unquoted comma")
            << "q1prompt"
            << "    prompt: {en: Which date, first, es: Qué fecha}" << 14 << 30
            << "a translated text maps language codes (2 or 3 lower-case letters, like 'es') to "
               "strings, not 'first'; a comma in a text needs quotes";
        QTest::addRow("text map: a word for a language")
            << "q1prompt"
            << "    prompt: {en: Which date, Spanish: Qué fecha}" << 14 << 30
            << "a translated text maps language codes (2 or 3 lower-case letters, like 'es') to "
               "strings, not 'Spanish'";
        QTest::addRow("wrong type: list")
            << "r1anchors"
            << "    anchors: none" << 35 << 14 << "'anchors' must be a list, not 'none'";
        QTest::addRow("wrong type: answer")
            << "q3answer"
            << "    answer: maybe" << 30 << 13 << "'answer' must be true or false";
        QTest::addRow("unknown key, near miss")
            << "q1prompt"
            << "    promt: Which date?" << 14 << 5
            << "unknown key 'promt' in an item; did you mean 'prompt'?";
        QTest::addRow("unknown key, far")
            << "q2points"
            << "    colour: red" << 21 << 5 << "unknown key 'colour' in an item (expected one of:";
        QTest::addRow("duplicate item id") << "q2id"
                                           << "  - id: q1" << 18 << 9 << "duplicate item id 'q1'";
        QTest::addRow("duplicate domain id") << "domain2"
                                             << "  - id: ethics\n    title: Ethics\n  - id: detail"
                                             << 10 << 9 << "duplicate domain id 'detail'";
        QTest::addRow("item names unknown domain")
            << "q1domain"
            << "    domain: coding" << 12 << 13 << "unknown domain 'coding'";
        QTest::addRow("condition names unknown domain")
            << "when"
            << "    when: {domain: privacy, min: 60}" << 40 << 20
            << "condition names unknown domain 'privacy'";
        QTest::addRow("single without correct option")
            << "q1a"
            << "      - {id: a, text: The admission date}" << 15 << 5
            << "exactly one option with 'correct: true'; this one has 0";
        QTest::addRow("single with two correct options")
            << "q1b"
            << "      - {id: b, text: The discharge date, correct: true}" << 15 << 5
            << "exactly one option with 'correct: true'; this one has 2";
        QTest::addRow("truefalse without an answer")
            << "q3answer"
            << "" << 26 << 5 << "missing required key 'answer'";
        QTest::addRow("multiple without correct option")
            << "q2a"
            << "      - {id: a, text: Psychotherapy notes}" << 23 << 5
            << "at least one option with 'correct: true'";
        QTest::addRow("option id used twice") << "q1b"
                                              << "      - {id: a, text: The discharge date}" << 17
                                              << 14 << "option id 'a' is used twice";
        QTest::addRow("levels not ascending")
            << "levels"
            << "    levels: [{min: 0, label: Low}, {min: 50, label: Mid}, {min: 40, label: High}]"
            << 7 << 65 << "levels must ascend: min 40 does not exceed the previous 50";
        QTest::addRow("levels not starting at 0")
            << "levels"
            << "    levels: [{min: 10, label: Low}, {min: 50, label: High}]" << 7 << 20
            << "the first level must start at min: 0";
        QTest::addRow("level description a list")
            << "levels"
            << "    levels: [{min: 0, label: Low, description: [a, b]}, {min: 50, label: High}]"
            << 7 << 48 << "must be a string or a map";
        QTest::addRow("level description maps a language to a list")
            << "levels"
            << "    levels: [{min: 0, label: Low}, {min: 50, label: High, description: {en: [x]}}]"
            << 7 << 73 << "a translated text maps a language code to a string";
        QTest::addRow("level description without the quiz's language")
            << "levels"
            << "    levels: [{min: 0, label: Low, description: {es: Empieza}}, {min: 50, label: "
               "High}]"
            << 7 << 48 << "no 'en' version";
        QTest::addRow("level with an unknown key")
            << "levels"
            << "    levels: [{min: 0, label: Low, meaning: Starting}, {min: 50, label: High}]" << 7
            << 35 << "unknown key 'meaning'";
        QTest::addRow("unsupported format version")
            << "version"
            << "hitready: 2" << 1 << 11 << "unsupported format version '2'";
        QTest::addRow("likert with four anchors")
            << "r1anchors"
            << "    anchors: [None, Little, Some, Good]" << 35 << 14 << "five anchors";
        QTest::addRow("unknown item type")
            << "q3type"
            << "    type: choice" << 28 << 11 << "unknown item type 'choice'";
        QTest::addRow("duplicate key")
            << "q3answer"
            << "    answer: false\n    answer: true" << 31 << 5 << "duplicate key 'answer'";
        QTest::addRow("points not positive")
            << "q2points"
            << "    points: 0" << 21 << 13 << "points must be more than 0";
        QTest::addRow("min above max") << "when"
                                       << "    when: {overall: {min: 80, max: 20}}" << 40 << 36
                                       << "'max' 20 is below 'min' 80";
        QTest::addRow("unknown recommendation kind")
            << "kind"
            << "    kind: cert" << 38 << 11 << "kind must be training, certification";
        // Attempt rules: time limit, confidence, shuffle, draw.
        QTest::addRow("time limit zero")
            << "version"
            << "hitready: 1\ntime_limit: 0" << 2 << 13 << "time_limit is in minutes: more than 0";
        QTest::addRow("time limit over a week")
            << "version"
            << "hitready: 1\ntime_limit: 20000" << 2 << 13 << "at most 10080 (a week), not 20000";
        QTest::addRow("time limit not a number")
            << "version"
            << "hitready: 1\ntime_limit: soon" << 2 << 13 << "'time_limit' must be a number";
        QTest::addRow("confidence not a boolean") << "version"
                                                  << "hitready: 1\nconfidence: sometimes" << 2 << 13
                                                  << "'confidence' must be true or false";
        QTest::addRow("shuffle not a mapping") << "version"
                                               << "hitready: 1\nshuffle: true" << 2 << 10
                                               << "'shuffle' (write {items: true, options: true}) "
                                                  "must be a mapping";
        QTest::addRow("shuffle unknown key")
            << "version"
            << "hitready: 1\nshuffle: {items: true, option: true}" << 2 << 24
            << "unknown key 'option' in 'shuffle'; did you mean 'options'?";
        QTest::addRow("shuffle items not a boolean")
            << "version"
            << "hitready: 1\nshuffle: {items: yes}" << 2 << 18 << "'items' must be true or false";
        QTest::addRow("draw above the scored items")
            << "domain2"
            << "  - id: ethics\n    draw: 3" << 9 << 11
            << "draw must be a whole number from 1 to 2 (the scored items of domain 'ethics'), "
               "not 3";
        QTest::addRow("draw zero") << "domain2"
                                   << "  - id: ethics\n    draw: 0" << 9 << 11
                                   << "draw must be a whole number from 1 to 2";
        QTest::addRow("draw not whole") << "domain2"
                                        << "  - id: ethics\n    draw: 1.5" << 9 << 11 << "not 1.5";
        QTest::addRow("draw not a number")
            << "domain2"
            << "  - id: ethics\n    draw: all" << 9 << 11 << "'draw' must be a number";
        QTest::addRow("item shuffle not a boolean")
            << "q1options"
            << "    shuffle: maybe\n    options:" << 15 << 14 << "'shuffle' must be true or false";
        QTest::addRow("item shuffle on a truefalse item")
            << "q3answer"
            << "    answer: false\n    shuffle: false" << 31 << 5
            << "unknown key 'shuffle' in an item";
    }

    void problems()
    {
        QFETCH(QString, marker);
        QFETCH(QString, replacement);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);

        checkProblem(quizWith(marker, replacement), line, column, message);
    }

    void typesQuizIsClean();
    void translationsBlockIsRead();
    void translationProblems_data();
    void translationProblems();
    void translatedAnswersAreRead();
    void translatedAnswerProblems_data();
    void translatedAnswerProblems();
    void missingTranslations_data();
    void missingTranslations();
    void everyTextNeedsEachRequiredLanguage();
    void translationsChangeTheHash_data();
    void translationsChangeTheHash();
    void newTypeProblems_data();
    void newTypeProblems();
    void hotTextMarkerPositions_data();
    void hotTextMarkerPositions();
    void attemptRulesAreRead()
    {
        QByteArray bytes = quizWith(QStringLiteral("version"),
                                    QStringLiteral("hitready: 1\ntime_limit: 45\nconfidence: true\n"
                                                   "shuffle: {items: true, options: true}"));
        bytes.replace("  - id: ethics                                  #domain2",
                      "  - id: ethics\n    draw: 1");
        bytes.replace("    options:                                    #q1options",
                      "    shuffle: false\n    options:");
        const Result<Quiz> result = loadQuiz(bytes, QStringLiteral("rules.yaml"));
        QCOMPARE(problemsOf(result), Problems{});
        const Quiz &quiz = *result;
        QCOMPARE(quiz.timeLimitMinutes, std::optional(45.0));
        QVERIFY(quiz.confidence);
        QVERIFY(quiz.shuffleItems);
        QVERIFY(quiz.shuffleOptions);
        QCOMPARE(quiz.domains.at(0).draw, std::nullopt);
        QCOMPARE(quiz.domains.at(1).draw, std::optional(1));
        QVERIFY(quiz.items.at(0).keepOptionOrder);
        QVERIFY(!quiz.items.at(1).keepOptionOrder);

        // Absent keys keep format 1's meaning: no limit, no confidence, file order.
        const Quiz plain = *loadQuiz(baseQuiz, QStringLiteral("base.yaml"));
        QCOMPARE(plain.timeLimitMinutes, std::nullopt);
        QVERIFY(!plain.confidence && !plain.shuffleItems && !plain.shuffleOptions);
        QVERIFY(!usesAttemptRules(plain));
        QVERIFY(usesAttemptRules(quiz));
    }

    // Each rule is part of the content hash on its own.
    void attemptRulesChangeTheHash_data()
    {
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("replacement");
        QTest::addRow("time limit") << "version"
                                    << "hitready: 1\ntime_limit: 30";
        QTest::addRow("confidence") << "version"
                                    << "hitready: 1\nconfidence: true";
        QTest::addRow("shuffle items") << "version"
                                       << "hitready: 1\nshuffle: {items: true}";
        QTest::addRow("shuffle options") << "version"
                                         << "hitready: 1\nshuffle: {options: true}";
        QTest::addRow("draw") << "domain2"
                              << "  - id: ethics\n    draw: 2";
        QTest::addRow("item shuffle: false") << "q1options"
                                             << "    shuffle: false\n    options:";
    }

    void attemptRulesChangeTheHash()
    {
        QFETCH(QString, marker);
        QFETCH(QString, replacement);
        const Result<Quiz> base = loadQuiz(baseQuiz, QStringLiteral("a.yaml"));
        const Result<Quiz> changed =
            loadQuiz(quizWith(marker, replacement), QStringLiteral("b.yaml"));
        QVERIFY2(changed, qPrintable(problemsOf(changed).value(0).toString()));
        QVERIFY(contentHash(*base) != contentHash(*changed));
    }

    void drawNeedsScoredItems()
    {
        QByteArray bytes = quizWith(QStringLiteral("levels"), QStringLiteral("    draw: 1"));
        bytes.replace("domain: detail                              #q1domain", "domain: ethics");
        const Result<Quiz> result = loadQuiz(bytes, QStringLiteral("q.yaml"));
        QCOMPARE(problemsOf(result).size(), 1);
        QCOMPARE(problemsOf(result).first().toString(),
                 QStringLiteral("q.yaml:7:11: domain 'detail' has no scored items to draw from"));
    }

    void collectsEveryProblem()
    {
        QByteArray bytes = quizWith(QStringLiteral("q1prompt"), QStringLiteral("    promt: x"));
        bytes.replace("points: 2 ", "points: two ");
        bytes.replace("domain: detail                              #q1domain", "domain: nowhere");
        const Result<Quiz> result = loadQuiz(bytes, QStringLiteral("q.yaml"));
        QStringList lines;
        for (const Problem &p : problemsOf(result))
            lines.append(QString::number(p.line));
        QCOMPARE(lines, (QStringList{"11", "12", "14", "21"}));
    }

    void textMayBeTranslated()
    {
        QByteArray bytes =
            quizWith(QStringLiteral("q1prompt"),
                     QStringLiteral("    prompt: {en: Which date?, es: ¿Qué fecha?}"));
        const Result<Quiz> result = loadQuiz(bytes, QStringLiteral("q.yaml"));
        QCOMPARE(problemsOf(result), Problems{});
        QCOMPARE(result->items.at(0).prompt.in(QStringLiteral("es")),
                 QStringLiteral("¿Qué fecha?"));
        QCOMPARE(result->items.at(0).prompt.in(QStringLiteral("fr"), QStringLiteral("en")),
                 QStringLiteral("Which date?"));
    }

    void translatedTextNeedsQuizLanguage()
    {
        QByteArray bytes =
            quizWith(QStringLiteral("q1prompt"), QStringLiteral("    prompt: {es: ¿Qué fecha?}"));
        const Result<Quiz> result = loadQuiz(bytes, QStringLiteral("q.yaml"));
        QCOMPARE(problemsOf(result).size(), 1);
        QCOMPARE(problemsOf(result).first().line, 14);
        QVERIFY(problemsOf(result).first().message.contains(QStringLiteral("no 'en' version")));
    }

    // Issue 15: a level may say in plain words what it means, in every language of the quiz.
    void levelDescriptionsAreRead()
    {
        QByteArray bytes = quizWith(
            QStringLiteral("levels"),
            QStringLiteral("    levels: [{min: 0, label: Low, description: {en: Start here., es: "
                           "Empiece aquí.}}, {min: 50, label: High}]"));
        bytes.append("levels:\n  - {min: 0, label: Emerging, description: A course first.}\n");
        const Result<Quiz> result = loadQuiz(bytes, QStringLiteral("q.yaml"));
        QCOMPARE(problemsOf(result), Problems{});
        const QList<LevelBand> &bands = result->domains.at(0).levels;
        QCOMPARE(bands.at(0).description.in(QStringLiteral("es")), QStringLiteral("Empiece aquí."));
        QCOMPARE(bands.at(0).description.in(QStringLiteral("en")), QStringLiteral("Start here."));
        QVERIFY(bands.at(1).description.isEmpty());
        QCOMPARE(result->levels.at(0).description.in(QStringLiteral("en")),
                 QStringLiteral("A course first."));
        QCOMPARE(bandFor(bands, 49.9), &bands.at(0));
        QCOMPARE(bandFor(bands, 50), &bands.at(1));
        // A description is content: it changes the hash; a quiz without one keeps its hash.
        const Result<Quiz> plain = loadQuiz(baseQuiz, QStringLiteral("a.yaml"));
        Quiz described = *plain;
        described.domains[0].levels[1].description =
            Text::plain(QStringLiteral("en"), QStringLiteral("Ready for the course."));
        QVERIFY(contentHash(described) != contentHash(*plain));
        described.domains[0].levels[1].description = {};
        QCOMPARE(contentHash(described), contentHash(*plain));
    }

    void hashIsStableAndTracksContent()
    {
        const Result<Quiz> a = loadQuiz(baseQuiz, QStringLiteral("a.yaml"));
        QByteArray reformatted(baseQuiz);
        reformatted.replace("#q1prompt", "# a comment only");
        const Result<Quiz> b = loadQuiz(reformatted, QStringLiteral("b.yaml"));
        QByteArray edited(baseQuiz);
        edited.replace("Which date is wrong?", "Which date is right?");
        const Result<Quiz> c = loadQuiz(edited, QStringLiteral("c.yaml"));
        QVERIFY(a && b && c);
        QCOMPARE(contentHash(*a).size(), 64);
        QCOMPARE(contentHash(*a), contentHash(*b));
        QVERIFY(contentHash(*a) != contentHash(*c));
    }

    void unreadableFile()
    {
        const Result<Quiz> result = loadQuizFile(QStringLiteral("/nonexistent/quiz.yaml"));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Io);
        QCOMPARE(problemsOf(result).size(), 1);
        QCOMPARE(problemsOf(result).first().line, 0);
        QCOMPARE(result.error().message, problemsOf(result).first().toString());
        QVERIFY2(result.error().message.startsWith(QStringLiteral("/nonexistent/quiz.yaml: ")),
                 qPrintable(result.errorMessage()));
    }

    // The error of a load names the file and its first problem, for a reader who sees one line;
    // every problem stays in Error::problems.
    void errorMessageNamesFileAndFirstProblem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("problems");
        QTest::addColumn<QString>("message");
        QTest::addRow("one problem")
            << quizWith(QStringLiteral("levels"), QStringLiteral("    draw: 1"))
                   .replace("domain: detail                              #q1domain",
                            "domain: ethics")
            << 1 << QStringLiteral("q.yaml:7:11: domain 'detail' has no scored items to draw from");
        QTest::addRow("empty file")
            << QByteArray() << 1
            << QStringLiteral("q.yaml:1:1: the file is empty: a quiz starts with 'hitready: 1' "
                              "and has id, title, domains and items");
        QTest::addRow("two problems")
            << QByteArray("hitready: 1\nid: x\n") << 3
            << QStringLiteral("q.yaml has 3 problems to fix; the first, at line 1, column 1: ");
    }
    void errorMessageNamesFileAndFirstProblem()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, problems);
        QFETCH(QString, message);
        const Result<Quiz> result = loadQuiz(bytes, QStringLiteral("q.yaml"));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Invalid);
        QCOMPARE(problemsOf(result).size(), problems);
        QVERIFY2(result.error().message.startsWith(message), qPrintable(result.errorMessage()));
        if (problems > 1)
            QVERIFY2(result.error().message.endsWith(problemsOf(result).first().message),
                     qPrintable(result.errorMessage()));
    }
};

void TestLoader::typesQuizIsClean()
{
    const Result<Quiz> result = loadQuiz(typesQuiz, QStringLiteral("types.yaml"));
    QCOMPARE(problemsOf(result), Problems{});
    const Quiz &quiz = *result;
    QCOMPARE(quiz.stimuli.size(), 2);
    QCOMPARE(quiz.stimuli.at(1).rows,
             (QList<QStringList>{{"January", "410"}, {"February", "388"}}));
    QCOMPARE(quiz.item(QStringLiteral("ord"))->steps.at(2).id, QStringLiteral("s3"));
    QCOMPARE(quiz.item(QStringLiteral("mat"))->left.at(1).match, QStringLiteral("r2"));
    const Item *hot = quiz.item(QStringLiteral("hot"));
    QCOMPARE(hot->stimulus, QStringLiteral("case-a"));
    QCOMPARE(hot->spans.size(), 2);
    // "Name Ana, sex M": the span "M" starts at 14 of the shown text.
    QCOMPARE(hot->spans.at(1).id, QStringLiteral("s"));
    QCOMPARE(hot->spans.at(1).start, 14);
    QVERIFY(hot->spans.at(1).correct && !hot->spans.at(0).correct);
    QCOMPARE(quiz.text(hot->spans.at(1).feedback), QStringLiteral("Check the chart."));
    const Item *num = quiz.item(QStringLiteral("num"));
    QCOMPARE(num->numeric, (NumericKey{12.5, 0.1, false, QStringLiteral("%")}));
    const Item *txt = quiz.item(QStringLiteral("txt"));
    QCOMPARE(txt->textKey.patterns, QStringList{QStringLiteral("E1[01]\\.[0-9]")});
    QCOMPARE(txt->textKey.spaces, SpaceMode::Ignore);
    QVERIFY(!txt->textKey.caseSensitive);
    // A matching item may keep its right entries in file order under shuffle.options.
    QVERIFY(!quiz.item(QStringLiteral("mat"))->keepOptionOrder);
    const Result<Quiz> kept =
        loadQuiz(quizWith(QStringLiteral("matright"),
                          QStringLiteral("    shuffle: false\n    right:"), typesQuiz),
                 QStringLiteral("kept.yaml"));
    QCOMPARE(problemsOf(kept), Problems{});
    QVERIFY(kept->item(QStringLiteral("mat"))->keepOptionOrder);
}

namespace {

QByteArray bilingualQuiz()
{
    QFile file(QStringLiteral(HITREADY_FIXTURES "/bilingual.yaml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The base quiz with a `translations` block (line 2 on) instead of its first line.
QByteArray withTranslations(const QString &block)
{
    return quizWith(QStringLiteral("version"), QStringLiteral("hitready: 1\n") + block);
}

} // namespace

void TestLoader::translationsBlockIsRead()
{
    const Result<Quiz> fixture = loadQuiz(bilingualQuiz(), QStringLiteral("bilingual.yaml"));
    QCOMPARE(problemsOf(fixture), Problems{});
    const Translation es{Translation::Status::Draft,
                         QStringLiteral("Translated by the authors; not yet checked by a fluent "
                                        "reviewer.")};
    QCOMPARE(fixture->translations, (QMap<QString, Translation>{{QStringLiteral("es"), es}}));
    // A status is optional (draft), so is the whole entry; a region may follow the language.
    const Result<Quiz> result =
        loadQuiz(withTranslations(QStringLiteral("translations:\n  es: {status: reviewed}\n"
                                                 "  hmn: {note: Checked by one reader}\n"
                                                 "  es-mx:\n")),
                 QStringLiteral("q.yaml"));
    QCOMPARE(problemsOf(result), Problems{});
    QCOMPARE(result->translations.size(), 3);
    QCOMPARE(result->translations.value(QStringLiteral("es")).status,
             Translation::Status::Reviewed);
    QCOMPARE(result->translations.value(QStringLiteral("hmn")),
             (Translation{Translation::Status::Draft, QStringLiteral("Checked by one reader")}));
    QCOMPARE(result->translations.value(QStringLiteral("es-mx")), Translation{});
    QVERIFY(loadQuiz(baseQuiz, QStringLiteral("q.yaml"))->translations.isEmpty());
}

void TestLoader::translationProblems_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addRow("not a mapping") << "translations: [es]" << 2 << 15
                                   << "'translations' must be a mapping of keys, not a list";
    QTest::addRow("not a language code") << "translations:\n  Spanish: {status: draft}" << 3 << 3
                                         << "'Spanish' in 'translations' is not a language code";
    QTest::addRow("upper-case region") << "translations:\n  es-MX: {status: draft}" << 3 << 3
                                       << "'es-MX' in 'translations' is not a language code";
    QTest::addRow("the quiz's own language")
        << "translations:\n  en: {status: reviewed}" << 3 << 3
        << "'translations' lists 'en', the quiz's own language";
    QTest::addRow("unknown key") << "translations:\n  es: {status: draft, reviewer: Ana}" << 3 << 23
                                 << "unknown key 'reviewer' in the 'es' translation";
    QTest::addRow("misspelt key") << "translations:\n  es: {stauts: draft}" << 3 << 8
                                  << "unknown key 'stauts' in the 'es' translation; did you mean "
                                     "'status'?";
    QTest::addRow("unknown status")
        << "translations:\n  es: {status: final}" << 3 << 16
        << "a translation's status must be 'draft' or 'reviewed', not 'final'";
    QTest::addRow("entry not a mapping") << "translations:\n  es: draft" << 3 << 7
                                         << "the 'es' translation must be a mapping of keys";
}

void TestLoader::translationProblems()
{
    QFETCH(QString, block);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    checkProblem(withTranslations(block), line, column, message);
}

void TestLoader::translatedAnswersAreRead()
{
    const Result<Quiz> result = loadQuiz(bilingualQuiz(), QStringLiteral("bilingual.yaml"));
    QCOMPARE(problemsOf(result), Problems{});
    const TextKey &key = result->item(QStringLiteral("pri-02"))->textKey;
    QCOMPARE(key.accept, (QStringList{"minimum necessary", "mínimo necesario"}));
    QCOMPARE(key.acceptLanguages, (QStringList{"en", "es"}));
    QCOMPARE(key.patterns.size(), 2);
    QCOMPARE(key.patternLanguages, (QStringList{"en", "es"}));
    QCOMPARE(key.acceptIn(QStringLiteral("es"), QStringLiteral("en")),
             QStringList{QStringLiteral("mínimo necesario")});
    QCOMPARE(key.acceptIn(QStringLiteral("hmn"), QStringLiteral("en")), QStringList{});
    // A plain list is in the quiz's language, and records no languages (nor a new hash).
    const Result<Quiz> types = loadQuiz(typesQuiz, QStringLiteral("types.yaml"));
    const TextKey &plain = types->item(QStringLiteral("txt"))->textKey;
    QVERIFY(plain.acceptLanguages.isEmpty() && plain.patternLanguages.isEmpty());
    QCOMPARE(plain.acceptIn(QStringLiteral("en"), QStringLiteral("en")),
             QStringList{QStringLiteral("E11.9")});
    // Either may be translated alone.
    const Result<Quiz> mixed =
        loadQuiz(quizWith(QStringLiteral("txtaccept"),
                          QStringLiteral("    accept: {es: [E11.9, diabetes tipo 2]}"), typesQuiz),
                 QStringLiteral("mixed.yaml"));
    QCOMPARE(problemsOf(mixed), Problems{});
    QCOMPARE(mixed->item(QStringLiteral("txt"))->textKey.acceptLanguages,
             (QStringList{"es", "es"}));
    QVERIFY(mixed->item(QStringLiteral("txt"))->textKey.patternLanguages.isEmpty());
}

// Every check of a plain list holds for each entry of each language, where the entry stands.
void TestLoader::translatedAnswerProblems_data()
{
    problemTableColumns();
    QTest::addRow("empty Spanish answer") << "txtaccept"
                                          << "    accept: {en: [E11.9], es: ['  ']}" << 63 << 32
                                          << "an accepted answer is empty once spaces are removed";
    QTest::addRow("too long Spanish answer")
        << "txtaccept"
        << QStringLiteral("    accept: {en: [E11.9], es: [%1]}").arg(QString(201, u'x')) << 63 << 32
        << "an accepted answer has 201 characters";
    QTest::addRow("Spanish pattern does not compile")
        << "txtpatterns"
        << "    patterns: {en: ['E1[01]\\.[0-9]'], es: ['E1[01']}" << 64 << 44
        << "pattern does not compile";
    QTest::addRow("too long Spanish pattern")
        << "txtpatterns" << QStringLiteral("    patterns: {es: ['%1']}").arg(QString(201, u'a'))
        << 64 << 21 << "a pattern may have at most 200 characters";
    QTest::addRow("not a language code")
        << "txtaccept"
        << "    accept: {Spanish: [E11.9]}" << 63 << 14
        << "'accept' maps language codes (2 or 3 lower-case letters, like 'es') to lists";
    QTest::addRow("a language's answers not a list")
        << "txtaccept"
        << "    accept: {en: E11.9}" << 63 << 18 << "'accept' of 'en' must be a list, not 'E11.9'";
    QTest::addRow("neither list nor map")
        << "txtaccept"
        << "    accept: E11.9" << 63 << 13
        << "'accept' must be a list, or a map of language to list, not 'E11.9'";
    QTest::addRow("a list inside a language's list")
        << "txtaccept"
        << "    accept: {en: [[E11.9]]}" << 63 << 19 << "'accept' lists strings, not a list";
    QTest::addRow("every language empty")
        << "txtaccept+txtpatterns"
        << "    accept: {en: [], es: []}" << 63 << 5
        << "a text item needs at least one entry in 'accept' or 'patterns'";
}

void TestLoader::translatedAnswerProblems()
{
    QFETCH(QString, marker);
    QFETCH(QString, replacement);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    checkProblem(quizWith(marker, replacement, typesQuiz), line, column, message);
}

// lint --languages es: each text without Spanish, at its node; the fixture has them all.
void TestLoader::missingTranslations_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const QString missing = QStringLiteral("this text has no 'es' translation");
    QTest::addRow("quiz title") << ", es: Preparación en registros de salud (muestra bilingüe)}"
                                << "}" << 3 << 8 << missing;
    QTest::addRow("domain description")
        << "{en: Handling health information lawfully, es: Manejar la información de salud "
           "según la ley}"
        << "Handling health information lawfully" << 13 << 18 << missing;
    QTest::addRow("stimulus text") << "      es: \"Paciente: Maria Lopez. Ingreso 03/02/2025; "
                                      "alta 03/05/2025.\"\n"
                                   << "" << 23 << 7 << missing;
    QTest::addRow("option feedback") << ", es: Correcto - se permite una prórroga de 30 días.}"
                                     << "}" << 37 << 19 << missing;
    QTest::addRow("span feedback")
        << "{en: The discharge date is before the admission date., es: La fecha de alta es "
           "anterior a la de ingreso.}"
        << "The discharge date is before the admission date." << 71 << 12 << missing;
    QTest::addRow("likert anchor") << "{en: Rarely sure, es: Rara vez seguro}"
                                   << "Rarely sure" << 80 << 9 << missing;
    QTest::addRow("overall level label") << "{en: Not yet, es: Todavía no}"
                                         << "Not yet" << 85 << 21 << missing;
    QTest::addRow("link title")
        << "{en: CAHIIM program directory, es: Directorio de programas de CAHIIM}"
        << "CAHIIM program directory" << 96 << 17 << missing;
    // A hottext whose translation marks other spans stays an error.
    QTest::addRow("hottext spans differ")
        << "Sexo: [[sex|F]]"
        << "Sexo: [[sexo|F]]" << 68 << 11 << "the 'es' text marks the spans (adm, dis, sexo)";
}

void TestLoader::missingTranslations()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QByteArray bytes = bilingualQuiz();
    QCOMPARE(bytes.count(before.toUtf8()), 1);
    bytes.replace(before.toUtf8(), after.toUtf8());
    const LoadOptions spanish{{QStringLiteral("es")}};
    const Problems problems = problemsOf(loadQuiz(bytes, QStringLiteral("q.yaml"), spanish));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(
        problems.first().toString(),
        QStringLiteral("q.yaml:%1:%2: %3").arg(line).arg(column).arg(problems.first().message));
    QVERIFY2(problems.first().message.startsWith(message), qPrintable(problems.first().message));
    // Without --languages the same file has no problem, except the spans that differ.
    const Problems plain = problemsOf(loadQuiz(bytes, QStringLiteral("q.yaml")));
    QCOMPARE(plain.size(), message.startsWith(QStringLiteral("this text")) ? 0 : 1);
}

// Every text lacks Hmong: as many problems as translationCoverage() counts texts, each once.
void TestLoader::everyTextNeedsEachRequiredLanguage()
{
    const QByteArray bytes = bilingualQuiz();
    const LoadOptions options{{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("hmn")}};
    const Problems problems = problemsOf(loadQuiz(bytes, QStringLiteral("q.yaml"), options));
    const Result<Quiz> quiz = loadQuiz(bytes, QStringLiteral("q.yaml"));
    QVERIFY(quiz.has_value());
    const QList<LanguageCoverage> coverage = translationCoverage(*quiz);
    QCOMPARE(coverage.size(), 2);
    QCOMPARE(coverage.at(1),
             (LanguageCoverage{QStringLiteral("es"), 31, 31, Translation::Status::Draft}));
    QCOMPARE(problems.size(), coverage.first().texts);
    QSet<std::pair<int, int>> places;
    for (const Problem &p : problems) {
        QCOMPARE(p.message, QStringLiteral("this text has no 'hmn' translation"));
        places.insert({p.line, p.column});
    }
    QCOMPARE(places.size(), problems.size());
}

void TestLoader::translationsChangeTheHash_data()
{
    QTest::addColumn<QByteArray>("edited");
    const QByteArray bytes = bilingualQuiz();
    const auto edit = [&](const char *before, const char *after) {
        QByteArray b = bytes;
        b.replace(before, after);
        return b;
    };
    QTest::addRow("status") << edit("status: draft", "status: reviewed");
    QTest::addRow("note") << edit("the authors;", "the author;");
    QTest::addRow("translated answer") << edit("[mínimo necesario]", "[mínimo requerido]");
    QTest::addRow("answer's language") << edit("      es: [mínimo", "      fr: [mínimo");
    QTest::addRow("pattern's language") << edit("      es: ['(regla", "      fr: ['(regla");
    QTest::addRow("answers as a plain list")
        << edit("      en: ['minimum[ -]necessary( (rule|standard))?']\n"
                "      es: ['(regla del )?m[ií]nimo necesario']",
                "      - 'minimum[ -]necessary( (rule|standard))?'\n"
                "      - '(regla del )?m[ií]nimo necesario'");
}

void TestLoader::translationsChangeTheHash()
{
    QFETCH(QByteArray, edited);
    const Result<Quiz> original = loadQuiz(bilingualQuiz(), QStringLiteral("a.yaml"));
    const Result<Quiz> changed = loadQuiz(edited, QStringLiteral("b.yaml"));
    QCOMPARE(problemsOf(changed), Problems{});
    QVERIFY(*original != *changed);
    QVERIFY(contentHash(*original) != contentHash(*changed));
}

void TestLoader::newTypeProblems_data()
{
    problemTableColumns();
    // ordering
    QTest::addRow("ordering with two steps") << "ords3"
                                             << "" << 22 << 7 << "this one has 2";
    QString nine = QStringLiteral("      - {id: s3, text: Three}");
    for (int i = 4; i <= 9; ++i)
        nine += QStringLiteral("\n      - {id: s%1, text: Step}").arg(i);
    QTest::addRow("ordering with nine steps") << "ords3" << nine << 22 << 7 << "this one has 9";
    QTest::addRow("shuffle on an ordering item: its steps are always shuffled")
        << "ords3"
        << "      - {id: s3, text: Three}\n    shuffle: false" << 25 << 5
        << "unknown key 'shuffle' in an item";
    QTest::addRow("step id used twice")
        << "ords2"
        << "      - {id: s1, text: Two}" << 23 << 14 << "step id 's1' is used twice";
    QTest::addRow("step without text")
        << "ords2"
        << "      - {id: s2}" << 23 << 9 << "a step is missing required key 'text'";
    // matching
    QTest::addRow("match names no right entry") << "matl2"
                                                << "      - {id: l2, text: L2, match: r9}" << 31
                                                << 35 << "'match: r9' names no right entry";
    QTest::addRow("one left entry") << "matl2"
                                    << "" << 30 << 7 << "2 to 10 left entries";
    QTest::addRow("left id used twice") << "matl2"
                                        << "      - {id: l1, text: L2, match: r2}" << 31 << 14
                                        << "left entry id 'l1' is used twice";
    QTest::addRow("right id used twice")
        << "matr2"
        << "      - {id: r1, text: R2}" << 34 << 14 << "right entry id 'r1' is used twice";
    QTest::addRow("left entry without match")
        << "matl2"
        << "      - {id: l2, text: L2}" << 31 << 9 << "missing required key 'match'";
    QTest::addRow("no right entries")
        << "matright+matr1+matr2"
        << "    right: []" << 32 << 12 << "'right' must list at least one entry";
    // hottext, in a double-quoted scalar: columns of the marker inside it
    QTest::addRow("span not closed")
        << "hottext"
        << R"(    text: "Name [[n|Ana]], sex [[s|M")" << 40 << 32 << "unclosed '[['";
    QTest::addRow("span without |")
        << "hottext"
        << R"(    text: "Name [[n Ana]], sex [[s|M]]")" << 40 << 17 << "missing '|'";
    QTest::addRow("span without id")
        << "hottext"
        << R"(    text: "Name [[|Ana]], sex [[s|M]]")" << 40 << 17 << "a span needs an id";
    QTest::addRow("span without text")
        << "hottext"
        << R"(    text: "Name [[n|]], sex [[s|M]]")" << 40 << 17 << "span 'n' has no shown text";
    QTest::addRow("span id not an id") << "hottext"
                                       << R"(    text: "Name [[n.1|Ana]], sex [[s|M]]")" << 40 << 17
                                       << "span id 'n.1' may use only";
    QTest::addRow("span id used twice")
        << "hottext"
        << R"(    text: "Name [[s|Ana]], sex [[s|M]]")" << 40 << 32 << "span id 's' is used twice";
    QTest::addRow("spans nested") << "hottext"
                                  << R"(    text: "Name [[n|A [[s|M]] na]]")" << 40 << 17
                                  << "spans do not nest";
    QTest::addRow("no spans") << "hottext"
                              << R"(    text: "Name Ana, sex M")" << 40 << 11
                              << "needs at least one span";
    QTest::addRow("correct names unknown span")
        << "hotcorrect"
        << "    correct: [s, x]" << 41 << 18 << "'x' in 'correct' is not a span";
    QTest::addRow("correct names no span")
        << "hotcorrect"
        << "    correct: []" << 41 << 14 << "'correct' must name at least one span";
    QTest::addRow("feedback names unknown span") << "hotfeedback"
                                                 << "    feedback: {s: Check the chart., q: No.}"
                                                 << 42 << 37 << "'q' in 'feedback' is not a span";
    QTest::addRow("span without | in a block scalar")
        << "hot2line2"
        << "      Discharged: [[dis 02/28/2025]]" << 49 << 19 << "missing '|'";
    QTest::addRow("translation marks other spans")
        << "hottext"
        << R"(    text: {en: "Name [[n|Ana]], sex [[s|M]]", es: "Nombre [[n|Ana]]"})" << 40 << 51
        << "every language marks the same spans";
    // numeric
    QTest::addRow("answer not a number")
        << "numanswer"
        << "    answer: twelve" << 56 << 13 << "'answer' must be a number";
    QTest::addRow("numeric without answer") << "numanswer"
                                            << "" << 51 << 5 << "missing required key 'answer'";
    QTest::addRow("negative tolerance")
        << "numtolerance"
        << "    tolerance: -0.1" << 57 << 16 << "tolerance must be >= 0";
    QTest::addRow("negative percent tolerance")
        << "numtolerance"
        << "    tolerance: -2%" << 57 << 16 << "tolerance must be >= 0";
    QTest::addRow("tolerance not a number")
        << "numtolerance"
        << "    tolerance: some" << 57 << 16
        << "'tolerance' must be a number (absolute) or a percent";
    QTest::addRow("unit too long")
        << "numunit"
        << "    unit: percent of all discharged records" << 58 << 11 << "at most 20 characters";
    // text
    QTest::addRow("pattern does not compile")
        << "txtpatterns"
        << "    patterns: ['E1(01']" << 64 << 16 << "pattern does not compile";
    QTest::addRow("pattern too long")
        << "txtpatterns" << QStringLiteral("    patterns: ['%1']").arg(QString(201, u'a')) << 64
        << 16 << "at most 200 characters";
    QTest::addRow("neither accept nor patterns")
        << "txtaccept+txtpatterns"
        << "    accept: []" << 63 << 5 << "needs at least one entry in 'accept' or 'patterns'";
    QTest::addRow("accepted answer empty")
        << "txtaccept"
        << "    accept: ['  ']" << 63 << 14 << "empty once spaces are removed";
    QTest::addRow("unknown spaces mode")
        << "txtspaces"
        << "    spaces: collapse" << 65 << 13 << "spaces must be trim, ignore";
    QTest::addRow("case_sensitive not a boolean")
        << "txtspaces"
        << "    case_sensitive: maybe" << 65 << 21 << "'case_sensitive' must be true or false";
    // stimuli
    QTest::addRow("item names unknown stimulus")
        << "hotstimulus"
        << "    stimulus: case-b" << 38 << 15
        << "unknown stimulus 'case-b'; did you mean 'case-a'?";
    QTest::addRow("duplicate stimulus id")
        << "st2id"
        << "  - id: case-a" << 10 << 9 << "duplicate stimulus id 'case-a'";
    QTest::addRow("stimulus without text or table")
        << "st1text"
        << "" << 7 << 5 << "needs a 'text', a 'table' or both";
    QTest::addRow("row shorter than the columns")
        << "st2row2"
        << "        - [February]" << 15 << 11 << "this row has 1 cell but the table has 2 columns";
    QTest::addRow("cell not a value")
        << "st2row1"
        << "        - [January, [410]]" << 14 << 21 << "must be a single value";
    QTest::addRow("table without columns")
        << "st2columns"
        << "      columns: []" << 12 << 16 << "at least one column";
    QTest::addRow("unknown stimulus key")
        << "st1text"
        << "    txt: A record." << 9 << 5 << "unknown key 'txt' in a stimulus";
}

void TestLoader::newTypeProblems()
{
    QFETCH(QString, marker);
    QFETCH(QString, replacement);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    checkProblem(quizWith(marker, replacement, typesQuiz), line, column, message);
}

// A bad marker ([[b c]], no '|') found where it stands, whatever the scalar's style.
void TestLoader::hotTextMarkerPositions_data()
{
    QTest::addColumn<QByteArray>("text"); // from line 11 on
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::addRow("plain") << QByteArray("x [[a|y]] and [[b c]]") << false << false << 11 << 25;
    QTest::addRow("plain after a byte-order mark")
        << QByteArray("x [[a|y]] and [[b c]]") << false << true << 11 << 25;
    QTest::addRow("plain over two lines")
        << QByteArray("starts here [[a|y]]\n      and goes on [[b c]]") << false << false << 12
        << 19;
    QTest::addRow("single-quoted with a quote")
        << QByteArray("'it''s [[a|y]] [[b c]]'") << false << false << 11 << 26;
    QTest::addRow("double-quoted with escapes")
        << QByteArray(R"("tab\t\"q\" [[a|y]] [[b c]]")") << false << false << 11 << 31;
    QTest::addRow("double-quoted over two lines")
        << QByteArray("\"one [[a|y]]\n      two [[b c]]\"") << false << false << 12 << 11;
    QTest::addRow("double-quoted, non-ASCII before")
        << QByteArray("\"h\xC3\xA9llo \xF0\x9F\xA9\xBA [[a|y]] [[b c]]\"") << false << false << 11
        << 28;
    // A \x escape may spell a '[': the scalar's start is all that can be told.
    QTest::addRow("double-quoted with a \\x escape")
        << QByteArray(R"("\x41 [[a|y]] [[b c]]")") << false << false << 11 << 11;
    const QByteArray literal("|\n      first line\n        indented [[a|y]]\n      [[b c]] end");
    QTest::addRow("literal block") << literal << false << false << 14 << 7;
    QTest::addRow("literal block, CRLF") << literal << true << false << 14 << 7;
    QTest::addRow("literal block, comment on the header")
        << QByteArray("|  # see [[x]]\n      [[a|y]] [[b c]]") << false << false << 12 << 15;
    QTest::addRow("literal block with an indentation indicator")
        << QByteArray("|2\n        two extra [[a|y]]\n      [[b c]]") << false << false << 13 << 7;
    QTest::addRow("folded block") << QByteArray(">\n      folded [[a|y]]\n      text [[b c]]")
                                  << false << false << 13 << 12;
    QTest::addRow("translated") << QByteArray(R"({en: "[[a|y]] [[b c]]", es: "[[a|y]]"})") << false
                                << false << 11 << 25;
}

void TestLoader::hotTextMarkerPositions()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, crlf);
    QFETCH(bool, bom);
    QFETCH(int, line);
    QFETCH(int, column);
    QByteArray bytes = "hitready: 1\nid: p\ntitle: P\ndomains: [{id: d, title: D}]\nitems:\n"
                       "  - id: h\n    domain: d\n    type: hottext\n    prompt: P\n"
                       "    correct: [a]\n    text: " +
                       text + "\n";
    if (crlf)
        bytes.replace("\n", "\r\n");
    if (bom)
        bytes.prepend("\xEF\xBB\xBF");
    const Result<Quiz> result = loadQuiz(bytes, QStringLiteral("p.yaml"));
    QCOMPARE(problemsOf(result).size(), 1);
    QVERIFY2(
        problemsOf(result).first().message.contains(QStringLiteral("missing '|' in '[[b c]]'")),
        qPrintable(problemsOf(result).first().toString()));
    QCOMPARE(problemsOf(result).first().line, line);
    QCOMPARE(problemsOf(result).first().column, column);
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
