#include "answerreviewmodel.h"

#include "words.h"

namespace hitready {

ReviewPartModel::ReviewPartModel(QList<ReviewPartRow> parts, QObject *parent)
    : QAbstractListModel(parent), m_parts(std::move(parts))
{}

int ReviewPartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parts.size());
}

QVariant ReviewPartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewPartRow &part = m_parts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return part.text.first;
    case TextSecondRole:
        return part.text.second;
    case DetailRole:
        return part.detail;
    case MarkWordRole:
        return part.markWord;
    case MarkRole:
        switch (part.mark) {
        case PartMark::Right:
            return int(AnswerReviewModel::Mark::Right);
        case PartMark::Wrong:
            return int(AnswerReviewModel::Mark::Wrong);
        case PartMark::Missed:
            return int(AnswerReviewModel::Mark::Missed);
        case PartMark::Neutral:
            break;
        }
        return int(AnswerReviewModel::Mark::Neutral);
    case ChosenRole:
        return part.chosen;
    case SpokenRole: {
        QStringList bits{part.text.spoken()};
        for (const QString &bit : {part.markWord, part.detail})
            if (!bit.isEmpty())
                bits.append(bit);
        return bits.join(QStringLiteral(", "));
    }
    }
    return {};
}

QHash<int, QByteArray> ReviewPartModel::roleNames() const
{
    return {{TextRole, "partText"}, {TextSecondRole, "partTextSecond"},
            {DetailRole, "detail"}, {MarkWordRole, "markWord"},
            {MarkRole, "mark"},     {ChosenRole, "chosen"},
            {SpokenRole, "spoken"}};
}

namespace {

AnswerReviewModel::Mark itemMark(const ItemReview &review)
{
    using Mark = AnswerReviewModel::Mark;
    if (!review.verdict)
        return Mark::NotScored;
    if (!review.answered)
        return Mark::NotAnswered;
    switch (*review.verdict) {
    case Verdict::Correct:
        return Mark::Right;
    case Verdict::PartlyCorrect:
        return Mark::PartlyRight;
    case Verdict::NotCorrect:
        break;
    }
    return Mark::Wrong;
}

QString summaryOf(const QList<ReviewRow> &rows, const Words &words)
{
    int counts[4] = {0, 0, 0, 0}; // right, partly right, wrong, not answered
    for (const ReviewRow &row : rows) {
        const auto mark = itemMark(row.review);
        if (int(mark) < 4)
            ++counts[int(mark)];
    }
    QStringList parts;
    if (counts[0])
        parts.append(AnswerReviewModel::tr("%n right", nullptr, counts[0]));
    if (counts[1])
        parts.append(AnswerReviewModel::tr("%n partly right", nullptr, counts[1]));
    if (counts[2])
        parts.append(AnswerReviewModel::tr("%n wrong", nullptr, counts[2]));
    if (counts[3])
        parts.append(AnswerReviewModel::tr("%n not answered", nullptr, counts[3]));
    return words.locale().createSeparatedList(parts);
}

} // namespace

AnswerReviewModel::AnswerReviewModel(QObject *parent) : QAbstractListModel(parent) {}

void AnswerReviewModel::setResults(AttemptResults *results)
{
    followResults(this, m_source, results, &AnswerReviewModel::reload);
}

void AnswerReviewModel::reload()
{
    beginResetModel();
    m_attempt = m_source ? m_source->attempt() : nullptr;
    for (ReviewPartModel *parts : std::as_const(m_parts))
        parts->deleteLater();
    m_parts.clear();
    m_all = m_attempt ? reviewRows(*m_attempt, m_reading) : QList<ReviewRow>();
    for (ReviewRow &row : m_all)
        m_parts.append(new ReviewPartModel(row.parts, this));
    m_domainIds.clear();
    m_domainTitles.clear();
    if (m_attempt) {
        const Words words(m_reading.first);
        for (const Domain &domain : m_attempt->quiz.domains) {
            const bool inAttempt = std::any_of(m_all.cbegin(), m_all.cend(), [&](const auto &row) {
                return row.review.domain == domain.id;
            });
            if (inAttempt) {
                m_domainIds.append(domain.id);
                m_domainTitles.append(words.domainTitle(m_attempt->quiz, domain.id));
            }
        }
        m_summary = summaryOf(m_all, words);
    } else {
        m_summary.clear();
    }
    if (!m_domainIds.contains(m_domain))
        m_domain.clear();
    m_shown.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i)
        if (reviewListed(m_all.at(i).review, ReviewFilter(m_filter), m_domain))
            m_shown.append(int(i));
    endResetModel();
    emit reviewChanged();
    emit countsChanged();
}

void AnswerReviewModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i)
        if (reviewListed(m_all.at(i).review, ReviewFilter(m_filter), m_domain))
            m_shown.append(int(i));
    endResetModel();
    emit filterChanged();
    emit countsChanged();
}

void AnswerReviewModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refilter();
}

void AnswerReviewModel::setDomain(const QString &domain)
{
    if (domain == m_domain || (!domain.isEmpty() && !m_domainIds.contains(domain)))
        return;
    m_domain = domain;
    refilter();
}

QStringList AnswerReviewModel::domainChoices() const
{
    //: the choice of the review's domain filter that lists every domain
    return QStringList{tr("Every part of the quiz")} + m_domainTitles;
}

void AnswerReviewModel::setDomainChoice(int choice)
{
    if (choice >= 0 && choice <= m_domainIds.size())
        setDomain(choice == 0 ? QString() : m_domainIds.at(choice - 1));
}

int AnswerReviewModel::countFor(Filter filter) const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [&](const ReviewRow &row) {
        return reviewListed(row.review, ReviewFilter(filter), m_domain);
    }));
}

QString AnswerReviewModel::errorText() const
{
    return m_source ? m_source->errorText() : QString();
}

void AnswerReviewModel::setLanguage(const QString &language)
{
    if (language == m_reading.first)
        return;
    m_reading.first = language;
    reload();
    emit languageChanged();
}

void AnswerReviewModel::setSecondLanguage(const QString &language)
{
    if (language == m_reading.second)
        return;
    m_reading.second = language;
    reload();
    emit secondLanguageChanged();
}

int AnswerReviewModel::rowOf(const QString &itemId) const
{
    for (qsizetype row = 0; row < m_shown.size(); ++row)
        if (m_all.at(m_shown.at(row)).review.itemId == itemId)
            return int(row);
    return -1;
}

int AnswerReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant AnswerReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int at = m_shown.at(index.row());
    const ReviewRow &row = m_all.at(at);
    switch (role) {
    case ItemIdRole:
        return row.review.itemId;
    case Qt::DisplayRole:
    case HeadingRole:
        return row.heading;
    case DomainTitleRole:
        return row.domainTitle;
    case MarkRole:
        return int(itemMark(row.review));
    case VerdictWordRole:
        return row.verdictWord;
    case PointsRole:
        return row.points;
    case FlaggedRole:
        return row.review.flagged;
    case ConfidenceRole:
        return row.confidence;
    case PromptRole:
        return row.prompt.first;
    case PromptSecondRole:
        return row.prompt.second;
    case HotTextRole:
        return row.hotText.first;
    case HotTextSecondRole:
        return row.hotText.second;
    case PartsHeadingRole:
        return row.partsHeading;
    case PartsRole:
        return QVariant::fromValue(m_parts.at(at));
    case YourAnswerRole:
        return row.yourAnswer;
    case RightAnswerRole:
        return row.rightAnswer;
    case ExplanationRole:
        return row.explanation.first;
    case ExplanationSecondRole:
        return row.explanation.second;
    case SourceRole:
        return row.source;
    case StimulusTitleRole:
        return row.stimulusTitle.first;
    case StimulusTextRole:
        return row.stimulusText.first;
    case StimulusColumnsRole:
        return row.stimulusColumns;
    case StimulusRowsRole: {
        QVariantList rows;
        for (const QStringList &cells : row.stimulusRows)
            rows.append(cells);
        return rows;
    }
    case SpokenRole:
        return row.spoken;
    }
    return {};
}

QHash<int, QByteArray> AnswerReviewModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},
            {HeadingRole, "heading"},
            {DomainTitleRole, "domainTitle"},
            {MarkRole, "mark"},
            {VerdictWordRole, "verdictWord"},
            {PointsRole, "points"},
            {FlaggedRole, "flagged"},
            {ConfidenceRole, "confidence"},
            {PromptRole, "prompt"},
            {PromptSecondRole, "promptSecond"},
            {HotTextRole, "hotText"},
            {HotTextSecondRole, "hotTextSecond"},
            {PartsHeadingRole, "partsHeading"},
            {PartsRole, "parts"},
            {YourAnswerRole, "yourAnswer"},
            {RightAnswerRole, "rightAnswer"},
            {ExplanationRole, "explanation"},
            {ExplanationSecondRole, "explanationSecond"},
            {SourceRole, "source"},
            {StimulusTitleRole, "stimulusTitle"},
            {StimulusTextRole, "stimulusText"},
            {StimulusColumnsRole, "stimulusColumns"},
            {StimulusRowsRole, "stimulusRows"},
            {SpokenRole, "spoken"}};
}

} // namespace hitready
