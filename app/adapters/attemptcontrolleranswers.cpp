// AttemptController: storing an answer, and the answers of the choice items - single,
// multiple, true/false and self-rating - by option or by digit key, cleared or checked.

#include "attemptcontroller.h"
#include "session.h"

namespace hitready {

bool AttemptController::editable(ItemType type)
{
    const Item *item = currentItem();
    if (!item)
        return refuse(tr("No question is open."));
    if (m_session->isSubmitted())
        return refuse(tr("This attempt is submitted; its answers can no longer change."));
    if (item->type != type)
        return refuse(tr("That answer does not fit this question."));
    if (m_feedback->isVisibleFor(*item))
        return refuse(tr("In practice mode an answer is final once its feedback is shown."));
    return true;
}

bool AttemptController::store(const Answer &answer)
{
    const View before = view();
    storeElapsed();
    if (m_session->isTimeUp()) { // the ticker has not caught up yet
        publish(before);
        tick();
        return false;
    }
    const Status stored = m_session->answer(currentItem()->id, answer);
    if (!stored)
        setErrorText(tr("Your answer could not be saved: %1").arg(stored.error().message));
    else
        setErrorText({});
    publish(before);
    return stored.has_value();
}

bool AttemptController::answerSingle(const QString &optionId)
{
    return editable(ItemType::Single) && store(Answer{optionId});
}

bool AttemptController::toggleOption(const QString &optionId)
{
    if (!editable(ItemType::Multiple))
        return false;
    const Item *item = currentItem();
    if (!item->option(optionId))
        return refuse(tr("That answer does not fit this question."));
    const Answer was = currentAnswer();
    QStringList chosen = std::holds_alternative<QStringList>(was.value)
                             ? std::get<QStringList>(was.value)
                             : QStringList();
    if (!chosen.removeAll(optionId))
        chosen.append(optionId);
    QStringList ordered; // in the item's option order, as stored
    for (const Option &o : item->options)
        if (chosen.contains(o.id))
            ordered.append(o.id);
    return store(ordered.isEmpty() ? Answer{} : Answer{ordered});
}

bool AttemptController::answerTrueFalse(bool value)
{
    return editable(ItemType::TrueFalse) && store(Answer{value});
}

bool AttemptController::answerRating(int rating)
{
    if (!editable(ItemType::Likert))
        return false;
    if (rating < 1 || rating > 5)
        return refuse(tr("Choose a rating from 1 to 5."));
    return store(Answer{rating});
}

bool AttemptController::chooseOption(const QString &optionId)
{
    const Item *item = currentItem();
    if (!item)
        return refuse(tr("No question is open."));
    switch (item->type) {
    case ItemType::Single:
        return answerSingle(optionId);
    case ItemType::Multiple:
        return toggleOption(optionId);
    case ItemType::TrueFalse:
        if (optionId != QLatin1String("true") && optionId != QLatin1String("false"))
            return refuse(tr("That answer does not fit this question."));
        return answerTrueFalse(optionId == QLatin1String("true"));
    case ItemType::Likert:
        return answerRating(optionId.toInt());
    case ItemType::Ordering:
    case ItemType::Matching:
    case ItemType::HotText:
    case ItemType::Numeric:
    case ItemType::Text:
        break; // answered through their own delegates, not by choosing one option
    }
    return refuse(tr("That answer does not fit this question."));
}

bool AttemptController::chooseByShortcut(int digit)
{
    const Item *item = currentItem();
    if (item && item->type == ItemType::Likert)
        return answerRating(digit);
    if (item && item->type == ItemType::HotText) { // digit n: the n-th selectable part
        if (digit < 1 || digit > item->spans.size())
            return refuse(tr("There is no part %1 here.").arg(digit));
        return toggleSpan(item->spans.at(digit - 1).id);
    }
    const OptionListModel *options = m_current->options();
    if (digit < 1 || digit > options->count())
        return refuse(tr("There is no choice %1 here.").arg(digit));
    return chooseOption(options->index(digit - 1).data(OptionListModel::OptionIdRole).toString());
}

bool AttemptController::clearAnswer()
{
    const Item *item = currentItem();
    return item && editable(item->type) && store(Answer{});
}

bool AttemptController::checkAnswer()
{
    const View before = view();
    if (!m_feedback->confirmCurrent())
        return false;
    publish(before);
    return true;
}

} // namespace hitready
