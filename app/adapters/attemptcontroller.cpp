// AttemptController: starting, resuming and closing an attempt, what it tells the screens,
// flags, moving between questions, and submitting.

#include "attemptcontroller.h"

#include "learnerdatabase.h"
#include "loader.h"
#include "session.h"
#include "storage.h"
#include "uilogging.h"

#include <QRandomGenerator>

namespace hitready {

namespace {

constexpr int elapsedSaveMs = 15000;
} // namespace

AttemptController::AttemptController(QObject *parent)
    : QObject(parent), m_palette(new QuestionPaletteModel(this)),
      m_feedback(new PracticeFeedback(this)), m_current(new AttemptItem(m_feedback, this)),
      m_timer(new AttemptTimer([this] { return remainingMs(); }, this))
{
    m_elapsedSaver.setInterval(elapsedSaveMs);
    connect(&m_elapsedSaver, &QTimer::timeout, this, [this] {
        const View before = view();
        storeElapsed();
        publish(before);
    });
    connect(m_timer, &AttemptTimer::due, this, &AttemptController::tick);
    connect(this, &AttemptController::attemptChanged, this, &AttemptController::quizTitleChanged);
}

AttemptController::~AttemptController()
{
    storeElapsed();
    // The parts outlive this object's members for a moment (QObject children): nothing of the
    // session may be read through them then.
    m_current->setSession(nullptr);
    m_feedback->setSession(nullptr);
    m_session.reset();
}

void AttemptController::setDatabase(LearnerDatabase *database)
{
    if (database == m_database)
        return;
    close();
    if (m_database)
        disconnect(m_database, nullptr, this, nullptr);
    m_database = database;
    if (m_database)
        connect(m_database, &LearnerDatabase::storageAboutToChange, this,
                &AttemptController::close);
    emit databaseChanged();
}

// --- signalling ------------------------------------------------------------------------------

AttemptController::View AttemptController::view() const
{
    View v;
    if (!m_session)
        return v;
    v.attemptId = m_session->attemptId();
    v.position = m_session->position();
    if (const Item *item = currentItem()) {
        v.itemId = item->id;
        v.answer = encodeAnswer(currentAnswer());
        v.feedback = m_feedback->isVisibleFor(*item);
        v.flagged = m_session->isFlagged(item->id);
        v.confidence = m_session->confidenceFor(item->id).value_or(0);
    }
    for (auto it = m_session->responses().cbegin(); it != m_session->responses().cend(); ++it)
        v.answeredIds.insert(it.key());
    v.flaggedIds = m_session->flagged();
    v.storedElapsed = m_session->elapsedMs();
    v.submitted = m_session->isSubmitted();
    return v;
}

void AttemptController::publish(const View &before)
{
    const View now = view();
    refreshPalette();
    const bool attempt = before.attemptId != now.attemptId;
    const bool item = attempt || before.position != now.position || before.itemId != now.itemId;
    const bool answer = item || before.answer != now.answer || before.feedback != now.feedback ||
                        before.confidence != now.confidence;
    m_current->refresh(item, answer, before.flagged != now.flagged);
    if (answer)
        m_feedback->refresh();
    if (attempt)
        emit attemptChanged();
    if (item)
        emit positionChanged();
    if (attempt || before.answeredIds.size() != now.answeredIds.size())
        emit answeredCountChanged();
    if (attempt || before.flaggedIds.size() != now.flaggedIds.size())
        emit flaggedCountChanged();
    if (attempt || before.answeredIds != now.answeredIds || before.flaggedIds != now.flaggedIds)
        emit reviewListChanged();
    if (attempt || before.storedElapsed != now.storedElapsed)
        emit elapsedMsChanged();
    if (before.submitted != now.submitted)
        emit submittedChanged();
    // Every change reaches publish() once it is stored: a class sends it now.
    if (m_database)
        m_database->notifyChangeStored();
}

void AttemptController::refreshPalette()
{
    QList<QuestionPaletteModel::Entry> entries;
    if (m_session) {
        const QStringList &order = m_session->itemOrder();
        entries.reserve(order.size());
        for (qsizetype i = 0; i < order.size(); ++i)
            entries.append({order.at(i), !m_session->answerFor(order.at(i)).isEmpty(),
                            m_session->isFlagged(order.at(i)), i == m_session->position()});
    }
    m_palette->setEntries(entries);
}

bool AttemptController::refuse(const QString &text)
{
    setErrorText(text);
    return false;
}

void AttemptController::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

// --- changing --------------------------------------------------------------------------------

void AttemptController::storeElapsed()
{
    if (!m_session || m_session->isSubmitted() || !m_clock.isValid())
        return;
    const qint64 ms = m_clock.restart();
    if (const Status stored = ms > 0 ? m_session->addElapsed(ms) : Status(); !stored)
        qCWarning(lcUi).noquote() << "cannot store the elapsed time:" << stored.error().message;
}

void AttemptController::adopt(std::unique_ptr<AttemptSession> session)
{
    const View before = view();
    storeElapsed();
    m_session = std::move(session);
    m_shape = m_session ? attemptShape(m_session->quiz(), m_session->itemOrder()) : AttemptShape{};
    m_report.reset();
    m_elapsedSaver.stop();
    m_clock.invalidate();
    const bool running = m_session && !m_session->isSubmitted();
    if (running) {
        m_clock.start();
        m_elapsedSaver.start();
    }
    m_current->setSession(m_session.get());
    m_feedback->setSession(m_session.get());
    m_timer->begin(m_session && m_session->submittedOnResume(), running);
    setErrorText({});
    publish(before);
    if (m_database)
        m_database->notifyAttemptsChanged();
}

bool AttemptController::start(const QString &quizPath, qint64 profileId)
{
    Storage *storage = m_database ? m_database->storage() : nullptr;
    if (!storage)
        return refuse(tr("No learner database is open."));
    const Result<Quiz> loaded = loadQuizFile(quizPath);
    if (!loaded) {
        const Problems &problems = loaded.error().problems;
        return refuse(tr("This quiz cannot be started: %1 (%n problems in all).", nullptr,
                         int(problems.size()))
                          .arg(problems.first().toString()));
    }
    bool resumed = false;
    Result<AttemptSession> session =
        AttemptSession::startOrResume(*storage, *loaded, profileId, loaded->mode,
                                      QRandomGenerator::global()->generate64(), &resumed);
    if (!session)
        return refuse(tr("The attempt could not be started: %1").arg(session.error().message));
    qCDebug(lcUi) << (resumed ? "continued attempt" : "started attempt") << session->attemptId()
                  << "on" << quizPath;
    adopt(std::make_unique<AttemptSession>(std::move(*session)));
    return true;
}

bool AttemptController::startLoaded(const Quiz &quiz, qint64 profileId, QuizMode mode, quint64 seed)
{
    Storage *storage = m_database ? m_database->storage() : nullptr;
    if (!storage)
        return refuse(tr("No learner database is open."));
    Result<AttemptSession> session = AttemptSession::start(*storage, quiz, profileId, mode, seed);
    if (!session)
        return refuse(tr("The attempt could not be started: %1").arg(session.error().message));
    adopt(std::make_unique<AttemptSession>(std::move(*session)));
    return true;
}

QVariantMap AttemptController::unfinishedAttempt(const QString &quizId, qint64 profileId) const
{
    Storage *storage = m_database ? m_database->storage() : nullptr;
    const Result<QList<AttemptRecord>> open =
        storage && !quizId.isEmpty() ? storage->unfinishedAttempts(profileId, quizId)
                                     : Result<QList<AttemptRecord>>(QList<AttemptRecord>());
    if (!open || open->isEmpty())
        return {};
    return {{QStringLiteral("attemptId"), open->first().id},
            {QStringLiteral("started"), open->first().started.toLocalTime()}};
}

bool AttemptController::discardAttempt(qint64 attemptId)
{
    Storage *storage = m_database ? m_database->storage() : nullptr;
    if (!storage)
        return refuse(tr("No learner database is open."));
    if (m_session && m_session->attemptId() == attemptId)
        close();
    if (const Status discarded = storage->discardAttempt(attemptId); !discarded)
        return refuse(tr("The attempt could not be discarded: %1").arg(discarded.error().message));
    setErrorText({});
    if (m_database)
        m_database->notifyAttemptsChanged();
    return true;
}

bool AttemptController::resume(qint64 attemptId, const QString &quizPath)
{
    Storage *storage = m_database ? m_database->storage() : nullptr;
    if (!storage)
        return refuse(tr("No learner database is open."));
    const std::optional<Quiz> quizFile =
        quizPath.isEmpty() ? std::nullopt : loadQuizFile(quizPath).toOptional();
    Result<AttemptSession> session =
        AttemptSession::resume(*storage, attemptId, quizFile ? &*quizFile : nullptr);
    if (!session)
        return refuse(tr("The attempt could not be resumed: %1").arg(session.error().message));
    adopt(std::make_unique<AttemptSession>(std::move(*session)));
    return true;
}

void AttemptController::close()
{
    if (m_session)
        adopt(nullptr);
}

bool AttemptController::setFlagged(bool flagged)
{
    const Item *item = currentItem();
    if (!item)
        return refuse(tr("No question is open."));
    const View before = view();
    storeElapsed();
    const Status stored = m_session->setFlagged(item->id, flagged);
    setErrorText(stored ? QString()
                        : tr("The flag could not be saved: %1").arg(stored.error().message));
    publish(before);
    return stored.has_value();
}

bool AttemptController::move(int position)
{
    if (!m_session)
        return refuse(tr("No question is open."));
    if (position < 0 || position >= count())
        return refuse(tr("There is no question %1.").arg(position + 1));
    const View before = view();
    // Leaving an item confirms its answer: its feedback shows on return.
    m_feedback->confirmCurrent();
    storeElapsed();
    const Status moved = m_session->moveTo(position);
    setErrorText(moved ? QString()
                       : tr("The position could not be saved: %1").arg(moved.error().message));
    publish(before);
    return moved.has_value();
}

bool AttemptController::next()
{
    return m_session && position() + 1 < count() && move(position() + 1);
}

bool AttemptController::previous()
{
    return m_session && position() > 0 && move(position() - 1);
}

bool AttemptController::goTo(int position)
{
    return move(position);
}

bool AttemptController::submit()
{
    if (!m_session)
        return refuse(tr("No attempt is open."));
    const View before = view();
    storeElapsed();
    Result<Report> report = m_session->submit();
    if (!report) {
        setErrorText(tr("The attempt could not be submitted: %1").arg(report.error().message));
        publish(before);
        return false;
    }
    m_report = std::make_unique<Report>(std::move(*report));
    m_elapsedSaver.stop();
    m_timer->stop();
    m_clock.invalidate();
    setErrorText({});
    publish(before);
    if (m_database)
        m_database->notifyAttemptsChanged();
    return true;
}

} // namespace hitready
