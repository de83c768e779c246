#pragma once
// One attempt's results for the results screen: overall figures as properties, one row per
// domain (score, level, self-rating and the items that cost the most points).

#include "attemptresults.h"
#include "reading.h"
#include "report.h"
#include "words.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace hitready {

// An item that cost points in a domain, for "what drove this score".
struct CostlyItem
{
    QString itemId;
    QString prompt;
    QString explanation;
    QString promptSecond; // in the second language; empty when none
    QString explanationSecond;
    double pointsLost = 0;
    bool answered = false;
};

// Where a level of a domain starts on its 0-100 scale, for the marks on its bar.
struct LevelMark
{
    double min = 0;
    QString label;
    QString minText; // Words::percent(min): "50%"
};

// One domain's line of the results, in display-ready form.
struct DomainRow
{
    QString domainId;
    QString title;
    QString titleSecond; // in the second language; empty when none
    std::optional<double> percent;
    QString level;
    QString levelSecond;
    QString levelDescription; // what the level means, in plain words (the quiz's); may be empty
    QString levelDescriptionSecond;
    double earned = 0;
    double max = 0;
    QString percentText;         // Words::percentOrNone(): "58%"
    QString pointsText;          // Words::points(): "3.7 / 15"; empty without scored items
    QList<LevelMark> levelMarks; // the domain's levels above 0, lowest first
    std::optional<double> selfRating;
    QString selfRatingGap; // ResultSummary::selfRatingGapSentence(); empty when they agree
    QList<CostlyItem> costlyItems;
    QStringList calibration; // confidence quizzes: Words::calibration()
    int scoredItems = 0;
    double band = 0;     // half the band's width, percentage points
    double bandLow = 0;  // the band in percent (0..100); not centred on `percent` near 0 or 100
    double bandHigh = 0; // equal to bandLow when there is no band
    QString bandText;    // what the band is, in words
};

struct ScoreSummary;
// The band of every row: the domain's SEM from `domains` (the quiz's statistics, when known and
// based on enough attempts), else the binomial error of the learner's own items; its sentence
// in `words`.
void applyBands(QList<DomainRow> &rows, const QList<ScoreSummary> *domains,
                const Words &words = Words());

// The description of the level band `percent` falls in, as `reading` shows it; empty without a
// percent, without bands or when the band has no description.
ShownText levelDescription(const Quiz &quiz, const QList<LevelBand> &bands,
                           const std::optional<double> &percent, const Reading &reading);

// The items of `domainId` that lost points, most points lost first (quiz order on ties), their
// texts as `reading` shows them.
QList<CostlyItem> costlyItems(const Quiz &quiz, const Report &report, const QString &domainId,
                              int limit = 3, const Reading &reading = {});
// The rows of `report`, every quiz text as `reading` shows it and every sentence in the words of
// its first language (numbers never depend on either).
QList<DomainRow> domainRows(const Quiz &quiz, const Report &report, const Reading &reading = {});

class ResultsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(ResultsModel)
    // The finished attempt shown (shared with the next steps and the PDF).
    Q_PROPERTY(
        hitready::AttemptResults *results READ results WRITE setResults NOTIFY resultsChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY resultsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY resultsChanged)
    Q_PROPERTY(int attemptId READ attemptId NOTIFY resultsChanged)
    // The learner's language (DisplaySettings.language) and the second one shown under it
    // ("" for none): every quiz text follows them, and every sentence is built again in the
    // interface language when they change.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString secondLanguage READ secondLanguage WRITE setSecondLanguage NOTIFY
                   secondLanguageChanged)
    Q_PROPERTY(bool hasOverall READ hasOverall NOTIFY resultsChanged)
    Q_PROPERTY(double overallPercent READ overallPercent NOTIFY resultsChanged)
    // The overall percent as the interface language writes it ("58%"); "" without one.
    Q_PROPERTY(QString overallPercentText READ overallPercentText NOTIFY textsChanged)
    Q_PROPERTY(QString overallLevel READ overallLevel NOTIFY textsChanged)
    Q_PROPERTY(QString overallLevelSecond READ overallLevelSecond NOTIFY textsChanged)
    // What the overall level means, in plain words (the quiz's level description); "" if none.
    Q_PROPERTY(QString overallLevelDescription READ overallLevelDescription NOTIFY textsChanged)
    Q_PROPERTY(QString overallLevelDescriptionSecond READ overallLevelDescriptionSecond NOTIFY
                   textsChanged)
    // Certainty-based marking (quizzes with confidence): the score and calibration sentences.
    Q_PROPERTY(QString certainty READ certainty NOTIFY textsChanged)
    Q_PROPERTY(QString quizTitle READ quizTitle NOTIFY textsChanged)
    Q_PROPERTY(QString quizTitleSecond READ quizTitleSecond NOTIFY textsChanged)
    Q_PROPERTY(QString quizVersion READ quizVersion NOTIFY resultsChanged)
    Q_PROPERTY(QDateTime takenAt READ takenAt NOTIFY resultsChanged)
    Q_PROPERTY(QString profileName READ profileName NOTIFY resultsChanged)
    Q_PROPERTY(bool straightLining READ straightLining NOTIFY resultsChanged)
    Q_PROPERTY(QString straightLiningText READ straightLiningText NOTIFY textsChanged)
    Q_PROPERTY(QString disclaimer READ disclaimer NOTIFY textsChanged)
    // "This attempt had 64 questions (60 scored, 4 self-ratings), worth 60 points."
    Q_PROPERTY(QString shapeText READ shapeText NOTIFY textsChanged)

