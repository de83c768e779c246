#pragma once
// What a learner answered to one item, independent of how it was entered or stored.

#include <QHash>
#include <QString>
#include <QStringList>
#include <variant>

namespace hitready {

struct Quiz;
struct Item;

struct Answer
{
    // monostate: not answered; QString: single choice; QStringList: multiple choice;
    // bool: true/false; int: a self-rating 1..5.
    std::variant<std::monostate, QString, QStringList, bool, int> value;

    bool isEmpty() const { return std::holds_alternative<std::monostate>(value); }
    bool operator==(const Answer &) const = default;
};

using Responses = QHash<QString, Answer>; // item id -> answer

// Why an answer does not fit its item (empty when it does).
QString answerProblem(const Item &item, const Answer &answer);

// A compact text form, used for storage and the terminal: "b", "a,c", "true", "4", "".
QString encodeAnswer(const Answer &answer);
// Decodes encodeAnswer() output for the given item type; an unreadable value gives an empty
// Answer and sets *ok to false.
Answer decodeAnswer(const Item &item, const QString &encoded, bool *ok = nullptr);

} // namespace hitready
