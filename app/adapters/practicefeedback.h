#pragma once
// Practice mode's feedback on the item on screen: when it shows, and what it says. The verdict
// is the engine's (judgment.h); the screen only puts it into words.

#include "judgment.h"
#include "reading.h"

#include <QObject>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class AttemptSession;
struct Item;

class PracticeFeedback : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PracticeFeedback is provided by AttemptController.feedback")
    Q_DISABLE_COPY_MOVE(PracticeFeedback)
    Q_PROPERTY(bool visible READ isVisible NOTIFY changed)
    Q_PROPERTY(Verdict verdict READ verdict NOTIFY changed)
    Q_PROPERTY(QString explanation READ explanation NOTIFY changed)
    // The explanation in the second language; "" when none.
    Q_PROPERTY(QString explanationSecond READ explanationSecond NOTIFY changed)
    // An answer built up in several steps, not yet checked: "Check my answer" is offered.
    Q_PROPERTY(bool checkable READ isCheckable NOTIFY changed)

public:
    // judgment::Verdict, for QML (PracticeFeedback.Correct ...).
    enum class Verdict {
        Correct = int(judgment::Verdict::Correct),
        PartlyCorrect = int(judgment::Verdict::PartlyCorrect),
        NotCorrect = int(judgment::Verdict::NotCorrect),
    };
    Q_ENUM(Verdict)

    explicit PracticeFeedback(QObject *parent = nullptr);

    // The attempt on screen (null: none). Feedback earned before a restart shows again.
    void setSession(const AttemptSession *session);
    bool isVisibleFor(const Item &item) const;
    // An answer is final once its feedback shows: on checking it, or on leaving its item.
    // False when the item on screen has no answer to confirm or this is no practice attempt.
    bool confirmCurrent();
    void refresh() { emit changed(); }
    void setReading(const Reading &reading);

    bool isVisible() const;
    Verdict verdict() const; // NotCorrect while no feedback shows
    QString explanation() const { return shownExplanation().first; }
    QString explanationSecond() const { return shownExplanation().second; }
    bool isCheckable() const;

signals:
    void changed();

private:
    bool isPractice() const;
    ShownText shownExplanation() const;

    const AttemptSession *m_session = nullptr;
    Reading m_reading;
    QSet<QString> m_revealed; // items answered in steps whose feedback shows
};

} // namespace hitready
