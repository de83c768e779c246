// The loader's validation: one row per kind of problem, with the line it must point at.

#include "loader.h"

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

QByteArray quizWith(const QString &marker, const QString &replacement)
{
    QStringList lines = QString::fromUtf8(baseQuiz).split(QLatin1Char('\n'));
    for (QString &line : lines)
        if (line.contains(QStringLiteral("#") + marker + QStringLiteral(" ")) ||
            line.endsWith(QStringLiteral("#") + marker))
            line = replacement;
    return lines.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

class TestLoader : public QObject
{
    Q_OBJECT

private slots:
    void baseQuizIsClean()
    {
        const LoadResult result = loadQuiz(baseQuiz, QStringLiteral("base.yaml"));
        QCOMPARE(result.problems, Problems{});
        QVERIFY(result.quiz.has_value());
        QCOMPARE(result.quiz->items.size(), 4);
        QCOMPARE(result.quiz->items.at(1).points, 2.0);
        QCOMPARE(result.quiz->items.at(2).answer, false);
        QCOMPARE(result.quiz->items.at(3).anchors.size(), 5);
        QCOMPARE(result.quiz->recommendations.at(0).when->children.size(), 2);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

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

        const LoadResult result = loadQuiz(quizWith(marker, replacement), QStringLiteral("q.yaml"));
        QVERIFY(!result.quiz.has_value());
        QVERIFY2(!result.problems.isEmpty(), "expected a problem");
        const auto found =
            std::find_if(result.problems.cbegin(), result.problems.cend(),
                         [&](const Problem &p) { return p.message.contains(message); });
        QVERIFY2(found != result.problems.cend(), qPrintable(result.problems.first().toString()));
        QVERIFY2(result.problems.size() <= 2, qPrintable(result.problems.last().toString()));
        const Problem &first = *found;
        QCOMPARE(first.line, line);
        QCOMPARE(first.column, column);
        QCOMPARE(first.file, QStringLiteral("q.yaml"));
        QVERIFY(
            first.toString().startsWith(QStringLiteral("q.yaml:%1:%2: ").arg(line).arg(column)));
    }

    void attemptRulesAreRead()
    {
        QByteArray bytes = quizWith(QStringLiteral("version"),
                                    QStringLiteral("hitready: 1\ntime_limit: 45\nconfidence: true\n"
                                                   "shuffle: {items: true, options: true}"));
        bytes.replace("  - id: ethics                                  #domain2",
                      "  - id: ethics\n    draw: 1");
        bytes.replace("    options:                                    #q1options",
                      "    shuffle: false\n    options:");
        const LoadResult result = loadQuiz(bytes, QStringLiteral("rules.yaml"));
        QCOMPARE(result.problems, Problems{});
        const Quiz &quiz = *result.quiz;
        QCOMPARE(quiz.timeLimitMinutes, std::optional(45.0));
        QVERIFY(quiz.confidence);
        QVERIFY(quiz.shuffleItems);
        QVERIFY(quiz.shuffleOptions);
        QCOMPARE(quiz.domains.at(0).draw, std::nullopt);
        QCOMPARE(quiz.domains.at(1).draw, std::optional(1));
        QVERIFY(quiz.items.at(0).keepOptionOrder);
        QVERIFY(!quiz.items.at(1).keepOptionOrder);

        // Absent keys keep format 1's meaning: no limit, no confidence, file order.
        const Quiz plain = *loadQuiz(baseQuiz, QStringLiteral("base.yaml")).quiz;
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
        const LoadResult base = loadQuiz(baseQuiz, QStringLiteral("a.yaml"));
        const LoadResult changed =
            loadQuiz(quizWith(marker, replacement), QStringLiteral("b.yaml"));
        QVERIFY2(changed.quiz, qPrintable(changed.problems.value(0).toString()));
        QVERIFY(contentHash(*base.quiz) != contentHash(*changed.quiz));
    }

    void drawNeedsScoredItems()
    {
        QByteArray bytes = quizWith(QStringLiteral("levels"), QStringLiteral("    draw: 1"));
        bytes.replace("domain: detail                              #q1domain", "domain: ethics");
        const LoadResult result = loadQuiz(bytes, QStringLiteral("q.yaml"));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().toString(),
                 QStringLiteral("q.yaml:7:11: domain 'detail' has no scored items to draw from"));
    }

    void collectsEveryProblem()
    {
        QByteArray bytes = quizWith(QStringLiteral("q1prompt"), QStringLiteral("    promt: x"));
        bytes.replace("points: 2 ", "points: two ");
        bytes.replace("domain: detail                              #q1domain", "domain: nowhere");
        const LoadResult result = loadQuiz(bytes, QStringLiteral("q.yaml"));
        QStringList lines;
        for (const Problem &p : result.problems)
            lines.append(QString::number(p.line));
        QCOMPARE(lines, (QStringList{"11", "12", "14", "21"}));
    }

    void textMayBeTranslated()
    {
        QByteArray bytes =
            quizWith(QStringLiteral("q1prompt"),
                     QStringLiteral("    prompt: {en: Which date?, es: ¿Qué fecha?}"));
        const LoadResult result = loadQuiz(bytes, QStringLiteral("q.yaml"));
        QCOMPARE(result.problems, Problems{});
        QCOMPARE(result.quiz->items.at(0).prompt.in(QStringLiteral("es")),
                 QStringLiteral("¿Qué fecha?"));
        QCOMPARE(result.quiz->items.at(0).prompt.in(QStringLiteral("fr"), QStringLiteral("en")),
                 QStringLiteral("Which date?"));
    }

    void translatedTextNeedsQuizLanguage()
    {
        QByteArray bytes =
            quizWith(QStringLiteral("q1prompt"), QStringLiteral("    prompt: {es: ¿Qué fecha?}"));
        const LoadResult result = loadQuiz(bytes, QStringLiteral("q.yaml"));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 14);
        QVERIFY(result.problems.first().message.contains(QStringLiteral("no 'en' version")));
    }

    void hashIsStableAndTracksContent()
    {
        const LoadResult a = loadQuiz(baseQuiz, QStringLiteral("a.yaml"));
        QByteArray reformatted(baseQuiz);
        reformatted.replace("#q1prompt", "# a comment only");
        const LoadResult b = loadQuiz(reformatted, QStringLiteral("b.yaml"));
        QByteArray edited(baseQuiz);
        edited.replace("Which date is wrong?", "Which date is right?");
        const LoadResult c = loadQuiz(edited, QStringLiteral("c.yaml"));
        QVERIFY(a.quiz && b.quiz && c.quiz);
        QCOMPARE(contentHash(*a.quiz).size(), 64);
        QCOMPARE(contentHash(*a.quiz), contentHash(*b.quiz));
        QVERIFY(contentHash(*a.quiz) != contentHash(*c.quiz));
    }

    void unreadableFile()
    {
        const LoadResult result = loadQuizFile(QStringLiteral("/nonexistent/quiz.yaml"));
        QVERIFY(result.unreadable);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 0);
    }
};

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
