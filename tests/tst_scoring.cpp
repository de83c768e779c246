// Scoring rules of record (DESIGN.md): per item, partial credit, per domain, overall.

#include "loader.h"
#include "report.h"

#include <QTest>

#include <cmath>

using namespace hitready;

Q_DECLARE_METATYPE(hitready::Item)
Q_DECLARE_METATYPE(hitready::Answer)
Q_DECLARE_METATYPE(hitready::Responses)
Q_DECLARE_METATYPE(hitready::Confidences)
Q_DECLARE_METATYPE(hitready::Calibration)

namespace {

Item choiceItem(ItemType type, const QString &correct, double points = 1, int options = 4)
{
    Item item;
    item.id = QStringLiteral("i");
    item.domain = QStringLiteral("d");
    item.type = type;
    item.points = points;
    for (int i = 0; i < options; ++i) {
        const QString id = QString(QChar(u'a' + i));
        item.options.append({id, Text::plain(QStringLiteral("en"), id), correct.contains(id), {}});
    }
    return item;
}

Text en(const QString &s)
{
    return Text::plain(QStringLiteral("en"), s);
}

Entry entry(const QString &id, const QString &match = {})
{
    return {id, en(id), match};
}

// Steps a, b, c, d in that (correct) order.
Item orderingItem(double points)
{
    Item item = choiceItem(ItemType::Ordering, QString(), points, 0);
    for (const char *id : {"a", "b", "c", "d"})
        item.steps.append(entry(QLatin1String(id)));
    return item;
}

// icd -> dx, pcs -> inpt, cpt -> outpt; drug is a distractor.
Item matchingItem()
{
    Item item = choiceItem(ItemType::Matching, QString(), 1, 0);
    item.left = {entry(QStringLiteral("icd"), QStringLiteral("dx")),
                 entry(QStringLiteral("pcs"), QStringLiteral("inpt")),
                 entry(QStringLiteral("cpt"), QStringLiteral("outpt"))};
    for (const char *id : {"dx", "inpt", "outpt", "drug"})
        item.right.append(entry(QLatin1String(id)));
    return item;
}

// Spans a, b, c, d; b and d are the ones to select.
Item hotTextItem()
{
    Item item = choiceItem(ItemType::HotText, QString(), 2, 0);
    for (const char *id : {"a", "b", "c", "d"})
        item.spans.append(
            HotSpan{QLatin1String(id), QLatin1String(id), 0, *id == 'b' || *id == 'd', {}});
    return item;
}

Item numericItem(double answer, double tolerance, bool percent)
{
    Item item = choiceItem(ItemType::Numeric, QString(), 1, 0);
    item.numeric = {answer, tolerance, percent, {}};
    return item;
}

Item textItem(const QStringList &accept, const QStringList &patterns, SpaceMode spaces,
              bool caseSensitive = false)
{
    Item item = choiceItem(ItemType::Text, QString(), 1, 0);
    item.textKey = {accept, patterns, caseSensitive, spaces};
    return item;
}

Answer pairs(const QString &text)
{
    Matches m;
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        m.append({pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1)});
    return {m};
}

Answer ids(const QString &text)
{
    return {text.split(QLatin1Char(','), Qt::SkipEmptyParts)};
}

Answer choices(const QString &ids)
{
    QStringList list;
    for (QChar c : ids)
        list.append(QString(c));
    return {list};
}

// Two weighted domains, one domain of self-ratings only.
const char *const quizText = R"(hitready: 1
id: scoring
title: Scoring
levels: [{min: 0, label: Not yet}, {min: 70, label: Ready}]
domains:
  - {id: detail, title: Detail, weight: 3, levels: [{min: 0, label: Low}, {min: 50, label: Mid}, {min: 75, label: High}]}
  - {id: ethics, title: Ethics, weight: 1}
  - {id: self, title: Self only}
items:
  - {id: s1, domain: detail, type: single, prompt: P, options: [{id: a, text: A, correct: true}, {id: b, text: B}]}
  - {id: m1, domain: detail, type: multiple, points: 3, prompt: P, options: [{id: a, text: A, correct: true}, {id: b, text: B, correct: true}, {id: c, text: C, correct: true}, {id: d, text: D}]}
  - {id: t1, domain: ethics, type: truefalse, prompt: P, answer: false}
  - {id: t2, domain: ethics, type: truefalse, prompt: P, answer: true}
  - {id: l1, domain: self, type: likert, prompt: P, anchors: [a, b, c, d, e]}
  - {id: l2, domain: self, type: likert, prompt: P, anchors: [a, b, c, d, e]}
  - {id: l3, domain: ethics, type: likert, prompt: P, anchors: [a, b, c, d, e]}
)";

// Certainty-based marking: domain d has 1 + 2 points, domain e 3 points and a self-rating.
const char *const cbmQuizText = R"(hitready: 1
id: cbm
title: CBM
confidence: true
domains:
  - {id: d, title: D}
  - {id: e, title: E}
items:
  - {id: s1, domain: d, type: single, prompt: P, options: [{id: a, text: A, correct: true}, {id: b, text: B}]}
  - {id: m1, domain: d, type: multiple, points: 2, prompt: P, options: [{id: a, text: A, correct: true}, {id: b, text: B, correct: true}, {id: c, text: C}, {id: d, text: D}]}
  - {id: t1, domain: e, type: truefalse, points: 3, prompt: P, answer: true}
  - {id: l1, domain: e, type: likert, prompt: P, anchors: [a, b, c, d, e]}
)";

