#include "ruleexplorer.h"

#include "loader.h"
#include "reading.h"
#include "words.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace hitready {

namespace {

// Whether both lists hold the same keys in the same order, so rows can change in place.
template <typename Row, typename Key>
bool sameKeys(const QList<Row> &a, const QList<Row> &b, Key key)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [&](const Row &x, const Row &y) { return key(x) == key(y); });
}

bool sameWords(const PlanRow &a, const PlanRow &b)
{
    return a.kindTitle == b.kindTitle && a.title == b.title && a.text == b.text &&
           a.reasons == b.reasons;
}

// Emits dataChanged for each run of rows where `same` says old and new differ.
template <typename Row, typename Same>
void changeRows(QAbstractListModel *model, QList<Row> &rows, const QList<Row> &next, Same same)
{
    for (int i = 0; i < int(next.size()); ++i) {
        if (same(rows.at(i), next.at(i)))
            continue;
        rows[i] = next.at(i);
        emit model->dataChanged(model->index(i), model->index(i));
    }
}

} // namespace

// ---- RuleDomainModel ----------------------------------------------------------------------

RuleDomainModel::RuleDomainModel(QObject *parent) : QAbstractListModel(parent) {}

void RuleDomainModel::setDomains(const QList<ExplorerDomain> &domains)
{
    if (sameKeys(m_domains, domains, [](const ExplorerDomain &d) { return d.id; })) {
        changeRows(this, m_domains, domains, std::equal_to<ExplorerDomain>());
        return;
    }
    const bool countChanges = m_domains.size() != domains.size();
    beginResetModel();
    m_domains = domains;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int RuleDomainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RuleDomainModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExplorerDomain &d = m_domains.at(index.row());
    switch (role) {
    case DomainIdRole:
        return d.id;
    case Qt::DisplayRole:
    case TitleRole:
        return d.title;
    case HasScoredItemsRole:
        return d.scored;
    case HasLikertItemsRole:
        return d.rated;
    case PercentRole:
        return d.percent;
    case PercentTextRole:
        return d.percentText;
    case HasSelfRatingRole:
        return d.selfRating.has_value();
    case SelfRatingRole:
        return d.selfRating.value_or(0);
    case SelfRatingTextRole:
        return d.selfRatingText;
    case LevelRole:
        return d.level;
    default:
        return {};
    }
}

QHash<int, QByteArray> RuleDomainModel::roleNames() const
{
    return {{DomainIdRole, "domainId"},
            {TitleRole, "title"},
            {HasScoredItemsRole, "hasScoredItems"},
            {HasLikertItemsRole, "hasLikertItems"},
            {PercentRole, "percent"},
            {PercentTextRole, "percentText"},
            {HasSelfRatingRole, "hasSelfRating"},
            {SelfRatingRole, "selfRating"},
            {SelfRatingTextRole, "selfRatingText"},
            {LevelRole, "level"}};
}

// ---- RuleStepModel ------------------------------------------------------------------------

RuleStepModel::RuleStepModel(QObject *parent) : QAbstractListModel(parent) {}

void RuleStepModel::setRows(const QList<PlanRow> &rows)
{
    if (sameKeys(m_rows, rows, [](const PlanRow &r) { return r.recommendationId; })) {
        changeRows(this, m_rows, rows, sameWords);
        return;
    }
    const bool countChanges = m_rows.size() != rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int RuleStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RuleStepModel::data(const QModelIndex &index, int role) const
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
        return row.kindTitle;
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case TextRole:
        return row.text;
    case ReasonsRole:
        return row.reasons;
    default:
        return {};
    }
}

QHash<int, QByteArray> RuleStepModel::roleNames() const
{
    return {{RecommendationIdRole, "recommendationId"},
            {KindRole, "kind"},
            {KindTitleRole, "kindTitle"},
            {TitleRole, "title"},
            {TextRole, "text"},
            {ReasonsRole, "reasons"}};
}

// ---- RuleExplorer -------------------------------------------------------------------------

RuleExplorer::RuleExplorer(QObject *parent) : QObject(parent) {}

