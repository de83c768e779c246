#include "planmodel.h"

#include "resultsummary.h"
#include "session.h"
#include "uilogging.h"

namespace hitready {

QList<PlanRow> planRows(const Quiz &quiz, const Report &report)
{
    const Plan plan = recommend(quiz, report);
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
                row.reasons.append(describe(reason, quiz));
            for (const Link &link : r.links)
                row.links.append(
                    {link.title.isEmpty() ? link.url : quiz.text(link.title), link.url});
            rows.append(row);
        }
    }
    return rows;
}

PlanModel::PlanModel(QObject *parent) : QAbstractListModel(parent) {}

void PlanModel::reset(QList<PlanRow> rows, qint64 attemptId, const QString &error)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_attemptId = attemptId;
    m_error = error;
    endResetModel();
    emit planChanged();
}

void PlanModel::setPlan(const Quiz &quiz, const Report &report, qint64 attemptId)
{
    reset(planRows(quiz, report), attemptId, {});
}

bool PlanModel::loadAttempt(qint64 attemptId)
{
    if (!m_storage) {
        reset({}, 0, tr("No learner database is open."));
        return false;
    }
    Quiz quiz;
    const Result<Report> report = reportForAttempt(*m_storage, attemptId, &quiz);
    if (!report) {
        qCWarning(lcUi) << "plan of attempt" << attemptId << report.error().message;
        //: %1 the reason, from the database
        reset({}, 0, tr("The next steps could not be read: %1").arg(report.error().message));
        return false;
    }
    setPlan(quiz, *report, attemptId);
    return true;
}

void PlanModel::clear()
{
    reset({}, 0, {});
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

void PlanModel::setDatabase(LearnerDatabase *database)
{
    switchDatabase(this, m_database, database);
}

} // namespace hitready
