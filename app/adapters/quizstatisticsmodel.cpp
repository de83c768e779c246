#include "quizstatisticsmodel.h"
#include "responselabel.h"

#include "pdffile.h"
#include "quizstatistics.h"
#include "reportpdf.h"
#include "storage.h"

#include <QCoreApplication>
#include <QThread>
#include <algorithm>

namespace hitready {

namespace {

QVariant figure(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(-1.0);
}

QString text(const std::optional<double> &value, int decimals = 1)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

QString reasons(const QList<StatisticsFlag> &flags)
{
    QStringList out;
    for (const StatisticsFlag &f : flags)
        out.append(f.reason);
    return out.join(QStringLiteral(" "));
}

QString shortened(QString text)
{
    text = text.simplified();
    return text.size() > 90 ? text.left(87) + QStringLiteral("...") : text;
}

} // namespace

QuizStatisticsModel::QuizStatisticsModel(QObject *parent) : QAbstractListModel(parent) {}

QuizStatisticsModel::~QuizStatisticsModel() = default;

void QuizStatisticsModel::setDatabase(LearnerDatabase *database)
{
    if (database == m_database)
        return;
    if (m_database)
        disconnect(m_database, nullptr, this, nullptr);
    m_database = database;
    if (m_database)
        connect(m_database, &LearnerDatabase::attemptsChanged, this, &QuizStatisticsModel::refresh);
    emit databaseChanged();
    refresh();
}

void QuizStatisticsModel::setQuizId(const QString &quizId)
{
    if (quizId == m_quizId)
        return;
    m_quizId = quizId;
    emit requestChanged();
    refresh();
}

void QuizStatisticsModel::setAllAttempts(bool all)
{
    if (all == m_allAttempts)
        return;
    m_allAttempts = all;
    emit requestChanged();
    refresh();
}

void QuizStatisticsModel::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_database || !m_database->isOpen() || m_quizId.isEmpty()) {
        adopt(generation, std::nullopt, QString());
        return;
    }
    StatisticsRequest request;
    request.quizId = m_quizId;
    request.allAttempts = m_allAttempts;
    const QString path = m_database->path();
    m_busy = true;
    emit statisticsChanged();
    QPointer<QuizStatisticsModel> self(this);
    QThread *worker = QThread::create([self, generation, path, request] {
        QString error;
        std::optional<QuizStatistics> statistics = quizStatisticsAt(path, request, &error);
        QMetaObject::invokeMethod(
            qApp, [self, generation, statistics = std::move(statistics), error]() mutable {
                if (self)
                    self->adopt(generation, std::move(statistics), error);
            });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
}

void QuizStatisticsModel::adopt(quint64 generation, std::optional<QuizStatistics> statistics,
                                QString error)
{
    if (generation != m_generation)
        return; // a newer request is on its way
    beginResetModel();
    m_statistics = std::move(statistics);
    m_error = std::move(error);
    m_busy = false;
    m_reference.reset();
    if (m_statistics && m_database && m_database->storage())
        m_reference = m_database->storage()->snapshot(m_statistics->referenceHash).toOptional();
    applySort();
    endResetModel();
    emit statisticsChanged();
}

QString QuizStatisticsModel::title() const
{
    return m_statistics ? m_statistics->title : QString();
}

int QuizStatisticsModel::attempts() const
{
    return m_statistics ? int(m_statistics->attempts) : 0;
}

QVariantList QuizStatisticsModel::summaries() const
{
    QVariantList list;
    if (!m_statistics)
        return list;
    QList<const ScoreSummary *> scopes{&m_statistics->test};
    for (const ScoreSummary &d : m_statistics->domains)
        scopes.append(&d);
    for (const ScoreSummary *s : scopes) {
        const bool test = s == &m_statistics->test;
        list.append(
            QVariantMap{{QStringLiteral("scope"), s->scope},
                        {QStringLiteral("title"), test ? tr("Whole quiz") : domainTitle(s->scope)},
                        {QStringLiteral("items"), s->items},
                        {QStringLiteral("count"), double(s->count)},
                        {QStringLiteral("mean"), text(s->percentOf(s->mean))},
                        {QStringLiteral("sd"), text(s->percentOf(s->sd))},
                        {QStringLiteral("alpha"), text(s->alpha)},
                        {QStringLiteral("errorRatio"), text(s->errorRatio)},
                        {QStringLiteral("sem"), text(s->percentOf(s->sem))},
                        {QStringLiteral("skewness"), text(s->skewness, 2)},
                        {QStringLiteral("kurtosis"), text(s->kurtosis, 2)},
                        {QStringLiteral("flags"), reasons(s->flags)}});
    }
    return list;
}

void QuizStatisticsModel::sortBy(const QString &key)
{
    beginResetModel();
    m_ascending = key == m_sortKey ? !m_ascending : key == QLatin1String("item");
    m_sortKey = key;
    applySort();
    endResetModel();
    emit sortChanged();
}

void QuizStatisticsModel::applySort()
{
    m_order.clear();
    if (!m_statistics)
        return;
    for (qsizetype i = 0; i < m_statistics->items.size(); ++i)
        m_order.append(i);
    const auto value = [this](qsizetype i) -> std::optional<double> {
        const ItemStatistics &s = m_statistics->items.at(i);
        if (m_sortKey == QLatin1String("facility"))
            return s.facility;
        if (m_sortKey == QLatin1String("discrimination"))
            return s.discriminationIndex;
        if (m_sortKey == QLatin1String("efficiency"))
            return s.discriminativeEfficiency;
        if (m_sortKey == QLatin1String("weight"))
            return s.effectiveWeight;
        if (m_sortKey == QLatin1String("attempts"))
            return double(s.attempts);
        if (m_sortKey == QLatin1String("flags"))
            return double(s.flags.size());
        return double(i);
    };
    // Undefined figures go last in either direction; ties keep quiz order.
    std::stable_sort(m_order.begin(), m_order.end(), [&](qsizetype a, qsizetype b) {
        const auto va = value(a), vb = value(b);
        if (!va || !vb)
            return va.has_value() && !vb.has_value();
        return m_ascending ? *va < *vb : *va > *vb;
    });
}

int QuizStatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

QVariant QuizStatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemStatistics &s = m_statistics->items.at(m_order.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case ItemIdRole:
        return s.itemId;
    case DomainRole:
        return domainTitle(s.domain);
    case PromptRole:
        if (const Item *item = m_reference ? m_reference->item(s.itemId) : nullptr)
            return shortened(m_reference->text(item->prompt));
        return QString();
    case TypeRole:
        return itemTypeName(s.type);
    case AttemptsRole:
        return double(s.attempts);
    case FacilityRole:
        return figure(s.facility);
    case DiscriminationRole:
        return figure(s.discriminationIndex);
    case EfficiencyRole:
        return figure(s.discriminativeEfficiency);
    case EffectiveWeightRole:
        return figure(s.effectiveWeight);
    case RandomGuessRole:
        return figure(s.randomGuessScore);
    case FlagsRole:
        return reasons(s.flags);
    case FlaggedRole:
        return !s.flags.isEmpty();
    case ResponsesRole:
        return responses(s);
    }
    return {};
}

