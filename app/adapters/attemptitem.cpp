// AttemptItem: what the item on screen shows, read from the attempt session on demand.

#include "attemptitem.h"

#include "attemptorder.h"
#include "hottext.h"
#include "practicefeedback.h"
#include "session.h"

#include <numeric>

namespace hitready {

AttemptItem::AttemptItem(const PracticeFeedback *feedback, QObject *parent)
    : QObject(parent), m_feedback(feedback), m_options(new OptionListModel(this)),
      m_steps(new StepListModel(this)), m_matchLeft(new MatchListModel(this)),
      m_hotParts(new HotTextPartModel(this))
{}

void AttemptItem::refresh(bool item, bool answer, bool flag)
{
    refreshModels();
    if (item)
        emit changed();
    if (item || answer)
        emit answerChanged();
    if (item || flag)
        emit flagChanged();
}

const Item *AttemptItem::item() const
{
    return m_session ? m_session->currentItem() : nullptr;
}

Answer AttemptItem::answer() const
{
    const Item *i = item();
    return i ? m_session->answerFor(i->id) : Answer{};
}

QString AttemptItem::itemType() const
{
    const Item *i = item();
    return i ? itemTypeName(i->type) : QString();
}

QString AttemptItem::prompt() const
{
    const Item *i = item();
    return i ? m_session->quiz().text(i->prompt) : QString();
}

QString AttemptItem::domainTitle() const
{
    const Item *i = item();
    const Domain *domain = i ? m_session->quiz().domain(i->domain) : nullptr;
    return domain ? m_session->quiz().text(domain->title) : QString();
}

QStringList AttemptItem::anchors() const
{
    QStringList texts;
    if (const Item *i = item())
        for (const Text &anchor : i->anchors)
            texts.append(m_session->quiz().text(anchor));
    return texts;
}

bool AttemptItem::isAnswered() const
{
    return !answer().isEmpty();
}

int AttemptItem::rating() const
{
    const Answer a = answer();
    return std::holds_alternative<int>(a.value) ? std::get<int>(a.value) : 0;
}

QString AttemptItem::typedAnswer() const
{
    const Item *i = item();
    if (!i || (i->type != ItemType::Numeric && i->type != ItemType::Text))
        return {};
    return encodeAnswer(answer());
}

QString AttemptItem::numericUnit() const
{
    const Item *i = item();
    return i && i->type == ItemType::Numeric ? i->numeric.unit : QString();
}

bool AttemptItem::isFlagged() const
{
    const Item *i = item();
    return i && m_session->isFlagged(i->id);
}

bool AttemptItem::asksConfidence() const
{
    const Item *i = item();
    return i && i->isScored() && m_session->quiz().confidence;
}

int AttemptItem::confidence() const
{
    const Item *i = item();
    return i ? m_session->confidenceFor(i->id).value_or(0) : 0;
}

const Stimulus *AttemptItem::stimulus() const
{
    const Item *i = item();
    return i && !i->stimulus.isEmpty() ? m_session->quiz().stimulus(i->stimulus) : nullptr;
}

QString AttemptItem::stimulusTitle() const
{
    const Stimulus *s = stimulus();
    return s ? m_session->quiz().text(s->title) : QString();
}

QString AttemptItem::stimulusText() const
{
    const Stimulus *s = stimulus();
    return s ? m_session->quiz().text(s->text) : QString();
}

QStringList AttemptItem::stimulusColumns() const
{
    QStringList columns;
    if (const Stimulus *s = stimulus())
        for (const Text &column : s->columns)
            columns.append(m_session->quiz().text(column));
    return columns;
}

QVariantList AttemptItem::stimulusRows() const
{
    QVariantList rows;
    if (const Stimulus *s = stimulus())
        for (const QStringList &row : s->rows)
            rows.append(row);
    return rows;
}

QStringList AttemptItem::shownStepIds() const
{
    const Item *i = item();
    if (!i || i->type != ItemType::Ordering)
        return {};
    const Answer a = answer();
    if (std::holds_alternative<QStringList>(a.value))
        return std::get<QStringList>(a.value);
    QStringList ids;
    for (const int index : shuffledAwayFromKey(m_session->seed(), i->id, int(i->steps.size())))
        ids.append(i->steps.at(index).id);
    return ids;
}

QList<int> AttemptItem::rightOrder() const
{
    const Item *i = item();
    if (!i || i->type != ItemType::Matching)
        return {};
    const int count = int(i->right.size());
    if (shufflesOptions(m_session->quiz(), *i))
        return optionPermutation(m_session->seed(), i->id, count);
    QList<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    return order;
}

QStringList AttemptItem::matchChoices() const
{
    const Item *i = item();
    if (!i || i->type != ItemType::Matching)
        return {};
    QStringList texts{tr("(not matched yet)")};
    for (const int index : rightOrder())
        texts.append(m_session->quiz().text(i->right.at(index).text));
    return texts;
}

QStringList AttemptItem::matchChoiceIds() const
{
    const Item *i = item();
    if (!i || i->type != ItemType::Matching)
        return {};
    QStringList ids{QString()};
    for (const int index : rightOrder())
        ids.append(i->right.at(index).id);
    return ids;
}

QString AttemptItem::hotText() const
{
    const Item *i = item();
    if (!i || i->type != ItemType::HotText)
        return {};
    return parseHotText(m_session->quiz().text(i->hotText)).shown;
}

// --- the answer areas' models ----------------------------------------------------------------

void AttemptItem::refreshModels()
{
    const Item *i = item();
    const QString key =
        i ? QStringLiteral("%1/%2").arg(m_session->attemptId()).arg(i->id) : QString();
    const Answer a = answer();
    const ItemType type = i ? i->type : ItemType::Likert;

    QList<OptionListModel::Option> options;
    if (i && (type == ItemType::Single || type == ItemType::Multiple)) {
        // In the attempt's seeded order (file order unless the quiz shuffles options).
        for (const int index : optionOrder(m_session->quiz(), *i, m_session->seed())) {
            const Option &o = i->options.at(index);
            const bool selected =
                type == ItemType::Single
                    ? std::holds_alternative<QString>(a.value) && std::get<QString>(a.value) == o.id
                    : std::holds_alternative<QStringList>(a.value) &&
                          std::get<QStringList>(a.value).contains(o.id);
            options.append({o.id, m_session->quiz().text(o.text), o.correct,
                            m_session->quiz().text(o.feedback), selected});
        }
    } else if (i && type == ItemType::TrueFalse) {
        const auto chosen = [&](bool value) {
            return std::holds_alternative<bool>(a.value) && std::get<bool>(a.value) == value;
        };
        options.append({QStringLiteral("true"), tr("True"), i->answer, {}, chosen(true)});
        options.append({QStringLiteral("false"), tr("False"), !i->answer, {}, chosen(false)});
    }
    m_options->setOptions(key, options, i && m_feedback->isVisibleFor(*i));

    QList<StepListModel::Step> steps;
    for (const QString &id : shownStepIds())
        if (const Entry *step = i->step(id))
            steps.append({step->id, m_session->quiz().text(step->text)});
    m_steps->setSteps(key, steps);

    QList<MatchListModel::Match> matches;
    if (i && type == ItemType::Matching) {
        const Matches chosen =
            std::holds_alternative<Matches>(a.value) ? std::get<Matches>(a.value) : Matches();
        const QStringList choiceIds = matchChoiceIds();
        for (const Entry &left : i->left) {
            const auto match = std::find_if(chosen.cbegin(), chosen.cend(), [&](const auto &pair) {
                return pair.first == left.id;
            });
            const QString rightId = match == chosen.cend() ? QString() : match->second;
            matches.append({left.id, m_session->quiz().text(left.text), rightId,
                            int(std::max<qsizetype>(0, choiceIds.indexOf(rightId)))});
        }
    }
    m_matchLeft->setMatches(key, matches);

    QList<HotTextPartModel::Part> parts;
    if (i && type == ItemType::HotText) {
        const QStringList chosen = std::holds_alternative<QStringList>(a.value)
                                       ? std::get<QStringList>(a.value)
                                       : QStringList();
        for (const HotSpan &span : parseHotText(m_session->quiz().text(i->hotText)).spans)
            parts.append({span.id, span.text, int(span.start), chosen.contains(span.id)});
    }
    m_hotParts->setParts(key, parts);
}

} // namespace hitready
