// The answer review as the learner reads it: the words of each item type's answer and parts
// (answerreviewrows), the review list with its filters and counts (AnswerReviewModel, under
// QAbstractItemModelTester), and the "Your answers" section of the PDF report.

#include "answerreviewmodel.h"
#include "attemptresults.h"
#include "loader.h"
#include "plan.h"
#include "reportpdf.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hitready;

namespace {

const char *const quizText = R"(hitready: 1
id: review
title: Review
language: en
domains:
  - {id: coding, title: {en: Coding, es: Codificación}}
  - {id: ethics, title: Ethics}
stimuli:
  - id: stats
    title: Delinquent records
    table:
      columns: [Month, Records]
      rows:
        - [January, 37]
        - [February, "<b>52</b>"]
items:
  - id: rate
    domain: coding
    type: likert
    prompt: How do you rate your coding?
    anchors: [never, a little, some, often, daily]
  - id: s1
    domain: coding
    type: single
    prompt: {en: Which code set is for diagnoses?, es: ¿Qué sistema es para diagnósticos?}
    options:
      - {id: a, text: ICD-10-CM, correct: true}
      - {id: b, text: CPT, feedback: CPT codes procedures.}
    explanation: {en: ICD-10-CM codes diagnoses., es: ICD-10-CM codifica diagnósticos.}
    source: "CMS <ICD-10>"
  - id: n1
    domain: coding
    type: numeric
    stimulus: stats
    prompt: How many in February?
    answer: 52
    tolerance: 0.5
    unit: records
  - id: t1
    domain: ethics
    type: truefalse
    prompt: "Release needs <script>alert(1)</script> consent."
    answer: true
  - id: o1
    domain: ethics
    type: ordering
    prompt: Put in order.
    steps: [{id: a, text: First}, {id: b, text: Second}, {id: c, text: Third}]
  - id: x1
    domain: ethics
    type: matching
    prompt: Match.
    left: [{id: l1, text: HIPAA, match: r1}, {id: l2, text: FERPA, match: r2}]
    right: [{id: r1, text: Health}, {id: r2, text: School}, {id: r3, text: Bank}]
  - id: w1
    domain: ethics
    type: text
    prompt: Type the code.
    accept: [E11.9, E119]
)";

Quiz reviewQuiz()
{
    Result<Quiz> result = loadQuiz(quizText, QStringLiteral("review.yaml"));
    if (!result)
        qFatal("review quiz: %s", qPrintable(result.error().message));
    return std::move(*result);
}

Answer answer(auto value)
{
    Answer a;
    a.value = value;
    return a;
}

std::shared_ptr<const FinishedAttempt> finished()
{
    auto attempt = std::make_shared<FinishedAttempt>();
    attempt->quiz = reviewQuiz();
    attempt->responses = {
        {QStringLiteral("rate"), answer(3)},
        {QStringLiteral("s1"), answer(QStringLiteral("b"))},
        {QStringLiteral("n1"), answer(52.25)},
        {QStringLiteral("o1"), answer(QStringList{"b", "a", "c"})},
        {QStringLiteral("x1"), answer(Matches{{"l1", "r1"}, {"l2", "r3"}})},
    };
    attempt->flags = {QStringLiteral("n1"), QStringLiteral("t1")};
    attempt->record.id = 7;
    attempt->record.seed = 3;
    attempt->record.itemOrder = {"rate", "t1", "s1", "n1", "o1", "x1", "w1"};
    attempt->record.started = QDateTime::currentDateTimeUtc();
    attempt->record.finished = attempt->record.started;
    attempt->report = score(attempt->quiz, attempt->responses, attempt->record.itemOrder);
    attempt->plan = recommend(attempt->quiz, attempt->report);
    attempt->profileName = QStringLiteral("Ana");
    return attempt;
}

const ReviewRow &rowOf(const QList<ReviewRow> &rows, const QString &itemId)
{
    for (const ReviewRow &row : rows)
        if (row.review.itemId == itemId)
            return row;
    qFatal("no row %s", qPrintable(itemId));
}

QStringList partLines(const ReviewRow &row)
{
    QStringList out;
    for (const ReviewPartRow &part : row.parts)
        out.append(QStringList{part.text.first, part.markWord, part.detail}.join(u'|'));
    return out;
}

} // namespace

class TestAnswerReviewModel : public QObject
{
    Q_OBJECT

private slots:
    void wordsOfEachItemType();
    void secondLanguageUnderTheFirst();
    void modelListsAndFilters();
    void modelFollowsTheResultsAndTheLanguage();
    void reportSectionIsOptionalAndEscaped();
};

