#include "historymodel.h"

#include "report.h"
#include "resultsummary.h"
#include "session.h"
#include "uilogging.h"

namespace hitready {

HistoryModel::HistoryModel(QObject *parent) : QAbstractListModel(parent) {}

bool HistoryModel::loadProfile(qint64 profileId)
{
    QList<Entry> entries;
    QString error;
    if (!m_storage) {
        error = tr("No learner database is open.");
    } else if (const auto attempts = m_storage->attempts(profileId); !attempts) {
        //: %1 the reason, from the database
        error = tr("The history could not be read: %1").arg(attempts.error().message);
    } else {
        QHash<QString, Quiz> snapshots; // attempts on one quiz version share its snapshot
        for (const AttemptRecord &record : *attempts) {
            if (!record.isFinished())
                continue;
            auto quiz = snapshots.constFind(record.quizHash);
            if (quiz == snapshots.cend()) {
                const Result<Quiz> loaded = m_storage->snapshot(record.quizHash);
                if (!loaded) {
                    qCWarning(lcUi) << "attempt" << record.id << loaded.error().message;
                    continue;
                }
                quiz = snapshots.insert(record.quizHash, *loaded);
            }
            const Result<Report> scored = reportForAttempt(*m_storage, record, *quiz);
            if (!scored) {
                qCWarning(lcUi) << "attempt" << record.id << scored.error().message;
                continue;
            }
            const Report &report = *scored;
            Entry e;
            e.attemptId = record.id;
            e.quizId = record.quizId;
            e.quizLanguage = quiz->language;
            e.quizTitle = quiz->title;
            e.quizVersion = quiz->version;
            e.takenAt = *record.finished;
            e.overallPercent = report.overallPercent;
            e.overallLevel = report.overallLevel;
            for (const DomainResult &d : report.domains) {
                const Domain *domain = quiz->domain(d.domainId);
                e.domains.append({d.domainId, domain ? domain->title : Text{}, d.percent});
            }
            entries.append(e);
        }
    }
    beginResetModel();
    m_profileId = error.isEmpty() ? profileId : 0;
    m_entries = std::move(entries);
    m_error = error;
    endResetModel();
    emit historyChanged();
    emit trendChanged();
    return error.isEmpty();
}

void HistoryModel::clear()
{
    beginResetModel();
    m_profileId = 0;
    m_entries.clear();
    m_error.clear();
    endResetModel();
    emit historyChanged();
    emit trendChanged();
}

void HistoryModel::setLanguage(const QString &language)
{
    if (language == m_reading.first)
        return;
    m_reading.first = language;
    reread();
    emit languageChanged();
}

void HistoryModel::setSecondLanguage(const QString &language)
{
    if (language == m_reading.second)
        return;
    m_reading.second = language;
    reread();
    emit secondLanguageChanged();
}

void HistoryModel::reread()
{
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1),
                         {Qt::DisplayRole, QuizTitleRole, QuizTitleSecondRole, OverallLevelRole,
                          OverallLevelSecondRole});
    emit trendChanged();
}

QString HistoryModel::trendQuizId() const
{
    if (!m_trendQuizId.isEmpty() || m_entries.isEmpty())
        return m_trendQuizId;
    return m_entries.first().quizId;
}

void HistoryModel::setTrendQuizId(const QString &quizId)
{
    if (quizId == m_trendQuizId)
        return;
    m_trendQuizId = quizId;
    emit trendChanged();
}

QList<const HistoryModel::Entry *> HistoryModel::entriesOf(const QString &quizId) const
{
    QList<const Entry *> found;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it)
        if (it->quizId == quizId)
            found.append(&*it);
    return found;
}

QVariantList HistoryModel::trendFor(const QString &quizId) const
{
    const QList<const Entry *> entries = entriesOf(quizId);
    // Domains of the newest version first, then any that only older versions had.
    QStringList order;
    QHash<QString, ShownText> titles;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        for (const DomainPoint &d : (*it)->domains)
            if (!titles.contains(d.domainId)) {
                ShownText title = shown(d.title, **it);
                if (title.first.isEmpty())
                    title.first = d.domainId;
                titles.insert(d.domainId, title);
                order.append(d.domainId);
            }
    QVariantList trend;
    for (const QString &domainId : std::as_const(order)) {
        QVariantList percents;
        for (const Entry *e : entries) {
            double percent = -1;
            for (const DomainPoint &d : e->domains)
                if (d.domainId == domainId && d.percent)
                    percent = *d.percent;
            percents.append(percent);
        }
        const ShownText title = titles.value(domainId);
        trend.append(QVariantMap{{QStringLiteral("domainId"), domainId},
                                 {QStringLiteral("title"), title.first},
                                 {QStringLiteral("titleSecond"), title.second},
                                 {QStringLiteral("percents"), percents}});
    }
    return trend;
}

QVariantList HistoryModel::trendAttempts() const
{
    QVariantList attempts;
    for (const Entry *e : entriesOf(trendQuizId()))
        attempts.append(
            QVariantMap{{QStringLiteral("attemptId"), e->attemptId},
                        {QStringLiteral("takenAt"), e->takenAt},
                        {QStringLiteral("overallPercent"), e->overallPercent.value_or(-1)}});
    return attempts;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case AttemptIdRole:
        return e.attemptId;
    case QuizIdRole:
        return e.quizId;
    case Qt::DisplayRole:
    case QuizTitleRole:
        return shown(e.quizTitle, e).first;
    case QuizTitleSecondRole:
        return shown(e.quizTitle, e).second;
    case QuizVersionRole:
        return e.quizVersion;
    case TakenAtRole:
        return e.takenAt;
    case OverallPercentRole:
        return e.overallPercent.value_or(-1);
    case HasOverallRole:
        return e.overallPercent.has_value();
    case OverallLevelRole:
        return e.overallLevel ? shown(*e.overallLevel, e).first : QString();
    case OverallLevelSecondRole:
        return e.overallLevel ? shown(*e.overallLevel, e).second : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    return {{AttemptIdRole, "attemptId"},           {QuizIdRole, "quizId"},
            {QuizTitleRole, "quizTitle"},           {QuizTitleSecondRole, "quizTitleSecond"},
            {QuizVersionRole, "quizVersion"},       {TakenAtRole, "takenAt"},
            {OverallPercentRole, "overallPercent"}, {HasOverallRole, "hasOverall"},
            {OverallLevelRole, "overallLevel"},     {OverallLevelSecondRole, "overallLevelSecond"}};
}

void HistoryModel::setDatabase(LearnerDatabase *database)
{
    switchDatabase(this, m_database, database);
}

} // namespace hitready