public:
    enum Role {
        DomainIdRole = Qt::UserRole + 1,
        TitleRole,
        TitleSecondRole, // the second language's title; "" when none
        PercentRole,     // real; -1 when the domain has no scored items
        HasPercentRole,
        LevelRole,
        LevelSecondRole,
        EarnedRole,
        MaxRole,
        SelfRatingRole, // real 1..5; 0 when there is none
        HasSelfRatingRole,
        SelfRatingPercentRole, // the self-rating on the percent scale, for charts; -1 if none
        SelfRatingGapRole,
        // list of {itemId, prompt, promptSecond, explanation, explanationSecond, pointsLost,
        // answered}
        CostlyItemsRole,
        CalibrationRole,            // sentences, empty without certainty-based marking
        BandRole,                   // half the width of the band of uncertainty, percentage points
        BandTextRole,               // where the band comes from, in words
        LevelDescriptionRole,       // what the domain's level means; "" when the quiz says nothing
        LevelDescriptionSecondRole, // the same in the second language
        BandLowRole,                // the band of uncertainty, in percent (0..100)
        BandHighRole,
        PercentTextRole, // "58%", as the interface language writes it
        PointsTextRole,  // "3.7 / 15"; "" without scored items
        LevelMarksRole,  // list of {min, minText, label}: where each level above the lowest starts
    };
    Q_ENUM(Role)

    explicit ResultsModel(QObject *parent = nullptr);

    AttemptResults *results() const { return m_source; }
    // Shows what `results` holds, now and whenever it loads another attempt; not owned.
    void setResults(AttemptResults *results);

    QString language() const { return m_reading.first; }
    void setLanguage(const QString &language);
    QString secondLanguage() const { return m_reading.second; }
    void setSecondLanguage(const QString &language);
    const Reading &reading() const { return m_reading; }

    bool isLoaded() const { return m_attempt != nullptr; }
    QString errorText() const;
    qint64 attemptId() const { return m_attempt ? m_attempt->record.id : 0; }
    bool hasOverall() const { return m_attempt && m_attempt->report.overallPercent; }
    double overallPercent() const;
    QString overallPercentText() const;
    QString overallLevel() const;
    QString overallLevelSecond() const;
    QString overallLevelDescription() const;
    QString overallLevelDescriptionSecond() const;
    QString certainty() const;
    QString quizTitle() const;
    QString quizTitleSecond() const;
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
    void resultsChanged();
    // The words shown changed (another attempt or another language); the numbers may not have.
    void textsChanged();
    void languageChanged();
    void secondLanguageChanged();

private:
    // Rebuilds the rows from the attempt the source now shows.
    void reload();
    // The same rows in the languages now chosen: dataChanged, not a reset, so the page keeps
    // its delegates, focus and scroll position.
    void reread();
    // The overall level of the attempt shown, if the quiz has levels.
    ShownText shownLevel() const;
    ShownText shownLevelDescription() const;
    // Reads the quiz's statistics in the background; the bands narrow to the SEM when enough
    // learners took the quiz.
    void refineBands();

    QPointer<AttemptResults> m_source;
    quint64 m_generation = 0;
    std::shared_ptr<const FinishedAttempt> m_attempt;
    QList<DomainRow> m_rows;
    Reading m_reading;
    // The quiz's statistics once refineBands() has read them, for reread() to keep the bands.
    std::shared_ptr<const QList<ScoreSummary>> m_statistics;
};

} // namespace hitready
