#pragma once
// The attempt on screen: QML's handle on one AttemptSession. It owns the attempt's lifecycle
// (start, resume, answer, submit, discard, close) and the navigation between its items; what the
// item on screen shows (`current`), the time limit (`timer`) and practice feedback (`feedback`)
// are their own objects, told by publish() what changed. Every change is handed to the session
// (which makes it durable in SQLite) before any property change is signalled, so the screen
// never runs ahead of what a restart would find.

#include "attemptclock.h"
#include "attemptitem.h"
#include "attemptshape.h"
#include "attempttimer.h"
#include "learnerdatabase.h"
#include "practicefeedback.h"
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
struct Quiz;
struct Report;
enum class ItemType;
enum class QuizMode;

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
    Q_PROPERTY(QString quizTitle READ quizTitle NOTIFY quizTitleChanged)
    Q_PROPERTY(QString quizTitleSecond READ quizTitleSecond NOTIFY quizTitleChanged)
    // The languages the quiz texts are shown in (bound to DisplaySettings): the learner's
    // language ("" the quiz's own) and a second one shown under it ("" none). Changing either
    // changes the texts on screen in place; the answers, flags and position stay.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY readingChanged)
    Q_PROPERTY(
        QString secondLanguage READ secondLanguage WRITE setSecondLanguage NOTIFY readingChanged)
    Q_PROPERTY(int count READ count NOTIFY attemptChanged)
    Q_PROPERTY(bool practiceMode READ practiceMode NOTIFY attemptChanged)
    // Where it stands: the item on screen (0-based), and progress.
    Q_PROPERTY(int position READ position NOTIFY positionChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answeredCountChanged)
    Q_PROPERTY(int flaggedCount READ flaggedCount NOTIFY flaggedCountChanged)
    Q_PROPERTY(QVariantList reviewList READ reviewList NOTIFY reviewListChanged)
    Q_PROPERTY(double elapsedMs READ elapsedMs NOTIFY elapsedMsChanged)
    Q_PROPERTY(bool submitted READ isSubmitted NOTIFY submittedChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(hitready::QuestionPaletteModel *palette READ palette CONSTANT)
    // The parts with their own objects.
    Q_PROPERTY(hitready::AttemptItem *current READ current CONSTANT)
    Q_PROPERTY(hitready::AttemptTimer *timer READ timer CONSTANT)
    Q_PROPERTY(hitready::PracticeFeedback *feedback READ feedback CONSTANT)

public:
    explicit AttemptController(QObject *parent = nullptr);
    ~AttemptController() override;

    LearnerDatabase *database() const { return m_database; }
    void setDatabase(LearnerDatabase *database);

    bool isActive() const { return m_session != nullptr; }
    qint64 attemptId() const;
    QString quizTitle() const;
    QString quizTitleSecond() const;
    QString language() const { return m_reading.first; }
    void setLanguage(const QString &language);
    QString secondLanguage() const { return m_reading.second; }
    void setSecondLanguage(const QString &language);
    int count() const;
    bool practiceMode() const;
    int position() const;
    int answeredCount() const;
    int flaggedCount() const;
    // Unanswered and flagged items in order: {number, itemId, prompt (short), promptSecond
    // (short, "" when none), answered, flagged}.
    QVariantList reviewList() const;
    qint64 elapsedMs() const; // stored time plus the time since it was last stored
    bool isSubmitted() const;
    QString errorText() const { return m_errorText; }
    QuestionPaletteModel *palette() const { return m_palette; }
    AttemptItem *current() const { return m_current; }
    AttemptTimer *timer() const { return m_timer; }
    PracticeFeedback *feedback() const { return m_feedback; }

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
    // C++ only: starts a new attempt on a quiz already loaded, in `mode`, with the items and
    // options in the order `seed` gives (the preview window's attempt, in its own storage).
    bool startLoaded(const Quiz &quiz, qint64 profileId, QuizMode mode, quint64 seed);
    // The profile's unfinished attempt of quiz `quizId` that start() would continue:
    // {attemptId, started (date and time)}; empty when there is none.
    Q_INVOKABLE QVariantMap unfinishedAttempt(const QString &quizId, qint64 profileId) const;
    // Deletes that attempt and its answers, so start() begins a new one ("Start over").
    Q_INVOKABLE bool discardAttempt(qint64 attemptId);
    // `quizPath` (optional): the quiz file to restore the attempt's stored quiz from, should
    // that be damaged; used only when it is the same version.
    Q_INVOKABLE bool resume(qint64 attemptId, const QString &quizPath = QString());
    Q_INVOKABLE void close(); // stores the running time and lets the attempt go

    // What the intro page shows of the quiz file at `quizPath` in the languages given (passed
    // in, so that a QML binding follows them): {title, titleSecond, domains: [{first,
    // second}], drafts: [{language, name, note}]} - `drafts` names each language shown whose
    // translation the quiz marks `status: draft`. Empty when the file cannot be read.
    Q_INVOKABLE QVariantMap introTexts(const QString &quizPath, const QString &language,
                                       const QString &secondLanguage) const;

    // Answers to the item on screen, stored before anything shows them
    // (attemptcontrolleranswers.cpp); each returns false (errorText says why) when refused.
    Q_INVOKABLE bool answerSingle(const QString &optionId);
    Q_INVOKABLE bool toggleOption(const QString &optionId);
    Q_INVOKABLE bool answerTrueFalse(bool value);
    Q_INVOKABLE bool answerRating(int rating);
    Q_INVOKABLE bool chooseOption(const QString &optionId); // by item type, for delegates
    Q_INVOKABLE bool chooseByShortcut(int digit);           // digit keys 1..9
    Q_INVOKABLE bool clearAnswer();
    // Practice mode, an answer built in steps: show the feedback now (it also shows on leaving
    // the item). An answer is final once its feedback is shown.
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
    void quizTitleChanged();
    void readingChanged();
    void positionChanged();
    void answeredCountChanged();
    void flaggedCountChanged();
    void reviewListChanged();
    void elapsedMsChanged();
    void submittedChanged();
    void errorTextChanged();

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
    void refreshPalette();
    void setReading(const Reading &reading);

    const Item *currentItem() const;
    Answer currentAnswer() const;
    bool editable(ItemType type); // checks, and sets errorText when not
    bool store(const Answer &answer);
    bool move(int position);
    void storeElapsed();
    void adopt(std::unique_ptr<AttemptSession> session);
    bool refuse(const QString &text);
    void setErrorText(const QString &text);
    std::optional<qint64> remainingMs() const;

    QPointer<LearnerDatabase> m_database;
    std::unique_ptr<AttemptSession> m_session;
    std::unique_ptr<Report> m_report;
    AttemptShape m_shape; // of the attempt on screen: count() is its number of items
    AttemptClock m_clock; // time since the elapsed time was last stored
    QTimer m_elapsedSaver;
    QString m_errorText;
    Reading m_reading;
    QuestionPaletteModel *m_palette;
    PracticeFeedback *m_feedback;
    AttemptItem *m_current;
    AttemptTimer *m_timer;
};

} // namespace hitready
