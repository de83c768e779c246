#include "answerreview.h"

#include "attemptorder.h"
#include "report.h"

namespace hitready {

namespace {

PartMark choiceMark(bool chosen, bool correct)
{
    if (chosen)
        return correct ? PartMark::Right : PartMark::Wrong;
    return correct ? PartMark::Missed : PartMark::Neutral;
}

template <class Choice> AnswerPart choicePart(const Choice &choice, const QStringList &chosenIds)
{
    AnswerPart part;
    part.id = choice.id;
    part.chosen = chosenIds.contains(choice.id);
    part.correct = choice.correct;
    part.mark = choiceMark(part.chosen, part.correct);
    return part;
}

QStringList chosenIds(const Answer &answer)
{
    if (const QString *one = std::get_if<QString>(&answer.value))
        return {*one};
    if (const QStringList *many = std::get_if<QStringList>(&answer.value))
        return *many;
    return {};
}

int stepRank(const Item &item, const QString &stepId)
{
    for (qsizetype i = 0; i < item.steps.size(); ++i)
        if (item.steps.at(i).id == stepId)
            return int(i);
    return -1;
}

// The learner's order, each step marked against the one before it (the scorer counts right
// adjacent pairs); the right order, unmarked, when there is no whole order to mark.
QList<AnswerPart> orderingParts(const Item &item, const Answer &answer)
{
    QStringList order = chosenIds(answer);
    QList<int> ranks;
    for (const QString &id : std::as_const(order)) {
        const int rank = stepRank(item, id);
        if (rank < 0 || ranks.contains(rank))
            break;
        ranks.append(rank);
    }
    const bool whole = ranks.size() == item.steps.size() && order.size() == item.steps.size();
    if (!whole) {
        order.clear();
        ranks.clear();
        for (qsizetype i = 0; i < item.steps.size(); ++i) {
            order.append(item.steps.at(i).id);
            ranks.append(int(i));
        }
    }
    QList<AnswerPart> parts;
    for (qsizetype i = 0; i < order.size(); ++i) {
        AnswerPart part;
        part.id = order.at(i);
        part.expectedId = item.steps.at(i).id;
        part.rightPosition = ranks.at(i) + 1;
        if (whole && i > 0)
            part.mark = ranks.at(i - 1) < ranks.at(i) ? PartMark::Right : PartMark::Wrong;
        parts.append(part);
    }
    return parts;
}

QList<AnswerPart> matchingParts(const Item &item, const Answer &answer)
{
    const Matches *pairs = std::get_if<Matches>(&answer.value);
    QList<AnswerPart> parts;
    for (const Entry &left : item.left) {
        AnswerPart part;
        part.id = left.id;
        part.expectedId = left.match;
        if (pairs)
            for (const auto &[leftId, rightId] : *pairs)
                if (leftId == left.id)
                    part.givenId = rightId;
        if (part.givenId.isEmpty())
            part.mark = PartMark::Missed;
        else
            part.mark = part.givenId == part.expectedId ? PartMark::Right : PartMark::Wrong;
        parts.append(part);
    }
    return parts;
}

QList<AnswerPart> answerParts(const Quiz &quiz, const Item &item, const Answer &answer,
                              quint64 seed)
{
    const QStringList chosen = chosenIds(answer);
    QList<AnswerPart> parts;
    switch (item.type) {
    case ItemType::Single:
    case ItemType::Multiple:
        for (int index : optionOrder(quiz, item, seed))
            parts.append(choicePart(item.options.at(index), chosen));
        return parts;
    case ItemType::HotText:
        for (const HotSpan &span : item.spans)
            parts.append(choicePart(span, chosen));
        return parts;
    case ItemType::Ordering:
        return orderingParts(item, answer);
    case ItemType::Matching:
        return matchingParts(item, answer);
    case ItemType::TrueFalse:
    case ItemType::Likert:
    case ItemType::Numeric:
    case ItemType::Text:
        break;
    }
    return parts;
}

} // namespace

ItemReview reviewItem(const Quiz &quiz, const Item &item, const Answer &answer, quint64 seed)
{
    ItemReview review;
    review.itemId = item.id;
    review.domain = item.domain;
    review.type = item.type;
    review.answer = answer;
    review.answered = !answer.isEmpty();
    if (item.isScored()) {
        review.max = item.points;
        review.earned = itemPoints(item, answer);
        review.verdict = verdictFor(review.earned, review.max);
    }
    review.parts = answerParts(quiz, item, answer, seed);
    return review;
}

QList<ItemReview> reviewAttempt(const Quiz &quiz, const Responses &responses,
                                const QStringList &itemOrder, quint64 seed,
                                const QSet<QString> &flags, const Confidences &confidences)
{
    QStringList order = itemOrder;
    if (order.isEmpty())
        for (const Item &item : quiz.items)
            order.append(item.id);
    QList<ItemReview> reviews;
    for (const QString &id : std::as_const(order)) {
        const Item *item = quiz.item(id);
        if (!item)
            continue;
        ItemReview review = reviewItem(quiz, *item, responses.value(id), seed);
        review.position = int(reviews.size());
        review.flagged = flags.contains(id);
        if (const auto it = confidences.constFind(id); it != confidences.cend() && item->isScored())
            review.confidence = *it;
        reviews.append(review);
    }
    return reviews;
}

bool reviewListed(const ItemReview &review, ReviewFilter filter, const QString &domainId)
{
    if (!domainId.isEmpty() && review.domain != domainId)
        return false;
    switch (filter) {
    case ReviewFilter::All:
        return true;
    case ReviewFilter::NotRight:
        return review.verdict && *review.verdict != Verdict::Correct;
    case ReviewFilter::Flagged:
        return review.flagged;
    }
    return true;
}

} // namespace hitready
