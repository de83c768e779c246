#pragma once
// Synthetic learners for demos and benchmarks (hitready-cli simulate): each learner has an
// ability per domain, each item a difficulty, and answers follow a logistic (Rasch-like)
// model with the item type's guessing floor. The model is documented in docs/statistics.md.

#include "simulatedanswers.h"
#include "storage.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace hitready {

class LearnerSimulation
{
public:
    // The same quiz and seed always give the same learners.
    LearnerSimulation(const Quiz &quiz, quint64 seed);

    // Learner `index` (0-based) as a finished attempt, independent of the other learners: the
    // items itemOrder() draws for the attempt's seed, as a real attempt shows them, of which a
    // few are left unanswered.
    ImportedAttempt learner(qint64 index) const;
    // The difficulty (logit) of quiz.items[i]; likert items have none (0).
    double difficulty(qsizetype item) const { return m_difficulty.value(item); }
    // Items no learner answers: text items whose key has no accepted answer and no pattern
    // patternExample() can follow. Every other item of every type is answered.
    QStringList unansweredItems() const;

private:
    const Quiz *m_quiz;
    quint64 m_seed;
    QHash<QString, qsizetype> m_itemIndex; // item id -> index in the quiz
    QList<qsizetype> m_domainOf;           // per item: index into quiz.domains
    QList<double> m_difficulty;            // per item
    // Per item: the weight of each wrong choice - per option (single), per right entry
    // (matching), per typed mistake (numeric, text).
    QList<QList<double>> m_distractorPull;
    QList<double> m_guessFloor;  // per item: randomGuessScore()
    QList<qsizetype> m_key;      // per item: the first correct option
    QList<TypedAnswers> m_typed; // per item: numeric and text answers, checked
};

} // namespace hitready
