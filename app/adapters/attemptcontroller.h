#pragma once
// The attempt on screen: QML's handle on one AttemptSession. Every change is handed to the
// session (which makes it durable in SQLite) before any property change is signalled, so the
// screen never runs ahead of what a restart would find.

#include "attemptclock.h"
#include "attemptshape.h"
#include "learnerdatabase.h"
#include "optionlistmodel.h"
#include "questionpalettemodel.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace hitready {

class AttemptSession;

struct Answer;
struct Item;
struct Report;
struct Stimulus;
enum class ItemType;

class AttemptController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(AttemptController)
    Q_PROPERTY(
        hitready::LearnerDatabase *database READ database WRITE setDatabase NOTIFY databaseChanged)
    // The attempt as a whole: change on start(), resume(), close().
    Q_PROPERTY(bool active READ isActive NOTIFY attemptChanged)
    Q_PROPERTY(int attemptId READ attemptId NOTIFY attemptChanged)
    Q_PROPERTY(QString quizTitle READ quizTitle NOTIFY attemptChanged)
    Q_PROPERTY(int count READ count NOTIFY attemptChanged)
    Q_PROPERTY(bool practiceMode READ practiceMode NOTIFY attemptChanged)
    // The item on screen.
    Q_PROPERTY(int position READ position NOTIFY currentItemChanged)
    Q_PROPERTY(QString itemType READ itemType NOTIFY currentItemChanged)
    Q_PROPERTY(QString prompt READ prompt NOTIFY currentItemChanged)
    Q_PROPERTY(QString domainTitle READ domainTitle NOTIFY currentItemChanged)
    Q_PROPERTY(QStringList anchors READ anchors NOTIFY currentItemChanged)
    // Its answer, and (practice mode) the feedback on it.
    Q_PROPERTY(bool isAnswered READ isAnswered NOTIFY answerChanged)
    Q_PROPERTY(int rating READ rating NOTIFY answerChanged) // likert: 1..5, 0 when none
    Q_PROPERTY(bool feedbackVisible READ feedbackVisible NOTIFY answerChanged)
    Q_PROPERTY(bool isCorrect READ isCorrect NOTIFY answerChanged)
    Q_PROPERTY(QString explanation READ explanation NOTIFY answerChanged)
    Q_PROPERTY(bool isFlagged READ isFlagged NOTIFY flagChanged)
    // Confidence quizzes: asked after each scored answer; 0 none, 1 low, 2 medium, 3 high.
    Q_PROPERTY(bool asksConfidence READ asksConfidence NOTIFY currentItemChanged)
    Q_PROPERTY(int confidence READ confidence NOTIFY answerChanged)
    // A time limit: what is left (ms), the last five minutes, and a submit the clock made.
    Q_PROPERTY(bool timeLimited READ isTimeLimited NOTIFY attemptChanged)
    Q_PROPERTY(double remainingMs READ remainingMs NOTIFY remainingChanged)
    Q_PROPERTY(bool timeWarning READ timeWarning NOTIFY remainingChanged)
    Q_PROPERTY(bool submittedForTime READ submittedForTime NOTIFY submittedChanged)
    // Progress.
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answeredCountChanged)
    Q_PROPERTY(int flaggedCount READ flaggedCount NOTIFY flaggedCountChanged)
    Q_PROPERTY(QVariantList reviewList READ reviewList NOTIFY reviewListChanged)
    Q_PROPERTY(double elapsedMs READ elapsedMs NOTIFY elapsedMsChanged)
    Q_PROPERTY(bool submitted READ isSubmitted NOTIFY submittedChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // Ordering, matching, hottext, numeric and text items, and the shared stimulus
    // (attemptcontrolleritems.cpp). Lists hold maps: steps [{id, text, number}], matchLeft
    // [{id, text, number, chosen}], matchRight [{id, text, number}], hotSegments
    // [{text, spanId ("" for plain text), start (in the shown text, UTF-16 units), number,
    // selected}].
    Q_PROPERTY(QVariantList steps READ steps NOTIFY answerChanged)
    Q_PROPERTY(QVariantList matchLeft READ matchLeft NOTIFY answerChanged)
    Q_PROPERTY(QVariantList matchRight READ matchRight NOTIFY currentItemChanged)
    Q_PROPERTY(QVariantList hotSegments READ hotSegments NOTIFY answerChanged)
    Q_PROPERTY(QString numericUnit READ numericUnit NOTIFY currentItemChanged)
    Q_PROPERTY(QString typedAnswer READ typedAnswer NOTIFY currentItemChanged)
    Q_PROPERTY(bool hasStimulus READ hasStimulus NOTIFY currentItemChanged)
    Q_PROPERTY(QString stimulusTitle READ stimulusTitle NOTIFY currentItemChanged)
    Q_PROPERTY(QString stimulusText READ stimulusText NOTIFY currentItemChanged)
    Q_PROPERTY(QStringList stimulusColumns READ stimulusColumns NOTIFY currentItemChanged)
    Q_PROPERTY(QVariantList stimulusRows READ stimulusRows NOTIFY currentItemChanged)
    Q_PROPERTY(hitready::OptionListModel *options READ options CONSTANT)
    Q_PROPERTY(hitready::QuestionPaletteModel *palette READ palette CONSTANT)

public:
    explicit AttemptController(QObject *parent = nullptr);
    ~AttemptController() override;

    LearnerDatabase *database() const { return m_database; }
    void setDatabase(LearnerDatabase *database);

    bool isActive() const { return m_session != nullptr; }
    qint64 attemptId() const;
    QString quizTitle() const;
    int count() const;
    bool practiceMode() const;
    int position() const;
    QString itemType() const;
    QString prompt() const;
    QString domainTitle() const;
    QStringList anchors() const;
    bool isAnswered() const;
    int rating() const;
    bool feedbackVisible() const;
    bool isCorrect() const;
    QString explanation() const;
    bool isFlagged() const;
    QVariantList steps() const;
    QVariantList matchLeft() const;
    QVariantList matchRight() const;
    QVariantList hotSegments() const;
    QString numericUnit() const;
    QString typedAnswer() const;
    bool hasStimulus() const;
    QString stimulusTitle() const;
    QString stimulusText() const;
    QStringList stimulusColumns() const;
    QVariantList stimulusRows() const;
    bool asksConfidence() const;
    int confidence() const;
    bool isTimeLimited() const;
    qint64 remainingMs() const;
    bool timeWarning() const;
    bool submittedForTime() const { return m_submittedForTime; }
    // The warning shows from this much time left.
    static constexpr qint64 warningMs = 5 * 60 * 1000;
    int answeredCount() const;
    int flaggedCount() const;
    // Unanswered and flagged items in order: {number, itemId, prompt (short), answered,
    // flagged}.
    QVariantList reviewList() const;
    qint64 elapsedMs() const; // stored time plus the time since it was last stored
    bool isSubmitted() const;
    QString errorText() const { return m_errorText; }
    OptionListModel *options() const { return m_options; }
    QuestionPaletteModel *palette() const { return m_palette; }

    // C++ only: the session, and the report of the submit() made here (null before).
    const AttemptSession *session() const { return m_session.get(); }
    const Report *report() const { return m_report.get(); }
    // How often the running time is stored while nothing else is (15 s).
    void setElapsedSaveInterval(int ms) { m_elapsedSaver.setInterval(ms); }
    // Tests: the clock the attempt's time runs on (null: the system's steady clock).
    void setClockSource(AttemptClock::Source source) { m_clock.setSource(std::move(source)); }

    // Starting and leaving. start() reads the quiz file and takes its mode; when the profile
    // has an unfinished attempt of that quiz, start() continues it (one unfinished attempt per
    // quiz and profile).
    Q_INVOKABLE bool start(const QString &quizPath, qint64 profileId);
    // The profile's unfinished attempt of quiz `quizId` that start() would continue:
    // {attemptId, started (date and time)}; empty when there is none.
    Q_INVOKABLE QVariantMap unfinishedAttempt(const QString &quizId, qint64 profileId) const;
    // Deletes that attempt and its answers, so start() begins a new one ("Start over").
    Q_INVOKABLE bool discardAttempt(qint64 attemptId);
    // `quizPath` (optional): the quiz file to restore the attempt's stored quiz from, should
    // that be damaged; used only when it is the same version.
    Q_INVOKABLE bool resume(qint64 attemptId, const QString &quizPath = QString());
    Q_INVOKABLE void close(); // stores the running time and lets the attempt go

    // Answers to the item on screen; each returns false (errorText says why) when refused.
    Q_INVOKABLE bool answerSingle(const QString &optionId);
    Q_INVOKABLE bool toggleOption(const QString &optionId);
    Q_INVOKABLE bool answerTrueFalse(bool value);
    Q_INVOKABLE bool answerRating(int rating);
    Q_INVOKABLE bool chooseOption(const QString &optionId); // by item type, for delegates
    Q_INVOKABLE bool chooseByShortcut(int digit);           // digit keys 1..9
    Q_INVOKABLE bool clearAnswer();
    // Practice mode, multiple choice: show the feedback now (it also shows on leaving the
    // item). An answer is final once its feedback is shown.
    Q_INVOKABLE bool checkAnswer();
    Q_INVOKABLE bool setFlagged(bool flagged);
    Q_INVOKABLE bool setConfidence(int confidence); // 1..3, 0 clears
    Q_INVOKABLE bool moveStep(int from, int to);    // ordering: positions as shown
    Q_INVOKABLE bool keepStepOrder();               // ordering: the order shown is the answer
    Q_INVOKABLE bool setMatch(const QString &leftId, const QString &rightId); // "" unmatches
    Q_INVOKABLE bool toggleSpan(const QString &spanId);                       // hottext
    Q_INVOKABLE bool answerTyped(const QString &typed);                       // numeric, text

    // Once a second while a timed attempt runs (tests call it after moving a fake clock):
    // updates the time left, warns at five minutes, submits at zero.
    Q_INVOKABLE void tick();

    Q_INVOKABLE bool next();
    Q_INVOKABLE bool previous();
    Q_INVOKABLE bool goTo(int position);

    Q_INVOKABLE bool submit();

signals:
    void databaseChanged();
    void attemptChanged();
    void currentItemChanged();
    void answerChanged();
    void flagChanged();
    void answeredCountChanged();
    void flaggedCountChanged();
    void reviewListChanged();
    void elapsedMsChanged();
    void submittedChanged();
    void errorTextChanged();
    void remainingChanged();
    void timeWarningReached(); // once per attempt, at five minutes left
    void timeRanOut();         // the attempt was submitted because its time is up

private:
    // What the properties show, compared before and after a change to signal what differs.
    struct View
    {
        qint64 attemptId = 0;
        int position = -1;
        QString itemId;
        QString answer; // encoded
        bool feedback = false;
        bool flagged = false;
        int confidence = 0;
        QSet<QString> answeredIds;
        QSet<QString> flaggedIds;
        qint64 storedElapsed = 0;
        bool submitted = false;
    };
    View view() const;
    void publish(const View &before);
    void refreshModels();

    const Item *current() const;
    Answer currentAnswer() const;
    bool feedbackVisibleFor(const Item &item) const;
    bool editable(ItemType type); // checks, and sets errorText when not
    bool store(const Answer &answer);
    bool move(int position);
    void storeElapsed();
    void adopt(std::unique_ptr<AttemptSession> session);
    bool refuse(const QString &text);
    void setErrorText(const QString &text);

    QPointer<LearnerDatabase> m_database;
    std::unique_ptr<AttemptSession> m_session;
    std::unique_ptr<Report> m_report;
    AttemptShape m_shape;     // of the attempt on screen: count() is its number of items
    QSet<QString> m_revealed; // practice mode: multiple-choice items whose feedback is shown
    AttemptClock m_clock;     // time since the elapsed time was last stored
    QTimer m_elapsedSaver;
    QTimer m_ticker; // timed attempts: tick() once a second
    bool m_warned = false;
    bool m_submittedForTime = false;
    void startTimekeeping();
    QStringList shownStepIds() const;
    const Stimulus *currentStimulus() const;
    QString m_errorText;
    OptionListModel *m_options;
    QuestionPaletteModel *m_palette;
};

} // namespace hitready