QString QuizStatisticsModel::domainTitle(const QString &domainId) const
{
    const Domain *domain = m_reference ? m_reference->domain(domainId) : nullptr;
    return domain ? m_reference->text(domain->title) : domainId;
}

QVariantList QuizStatisticsModel::responses(const ItemStatistics &s) const
{
    QVariantList list;
    const Item *item = m_reference ? m_reference->item(s.itemId) : nullptr;
    for (const ResponseFrequency &r : s.responses)
        list.append(QVariantMap{
            {QStringLiteral("label"),
             item ? responseLabel(*m_reference, *item, r.response) : r.response},
            {QStringLiteral("count"), double(r.count)},
            {QStringLiteral("percent"), r.percent},
            {QStringLiteral("correct"), r.correct.value_or(r.credit.value_or(0) >= 1)}});
    if (s.unanswered > 0)
        list.append(
            QVariantMap{{QStringLiteral("label"), tr("(no answer)")},
                        {QStringLiteral("count"), double(s.unanswered)},
                        {QStringLiteral("percent"),
                         s.attempts ? 100.0 * double(s.unanswered) / double(s.attempts) : 0.0},
                        {QStringLiteral("correct"), false}});
    return list;
}

QHash<int, QByteArray> QuizStatisticsModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},
            {DomainRole, "domainTitle"},
            {PromptRole, "prompt"},
            {TypeRole, "itemType"},
            {AttemptsRole, "attempts"},
            {FacilityRole, "facility"},
            {DiscriminationRole, "discrimination"},
            {EfficiencyRole, "efficiency"},
            {EffectiveWeightRole, "effectiveWeight"},
            {RandomGuessRole, "randomGuess"},
            {FlagsRole, "flags"},
            {FlaggedRole, "flagged"},
            {ResponsesRole, "responses"}};
}

