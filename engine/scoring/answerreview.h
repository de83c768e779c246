#pragma once
// After submitting: each item of an attempt as the learner met it, with what they answered,
// what was right, the points earned and, for answers in parts (options, ordering steps,
// matching pairs, hottext parts), which parts were right. Ids, marks and numbers only; the
// words are the app's (the review page, the PDF).

#include "answer.h"
#include "confidence.h"
#include "judgment.h"
#include "quiz.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace hitready {

// How one part of an answer stands.
enum class PartMark {
    Right,   // chosen and right; an ordering step after the one before it; a right pair
    Wrong,   // chosen and wrong; an ordering step before the one it follows; a wrong pair
    Missed,  // a right option or part not chosen; a left entry left unmatched
    Neutral, // not chosen and not right; the first ordering step (nothing comes before it)
};

// One part of an answer: an option or hottext part (in the order shown), an ordering step (in
// the learner's order, else the right order), a matching left entry (in the item's order).
struct AnswerPart
{
    QString id;            // the option, span, step or left entry
    QString givenId;       // matching: the right entry the learner chose ("" none)
    QString expectedId;    // matching: the right entry that answers; ordering: the step due here
    int rightPosition = 0; // ordering: where this step belongs, 1-based
    bool chosen = false;   // options and hottext parts
    bool correct = false;  // options and hottext parts: a right one
    PartMark mark = PartMark::Neutral;
    bool operator==(const AnswerPart &) const = default;
};

struct ItemReview
{
    int position = 0; // 0-based place in the attempt's order
    QString itemId;
    QString domain;
    ItemType type = ItemType::Single;
    Answer answer;
    bool answered = false;
    double earned = 0;
    double max = 0;                 // 0 for self-ratings
    std::optional<Verdict> verdict; // scored items only
    bool flagged = false;
    std::optional<int> confidence; // confidence quizzes: as given with the answer
    QList<AnswerPart> parts;       // single, multiple, hottext, ordering, matching
    bool operator==(const ItemReview &) const = default;
};

// Which items the review lists.
enum class ReviewFilter {
    All,
    NotRight, // scored items not fully right: wrong, partly right or not answered
    Flagged,  // items the learner flagged
};

// One item reviewed: its options and matching choices in the order `seed` showed them.
ItemReview reviewItem(const Quiz &quiz, const Item &item, const Answer &answer, quint64 seed);

// Every item of an attempt in the order shown (`itemOrder`; empty: the quiz's own order).
// Ids the quiz does not hold are left out.
QList<ItemReview> reviewAttempt(const Quiz &quiz, const Responses &responses,
                                const QStringList &itemOrder, quint64 seed,
                                const QSet<QString> &flags, const Confidences &confidences);

// Whether `review` is listed under `filter` and the domain `domainId` ("" for every domain).
bool reviewListed(const ItemReview &review, ReviewFilter filter, const QString &domainId);

} // namespace hitready
