#pragma once
// The outcome of scoring one set of responses against a quiz: per item, per domain, overall.

#include "answer.h"
#include "quiz.h"

#include <QList>
#include <optional>

namespace hitready {

struct ItemScore
{
    QString itemId;
    QString domain;
    double earned = 0;
    double max = 0;
    bool answered = false;
    bool operator==(const ItemScore &) const = default;
};

struct DomainResult
{
    QString domainId;
    double earned = 0;
    double max = 0;
    int scoredItems = 0;           // 0: the domain has no percent
    std::optional<double> percent; // earned / max x 100
    std::optional<Text> level;
    std::optional<double> selfRating; // mean of answered likert items
    int selfRatingCount = 0;
    bool operator==(const DomainResult &) const = default;
};

struct Report
{
    QList<ItemScore> items;      // scored items in quiz order
    QList<DomainResult> domains; // in quiz order
    std::optional<double> overallPercent;
    std::optional<Text> overallLevel;

    const DomainResult *domain(const QString &domainId) const;
    bool operator==(const Report &) const = default;
};

// Points one answer earns on one item (0 for likert and for an empty or ill-fitting answer).
double itemPoints(const Item &item, const Answer &answer);

Report score(const Quiz &quiz, const Responses &responses);

// Answers in quiz item order (answers[i] answers quiz.items[i]; missing or empty: unanswered).
// The bulk path: no lookups by id, for scoring many learners at once.
using AnswerList = QList<Answer>;
Report score(const Quiz &quiz, const AnswerList &answers);

} // namespace hitready
