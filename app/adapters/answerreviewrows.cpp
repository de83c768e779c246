#include "answerreviewrows.h"

#include "hottext.h"
#include "words.h"

#include <QCoreApplication>

namespace hitready {

namespace {

QString verdictWord(const ItemReview &review)
{
    if (!review.verdict)
        return QCoreApplication::translate("AnswerReview", "Self-rating, not scored");
    if (!review.answered)
        return QCoreApplication::translate("AnswerReview", "Not answered");
    switch (*review.verdict) {
    case Verdict::Correct:
        return QCoreApplication::translate("AnswerReview", "Right");
    case Verdict::PartlyCorrect:
        return QCoreApplication::translate("AnswerReview", "Partly right");
    case Verdict::NotCorrect:
        break;
    }
    return QCoreApplication::translate("AnswerReview", "Wrong");
}

QString confidenceWords(int level)
{
    switch (level) {
    case lowConfidence:
        return QCoreApplication::translate("AnswerReview", "You said you were not sure.");
    case mediumConfidence:
        return QCoreApplication::translate("AnswerReview", "You said you were fairly sure.");
    case highConfidence:
        return QCoreApplication::translate("AnswerReview", "You said you were very sure.");
    }
    return {};
}

// Options and hottext parts: whether the learner chose it and whether it is a right one.
QString choiceMarkWord(PartMark mark)
{
    switch (mark) {
    case PartMark::Right:
        //: an option or part the learner chose, and it is a right one
        return QCoreApplication::translate("AnswerReview", "Your choice: right");
    case PartMark::Wrong:
        //: an option or part the learner chose, and it is not a right one
        return QCoreApplication::translate("AnswerReview", "Your choice: wrong");
    case PartMark::Missed:
        //: a right option or part the learner did not choose
        return QCoreApplication::translate("AnswerReview", "Right, not chosen");
    case PartMark::Neutral:
        break;
    }
    return {};
}

QString orderMarkWord(PartMark mark)
{
    switch (mark) {
    case PartMark::Right:
        return QCoreApplication::translate("AnswerReview", "Right: comes after the step above");
    case PartMark::Wrong:
        return QCoreApplication::translate("AnswerReview", "Wrong: comes before the step above");
    case PartMark::Missed:
    case PartMark::Neutral:
        break;
    }
    return {};
}

QString matchMarkWord(PartMark mark)
{
    switch (mark) {
    case PartMark::Right:
        return QCoreApplication::translate("AnswerReview", "Right");
    case PartMark::Wrong:
        return QCoreApplication::translate("AnswerReview", "Wrong");
    case PartMark::Missed:
        return QCoreApplication::translate("AnswerReview", "Not matched");
    case PartMark::Neutral:
        break;
    }
    return {};
}

QString numericText(const NumericKey &key, double value, const Words &words)
{
    const QString number = words.number(value, 6);
    return key.unit.isEmpty() ? number : number + u' ' + key.unit;
}

QString numericKeyText(const NumericKey &key, const Words &words)
{
    const QString answer = numericText(key, key.answer, words);
    if (key.tolerance <= 0)
        return answer;
    const QString within = key.percent ? words.percent(key.tolerance, key.tolerance < 1 ? 2 : 0)
                                       : words.number(key.tolerance, 6);
    //: a numeric answer and how far from it an answer may be: "12 mL (±0.5)"
    return QCoreApplication::translate("AnswerReview", "%1 (±%2)").arg(answer, within);
}

void addChoiceParts(ReviewRow &row, const Quiz &quiz, const Item &item, const Reading &reading)
{
    for (const AnswerPart &part : row.review.parts) {
        ReviewPartRow out;
        out.mark = part.mark;
        out.chosen = part.chosen;
        out.markWord = choiceMarkWord(part.mark);
        Text feedback;
        if (item.type == ItemType::HotText) {
            const HotSpan *span = item.span(part.id);
            out.text.first = span ? span->text : part.id;
            feedback = span ? span->feedback : Text{};
        } else {
            const Option *option = item.option(part.id);
            out.text = option ? show(option->text, reading, quiz.language)
                              : ShownText{part.id, {}, {}, {}};
            feedback = option ? option->feedback : Text{};
        }
        if (part.chosen || part.correct)
            out.detail = show(feedback, reading, quiz.language).first;
        row.parts.append(out);
    }
}

void addOrderingParts(ReviewRow &row, const Quiz &quiz, const Item &item, const Reading &reading)
{
    QStringList rightOrder;
    for (qsizetype i = 0; i < item.steps.size(); ++i)
        rightOrder.append(QStringLiteral("%1. %2").arg(i + 1).arg(
            show(item.steps.at(i).text, reading, quiz.language).first));
    for (const AnswerPart &part : row.review.parts) {
        ReviewPartRow out;
        const Entry *step = item.step(part.id);
        out.text = step ? show(step->text, reading, quiz.language) : ShownText{part.id, {}, {}, {}};
        out.mark = part.mark;
        out.markWord = orderMarkWord(part.mark);
        if (row.review.answered)
            out.detail = QCoreApplication::translate("AnswerReview", "Belongs at step %1.")
                             .arg(part.rightPosition);
        row.parts.append(out);
    }
    if (row.review.answered) {
        row.partsHeading = QCoreApplication::translate("AnswerReview", "Your order");
        row.rightAnswer = QCoreApplication::translate("AnswerReview", "Right order:") + u'\n' +
                          rightOrder.join(u'\n');
    } else {
        row.partsHeading = QCoreApplication::translate("AnswerReview", "The right order");
        row.yourAnswer =
            QCoreApplication::translate("AnswerReview", "You did not answer this question.");
    }
}

void addMatchingParts(ReviewRow &row, const Quiz &quiz, const Item &item, const Reading &reading)
{
    const auto rightText = [&](const QString &id) {
        const Entry *entry = item.rightEntry(id);
        return entry ? show(entry->text, reading, quiz.language).first : id;
    };
    row.partsHeading = QCoreApplication::translate("AnswerReview", "Your matches");
    for (const AnswerPart &part : row.review.parts) {
        ReviewPartRow out;
        const Entry *left = item.leftEntry(part.id);
        out.text = left ? show(left->text, reading, quiz.language) : ShownText{part.id, {}, {}, {}};
        out.mark = part.mark;
        out.markWord = matchMarkWord(part.mark);
        if (part.mark == PartMark::Right)
            out.detail = QCoreApplication::translate("AnswerReview", "You matched: %1.")
                             .arg(rightText(part.givenId));
        else if (part.mark == PartMark::Wrong)
            out.detail =
                QCoreApplication::translate("AnswerReview", "You matched: %1. Right match: %2.")
                    .arg(rightText(part.givenId), rightText(part.expectedId));
        else
            out.detail = QCoreApplication::translate("AnswerReview", "Right match: %1.")
                             .arg(rightText(part.expectedId));
        row.parts.append(out);
    }
}

void addAnswerLines(ReviewRow &row, const Quiz &quiz, const Item &item, const Reading &reading,
                    const Words &words)
{
    const Answer &answer = row.review.answer;
    const bool answered = row.review.answered;
    const QString notAnswered =
        QCoreApplication::translate("AnswerReview", "You did not answer this question.");
    switch (item.type) {
    case ItemType::TrueFalse: {
        const auto word = [](bool value) {
            return value ? QCoreApplication::translate("AnswerReview", "True")
                         : QCoreApplication::translate("AnswerReview", "False");
        };
        const bool *given = std::get_if<bool>(&answer.value);
        row.yourAnswer =
            given ? QCoreApplication::translate("AnswerReview", "Your answer: %1").arg(word(*given))
                  : notAnswered;
        row.rightAnswer =
            QCoreApplication::translate("AnswerReview", "Right answer: %1").arg(word(item.answer));
        return;
    }
    case ItemType::Numeric: {
        const double *given = std::get_if<double>(&answer.value);
        row.yourAnswer = given ? QCoreApplication::translate("AnswerReview", "Your answer: %1")
                                     .arg(numericText(item.numeric, *given, words))
                               : notAnswered;
        row.rightAnswer = QCoreApplication::translate("AnswerReview", "Right answer: %1")
                              .arg(numericKeyText(item.numeric, words));
        return;
    }
    case ItemType::Text: {
        const QString *typed = std::get_if<QString>(&answer.value);
        row.yourAnswer =
            typed ? QCoreApplication::translate("AnswerReview", "Your answer: %1").arg(*typed)
                  : notAnswered;
        const QStringList accepted = item.textKey.acceptIn(
            reading.first.isEmpty() ? quiz.language : reading.first, quiz.language);
        if (!accepted.isEmpty())
            row.rightAnswer = QCoreApplication::translate("AnswerReview", "Accepted answers: %1",
                                                          nullptr, int(accepted.size()))
                                  .arg(QLocale(words.locale()).createSeparatedList(accepted));
        return;
    }
    case ItemType::Likert: {
        const int *rating = std::get_if<int>(&answer.value);
        if (!rating || *rating < 1 || *rating > item.anchors.size()) {
            row.yourAnswer =
                QCoreApplication::translate("AnswerReview", "You did not rate yourself here.");
            return;
        }
        const QString anchor = show(item.anchors.at(*rating - 1), reading, quiz.language).first;
        row.yourAnswer = QCoreApplication::translate("AnswerReview", "Your rating: %1: %2")
                             .arg(words.rating(*rating, 0), anchor);
        return;
    }
    case ItemType::Single:
    case ItemType::Multiple:
    case ItemType::HotText:
        if (!answered)
            row.yourAnswer = notAnswered;
        row.partsHeading = item.type == ItemType::HotText
                               ? QCoreApplication::translate("AnswerReview", "The parts to select")
                               : QCoreApplication::translate("AnswerReview", "The options");
        return;
    case ItemType::Ordering:
    case ItemType::Matching:
        return;
    }
}

QString spokenRow(const ReviewRow &row)
{
    QStringList lines{row.heading, row.verdictWord};
    if (!row.points.isEmpty())
        lines.append(row.points);
    lines.append(row.prompt.spoken());
    for (const QString &line : {row.yourAnswer, row.rightAnswer, row.confidence})
        if (!line.isEmpty())
            lines.append(line);
    if (!row.parts.isEmpty())
        lines.append(row.partsHeading);
    for (const ReviewPartRow &part : row.parts) {
        QStringList bits{part.text.first};
        for (const QString &bit : {part.markWord, part.detail})
            if (!bit.isEmpty())
                bits.append(bit);
        lines.append(bits.join(QStringLiteral(", ")));
    }
    if (!row.explanation.first.isEmpty())
        lines.append(row.explanation.spoken());
    return lines.join(u'\n');
}

} // namespace

ReviewRow reviewRow(const Quiz &quiz, const ItemReview &review, int itemCount,
                    const Reading &reading)
{
    const Words words(reading.first);
    ReviewRow row;
    row.review = review;
    const Item *item = quiz.item(review.itemId);
    row.heading = QCoreApplication::translate("AnswerReview", "Question %1 of %2")
                      .arg(review.position + 1)
                      .arg(itemCount);
    row.domainTitle = words.domainTitle(quiz, review.domain);
    row.verdictWord = verdictWord(review);
    if (review.verdict)
        row.points = QCoreApplication::translate("AnswerReview", "Points: %1")
                         .arg(words.points(review.earned, review.max));
    if (review.confidence)
        row.confidence = confidenceWords(*review.confidence);
    if (!item)
        return row;
    row.prompt = show(item->prompt, reading, quiz.language);
    row.explanation = show(item->explanation, reading, quiz.language);
    row.source = item->source;
    if (item->type == ItemType::HotText) {
        row.hotText = show(item->hotText, reading, quiz.language);
        row.hotText.first = parseHotText(row.hotText.first).shown;
        row.hotText.second = parseHotText(row.hotText.second).shown;
    }
    if (const Stimulus *stimulus = quiz.stimulus(item->stimulus)) {
        row.stimulusTitle = show(stimulus->title, reading, quiz.language);
        row.stimulusText = show(stimulus->text, reading, quiz.language);
        for (const Text &column : stimulus->columns)
            row.stimulusColumns.append(show(column, reading, quiz.language).first);
        row.stimulusRows = stimulus->rows;
    }
    addAnswerLines(row, quiz, *item, reading, words);
    switch (item->type) {
    case ItemType::Single:
    case ItemType::Multiple:
    case ItemType::HotText:
        addChoiceParts(row, quiz, *item, reading);
        break;
    case ItemType::Ordering:
        addOrderingParts(row, quiz, *item, reading);
        break;
    case ItemType::Matching:
        addMatchingParts(row, quiz, *item, reading);
        break;
    case ItemType::TrueFalse:
    case ItemType::Likert:
    case ItemType::Numeric:
    case ItemType::Text:
        break;
    }
    row.spoken = spokenRow(row);
    return row;
}

QList<ReviewRow> reviewRows(const FinishedAttempt &attempt, const Reading &reading)
{
    const QList<ItemReview> reviews =
        reviewAttempt(attempt.quiz, attempt.responses, attempt.record.itemOrder,
                      attempt.record.seed, attempt.flags, attempt.confidences);
    QList<ReviewRow> rows;
    rows.reserve(reviews.size());
    for (const ItemReview &review : reviews)
        rows.append(reviewRow(attempt.quiz, review, int(reviews.size()), reading));
    return rows;
}

} // namespace hitready
