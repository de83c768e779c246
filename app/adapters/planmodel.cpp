#include "planmodel.h"

#include "resultsummary.h"

namespace hitready {

QList<PlanRow> planRows(const Quiz &quiz, const Plan &plan, const Reading &reading)
{
    const Words words(reading.first);
    QList<PlanRow> rows;
    for (const QString &kind : ResultSummary::kindOrder()) {
        for (const PlannedStep &step : plan) {
            const Recommendation &r = *step.recommendation;
            if (recommendationKindName(r.kind) != kind)
                continue;
            PlanRow row;
            row.recommendationId = r.id;
            row.kind = kind;
            row.kindTitle = ResultSummary::kindTitle(kind);
            const ShownText title = show(r.title, reading, quiz.language);
            const ShownText text = show(r.text, reading, quiz.language);
            row.title = title.first;
            row.titleSecond = title.second;
            row.text = text.first;
            row.textSecond = text.second;
            for (const Reason &reason : step.reasons)
                row.reasons.append(words.reason(reason, quiz));
            for (const Link &link : r.links) {
                const ShownText linkTitle = show(link.title, reading, quiz.language);
                row.links.append({linkTitle.first.isEmpty() ? link.url : linkTitle.first, link.url,
                                  linkTitle.second});
            }
            rows.append(row);
        }
    }
    return rows;
}

PlanModel::PlanModel(QObject *parent) : QAbstractListModel(parent) {}

void PlanModel::setResults(AttemptResults *results)
{
    followResults(this, m_source, results, &PlanModel::reload);
}

void PlanModel::reload()
{
    beginResetModel();
    m_attempt = m_source ? m_source->attempt() : nullptr;
    m_rows = m_attempt ? planRows(m_attempt->quiz, m_attempt->plan, m_reading) : QList<PlanRow>();
    m_attemptId = m_attempt ? m_attempt->record.id : 0;
    endResetModel();
    emit planChanged();
}

void PlanModel::setLanguage(const QString &language)
{
    if (language == m_reading.first)
        return;
    m_reading.first = language;
    reread();
    emit languageChanged();
}

void PlanModel::setSecondLanguage(const QString &language)
{
    if (language == m_reading.second)
        return;
    m_reading.second = language;
    reread();
    emit secondLanguageChanged();
}

void PlanModel::reread()
{
    if (!m_attempt || m_rows.isEmpty())
        return;
    // The same steps in the same order: only their words change.
    m_rows = planRows(m_attempt->quiz, m_attempt->plan, m_reading);
    emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

QString PlanModel::errorText() const
{
    if (!m_source || m_source->errorText().isEmpty())
        return {};
    //: %1 the reason, from the database
    return tr("The next steps could not be read: %1").arg(m_source->errorText());
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanRow &row = m_rows.at(index.row());
    switch (role) {
    case RecommendationIdRole:
        return row.recommendationId;
    case KindRole:
        return row.kind;
    case KindTitleRole:
    case SectionRole:
        return row.kindTitle;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case TextRole:
        return row.text;
    case TitleSecondRole:
        return row.titleSecond;
    case TextSecondRole:
        return row.textSecond;
    case ReasonsRole:
        return row.reasons;
    case LinksRole: {
        QVariantList links;
        for (const PlanLink &link : row.links)
            links.append(QVariantMap{{QStringLiteral("title"), link.title},
                                     {QStringLiteral("titleSecond"), link.titleSecond},
                                     {QStringLiteral("url"), link.url}});
        return links;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> PlanModel::roleNames() const
{
    return {{RecommendationIdRole, "recommendationId"},
            {KindRole, "kind"},
            {KindTitleRole, "kindTitle"},
            {SectionRole, "section"},
            {TitleRole, "title"},
            {TextRole, "text"},
            {TitleSecondRole, "titleSecond"},
            {TextSecondRole, "textSecond"},
            {ReasonsRole, "reasons"},
            {LinksRole, "links"}};
}

} // namespace hitready