void TestAnswerReviewModel::wordsOfEachItemType()
{
    const auto attempt = finished();
    const QList<ReviewRow> rows = reviewRows(*attempt, {QStringLiteral("en"), {}});
    QCOMPARE(rows.size(), 7);
    QCOMPARE(rows.at(1).heading, QStringLiteral("Question 2 of 7"));

    const ReviewRow &rate = rowOf(rows, QStringLiteral("rate"));
    QCOMPARE(rate.verdictWord, QStringLiteral("Self-rating, not scored"));
    QCOMPARE(rate.points, QString());
    QCOMPARE(rate.yourAnswer, QStringLiteral("Your rating: 3 of 5: some"));

    const ReviewRow &single = rowOf(rows, QStringLiteral("s1"));
    QCOMPARE(single.verdictWord, QStringLiteral("Wrong"));
    QCOMPARE(single.points, QStringLiteral("Points: 0 / 1"));
    QCOMPARE(single.partsHeading, QStringLiteral("The options"));
    QCOMPARE(partLines(single), (QStringList{"ICD-10-CM|Right, not chosen|",
                                             "CPT|Your choice: wrong|CPT codes procedures."}));
    QCOMPARE(single.explanation.first, QStringLiteral("ICD-10-CM codes diagnoses."));
    QCOMPARE(single.source, QStringLiteral("CMS <ICD-10>"));

    const ReviewRow &numeric = rowOf(rows, QStringLiteral("n1"));
    QCOMPARE(numeric.verdictWord, QStringLiteral("Right"));
    QCOMPARE(numeric.yourAnswer, QStringLiteral("Your answer: 52.25 records"));
    QCOMPARE(numeric.rightAnswer, QStringLiteral("Right answer: 52 records (±0.5)"));
    QVERIFY(numeric.review.flagged);
    QCOMPARE(numeric.stimulusTitle.first, QStringLiteral("Delinquent records"));
    QCOMPARE(numeric.stimulusColumns, (QStringList{"Month", "Records"}));
    QCOMPARE(numeric.stimulusRows.at(1), (QStringList{"February", "<b>52</b>"}));

    const ReviewRow &truth = rowOf(rows, QStringLiteral("t1"));
    QCOMPARE(truth.verdictWord, QStringLiteral("Not answered"));
    QCOMPARE(truth.yourAnswer, QStringLiteral("You did not answer this question."));
    QCOMPARE(truth.rightAnswer, QStringLiteral("Right answer: True"));

    const ReviewRow &order = rowOf(rows, QStringLiteral("o1"));
    QCOMPARE(order.verdictWord, QStringLiteral("Partly right"));
    QCOMPARE(order.points, QStringLiteral("Points: 0.5 / 1"));
    QCOMPARE(order.partsHeading, QStringLiteral("Your order"));
    QCOMPARE(partLines(order),
             (QStringList{"Second||Belongs at step 2.",
                          "First|Wrong: comes before the step above|Belongs at step 1.",
                          "Third|Right: comes after the step above|Belongs at step 3."}));
    QCOMPARE(order.rightAnswer, QStringLiteral("Right order:\n1. First\n2. Second\n3. Third"));

    const ReviewRow &match = rowOf(rows, QStringLiteral("x1"));
    QCOMPARE(match.partsHeading, QStringLiteral("Your matches"));
    QCOMPARE(partLines(match),
             (QStringList{"HIPAA|Right|You matched: Health.",
                          "FERPA|Wrong|You matched: Bank. Right match: School."}));

    const ReviewRow &typed = rowOf(rows, QStringLiteral("w1"));
    QCOMPARE(typed.yourAnswer, QStringLiteral("You did not answer this question."));
    QCOMPARE(typed.rightAnswer, QStringLiteral("Accepted answers: E11.9 and E119"));

    // A screen reader hears the whole card.
    QVERIFY(order.spoken.contains(QStringLiteral("Partly right")));
    QVERIFY(order.spoken.contains(QStringLiteral("First, Wrong: comes before the step above")));
}

void TestAnswerReviewModel::secondLanguageUnderTheFirst()
{
    const auto attempt = finished();
    const QList<ReviewRow> rows =
        reviewRows(*attempt, {QStringLiteral("en"), QStringLiteral("es")});
    const ReviewRow &single = rowOf(rows, QStringLiteral("s1"));
    QCOMPARE(single.prompt.first, QStringLiteral("Which code set is for diagnoses?"));
    QCOMPARE(single.prompt.second, QStringLiteral("¿Qué sistema es para diagnósticos?"));
    QCOMPARE(single.explanation.second, QStringLiteral("ICD-10-CM codifica diagnósticos."));
    // The first language may be the quiz's second one: its words come first.
    const QList<ReviewRow> spanish = reviewRows(*attempt, {QStringLiteral("es"), {}});
    QCOMPARE(rowOf(spanish, QStringLiteral("s1")).prompt.first,
             QStringLiteral("¿Qué sistema es para diagnósticos?"));
    QCOMPARE(rowOf(spanish, QStringLiteral("s1")).domainTitle, QStringLiteral("Codificación"));
}

