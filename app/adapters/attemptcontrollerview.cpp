// What the attempt on screen shows as a whole: the read-only half of AttemptController.

#include "attemptcontroller.h"

#include "displaysettings.h"
#include "loader.h"
#include "session.h"

namespace hitready {

namespace {

constexpr int shortPromptLength = 90;

QString shortened(const QString &text)
{
    const QString flat = text.simplified();
    return flat.size() <= shortPromptLength ? flat
                                            : flat.left(shortPromptLength - 1) + QChar(0x2026);
}

} // namespace

// --- reading ---------------------------------------------------------------------------------

const Item *AttemptController::currentItem() const
{
    return m_session ? m_session->currentItem() : nullptr;
}

Answer AttemptController::currentAnswer() const
{
    const Item *item = currentItem();
    return item ? m_session->answerFor(item->id) : Answer{};
}

qint64 AttemptController::attemptId() const
{
    return m_session ? m_session->attemptId() : 0;
}

QString AttemptController::quizTitle() const
{
    return m_session ? show(m_session->quiz().title, m_reading, m_session->quiz().language).first
                     : QString();
}

QString AttemptController::quizTitleSecond() const
{
    return m_session ? show(m_session->quiz().title, m_reading, m_session->quiz().language).second
                     : QString();
}

void AttemptController::setLanguage(const QString &language)
{
    setReading({language, m_reading.second});
}

void AttemptController::setSecondLanguage(const QString &language)
{
    setReading({m_reading.first, language});
}

// The texts change in place: models keep their rows (and the focus on them), the item its
// answer, flag and position; only what shows text is told.
void AttemptController::setReading(const Reading &reading)
{
    if (reading == m_reading)
        return;
    m_reading = reading;
    m_current->setReading(reading);
    m_feedback->setReading(reading);
    emit readingChanged();
    if (m_session) {
        emit quizTitleChanged();
        emit reviewListChanged();
    }
}

int AttemptController::count() const
{
    return m_session ? m_shape.items : 0;
}

bool AttemptController::practiceMode() const
{
    return m_session && m_session->mode() == QuizMode::Practice;
}

int AttemptController::position() const
{
    return m_session ? m_session->position() : 0;
}

int AttemptController::answeredCount() const
{
    return m_session ? m_session->answeredCount() : 0;
}

int AttemptController::flaggedCount() const
{
    return m_session ? int(m_session->flagged().size()) : 0;
}

QVariantList AttemptController::reviewList() const
{
    QVariantList list;
    if (!m_session)
        return list;
    const QStringList &order = m_session->itemOrder();
    for (qsizetype i = 0; i < order.size(); ++i) {
        const bool answered = !m_session->answerFor(order.at(i)).isEmpty();
        const bool flagged = m_session->isFlagged(order.at(i));
        if (answered && !flagged)
            continue;
        const Item *item = m_session->quiz().item(order.at(i));
        const ShownText prompt = show(item->prompt, m_reading, m_session->quiz().language);
        list.append(QVariantMap{{QStringLiteral("number"), int(i) + 1},
                                {QStringLiteral("itemId"), order.at(i)},
                                {QStringLiteral("prompt"), shortened(prompt.first)},
                                {QStringLiteral("promptSecond"),
                                 prompt.second.isEmpty() ? QString() : shortened(prompt.second)},
                                {QStringLiteral("answered"), answered},
                                {QStringLiteral("flagged"), flagged}});
    }
    return list;
}

qint64 AttemptController::elapsedMs() const
{
    if (!m_session)
        return 0;
    return m_session->elapsedMs() + (m_clock.isValid() ? m_clock.elapsed() : 0);
}

bool AttemptController::isSubmitted() const
{
    return m_session && m_session->isSubmitted();
}

QVariantMap AttemptController::introTexts(const QString &quizPath, const QString &language,
                                          const QString &secondLanguage) const
{
    const Result<Quiz> quiz = loadQuizFile(quizPath);
    if (!quiz)
        return {};
    const Reading reading{language, secondLanguage};
    const ShownText title = show(quiz->title, reading, quiz->language);
    QVariantList domains;
    for (const Domain &domain : quiz->domains) {
        const ShownText shown = show(domain.title, reading, quiz->language);
        domains.append(QVariantMap{{QStringLiteral("first"), shown.first},
                                   {QStringLiteral("second"), shown.second}});
    }
    // A draft is named only for a language the learner reads it in.
    QVariantList drafts;
    QStringList shownLanguages{language.isEmpty() ? quiz->language : language};
    if (!secondLanguage.isEmpty() && !shownLanguages.contains(secondLanguage))
        shownLanguages.append(secondLanguage);
    for (const QString &code : shownLanguages) {
        const auto translation = quiz->translations.constFind(code);
        if (translation == quiz->translations.cend() ||
            translation->status != Translation::Status::Draft)
            continue;
        drafts.append(QVariantMap{{QStringLiteral("language"), code},
                                  {QStringLiteral("name"), DisplaySettings::languageName(code)},
                                  {QStringLiteral("note"), translation->note}});
    }
    return {{QStringLiteral("title"), title.first},
            {QStringLiteral("titleSecond"), title.second},
            {QStringLiteral("domains"), domains},
            {QStringLiteral("drafts"), drafts}};
}

} // namespace hitready