void RuleExplorer::setQuiz(const Quiz &quiz)
{
    // The plan points into the old quiz: drop it before the quiz goes.
    m_plan.clear();
    m_quiz = quiz;
    QSet<QString> ids;
    for (const Domain &d : quiz.domains)
        ids.insert(d.id);
    for (QMap<QString, double> *values : {&m_percents, &m_selfRatings})
        for (auto it = values->begin(); it != values->end();)
            it = ids.contains(it.key()) ? std::next(it) : values->erase(it);
    for (const Domain &d : quiz.domains)
        if (!m_percents.contains(d.id))
            m_percents.insert(d.id, startPercent);
    setErrorText({});
    update();
    emit quizChanged();
}

bool RuleExplorer::loadFile(const QString &path)
{
    const Result<Quiz> loaded = loadQuizFile(path);
    if (!loaded) {
        setErrorText(loaded.errorMessage());
        return false;
    }
    setQuiz(*loaded);
    return true;
}

void RuleExplorer::setPercent(const QString &domainId, double percent)
{
    if (!m_percents.contains(domainId) || std::isnan(percent))
        return;
    const double clamped = std::clamp(percent, 0.0, 100.0);
    if (m_percents.value(domainId) == clamped)
        return;
    m_percents.insert(domainId, clamped);
    update();
}

void RuleExplorer::setSelfRating(const QString &domainId, double rating)
{
    if (!m_percents.contains(domainId) || std::isnan(rating))
        return;
    const double clamped = std::clamp(rating, 1.0, 5.0);
    if (m_selfRatings.value(domainId, 0) == clamped)
        return;
    m_selfRatings.insert(domainId, clamped);
    update();
}

void RuleExplorer::clearSelfRating(const QString &domainId)
{
    if (m_selfRatings.remove(domainId) > 0)
        update();
}

QString RuleExplorer::quizTitle() const
{
    return m_quiz ? Words(m_language).quizText(*m_quiz, m_quiz->title) : QString();
}

void RuleExplorer::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    update();
    emit languageChanged();
    emit quizChanged(); // the title in the new language
}

double RuleExplorer::overallPercent() const
{
    return m_report.overallPercent.value_or(-1);
}

int RuleExplorer::recommendationTotal() const
{
    return m_quiz ? int(m_quiz->recommendations.size()) : 0;
}

QMap<QString, double> RuleExplorer::percents() const
{
    QMap<QString, double> percents;
    if (!m_quiz)
        return percents;
    for (const Item &item : m_quiz->items)
        if (item.isScored())
            percents.insert(item.domain, m_percents.value(item.domain, startPercent));
    return percents;
}

QMap<QString, double> RuleExplorer::selfRatings() const
{
    QMap<QString, double> ratings;
    if (!m_quiz)
        return ratings;
    for (const Item &item : m_quiz->items)
        if (!item.isScored() && m_selfRatings.contains(item.domain))
            ratings.insert(item.domain, m_selfRatings.value(item.domain));
    return ratings;
}

void RuleExplorer::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void RuleExplorer::update()
{
    if (!m_quiz)
        return;
    const Quiz &quiz = *m_quiz;
    const Words words(m_language);
    const QMap<QString, double> percents = this->percents();
    const QMap<QString, double> ratings = selfRatings();
    m_report = reportFromPercents(quiz, percents, ratings);
    m_plan = recommend(quiz, m_report);

    QSet<QString> rated;
    for (const Item &item : quiz.items)
        if (!item.isScored())
            rated.insert(item.domain);
    QList<ExplorerDomain> domains;
    for (const Domain &d : quiz.domains) {
        ExplorerDomain row;
        row.id = d.id;
        row.title = words.domainTitle(quiz, d.id);
        row.scored = percents.contains(d.id);
        row.rated = rated.contains(d.id);
        row.percent = m_percents.value(d.id, startPercent);
        row.percentText = words.percent(row.percent);
        if (ratings.contains(d.id))
            row.selfRating = ratings.value(d.id);
        //: A domain's self-rating when its self-rating items are left unanswered
        row.selfRatingText = row.selfRating ? words.rating(*row.selfRating) : tr("not answered");
        if (const DomainResult *result = m_report.domain(d.id); result && result->level)
            row.level = words.quizText(quiz, *result->level);
        domains.append(row);
    }
    m_overallLevel =
        m_report.overallLevel ? words.quizText(quiz, *m_report.overallLevel) : QString();
    m_overallText = words.percentWithLevel(m_report.overallPercent, m_overallLevel);
    m_domains.setDomains(domains);
    m_steps.setRows(planRows(quiz, m_plan, Reading{m_language, {}}));
    emit reportChanged();
}

} // namespace hitready
