#pragma once
// One attempt's results for the results screen: overall figures as properties, one row per
// domain (score, level, self-rating and the items that cost the most points).

#include "attemptshape.h"
#include "learnerdatabase.h"
#include "report.h"
#include "storage.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace hitready {

// An item that cost points in a domain, for "what drove this score".
struct CostlyItem
{
    QString itemId;
    QString prompt;
    QString explanation;
    double pointsLost = 0;
    bool answered = false;
};

// One domain's line of the results, in display-ready form.
struct DomainRow
{
    QString domainId;
    QString title;
    std::optional<double> percent;
    QString level;
    double earned = 0;
    double max = 0;
    std::optional<double> selfRating;
    QString selfRatingGap; // ResultSummary::selfRatingGapSentence(); empty when they agree
    QList<CostlyItem> costlyItems;
    QStringList calibration; // confidence quizzes: ResultSummary::calibrationSentences()
    int scoredItems = 0;
    double band = 0;  // +/- percentage points around `percent`
    QString bandText; // what the band is, in words
};

struct ScoreSummary;
// The band of every row: the domain's SEM from `domains` (the quiz's statistics, when known and
// based on enough attempts), else the binomial error of the learner's own items.
void applyBands(QList<DomainRow> &rows, const QList<ScoreSummary> *domains);

// The calibration sentences and certainty-weighted score of a report's part (empty without
// certainty-based marking).
QStringList calibrationSentences(const CalibrationByLevel &calibration);

// Everything the results, next-steps and PDF views show about one attempt, read through the
// attempt's frozen quiz.
struct AttemptResults
{
    AttemptRecord record;
    Quiz quiz;
    Report report;
    QString profileName;
    QList<int> selfRatings; // every answered self-rating, in quiz order

    QDateTime takenAt() const { return record.finished.value_or(record.started); }
    // The items this attempt showed, as the intro counted them before it started.
    AttemptShape shape() const { return attemptShape(quiz, record.itemOrder); }
};

std::optional<AttemptResults> loadAttemptResults(Storage &storage, qint64 attemptId,
                                                 QString *error);

// The items of `domainId` that lost points, most points lost first (quiz order on ties).
QList<CostlyItem> costlyItems(const Quiz &quiz, const Report &report, const QString &domainId,
                              int limit = 3);
QList<DomainRow> domainRows(const Quiz &quiz, const Report &report);

class ResultsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(ResultsModel)
    // The app's database (the LearnerDatabase singleton in QML).
    Q_PROPERTY(
        hitready::LearnerDatabase *database READ database WRITE setDatabase NOTIFY databaseChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY resultsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY resultsChanged)
    Q_PROPERTY(int attemptId READ attemptId NOTIFY resultsChanged)
    Q_PROPERTY(bool hasOverall READ hasOverall NOTIFY resultsChanged)
    Q_PROPERTY(double overallPercent READ overallPercent NOTIFY resultsChanged)
    Q_PROPERTY(QString overallLevel READ overallLevel NOTIFY resultsChanged)
    // Certainty-based marking (quizzes with confidence): the score and calibration sentences.
    Q_PROPERTY(QString certainty READ certainty NOTIFY resultsChanged)
    Q_PROPERTY(QString quizTitle READ quizTitle NOTIFY resultsChanged)
    Q_PROPERTY(QString quizVersion READ quizVersion NOTIFY resultsChanged)
    Q_PROPERTY(QDateTime takenAt READ takenAt NOTIFY resultsChanged)
    Q_PROPERTY(QString profileName READ profileName NOTIFY resultsChanged)
    Q_PROPERTY(bool straightLining READ straightLining NOTIFY resultsChanged)
    Q_PROPERTY(QString straightLiningText READ straightLiningText NOTIFY resultsChanged)
    Q_PROPERTY(QString disclaimer READ disclaimer CONSTANT)
    // "This attempt had 64 questions (60 scored, 4 self-ratings), worth 60 points."
    Q_PROPERTY(QString shapeText READ shapeText NOTIFY resultsChanged)

public:
    enum Role {
        DomainIdRole = Qt::UserRole + 1,
        TitleRole,
        PercentRole, // real; -1 when the domain has no scored items
        HasPercentRole,
        LevelRole,
        EarnedRole,
        MaxRole,
        SelfRatingRole, // real 1..5; 0 when there is none
        HasSelfRatingRole,
        SelfRatingPercentRole, // the self-rating on the percent scale, for charts; -1 if none
        SelfRatingGapRole,
        CostlyItemsRole, // list of {itemId, prompt, explanation, pointsLost, answered}
        CalibrationRole, // sentences, empty without certainty-based marking
        BandRole,        // +/- percentage points of uncertainty around the percent
        BandTextRole,    // where the band comes from, in words
    };
    Q_ENUM(Role)

    explicit ResultsModel(QObject *parent = nullptr);

    // The storage attempts are read from; not owned, and it must outlive this model.
    void setStorage(Storage *storage) { m_storage = storage; }
    LearnerDatabase *database() const { return m_database; }
    void setDatabase(LearnerDatabase *database);
    // Shows `results` (the C++ path, e.g. right after a submit).
    void setResults(const AttemptResults &results);

    // Reads the attempt through its frozen quiz; false (and errorText) when it cannot.
    Q_INVOKABLE bool loadAttempt(qint64 attemptId);
    Q_INVOKABLE void clear();

    bool isLoaded() const { return m_results.has_value(); }
    QString errorText() const { return m_error; }
    qint64 attemptId() const { return m_results ? m_results->record.id : 0; }
    bool hasOverall() const { return m_results && m_results->report.overallPercent; }
    double overallPercent() const;
    QString overallLevel() const;
    QString certainty() const;
    QString quizTitle() const;
    QString quizVersion() const;
    QDateTime takenAt() const;
    QString profileName() const;
    bool straightLining() const;
    QString straightLiningText() const;
    QString disclaimer() const;
    QString shapeText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void databaseChanged();
    void resultsChanged();

private:
    // Reads the quiz's statistics in the background; the bands narrow to the SEM when enough
    // learners took the quiz.
    void refineBands();

    QPointer<LearnerDatabase> m_database;
    Storage *m_storage = nullptr;
    quint64 m_generation = 0;
    std::optional<AttemptResults> m_results;
    QList<DomainRow> m_rows;
    QString m_error;
};

} // namespace hitready
