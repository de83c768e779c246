// AttemptController: the answers of the item types answered in more than one step - ordering,
// matching, hottext, numeric and text.

#include "attemptcontroller.h"
#include "hottext.h"
#include "session.h"

namespace hitready {

// --- answering ---------------------------------------------------------------------------

bool AttemptController::moveStep(int from, int to)
{
    if (!editable(ItemType::Ordering))
        return false;
    QStringList ids = m_current->shownStepIds();
    if (from < 0 || from >= ids.size() || to < 0 || to >= ids.size())
        return refuse(tr("There is no step %1 to move there.").arg(from + 1));
    ids.move(from, to);
    return store(Answer{ids});
}

bool AttemptController::keepStepOrder()
{
    return editable(ItemType::Ordering) && store(Answer{m_current->shownStepIds()});
}

bool AttemptController::setMatch(const QString &leftId, const QString &rightId)
{
    if (!editable(ItemType::Matching))
        return false;
    const Item *item = currentItem();
    if (!item->leftEntry(leftId) || (!rightId.isEmpty() && !item->rightEntry(rightId)))
        return refuse(tr("That answer does not fit this question."));
    const Answer was = currentAnswer();
    Matches matches =
        std::holds_alternative<Matches>(was.value) ? std::get<Matches>(was.value) : Matches();
    matches.removeIf([&](const auto &pair) { return pair.first == leftId; });
    if (!rightId.isEmpty())
        matches.append({leftId, rightId});
    return store(matches.isEmpty() ? Answer{} : Answer{inLeftOrder(*item, matches)});
}

bool AttemptController::toggleSpan(const QString &spanId)
{
    if (!editable(ItemType::HotText))
        return false;
    const Item *item = currentItem();
    if (!item->span(spanId))
        return refuse(tr("That answer does not fit this question."));
    const Answer was = currentAnswer();
    QStringList chosen = std::holds_alternative<QStringList>(was.value)
                             ? std::get<QStringList>(was.value)
                             : QStringList();
    if (!chosen.removeAll(spanId))
        chosen.append(spanId);
    QStringList ordered; // in the text's order, as stored
    for (const HotSpan &span : item->spans)
        if (chosen.contains(span.id))
            ordered.append(span.id);
    return store(ordered.isEmpty() ? Answer{} : Answer{ordered});
}

bool AttemptController::answerTyped(const QString &typed)
{
    const Item *item = currentItem();
    if (!item)
        return refuse(tr("No question is open."));
    if (item->type == ItemType::Text) {
        if (!editable(ItemType::Text))
            return false;
        if (typed.size() > maxTextAnswerLength)
            return refuse(tr("An answer here has at most %1 characters.").arg(maxTextAnswerLength));
        return store(typed.trimmed().isEmpty() ? Answer{} : Answer{typed});
    }
    if (!editable(ItemType::Numeric))
        return false;
    if (typed.trimmed().isEmpty())
        return store(Answer{});
    const std::optional<double> number = parseNumber(typed);
    if (!number) {
        // Nothing half-typed stays stored as the answer.
        store(Answer{});
        return refuse(tr("Type a number such as 12.5, with a point (not a comma) before the "
                         "decimals."));
    }
    return store(Answer{*number});
}

} // namespace hitready
