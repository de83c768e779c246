#include "planmodel.h"

#include "resultsummary.h"

namespace hitready {

QList<PlanRow> planRows(const Quiz &quiz, const Plan &plan, const Words &words)
{
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
            row.title = quiz.text(r.title);
            row.text = quiz.text(r.text);
            for (const Reason &reason : step.reasons)
                row.reasons.append(words.reason(reason, quiz));
            for (const Link &link : r.links)
                row.links.append(
                    {link.title.isEmpty() ? link.url : quiz.text(link.title), link.url});
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
    const FinishedAttempt *attempt = m_source ? m_source->attempt().get() : nullptr;
    beginResetModel();
    m_rows = attempt ? planRows(attempt->quiz, attempt->plan) : QList<PlanRow>();
    m_attemptId = attempt ? attempt->record.id : 0;
    endResetModel();
    emit planChanged();
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
    case ReasonsRole:
        return row.reasons;
    case LinksRole: {
        QVariantList links;
        for (const PlanLink &link : row.links)
            links.append(QVariantMap{{QStringLiteral("title"), link.title},
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
            {ReasonsRole, "reasons"},
            {LinksRole, "links"}};
}

} // namespace hitready
