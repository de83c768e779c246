#pragma once
// The answer review in words: each reviewed item (engine/scoring/answerreview.h) as the review
// page and the PDF show it, every quiz text as the learner reads it (first language, and the
// second under it) and every sentence in the words of the first language.

#include "answerreview.h"
#include "finishedattempt.h"
#include "reading.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hitready {

// One part of an answer in words: "Admission date" with "You chose this; it is right".
struct ReviewPartRow
{
    ShownText text;   // the option, step, left entry or hottext part
    QString detail;   // matching: "You matched: X. Right: Y."; ordering: "Belongs at step 2."
    QString markWord; // "Right", "Wrong", "Missed", "" (neutral): never colour alone
    PartMark mark = PartMark::Neutral;
    bool chosen = false;
};

struct ReviewRow
{
    ItemReview review;
    QString heading;     // "Question 3 of 20"
    QString domainTitle; // in the first language
    QString verdictWord; // "Right", "Partly right", "Wrong", "Not answered", "Self-rating"
    QString points;      // "Points: 0.5 / 1"; empty for a self-rating
    QString confidence;  // "You were very sure."; empty when not asked
    ShownText prompt;
    ShownText hotText;    // hottext: the record, markers replaced by their shown text
    QString partsHeading; // "Your order", "Your matches", "The options", "The parts to select"
    QList<ReviewPartRow> parts;
    QString yourAnswer;  // "Your answer: 12.5 mL"; empty when the parts say it
    QString rightAnswer; // "Right answer: 12 mL (±0.5)"; empty when the parts say it
    ShownText explanation;
    QString source;
    ShownText stimulusTitle;
    ShownText stimulusText;
    QStringList stimulusColumns;
    QList<QStringList> stimulusRows;
    QString spoken; // the whole card as one sentence list, for a screen reader
};

ReviewRow reviewRow(const Quiz &quiz, const ItemReview &review, int itemCount,
                    const Reading &reading);
// Every item of `attempt`, in the order shown.
QList<ReviewRow> reviewRows(const FinishedAttempt &attempt, const Reading &reading);

} // namespace hitready

namespace hitready {

// The review as a report section ("Your answers"): every row with its mark in words, the
// learner's answer, the parts, the right answer and the explanation. Every text escaped.
QString answerReviewHtml(const QList<ReviewRow> &rows);

} // namespace hitready
