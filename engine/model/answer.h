#pragma once
// What a learner answered to one item, independent of how it was entered or stored.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace hitready {

struct Quiz;
struct Item;

// A matching answer: (left id, right id) pairs, in the order of the item's left entries.
using Matches = QList<std::pair<QString, QString>>;

struct Answer
{
    // monostate: not answered.
    // QString: single choice (an option id); text (the text as typed, never empty).
    // QStringList: multiple choice (option ids); ordering (every step id once, in the
    //   learner's order); hottext (span ids).
    // bool: true/false. int: a self-rating 1..5. double: numeric (finite).
    // Matches: matching (left entries left out are unmatched).
    // Which alternative an item takes is fixed by its type: answerProblem() checks it.
    std::variant<std::monostate, QString, QStringList, bool, int, double, Matches> value;

    // The one rule of what counts as answered, for scoring, storage and the attempt alike:
    // nothing chosen - no value, an empty selection (multiple, ordering, hottext, matching) or
    // an empty text - is no answer.
    bool isEmpty() const
    {
        return std::visit(
            [](const auto &v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::monostate>)
                    return true;
                else if constexpr (std::is_same_v<T, QString> || std::is_same_v<T, QStringList> ||
                                   std::is_same_v<T, Matches>)
                    return v.isEmpty();
                else
                    return false;
            },
            value);
    }
    // Every empty answer is the same answer (an empty selection reads back as no value).
    bool operator==(const Answer &other) const
    {
        return isEmpty() || other.isEmpty() ? isEmpty() == other.isEmpty() : value == other.value;
    }
};

using Responses = QHash<QString, Answer>; // item id -> answer

// Why an answer does not fit its item (empty when it does).
QString answerProblem(const Item &item, const Answer &answer);

// `pairs` sorted into the item's left order (pairs naming no left entry go last, as given):
// the form answerProblem() accepts.
Matches inLeftOrder(const Item &item, Matches pairs);

// A compact text form, used for storage and the terminal: "b", "a,c", "true", "4", "12.5",
// "icd=dx,pcs=inpt", or a text answer verbatim; "" when unanswered.
QString encodeAnswer(const Answer &answer);
// Decodes encodeAnswer() output for the given item type; an unreadable value gives an empty
// Answer and sets *ok to false. Surrounding spaces are ignored except in text answers.
Answer decodeAnswer(const Item &item, const QString &encoded, bool *ok = nullptr);

// A number as typed by a learner: "12.5", " -3 ", "1e3"; not "12,5", not inf or nan.
std::optional<double> parseNumber(const QString &typed);

} // namespace hitready
