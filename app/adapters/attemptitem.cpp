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
    if (item) {
        emit changed();
        emit textsChanged();
    }
    if (item || answer)
        emit answerChanged();
    if (item || flag)
        emit flagChanged();
}

void AttemptItem::setReading(const Reading &reading)
{
    if (reading == m_reading)
        return;
    m_reading = reading;
    refreshModels();
    emit textsChanged();
}

ShownText AttemptItem::shownText(const Text &text) const
{
    return m_session ? show(text, m_reading, m_session->quiz().language) : ShownText{};
}

QStringList AttemptItem::shownTexts(const QList<Text> &texts, bool second) const
{
    QStringList list;
    for (const Text &text : texts) {
        const ShownText shown = shownText(text);
        list.append(second ? shown.second : shown.first);
    }
    return list;
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

Text AttemptItem::promptText() const
{
    const Item *i = item();
    return i ? i->prompt : Text{};
}

Text AttemptItem::domainText() const
{
    const Item *i = item();
    const Domain *domain = i ? m_session->quiz().domain(i->domain) : nullptr;
    return domain ? domain->title : Text{};
}

QList<Text> AttemptItem::anchorTexts() const
{
    const Item *i = item();
    return i ? i->anchors : QList<Text>{};
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
    return s ? shownText(s->title).first : QString();
}

QString AttemptItem::stimulusTitleSecond() const
{
    const Stimulus *s = stimulus();
    return s ? shownText(s->title).second : QString();
}

QString AttemptItem::stimulusText() const
{
    const Stimulus *s = stimulus();
    return s ? shownText(s->text).first : QString();
}

QString AttemptItem::stimulusTextSecond() const
{
    const Stimulus *s = stimulus();
    return s ? shownText(s->text).second : QString();
}

QStringList AttemptItem::stimulusColumns() const
{
    const Stimulus *s = stimulus();
    return s ? shownTexts(s->columns, false) : QStringList{};
}

QStringList AttemptItem::stimulusColumnsSecond() const
{
    const Stimulus *s = stimulus();
    return s ? shownTexts(s->columns, true) : QStringList{};
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

QList<Text> AttemptItem::matchChoiceTexts() const
{
    QList<Text> texts;
    if (const Item *i = item(); i && i->type == ItemType::Matching)
        for (const int index : rightOrder())
            texts.append(i->right.at(index).text);
    return texts;
}

QStringList AttemptItem::matchChoices() const
{
    const Item *i = item();
    if (!i || i->type != ItemType::Matching)
        return {};
    return QStringList{tr("(not matched yet)")} + shownTexts(matchChoiceTexts(), false);
}

QStringList AttemptItem::matchChoicesSecond() const
{
    const Item *i = item();
    if (!i || i->type != ItemType::Matching)
        return {};
    return QStringList{QString()} + shownTexts(matchChoiceTexts(), true);
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

ShownText AttemptItem::shownHotText() const
{
    const Item *i = item();
    return i && i->type == ItemType::HotText ? shownText(i->hotText) : ShownText{};
}

QString AttemptItem::hotText() const
{
    const ShownText marked = shownHotText();
    return marked.first.isEmpty() ? QString() : parseHotText(marked.first).shown;
}

QString AttemptItem::hotTextSecond() const
{
    const ShownText marked = shownHotText();
    return marked.second.isEmpty() ? QString() : parseHotText(marked.second).shown;
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
            const ShownText text = shownText(o.text);
            const ShownText feedback = shownText(o.feedback);
            options.append({o.id, text.first, o.correct, feedback.first, selected, text.second,
                            feedback.second});
        }
    } else if (i && type == ItemType::TrueFalse) {
        const auto chosen = [&](bool value) {
            return std::holds_alternative<bool>(a.value) && std::get<bool>(a.value) == value;
        };
        options.append({QStringLiteral("true"), tr("True"), i->answer, {}, chosen(true), {}, {}});
        options.append(
            {QStringLiteral("false"), tr("False"), !i->answer, {}, chosen(false), {}, {}});
    }
    m_options->setOptions(key, options, i && m_feedback->isVisibleFor(*i));

    QList<StepListModel::Step> steps;
    for (const QString &id : shownStepIds())
        if (const Entry *step = i->step(id))
            steps.append({step->id, shownText(step->text).first, shownText(step->text).second});
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
            const ShownText text = shownText(left.text);
            matches.append({left.id, text.first, rightId,
                            int(std::max<qsizetype>(0, choiceIds.indexOf(rightId))), text.second});
        }
    }
    m_matchLeft->setMatches(key, matches);

    QList<HotTextPartModel::Part> parts;
    if (i && type == ItemType::HotText) {
        const QStringList chosen = std::holds_alternative<QStringList>(a.value)
                                       ? std::get<QStringList>(a.value)
                                       : QStringList();
        // Each language's record marks the same span ids (the loader checks): a part is the
        // same span in both, found by id.
        const ShownText marked = shownText(i->hotText);
        const QList<HotSpan> seconds =
            marked.second.isEmpty() ? QList<HotSpan>{} : parseHotText(marked.second).spans;
        for (const HotSpan &span : parseHotText(marked.first).spans) {
            const auto second = std::find_if(seconds.cbegin(), seconds.cend(),
                                             [&](const HotSpan &s) { return s.id == span.id; });
            const bool hasSecond = second != seconds.cend();
            parts.append({span.id, span.text, int(span.start), chosen.contains(span.id),
                          hasSecond ? second->text : QString(),
                          hasSecond ? int(second->start) : -1});
        }
    }
    m_hotParts->setParts(key, parts);
}

} // namespace hitready
