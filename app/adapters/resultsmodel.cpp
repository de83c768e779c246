#include "resultsmodel.h"
#include "attemptshapetext.h"
#include "quizstatistics.h"
#include "teststats.h"

#include <QCoreApplication>
#include <QThread>

#include "resultsummary.h"

#include <algorithm>

namespace hitready {

QList<CostlyItem> costlyItems(const Quiz &quiz, const Report &report, const QString &domainId,
                              int limit, const Reading &reading)
{
    QList<CostlyItem> costly;
    for (const ItemScore &s : report.items) {
        if (s.domain != domainId || s.max - s.earned <= 0)
            continue;
        const Item *item = quiz.item(s.itemId);
        const ShownText prompt = item ? show(item->prompt, reading, quiz.language) : ShownText{};
        const ShownText explanation =
            item ? show(item->explanation, reading, quiz.language) : ShownText{};
        costly.append({s.itemId, prompt.first, explanation.first, prompt.second, explanation.second,
                       s.max - s.earned, s.answered});
    }
    std::stable_sort(costly.begin(), costly.end(), [](const CostlyItem &a, const CostlyItem &b) {
        return a.pointsLost > b.pointsLost;
    });
    if (costly.size() > limit)
        costly.resize(limit);
    return costly;
}

ShownText levelDescription(const Quiz &quiz, const QList<LevelBand> &bands,
                           const std::optional<double> &percent, const Reading &reading)
{
    const LevelBand *band = percent ? bandFor(bands, *percent) : nullptr;
    return band ? show(band->description, reading, quiz.language) : ShownText{};
}

QList<DomainRow> domainRows(const Quiz &quiz, const Report &report, const Reading &reading)
{
    const Words words(reading.first);
    QList<DomainRow> rows;
    for (const DomainResult &d : report.domains) {
        DomainRow row;
        row.domainId = d.domainId;
        const Domain *domain = quiz.domain(d.domainId);
        const ShownText title = domain ? show(domain->title, reading, quiz.language) : ShownText{};
        row.title = title.first.isEmpty() ? d.domainId : title.first;
        row.titleSecond = title.second;
        row.percent = d.percent;
        const ShownText level = d.level ? show(*d.level, reading, quiz.language) : ShownText{};
        row.level = level.first;
        row.levelSecond = level.second;
        if (domain) {
            const ShownText meaning = levelDescription(quiz, domain->levels, d.percent, reading);
            row.levelDescription = meaning.first;
            row.levelDescriptionSecond = meaning.second;
        }
        row.earned = d.earned;
        row.max = d.max;
        row.percentText = words.percentOrNone(d.percent);
        if (d.max > 0)
            row.pointsText = words.points(d.earned, d.max);
        for (const LevelBand &band : domain ? domain->levels : QList<LevelBand>{})
            if (band.min > 0)
                row.levelMarks.append({band.min, show(band.label, reading, quiz.language).first,
                                       words.percent(band.min)});
        row.selfRating = d.selfRating;
        if (d.selfRating && d.percent)
            row.selfRatingGap =
                ResultSummary::selfRatingGapSentence(row.title, *d.selfRating, *d.percent, words);
        row.costlyItems = costlyItems(quiz, report, d.domainId, 3, reading);
        if (d.cbmAverage)
            row.calibration = words.calibration(d.calibration);
        row.scoredItems = d.scoredItems;
        rows.append(row);
    }
    return rows;
}

void applyBands(QList<DomainRow> &rows, const QList<ScoreSummary> *domains, const Words &words)
{
    for (DomainRow &row : rows) {
        const ScoreSummary *summary = nullptr;
        if (domains)
            for (const ScoreSummary &s : *domains)
                if (s.scope == row.domainId)
                    summary = &s;
        const DomainBand band =
            row.percent ? domainBand(*row.percent, row.scoredItems, summary) : DomainBand{};
        row.band = band.halfWidth;
        row.bandLow = band.low;
        row.bandHigh = band.high;
        row.bandText = words.band(band, row.scoredItems, summary ? summary->count : 0);
    }
}

ResultsModel::ResultsModel(QObject *parent) : QAbstractListModel(parent) {}

void ResultsModel::refineBands()
{
    if (!m_source || !m_source->storage() || !m_attempt)
        return;
    const quint64 generation = ++m_generation;
    StatisticsRequest request;
    request.quizId = m_attempt->quiz.id;
    request.threads = 1;
    const QString path = m_source->storage()->path();
    QPointer<ResultsModel> self(this);
    QThread *worker = QThread::create([self, generation, path, request] {
        QString error;
        std::optional<QuizStatistics> statistics = quizStatisticsAt(path, request, &error);
        if (!statistics)
            return;
        QMetaObject::invokeMethod(qApp, [self, generation, domains = statistics->domains] {
            if (!self || generation != self->m_generation)
                return;
            self->m_statistics = std::make_shared<const QList<ScoreSummary>>(domains);
            applyBands(self->m_rows, &domains, Words(self->m_reading.first));
            if (!self->m_rows.isEmpty())
                emit self->dataChanged(self->index(0), self->index(int(self->m_rows.size()) - 1),
                                       {BandRole, BandTextRole, BandLowRole, BandHighRole});
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
}

void ResultsModel::setResults(AttemptResults *results)
{
    followResults(this, m_source, results, &ResultsModel::reload);
}

void ResultsModel::reload()
{
    beginResetModel();
    m_attempt = m_source ? m_source->attempt() : nullptr;
    m_rows =
        m_attempt ? domainRows(m_attempt->quiz, m_attempt->report, m_reading) : QList<DomainRow>();
    applyBands(m_rows, nullptr, Words(m_reading.first));
    m_statistics.reset();
    ++m_generation; // bands still being read belong to the attempt shown before
    endResetModel();
    emit resultsChanged();
    emit textsChanged();
    refineBands();
}

void ResultsModel::setLanguage(const QString &language)
{
    if (language == m_reading.first)
        return;
    m_reading.first = language;
    reread();
    emit languageChanged();
}

void ResultsModel::setSecondLanguage(const QString &language)
{
    if (language == m_reading.second)
        return;
    m_reading.second = language;
    reread();
    emit secondLanguageChanged();
}

void ResultsModel::reread()
{
    if (m_attempt) {
        QList<DomainRow> rows = domainRows(m_attempt->quiz, m_attempt->report, m_reading);
        applyBands(rows, m_statistics.get(), Words(m_reading.first));
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    }
    emit textsChanged();
}

ShownText ResultsModel::shownLevel() const
{
    if (!m_attempt || !m_attempt->report.overallLevel)
        return {};
    return show(*m_attempt->report.overallLevel, m_reading, m_attempt->quiz.language);
}

ShownText ResultsModel::shownLevelDescription() const
{
    if (!m_attempt)
        return {};
    return levelDescription(m_attempt->quiz, m_attempt->quiz.levels,
                            m_attempt->report.overallPercent, m_reading);
}

QString ResultsModel::overallLevelDescription() const
{
    return shownLevelDescription().first;
}

QString ResultsModel::overallLevelDescriptionSecond() const
{
    return shownLevelDescription().second;
}

QString ResultsModel::errorText() const
{
    if (!m_source || m_source->errorText().isEmpty())
        return {};
    //: %1 the reason, from the database
    return tr("These results could not be read: %1").arg(m_source->errorText());
}

double ResultsModel::overallPercent() const
{
    return hasOverall() ? *m_attempt->report.overallPercent : -1;
}

QString ResultsModel::overallPercentText() const
{
    return hasOverall() ? Words(m_reading.first).percent(*m_attempt->report.overallPercent)
                        : QString();
}

QString ResultsModel::certainty() const
{
    if (!m_attempt || !m_attempt->report.cbmAverage)
        return {};
    const Words words(m_reading.first);
    return (QStringList{words.certaintyScore(*m_attempt->report.cbmAverage)} +
            words.calibration(m_attempt->report.calibration))
        .join(QLatin1Char(' '));
}

QString ResultsModel::overallLevel() const
{
    return shownLevel().first;
}

QString ResultsModel::overallLevelSecond() const
{
    return shownLevel().second;
}

QString ResultsModel::quizTitle() const
{
    return m_attempt ? show(m_attempt->quiz.title, m_reading, m_attempt->quiz.language).first
                     : QString();
}

QString ResultsModel::quizTitleSecond() const
{
    return m_attempt ? show(m_attempt->quiz.title, m_reading, m_attempt->quiz.language).second
                     : QString();
}

QString ResultsModel::quizVersion() const
{
    return m_attempt ? m_attempt->quiz.version : QString();
}

QDateTime ResultsModel::takenAt() const
{
    return m_attempt ? m_attempt->takenAt() : QDateTime();
}

QString ResultsModel::profileName() const
{
    return m_attempt ? m_attempt->profileName : QString();
}

bool ResultsModel::straightLining() const
{
    return m_attempt && ResultSummary::isStraightLining(m_attempt->selfRatings());
}

QString ResultsModel::straightLiningText() const
{
    return m_attempt ? ResultSummary::straightLiningSentence(m_attempt->selfRatings()) : QString();
}

QString ResultsModel::shapeText() const
{
    return m_attempt ? AttemptShapeText::attempt(m_attempt->shape()) : QString();
}

QString ResultsModel::disclaimer() const
{
    return ResultSummary::disclaimer();
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DomainRow &row = m_rows.at(index.row());
    switch (role) {
    case DomainIdRole:
        return row.domainId;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case TitleSecondRole:
        return row.titleSecond;
    case PercentRole:
        return row.percent.value_or(-1);
    case HasPercentRole:
        return row.percent.has_value();
    case LevelRole:
        return row.level;
    case LevelSecondRole:
        return row.levelSecond;
    case EarnedRole:
        return row.earned;
    case MaxRole:
        return row.max;
    case SelfRatingRole:
        return row.selfRating.value_or(0);
    case HasSelfRatingRole:
        return row.selfRating.has_value();
    case SelfRatingPercentRole:
        return row.selfRating ? ResultSummary::ratingAsPercent(*row.selfRating) : -1.0;
    case BandRole:
        return row.band;
    case BandTextRole:
        return row.bandText;
    case BandLowRole:
        return row.bandLow;
    case BandHighRole:
        return row.bandHigh;
    case LevelDescriptionRole:
        return row.levelDescription;
    case LevelDescriptionSecondRole:
        return row.levelDescriptionSecond;
    case CalibrationRole:
        return row.calibration;
    case SelfRatingGapRole:
        return row.selfRatingGap;
    case PercentTextRole:
        return row.percentText;
    case PointsTextRole:
        return row.pointsText;
    case LevelMarksRole: {
        QVariantList marks;
        for (const LevelMark &m : row.levelMarks)
            marks.append(QVariantMap{{QStringLiteral("min"), m.min},
                                     {QStringLiteral("minText"), m.minText},
                                     {QStringLiteral("label"), m.label}});
        return marks;
    }
    case CostlyItemsRole: {
        QVariantList items;
        for (const CostlyItem &c : row.costlyItems)
            items.append(QVariantMap{{QStringLiteral("itemId"), c.itemId},
                                     {QStringLiteral("prompt"), c.prompt},
                                     {QStringLiteral("promptSecond"), c.promptSecond},
                                     {QStringLiteral("explanation"), c.explanation},
                                     {QStringLiteral("explanationSecond"), c.explanationSecond},
                                     {QStringLiteral("pointsLost"), c.pointsLost},
                                     {QStringLiteral("answered"), c.answered}});
        return items;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ResultsModel::roleNames() const
{
    return {{DomainIdRole, "domainId"},
            {TitleRole, "title"},
            {TitleSecondRole, "titleSecond"},
            {PercentRole, "percent"},
            {HasPercentRole, "hasPercent"},
            {LevelRole, "level"},
            {LevelSecondRole, "levelSecond"},
            {EarnedRole, "earned"},
            {MaxRole, "max"},
            {SelfRatingRole, "selfRating"},
            {HasSelfRatingRole, "hasSelfRating"},
            {SelfRatingPercentRole, "selfRatingPercent"},
            {SelfRatingGapRole, "selfRatingGap"},
            {CostlyItemsRole, "costlyItems"},
            {CalibrationRole, "calibration"},
            {BandRole, "band"},
            {BandTextRole, "bandText"},
            {BandLowRole, "bandLow"},
            {BandHighRole, "bandHigh"},
            {LevelDescriptionRole, "levelDescription"},
            {LevelDescriptionSecondRole, "levelDescriptionSecond"},
            {PercentTextRole, "percentText"},
            {PointsTextRole, "pointsText"},
            {LevelMarksRole, "levelMarks"}};
}

} // namespace hitready