bool QuizStatisticsModel::savePdf(const QString &filePath)
{
    if (!m_statistics)
        return false;
    QString error;
    const bool saved =
        ReportPdf::writePdf(reportHtml(), tr("Item analysis"), PdfFile::path(filePath), &error);
    if (!saved) {
        m_error = error;
        emit statisticsChanged();
    }
    return saved;
}

QString QuizStatisticsModel::reportHtml() const
{
    if (!m_statistics)
        return {};
    const auto esc = [](const QString &t) {
        return t.toHtmlEscaped();
    };
    QString h = QStringLiteral("<h1>%1</h1><p>%2</p>")
                    .arg(esc(tr("Item analysis: %1").arg(m_statistics->title)),
                         esc(tr("%n finished attempts; %1.", nullptr, int(m_statistics->attempts))
                                 .arg(m_allAttempts ? tr("every attempt")
                                                    : tr("each profile's first attempt"))));
    h +=
        QStringLiteral("<h2>%1</h2><table border=1 cellpadding=3><tr>").arg(esc(tr("Reliability")));
    for (const QString &c : {tr("Scope"), tr("Attempts"), tr("Mean %"), tr("SD %"), tr("Alpha %"),
                             tr("SEM %"), tr("Flags")})
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    for (const QVariant &v : summaries()) {
        const QVariantMap m = v.toMap();
        h += QStringLiteral("<tr>");
        for (const char *k : {"title", "count", "mean", "sd", "alpha", "sem", "flags"})
            h += QStringLiteral("<td>%1</td>").arg(esc(m.value(QLatin1String(k)).toString()));
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table><h2>%1</h2><table border=1 cellpadding=3><tr>")
             .arg(esc(tr("Items")));
    for (const QString &c :
         {tr("Item"), tr("Domain"), tr("Attempts"), tr("Facility %"), tr("Discrimination %"),
          tr("Efficiency %"), tr("Effective weight %"), tr("Flags")})
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    for (const ItemStatistics &s : m_statistics->items) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>"
                            "<td>%7</td><td>%8</td></tr>")
                 .arg(esc(s.itemId), esc(domainTitle(s.domain)))
                 .arg(s.attempts)
                 .arg(text(s.facility), text(s.discriminationIndex),
                      text(s.discriminativeEfficiency), text(s.effectiveWeight),
                      esc(reasons(s.flags)));
    }
    h += QStringLiteral("</table>");

    // Distractor analysis: how often each answer was given (✓: earns full marks).
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Answers given")));
    for (const ItemStatistics &item : m_statistics->items) {
        QStringList answers;
        for (const QVariant &v : responses(item)) {
            const QVariantMap r = v.toMap();
            //: an answer in the item report: %1 the answer, %2 how often, %3 percent
            answers.append(
                esc(tr("%1: %2 (%3%)")
                        .arg(r.value(QStringLiteral("label")).toString())
                        .arg(r.value(QStringLiteral("count")).toLongLong())
                        .arg(qRound(r.value(QStringLiteral("percent")).toDouble()))) +
                (r.value(QStringLiteral("correct")).toBool() ? QStringLiteral(" ✓") : QString()));
        }
        h += QStringLiteral("<p><b>%1</b>: %2</p>")
                 .arg(esc(item.itemId), answers.join(QStringLiteral("; ")));
    }
    return h;
}

} // namespace hitready