Quiz cbmQuiz()
{
    Result<Quiz> result = loadQuiz(cbmQuizText, QStringLiteral("cbm.yaml"));
    if (!result)
        qFatal("cbm quiz: %s", qPrintable(problemsOf(result).first().toString()));
    return *result;
}

const QStringList everyCbmItem{"s1", "m1", "t1", "l1"};

// Certainty-based marking with the partial-credit types: 3 + 2 + 1 points in one domain.
const char *const cbmTypesQuizText = R"(hitready: 1
id: cbm-types
title: CBM types
confidence: true
domains:
  - {id: d, title: D}
items:
  - id: o1
    domain: d
    type: ordering
    points: 3
    prompt: P
    steps: [{id: a, text: A}, {id: b, text: B}, {id: c, text: C}, {id: d, text: D}]
  - id: x1
    domain: d
    type: matching
    points: 2
    prompt: P
    left: [{id: l1, text: L1, match: r1}, {id: l2, text: L2, match: r2}]
    right: [{id: r1, text: R1}, {id: r2, text: R2}, {id: r3, text: R3}]
  - {id: n1, domain: d, type: numeric, prompt: P, answer: 12.5}
)";

Quiz scoringQuiz()
{
    Result<Quiz> result = loadQuiz(quizText, QStringLiteral("scoring.yaml"));
    if (!result)
        qFatal("scoring quiz: %s", qPrintable(problemsOf(result).first().toString()));
    return *result;
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

    static void itemTableColumns()
    {
        QTest::addColumn<Item>("item");
        QTest::addColumn<Answer>("answer");
        QTest::addColumn<double>("expected");
    }
    static void checkItemPoints()
    {
        QFETCH(Item, item);
        QFETCH(Answer, answer);
        QFETCH(double, expected);
        QCOMPARE(hitready::itemPoints(item, answer), expected);
    }

private slots:
    void itemPoints_data()
    {
        itemTableColumns();

        const Item single = choiceItem(ItemType::Single, QStringLiteral("b"), 2);
        QTest::addRow("single right") << single << Answer{QStringLiteral("b")} << 2.0;
        QTest::addRow("single wrong") << single << Answer{QStringLiteral("a")} << 0.0;
        QTest::addRow("single unknown option") << single << Answer{QStringLiteral("z")} << 0.0;
        QTest::addRow("single unanswered") << single << Answer{} << 0.0;
        QTest::addRow("single given a list") << single << choices(QStringLiteral("b")) << 0.0;

        // max(0, (correct chosen - incorrect chosen) / correct options) x points
        const Item multiple = choiceItem(ItemType::Multiple, QStringLiteral("abc"), 3, 5);
        QTest::addRow("multiple all right") << multiple << choices(QStringLiteral("abc")) << 3.0;
        QTest::addRow("multiple two of three") << multiple << choices(QStringLiteral("ab")) << 2.0;
        QTest::addRow("multiple one of three") << multiple << choices(QStringLiteral("c")) << 1.0;
        QTest::addRow("multiple all right + one wrong")
            << multiple << choices(QStringLiteral("abcd")) << 2.0;
        QTest::addRow("multiple one right + one wrong")
            << multiple << choices(QStringLiteral("ad")) << 0.0;
        QTest::addRow("multiple one right + two wrong")
            << multiple << choices(QStringLiteral("ade")) << 0.0;
        QTest::addRow("multiple everything") << multiple << choices(QStringLiteral("abcde")) << 1.0;
        QTest::addRow("multiple nothing chosen") << multiple << choices(QString()) << 0.0;
        QTest::addRow("multiple given a string") << multiple << Answer{QStringLiteral("a")} << 0.0;
        const Item pair = choiceItem(ItemType::Multiple, QStringLiteral("ab"), 1, 3);
        QTest::addRow("multiple half") << pair << choices(QStringLiteral("a")) << 0.5;

        Item trueFalse = choiceItem(ItemType::TrueFalse, QString(), 1, 0);
        trueFalse.answer = false;
        QTest::addRow("truefalse right") << trueFalse << Answer{false} << 1.0;
        QTest::addRow("truefalse wrong") << trueFalse << Answer{true} << 0.0;
        QTest::addRow("truefalse given a number") << trueFalse << Answer{0} << 0.0;

        Item likert = choiceItem(ItemType::Likert, QString(), 0, 0);
        QTest::addRow("likert scores nothing") << likert << Answer{5} << 0.0;
    }

    // ordering: points x right adjacent pairs / (steps - 1)
    void orderingPoints_data()
    {
        itemTableColumns();
        const Item item = orderingItem(3);
        QTest::addRow("right order") << item << ids("a,b,c,d") << 3.0;
        QTest::addRow("first two swapped") << item << ids("b,a,c,d") << 2.0;
        QTest::addRow("middle two swapped") << item << ids("a,c,b,d") << 2.0;
        QTest::addRow("first moved last") << item << ids("b,c,d,a") << 2.0;
        QTest::addRow("reversed") << item << ids("d,c,b,a") << 0.0;
        QTest::addRow("halves swapped") << item << ids("c,d,a,b") << 2.0;
        QTest::addRow("last moved first") << item << ids("d,a,b,c") << 2.0;
        QTest::addRow("one pair right") << item << ids("d,b,a,c") << 1.0;
        QTest::addRow("a step left out") << item << ids("a,b,c") << 0.0;
        QTest::addRow("a step twice") << item << ids("a,a,b,c") << 0.0;
        QTest::addRow("an unknown step") << item << ids("a,b,c,z") << 0.0;
        QTest::addRow("a step too many") << item << ids("a,b,c,d,a") << 0.0;
        QTest::addRow("unanswered") << item << Answer{} << 0.0;
        QTest::addRow("given a string") << item << Answer{QStringLiteral("a,b,c,d")} << 0.0;
        QTest::addRow("one point, first two swapped")
            << orderingItem(1) << ids("b,a,c,d") << 2.0 / 3;
    }
    void orderingPoints() { checkItemPoints(); }

    // matching: points x correctly matched left entries / left entries
    void matchingPoints_data()
    {
        itemTableColumns();
        const Item item = matchingItem();
        QTest::addRow("all right") << item << pairs("icd=dx,pcs=inpt,cpt=outpt") << 1.0;
        QTest::addRow("two of three, one wrong")
            << item << pairs("icd=dx,pcs=inpt,cpt=drug") << 2.0 / 3;
        QTest::addRow("two of three, one left out") << item << pairs("icd=dx,pcs=inpt") << 2.0 / 3;
        QTest::addRow("one of three") << item << pairs("pcs=inpt") << 1.0 / 3;
        QTest::addRow("all wrong") << item << pairs("icd=inpt,pcs=outpt,cpt=dx") << 0.0;
        QTest::addRow("two lefts on one right") << item << pairs("icd=dx,pcs=dx") << 1.0 / 3;
        QTest::addRow("pairs out of left order") << item << pairs("cpt=outpt,icd=dx") << 2.0 / 3;
        QTest::addRow("an unknown left entry") << item << pairs("icd=dx,zz=inpt") << 0.0;
        QTest::addRow("an unknown right entry") << item << pairs("icd=dx,pcs=zz") << 0.0;
        QTest::addRow("a left entry twice") << item << pairs("icd=dx,icd=inpt") << 0.0;
        QTest::addRow("nothing matched") << item << pairs(QString()) << 0.0;
        QTest::addRow("unanswered") << item << Answer{} << 0.0;
        QTest::addRow("given a list") << item << ids("icd,dx") << 0.0;
    }
    void matchingPoints() { checkItemPoints(); }

    // hottext: exactly like multiple, over the spans
    void hotTextPoints_data()
    {
        itemTableColumns();
        const Item item = hotTextItem();
        QTest::addRow("both right") << item << ids("b,d") << 2.0;
        QTest::addRow("one of two") << item << ids("d") << 1.0;
        QTest::addRow("both right + one wrong") << item << ids("b,d,a") << 1.0;
        QTest::addRow("one right + one wrong") << item << ids("b,c") << 0.0;
        QTest::addRow("one right + two wrong") << item << ids("b,a,c") << 0.0;
        QTest::addRow("everything") << item << ids("a,b,c,d") << 0.0;
        QTest::addRow("nothing selected") << item << ids(QString()) << 0.0;
        QTest::addRow("unanswered") << item << Answer{} << 0.0;
        QTest::addRow("given a string") << item << Answer{QStringLiteral("b")} << 0.0;
    }
    void hotTextPoints() { checkItemPoints(); }

    // numeric: right when |given - answer| <= tolerance + 1e-9 x max(1, |answer|)
    void numericPoints_data()
    {
        itemTableColumns();
        const Item absolute = numericItem(12.5, 0.1, false);
        QTest::addRow("exact") << absolute << Answer{12.5} << 1.0;
        QTest::addRow("upper boundary") << absolute << Answer{12.6} << 1.0;
        QTest::addRow("lower boundary") << absolute << Answer{12.4} << 1.0;
        QTest::addRow("just above") << absolute << Answer{12.61} << 0.0;
        QTest::addRow("just below") << absolute << Answer{12.39} << 0.0;
        // 0.4 - 0.3 is 0.10000000000000003 in binary: inside only thanks to the allowance.
        QTest::addRow("boundary beyond binary rounding")
            << numericItem(0.3, 0.1, false) << Answer{0.4} << 1.0;
        const Item percent = numericItem(200, 2, true); // 2% of 200 = 4
        QTest::addRow("percent upper boundary") << percent << Answer{204.0} << 1.0;
        QTest::addRow("percent lower boundary") << percent << Answer{196.0} << 1.0;
        QTest::addRow("percent just above") << percent << Answer{204.01} << 0.0;
        QTest::addRow("percent just below") << percent << Answer{195.99} << 0.0;
        const Item negative = numericItem(-50, 10, true); // 10% of |-50| = 5
        QTest::addRow("negative answer, boundary") << negative << Answer{-55.0} << 1.0;
        QTest::addRow("negative answer, outside") << negative << Answer{-44.9} << 0.0;
        const Item exact = numericItem(12.5, 0, false);
        QTest::addRow("no tolerance, exact") << exact << Answer{12.5} << 1.0;
        QTest::addRow("no tolerance, off by 1e-7") << exact << Answer{12.5000001} << 0.0;
        QTest::addRow("no tolerance, off by rounding") << exact << Answer{12.500000000001} << 1.0;
        QTest::addRow("answer 0, off by 1e-10") << numericItem(0, 0, false) << Answer{1e-10} << 1.0;
        QTest::addRow("answer 0, off by 1e-8") << numericItem(0, 0, false) << Answer{1e-8} << 0.0;
        QTest::addRow("not a number") << absolute << Answer{std::nan("")} << 0.0;
        QTest::addRow("infinite") << absolute << Answer{HUGE_VAL} << 0.0;
        QTest::addRow("given a whole number") << absolute << Answer{12} << 0.0;
        QTest::addRow("given a string") << absolute << Answer{QStringLiteral("12.5")} << 0.0;
        QTest::addRow("unanswered") << absolute << Answer{} << 0.0;
    }
    void numericPoints() { checkItemPoints(); }

    // text: normalised, then an exact accepted answer or a whole-answer pattern
    void textPoints_data()
    {
        itemTableColumns();
        const QStringList code{QStringLiteral("E11.9")};
        const Item trim = textItem(code, {}, SpaceMode::Trim);
        QTest::addRow("accepted") << trim << Answer{QStringLiteral("E11.9")} << 1.0;
        QTest::addRow("other case") << trim << Answer{QStringLiteral("e11.9")} << 1.0;
        QTest::addRow("trim: spaces around") << trim << Answer{QStringLiteral("  E11.9	")} << 1.0;
        QTest::addRow("trim: a space inside") << trim << Answer{QStringLiteral("E11. 9")} << 0.0;
        QTest::addRow("wrong code") << trim << Answer{QStringLiteral("E11.8")} << 0.0;
        QTest::addRow("ignore: a space inside")
            << textItem(code, {}, SpaceMode::Ignore) << Answer{QStringLiteral(" E 11. 9 ")} << 1.0;
        QTest::addRow("exact: spaces around")
            << textItem(code, {}, SpaceMode::Exact) << Answer{QStringLiteral(" E11.9")} << 0.0;
        QTest::addRow("exact: as typed")
            << textItem(code, {}, SpaceMode::Exact) << Answer{QStringLiteral("e11.9")} << 1.0;
        QTest::addRow("case sensitive: other case")
            << textItem(code, {}, SpaceMode::Trim, true) << Answer{QStringLiteral("e11.9")} << 0.0;
        QTest::addRow("trim: accepted answer normalised too")
            << textItem({QStringLiteral(" type  2 diabetes")}, {}, SpaceMode::Trim)
            << Answer{QStringLiteral("Type 2   diabetes ")} << 1.0;
        const QStringList shape{QStringLiteral("[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?")};
        const Item pattern = textItem({}, shape, SpaceMode::Trim);
        QTest::addRow("pattern") << pattern << Answer{QStringLiteral("J45.909")} << 1.0;
        QTest::addRow("pattern, other case") << pattern << Answer{QStringLiteral("j45.909")} << 1.0;
        QTest::addRow("pattern, case sensitive") << textItem({}, shape, SpaceMode::Trim, true)
                                                 << Answer{QStringLiteral("j45.909")} << 0.0;
        QTest::addRow("pattern, excluded letter")
            << pattern << Answer{QStringLiteral("U07.1")} << 0.0;
        QTest::addRow("pattern matches only part")
            << pattern << Answer{QStringLiteral("E11.9 and more")} << 0.0;
        QTest::addRow("pattern after trimming")
            << pattern << Answer{QStringLiteral(" E11.9 ")} << 1.0;
        QTest::addRow("accept or pattern")
            << textItem(code, {QStringLiteral("Z[0-9]+")}, SpaceMode::Trim)
            << Answer{QStringLiteral("z00")} << 1.0;
        QTest::addRow("longer than 200 characters")
            << textItem({}, {QStringLiteral("a+")}, SpaceMode::Trim) << Answer{QString(201, u'a')}
            << 0.0;
        QTest::addRow("200 characters") << textItem({}, {QStringLiteral("a+")}, SpaceMode::Trim)
                                        << Answer{QString(200, u'a')} << 1.0;
        QTest::addRow("empty") << trim << Answer{QString()} << 0.0;
        QTest::addRow("unanswered") << trim << Answer{} << 0.0;
        QTest::addRow("given a list") << trim << ids("E11.9") << 0.0;
    }
    void textPoints() { checkItemPoints(); }

    // Answers given per language count in every language (docs/quiz-format.md): the item of
    // tests/fixtures/bilingual.yaml, whatever language its learner reads.
    void translatedTextPoints_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("expected");
        QTest::addRow("English answer") << "minimum necessary" << 1.0;
        QTest::addRow("Spanish answer, other case") << "Mínimo necesario" << 1.0;
        QTest::addRow("English pattern") << "minimum-necessary standard" << 1.0;
        QTest::addRow("Spanish pattern, no accent") << "minimo necesario" << 1.0;
        QTest::addRow("Spanish pattern, longer form") << "regla del mínimo necesario" << 1.0;
        QTest::addRow("half in each language") << "minimum necesario" << 0.0;
        QTest::addRow("a wrong answer") << "need to know" << 0.0;
    }
    void translatedTextPoints()
    {
        QFETCH(QString, typed);
        QFETCH(double, expected);
        const Result<Quiz> quiz = loadQuizFile(QStringLiteral(HITREADY_FIXTURES "/bilingual.yaml"));
        QCOMPARE(problemsOf(quiz), Problems{});
        const Item *item = quiz->item(QStringLiteral("pri-02"));
        QCOMPARE(hitready::itemPoints(*item, Answer{typed}), expected);
        // The report is the same whichever language the item is shown in: scoring has no
        // language to be given.
        Responses responses{{QStringLiteral("pri-02"), Answer{typed}}};
        const Report report = score(*quiz, responses);
        QCOMPARE(report.domain(QStringLiteral("privacy"))->earned, expected);
    }

    void itemPoints() { checkItemPoints(); }

    void report_data()
    {
        QTest::addColumn<Responses>("responses");
        QTest::addColumn<double>("detail");
        QTest::addColumn<double>("ethics");
        QTest::addColumn<double>("overall");
        QTest::addColumn<QString>("detailLevel");
        QTest::addColumn<QString>("overallLevel");

        QTest::addRow("nothing answered") << Responses{} << 0.0 << 0.0 << 0.0 << "Low"
                                          << "Not yet";
        QTest::addRow("all right") << Responses{{"s1", {QStringLiteral("a")}},
                                                {"m1", choices(QStringLiteral("abc"))},
                                                {"t1", {false}},
                                                {"t2", {true}}}
                                   << 100.0 << 100.0 << 100.0 << "High"
                                   << "Ready";
        // detail: (1 + 2) / 4 = 75%; ethics 1/2 = 50%; overall (3 x 75 + 1 x 50) / 4 = 68.75%
        QTest::addRow("weighted") << Responses{{"s1", {QStringLiteral("a")}},
                                               {"m1", choices(QStringLiteral("ab"))},
                                               {"t1", {false}}}
                                  << 75.0 << 50.0 << 68.75 << "High"
                                  << "Not yet";
        // detail: (0 + 1) / 4 = 25%; ethics 100%; overall (75 + 100) / 4 = 43.75%
        QTest::addRow("partial with a wrong choice")
            << Responses{{"s1", {QStringLiteral("b")}},
                         {"m1", choices(QStringLiteral("abd"))},
                         {"t1", {false}},
                         {"t2", {true}}}
            << 25.0 << 100.0 << 43.75 << "Low"
            << "Not yet";
        // boundary: a level's min is inclusive (detail 50% -> Mid)
        QTest::addRow("level boundary")
            << Responses{{"m1", choices(QStringLiteral("ab"))}} << 50.0 << 0.0 << 37.5 << "Mid"
            << "Not yet";
    }

    void report()
    {
        QFETCH(Responses, responses);
        QFETCH(double, detail);
        QFETCH(double, ethics);
        QFETCH(double, overall);
        QFETCH(QString, detailLevel);
        QFETCH(QString, overallLevel);

        const Quiz quiz = scoringQuiz();
        const Report r = score(quiz, responses);
        QCOMPARE(r.domains.size(), 3);
        QCOMPARE(*r.domain(QStringLiteral("detail"))->percent, detail);
        QCOMPARE(*r.domain(QStringLiteral("ethics"))->percent, ethics);
        QCOMPARE(r.domain(QStringLiteral("detail"))->max, 4.0);
        QCOMPARE(*r.overallPercent, overall);
        QCOMPARE(quiz.text(*r.domain(QStringLiteral("detail"))->level), detailLevel);
        QVERIFY(!r.domain(QStringLiteral("ethics"))->level); // no bands
        QCOMPARE(quiz.text(*r.overallLevel), overallLevel);
        QCOMPARE(r.items.size(), 4); // likert items are not scored

        AnswerList inItemOrder;
        for (const Item &item : quiz.items)
            inItemOrder.append(responses.value(item.id));
        QCOMPARE(score(quiz, inItemOrder), r); // the bulk path is the same scorer
    }

    // What the rule explorer and `rules` see: the same levels and overall as score() gives the
    // learner whose percents these are.
    void reportFromPercents_data() { report_data(); }
    void reportFromPercents()
    {
        QFETCH(Responses, responses);
        QFETCH(double, overall);
        QFETCH(QString, overallLevel);
        const Quiz quiz = scoringQuiz();
        const Report scored = score(quiz, responses);
        QMap<QString, double> percents, ratings;
        for (const DomainResult &d : scored.domains) {
            if (d.percent)
                percents.insert(d.domainId, *d.percent);
            if (d.selfRating)
                ratings.insert(d.domainId, *d.selfRating);
        }
        const Report made = hitready::reportFromPercents(quiz, percents, ratings);
        QCOMPARE(made.domains.size(), scored.domains.size());
        for (qsizetype i = 0; i < made.domains.size(); ++i) {
            QCOMPARE(made.domains[i].domainId, scored.domains[i].domainId);
            QCOMPARE(made.domains[i].percent, scored.domains[i].percent);
            QCOMPARE(made.domains[i].level, scored.domains[i].level);
            QCOMPARE(made.domains[i].selfRating, scored.domains[i].selfRating);
            QCOMPARE(made.domains[i].scoredItems, scored.domains[i].scoredItems);
        }
        QCOMPARE(*made.overallPercent, overall);
        QCOMPARE(quiz.text(*made.overallLevel), overallLevel);
        QVERIFY(made.items.isEmpty()); // no answers behind it
    }
    void reportFromPercentsClampsAndLeavesOut()
    {
        const Quiz quiz = scoringQuiz();
        // detail 120 -> 100, ethics left out: overall is detail's alone; a rating above 5 is 5.
        const Report r = hitready::reportFromPercents(quiz, {{QStringLiteral("detail"), 120}},
                                                      {{QStringLiteral("self"), 9}});
        QCOMPARE(*r.domain(QStringLiteral("detail"))->percent, 100.0);
        QVERIFY(!r.domain(QStringLiteral("ethics"))->percent);
        QCOMPARE(*r.overallPercent, 100.0);
        QCOMPARE(*r.domain(QStringLiteral("self"))->selfRating, 5.0);
        QVERIFY(!hitready::reportFromPercents(quiz, {}).overallPercent);
    }

    void domainWithoutScoredItems()
    {
        const Quiz quiz = scoringQuiz();
        const Report r = score(quiz, {{"l1", {2}}, {"l2", {5}}, {"l3", {4}}});
        const DomainResult *self = r.domain(QStringLiteral("self"));
        QCOMPARE(self->scoredItems, 0);
        QVERIFY(!self->percent);
        QVERIFY(!self->level);
        QCOMPARE(*self->selfRating, 3.5);
        QCOMPARE(self->selfRatingCount, 2);
        QCOMPARE(*r.domain(QStringLiteral("ethics"))->selfRating, 4.0);
        QVERIFY(!r.domain(QStringLiteral("detail"))->selfRating);
        QCOMPARE(*r.overallPercent, 0.0); // the self-only domain takes no part
    }

    // Every new type in one quiz: the keyed and the bulk path agree.
    void newTypesInAReport()
    {
        const Result<Quiz> loaded =
            loadQuizFile(QStringLiteral(HITREADY_FIXTURES "/item-types.yaml"));
        QCOMPARE(problemsOf(loaded), Problems{});
        const Quiz &quiz = *loaded;
        const QList<std::pair<const char *, const char *>> typed = {
            {"eth-21", "verify,receive,check,release"}, // 2 of 3 pairs
            {"cod-30", "icd=dx,pcs=outpt"},             // 1 of 3
            {"det-30", "sex,dis"},                      // both
            {"ana-30", "12.58"},                        // within 0.1
            {"cod-31", "e 11.9"},                       // spaces ignored, any case
        };
        Responses responses;
        for (const auto &[id, text] : typed) {
            bool ok = false;
            responses.insert(QLatin1String(id),
                             decodeAnswer(*quiz.item(QLatin1String(id)), QLatin1String(text), &ok));
            QVERIFY2(ok, id);
        }
        const Report r = score(quiz, responses);
        QCOMPARE(*r.domain(QStringLiteral("ethics"))->percent, 200.0 / 3);
        QCOMPARE(r.domain(QStringLiteral("coding"))->earned, 1 + 1.0 / 3);
        QCOMPARE(*r.domain(QStringLiteral("detail"))->percent, 100.0);
        QCOMPARE(*r.domain(QStringLiteral("analysis"))->percent, 100.0);
        AnswerList inItemOrder;
        for (const Item &item : quiz.items)
            inItemOrder.append(responses.value(item.id));
        QCOMPARE(score(quiz, inItemOrder), r);
    }

    void noScoredItemsAtAll()
    {
        Quiz quiz = scoringQuiz();
        quiz.items.removeIf([](const Item &i) { return i.isScored(); });
        const Report r = score(quiz, Responses{});
        QVERIFY(!r.overallPercent);
        QVERIFY(!r.overallLevel);
    }

    void cbmMark_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<int>("confidence"); // 0: none given
        QTest::addColumn<double>("expected");
        QTest::addRow("right, low") << 1.0 << 1 << 1.0;
        QTest::addRow("right, medium") << 1.0 << 2 << 2.0;
        QTest::addRow("right, high") << 1.0 << 3 << 3.0;
        QTest::addRow("right, none counts as low") << 1.0 << 0 << 1.0;
        QTest::addRow("wrong, low") << 0.0 << 1 << 0.0;
        QTest::addRow("wrong, medium") << 0.0 << 2 << -2.0;
        QTest::addRow("wrong, high") << 0.0 << 3 << -6.0;
        QTest::addRow("wrong, none counts as low") << 0.0 << 0 << 0.0;
        QTest::addRow("half, high: 3 x 0.5") << 0.5 << 3 << 1.5;
        QTest::addRow("half, medium: 2 x 0.5") << 0.5 << 2 << 1.0;
        QTest::addRow("at 5e-8: still wrong") << 5e-8 << 3 << -6.0;
        QTest::addRow("above 5e-8: right x f") << 1e-7 << 3 << 3e-7;
        QTest::addRow("invalid level counts as low") << 0.0 << 7 << 0.0;
    }

    void cbmMark()
    {
        QFETCH(double, fraction);
        QFETCH(int, confidence);
        QFETCH(double, expected);
        QCOMPARE(hitready::cbmMark(fraction, confidence ? std::optional(confidence) : std::nullopt),
                 expected);
    }

    void cbmReport_data()
    {
        QTest::addColumn<Responses>("responses");
        QTest::addColumn<Confidences>("confidences");
        QTest::addColumn<double>("overall");
        QTest::addColumn<double>("domainD");
        QTest::addColumn<double>("domainE");
        QTest::addColumn<Calibration>("low");
        QTest::addColumn<Calibration>("medium");
        QTest::addColumn<Calibration>("high");

        const Responses allRight{
            {"s1", {QStringLiteral("a")}}, {"m1", choices(QStringLiteral("ab"))}, {"t1", {true}}};
        // marks 3, 3, 3 on 1 + 2 + 3 points: (3 + 6 + 9) / 6 = 3; d (3 + 6) / 3 = 3; e 9 / 3 = 3
        QTest::addRow("all right, high")
            << allRight << Confidences{{"s1", 3}, {"m1", 3}, {"t1", 3}} << 3.0 << 3.0 << 3.0
            << Calibration{} << Calibration{} << Calibration{3, 3};
        // s1 wrong at high: -6 x 1; m1 half right (f 0.5) at medium: 2 x 0.5 x 2 points = 2;
        // t1 right without confidence (low): 1 x 3 = 3. Overall (-6 + 2 + 3) / 6 = -1/6;
        // d (-6 + 2) / 3 = -4/3; e 3 / 3 = 1. f 0.5 is not "right" (right means full points).
        QTest::addRow("mixed") << Responses{{"s1", {QStringLiteral("b")}},
                                            {"m1", choices(QStringLiteral("a"))},
                                            {"t1", {true}}}
                               << Confidences{{"s1", 3}, {"m1", 2}} << -1.0 / 6 << -4.0 / 3 << 1.0
                               << Calibration{1, 1} << Calibration{1, 0} << Calibration{1, 0};
        // t1 wrong at medium: -2 x 3 = -6; unanswered s1, m1 mark 0 but keep their points:
        // overall -6 / 6 = -1; d 0 / 3 = 0; e -6 / 3 = -2
        QTest::addRow("unanswered mark 0")
            << Responses{{"t1", {false}}} << Confidences{{"t1", 2}} << -1.0 << 0.0 << -2.0
            << Calibration{} << Calibration{1, 0} << Calibration{};
        // a confidence without an answer counts for nothing; t1 right at low: 3 / 6 = 0.5
        QTest::addRow("confidence without an answer")
            << Responses{{"t1", {true}}} << Confidences{{"s1", 3}, {"t1", 1}} << 0.5 << 0.0 << 1.0
            << Calibration{1, 1} << Calibration{} << Calibration{};
        // m1 a, b right and c wrong: (2 - 1) / 2 = 0.5 -> f 0.5 at high: 3 x 0.5 x 2 = 3;
        // s1 right at high 3; overall (3 + 3) / 6 = 1; d 6 / 3 = 2; e 0
        QTest::addRow("partial credit at high")
            << Responses{{"s1", {QStringLiteral("a")}}, {"m1", choices(QStringLiteral("abc"))}}
            << Confidences{{"s1", 3}, {"m1", 3}} << 1.0 << 2.0 << 0.0 << Calibration{}
            << Calibration{} << Calibration{2, 1};
        // the likert item's rating takes no part; nothing scored answered: all 0
        QTest::addRow("only a self-rating")
            << Responses{{"l1", {4}}} << Confidences{} << 0.0 << 0.0 << 0.0 << Calibration{}
            << Calibration{} << Calibration{};
    }

    void cbmReport()
    {
        QFETCH(Responses, responses);
        QFETCH(Confidences, confidences);
        QFETCH(double, overall);
        QFETCH(double, domainD);
        QFETCH(double, domainE);
        QFETCH(Calibration, low);
        QFETCH(Calibration, medium);
        QFETCH(Calibration, high);

        const Quiz quiz = cbmQuiz();
        const Report r = score(quiz, responses, everyCbmItem, confidences);
        QCOMPARE(*r.cbmAverage, overall);
        QCOMPARE(*r.domain(QStringLiteral("d"))->cbmAverage, domainD);
        QCOMPARE(*r.domain(QStringLiteral("e"))->cbmAverage, domainE);
        QCOMPARE(r.calibration, (CalibrationByLevel{low, medium, high}));
        CalibrationByLevel summed{};
        for (const DomainResult &d : r.domains)
            for (size_t level = 0; level < 3; ++level) {
                summed[level].answered += d.calibration[level].answered;
                summed[level].right += d.calibration[level].right;
            }
        QCOMPARE(summed, r.calibration); // the domains split the overall counts
        for (const ItemScore &item : r.items) {
            const bool given = item.answered && confidences.contains(item.itemId);
            QCOMPARE(item.confidence,
                     given ? std::optional(confidences.value(item.itemId)) : std::nullopt);
        }
        // Percentages are untouched by confidence.
        QCOMPARE(r.overallPercent, score(quiz, responses).overallPercent);
    }

    // The fraction of a partial-credit type is its mark's f: ordering 2 of 3 pairs right is
    // f = 2/3, 1 of 3 is f = 1/3 (a positive mark), matching half right is f = 0.5; calibration
    // counts none of them right, only full points are (judgment.h).
    void cbmWithPartialCreditTypes_data()
    {
        QTest::addColumn<QStringList>("typed"); // "item id=encoded answer"
        QTest::addColumn<Confidences>("confidences");
        QTest::addColumn<double>("average");
        QTest::addColumn<Calibration>("low");
        QTest::addColumn<Calibration>("medium");
        QTest::addColumn<Calibration>("high");
        // 3 x 2/3 x 3 points = 6 over 6 points; partly right is not right
        QTest::addRow("ordering 2 of 3 pairs, high")
            << QStringList{"o1=b,a,c,d"} << Confidences{{"o1", 3}} << 1.0 << Calibration{}
            << Calibration{} << Calibration{1, 0};
        // 2 x 1/3 x 3 points = 2 over 6
        QTest::addRow("ordering 1 of 3 pairs, medium")
            << QStringList{"o1=d,b,a,c"} << Confidences{{"o1", 2}} << 1.0 / 3 << Calibration{}
            << Calibration{1, 0} << Calibration{};
        // no pair right: the wrong mark -6 x 3 points = -18 over 6
        QTest::addRow("ordering reversed, high")
            << QStringList{"o1=d,c,b,a"} << Confidences{{"o1", 3}} << -3.0 << Calibration{}
            << Calibration{} << Calibration{1, 0};
        // 3 x 0.5 x 2 points = 3 over 6
        QTest::addRow("matching half, high")
            << QStringList{"x1=l1=r1"} << Confidences{{"x1", 3}} << 0.5 << Calibration{}
            << Calibration{} << Calibration{1, 0};
        // ordering 2 x 2/3 x 3 = 4; matching all right, none (low) 1 x 2 = 2; numeric wrong at
        // medium -2 x 1 = -2: 4 over 6
        QTest::addRow("three types, mixed")
            << QStringList{"o1=a,c,b,d", "x1=l1=r1,l2=r2", "n1=12.6"}
            << Confidences{{"o1", 2}, {"n1", 2}} << 2.0 / 3 << Calibration{1, 1}
            << Calibration{2, 0} << Calibration{};
    }

    void cbmWithPartialCreditTypes()
    {
        QFETCH(QStringList, typed);
        QFETCH(Confidences, confidences);
        QFETCH(double, average);
        QFETCH(Calibration, low);
        QFETCH(Calibration, medium);
        QFETCH(Calibration, high);
        const Result<Quiz> loaded = loadQuiz(cbmTypesQuizText, QStringLiteral("cbm-types.yaml"));
        QCOMPARE(problemsOf(loaded), Problems{});
        const Quiz &quiz = *loaded;
        Responses responses;
        for (const QString &entry : typed) {
            const QString id = entry.section(QLatin1Char('='), 0, 0);
            bool ok = false;
            responses.insert(id,
                             decodeAnswer(*quiz.item(id), entry.section(QLatin1Char('='), 1), &ok));
            QVERIFY2(ok, qPrintable(entry));
        }
        const Report r = score(quiz, responses, {"o1", "x1", "n1"}, confidences);
        QCOMPARE(*r.cbmAverage, average);
        QCOMPARE(*r.domain(QStringLiteral("d"))->cbmAverage, average); // the only domain
        QCOMPARE(r.calibration, (CalibrationByLevel{low, medium, high}));
    }

    void cbmOnlyForConfidenceQuizzes()
    {
        Quiz quiz = cbmQuiz();
        quiz.confidence = false;
        const Report r = score(quiz, {{"t1", {false}}}, everyCbmItem, {{"t1", 3}});
        QVERIFY(!r.cbmAverage);
        QVERIFY(!r.domain(QStringLiteral("e"))->cbmAverage);
        QCOMPARE(r.calibration, CalibrationByLevel{});
        for (const ItemScore &item : r.items)
            QVERIFY(!item.confidence);
    }

    // Only the attempt's items count: m1 is not drawn, so neither its points nor its answer.
    void scoresTheAttemptsItemsOnly()
    {
        const Quiz quiz = cbmQuiz();
        const Responses responses{
            {"s1", {QStringLiteral("a")}}, {"m1", choices(QStringLiteral("ab"))}, {"t1", {false}}};
        const Report r = score(quiz, responses, {"l1", "t1", "s1"}, {{"s1", 3}, {"t1", 1}});
        QStringList scored;
        for (const ItemScore &item : r.items)
            scored.append(item.itemId);
        QCOMPARE(scored, (QStringList{"s1", "t1"})); // quiz order
        const DomainResult &d = *r.domain(QStringLiteral("d"));
        QCOMPARE(d.max, 1.0);
        QCOMPARE(d.earned, 1.0);
        QCOMPARE(*d.percent, 100.0);
        QCOMPARE(d.scoredItems, 1);
        // d 100%, e 0% -> overall 50%; CBM (3 x 1 + 0 x 3) / 4 = 0.75
        QCOMPARE(*r.overallPercent, 50.0);
        QCOMPARE(*r.cbmAverage, 0.75);
        // Every item listed: the same as scoring the whole quiz.
        QCOMPARE(score(quiz, responses, everyCbmItem), score(quiz, responses));
    }

    void zeroWeightsGiveNoOverall()
    {
        Quiz quiz = scoringQuiz();
        for (Domain &d : quiz.domains)
            d.weight = 0;
        const Report r = score(quiz, {{"s1", {QStringLiteral("a")}}});
        QVERIFY(!r.overallPercent);
        QCOMPARE(*r.domain(QStringLiteral("detail"))->percent, 25.0);
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