void TestAnswerReviewModel::modelListsAndFilters()
{
    AttemptResults results;
    results.setAttempt(finished());
    AnswerReviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLanguage(QStringLiteral("en"));
    model.setResults(&results);

    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.allCount(), 7);
    // s1 wrong, n1 right, t1 unanswered, o1 partly, x1 partly, w1 unanswered; rate not scored.
    QCOMPARE(model.notRightCount(), 5);
    QCOMPARE(model.flaggedCount(), 2);
    QCOMPARE(model.summary(),
             QStringLiteral("1 right, 2 partly right, 1 wrong, and 2 not answered"));
    QCOMPARE(model.domainIds(), (QStringList{"coding", "ethics"}));
    QCOMPARE(model.domainTitles(), (QStringList{"Coding", "Ethics"}));

    const QModelIndex first = model.index(1, 0);
    QCOMPARE(first.data(AnswerReviewModel::ItemIdRole).toString(), QStringLiteral("t1"));
    QCOMPARE(first.data(AnswerReviewModel::MarkRole).toInt(),
             int(AnswerReviewModel::Mark::NotAnswered));
    QVERIFY(first.data(AnswerReviewModel::FlaggedRole).toBool());
    QCOMPARE(model.index(0, 0).data(AnswerReviewModel::MarkRole).toInt(),
             int(AnswerReviewModel::Mark::NotScored));

    auto *parts = model.index(4, 0).data(AnswerReviewModel::PartsRole).value<ReviewPartModel *>();
    QVERIFY(parts);
    QAbstractItemModelTester partTester(parts,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(parts->rowCount(), 3);
    QCOMPARE(parts->index(1, 0).data(ReviewPartModel::MarkRole).toInt(),
             int(AnswerReviewModel::Mark::Wrong));

    QSignalSpy counts(&model, &AnswerReviewModel::countsChanged);
    model.setFilter(AnswerReviewModel::Filter::Flagged);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("n1")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("s1")), -1);

    model.setFilter(AnswerReviewModel::Filter::NotRight);
    model.setDomain(QStringLiteral("coding"));
    QCOMPARE(model.rowCount(), 1); // s1
    QCOMPARE(model.index(0, 0).data(AnswerReviewModel::ItemIdRole).toString(),
             QStringLiteral("s1"));
    // The counts are of the domain chosen.
    QCOMPARE(model.allCount(), 3);
    QCOMPARE(model.flaggedCount(), 1);
    QCOMPARE(counts.size(), 3); // flagged, not right, coding

    model.setDomain(QStringLiteral("no-such-domain")); // refused: not one of the attempt's
    QCOMPARE(model.domain(), QStringLiteral("coding"));
    model.setDomain(QString());
    QCOMPARE(model.rowCount(), 5);
}

void TestAnswerReviewModel::modelFollowsTheResultsAndTheLanguage()
{
    AttemptResults results;
    AnswerReviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(&results);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.summary(), QString());

    QSignalSpy reviewed(&model, &AnswerReviewModel::reviewChanged);
    results.setAttempt(finished());
    QCOMPARE(reviewed.size(), 1);
    QCOMPARE(model.rowCount(), 7);

    model.setSecondLanguage(QStringLiteral("es"));
    const int s1 = model.rowOf(QStringLiteral("s1"));
    QCOMPARE(model.index(s1, 0).data(AnswerReviewModel::PromptSecondRole).toString(),
             QStringLiteral("¿Qué sistema es para diagnósticos?"));

    results.setAttempt(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestAnswerReviewModel::reportSectionIsOptionalAndEscaped()
{
    const auto attempt = finished();
    const QString without = ReportPdf::html(*attempt, {QStringLiteral("en"), {}});
    QVERIFY(!without.contains(QStringLiteral("Your answers")));
    const QString with = ReportPdf::html(*attempt, {QStringLiteral("en"), {}}, true);
    const qsizetype section = with.indexOf(QStringLiteral("<h2>Your answers</h2>"));
    QVERIFY(section > with.indexOf(QStringLiteral("Next steps")));
    const QString answers = with.mid(section);
    // In the order shown, each with its words.
    QVERIFY(answers.indexOf(QStringLiteral("Question 2 of 7")) <
            answers.indexOf(QStringLiteral("Question 3 of 7")));
    for (const QString &expected :
         {QStringLiteral("✗ Wrong · Question 3 of 7 · Points: 0 / 1"),
          QStringLiteral("Right answer: 52 records (±0.5)"),
          QStringLiteral("Right order:<br/>1. First<br/>2. Second<br/>3. Third"),
          QStringLiteral("You matched: Bank. Right match: School."),
          QStringLiteral("<th>Month</th>"), QStringLiteral("<td>&lt;b&gt;52&lt;/b&gt;</td>"),
          QStringLiteral("Release needs &lt;script&gt;alert(1)&lt;/script&gt; consent."),
          QStringLiteral("Source: CMS &lt;ICD-10&gt;")})
        QVERIFY2(answers.contains(expected), qPrintable(expected));
    QVERIFY(!answers.contains(QStringLiteral("<script>")));

    // What "Save as PDF" writes follows the switch on the results page.
    AttemptResults results;
    results.setAttempt(attempt);
    ReportPdf pdf;
    pdf.setResults(&results);
    QVERIFY(pdf.includeAnswers());
    QVERIFY(pdf.currentHtml().contains(QStringLiteral("<h2>Your answers</h2>")));
    pdf.setIncludeAnswers(false);
    QVERIFY(!pdf.currentHtml().contains(QStringLiteral("<h2>Your answers</h2>")));
}

QTEST_MAIN(TestAnswerReviewModel)
#include "tst_answerreviewmodel.moc"
