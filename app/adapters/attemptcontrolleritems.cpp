// AttemptController: the item types answered in more than one step - ordering, matching,
// hottext, numeric and text - and the shared stimulus shown beside an item.

#include "attemptcontroller.h"
#include "attemptorder.h"
#include "hottext.h"
#include "session.h"

#include <QVariantMap>
#include <algorithm>
#include <numeric>

namespace hitready {

namespace {

QVariantMap entryMap(const QString &id, const QString &text, int number)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("text"), text},
            {QStringLiteral("number"), number}};
}

} // namespace

// --- what the delegates show -------------------------------------------------------------

QStringList AttemptController::shownStepIds() const
{
    const Item *item = current();
    if (!item || item->type != ItemType::Ordering)
        return {};
    const Answer answer = currentAnswer();
    if (std::holds_alternative<QStringList>(answer.value))
        return std::get<QStringList>(answer.value);
    QStringList ids;
    for (const int index :
         shuffledAwayFromKey(m_session->seed(), item->id, int(item->steps.size())))
        ids.append(item->steps.at(index).id);
    return ids;
}

QVariantList AttemptController::steps() const
{
    QVariantList list;
    const Item *item = current();
    const QStringList ids = shownStepIds();
    for (qsizetype i = 0; i < ids.size(); ++i)
        if (const Entry *step = item->step(ids.at(i)))
            list.append(entryMap(step->id, m_session->quiz().text(step->text), int(i) + 1));
    return list;
}

QVariantList AttemptController::matchLeft() const
{
    QVariantList list;
    const Item *item = current();
    if (!item || item->type != ItemType::Matching)
        return list;
    const Answer answer = currentAnswer();
    const Matches matches =
        std::holds_alternative<Matches>(answer.value) ? std::get<Matches>(answer.value) : Matches();
    for (qsizetype i = 0; i < item->left.size(); ++i) {
        const Entry &left = item->left.at(i);
        QVariantMap row = entryMap(left.id, m_session->quiz().text(left.text), int(i) + 1);
        const auto chosen = std::find_if(matches.cbegin(), matches.cend(),
                                         [&](const auto &pair) { return pair.first == left.id; });
        row.insert(QStringLiteral("chosen"), chosen == matches.cend() ? QString() : chosen->second);
        list.append(row);
    }
    return list;
}

QVariantList AttemptController::matchRight() const
{
    QVariantList list;
    const Item *item = current();
    if (!item || item->type != ItemType::Matching)
        return list;
    const int count = int(item->right.size());
    QList<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    if (shufflesOptions(m_session->quiz(), *item))
        order = optionPermutation(m_session->seed(), item->id, count);
    for (qsizetype i = 0; i < order.size(); ++i) {
        const Entry &right = item->right.at(order.at(i));
        list.append(entryMap(right.id, m_session->quiz().text(right.text), int(i) + 1));
    }
    return list;
}

QVariantList AttemptController::hotSegments() const
{
    QVariantList list;
    const Item *item = current();
    if (!item || item->type != ItemType::HotText)
        return list;
    const HotTextMarkup markup = parseHotText(m_session->quiz().text(item->hotText));
    const Answer answer = currentAnswer();
    const QStringList chosen = std::holds_alternative<QStringList>(answer.value)
                                   ? std::get<QStringList>(answer.value)
                                   : QStringList();
    qsizetype at = 0;
    int number = 0;
    const auto plain = [&](qsizetype end) {
        if (end > at)
            list.append(QVariantMap{{QStringLiteral("text"), markup.shown.mid(at, end - at)},
                                    {QStringLiteral("spanId"), QString()},
                                    {QStringLiteral("start"), int(at)}});
    };
    for (const HotSpan &span : markup.spans) {
        plain(span.start);
        list.append(QVariantMap{{QStringLiteral("text"), span.text},
                                {QStringLiteral("spanId"), span.id},
                                {QStringLiteral("start"), int(span.start)},
                                {QStringLiteral("number"), ++number},
                                {QStringLiteral("selected"), chosen.contains(span.id)}});
        at = span.start + span.text.size();
    }
    plain(markup.shown.size());
    return list;
}

QString AttemptController::numericUnit() const
{
    const Item *item = current();
    return item && item->type == ItemType::Numeric ? item->numeric.unit : QString();
}

QString AttemptController::typedAnswer() const
{
    const Item *item = current();
    if (!item || (item->type != ItemType::Numeric && item->type != ItemType::Text))
        return {};
    return encodeAnswer(currentAnswer());
}

const Stimulus *AttemptController::currentStimulus() const
{
    const Item *item = current();
    return item && !item->stimulus.isEmpty() ? m_session->quiz().stimulus(item->stimulus) : nullptr;
}

bool AttemptController::hasStimulus() const
{
    return currentStimulus() != nullptr;
}

QString AttemptController::stimulusTitle() const
{
    const Stimulus *s = currentStimulus();
    return s ? m_session->quiz().text(s->title) : QString();
}

QString AttemptController::stimulusText() const
{
    const Stimulus *s = currentStimulus();
    return s ? m_session->quiz().text(s->text) : QString();
}

QStringList AttemptController::stimulusColumns() const
{
    QStringList columns;
    if (const Stimulus *s = currentStimulus())
        for (const Text &column : s->columns)
            columns.append(m_session->quiz().text(column));
    return columns;
}

QVariantList AttemptController::stimulusRows() const
{
    QVariantList rows;
    if (const Stimulus *s = currentStimulus())
        for (const QStringList &row : s->rows)
            rows.append(row);
    return rows;
}

// --- answering ---------------------------------------------------------------------------

bool AttemptController::moveStep(int from, int to)
{
    if (!editable(ItemType::Ordering))
        return false;
    QStringList ids = shownStepIds();
    if (from < 0 || from >= ids.size() || to < 0 || to >= ids.size())
        return refuse(tr("There is no step %1 to move there.").arg(from + 1));
    ids.move(from, to);
    return store(Answer{ids});
}

bool AttemptController::keepStepOrder()
{
    return editable(ItemType::Ordering) && store(Answer{shownStepIds()});
}

bool AttemptController::setMatch(const QString &leftId, const QString &rightId)
{
    if (!editable(ItemType::Matching))
        return false;
    const Item *item = current();
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
    const Item *item = current();
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
    const Item *item = current();
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
