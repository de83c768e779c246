#pragma once
// The item on screen, as QML reads it (AttemptController.current): its prompt, type and
// stimulus, the answer given so far, its flag and confidence, and one list model per kind of
// answer area. AttemptController tells it what changed after each stored change.

#include "hottextpartmodel.h"
#include "matchlistmodel.h"
#include "optionlistmodel.h"
#include "steplistmodel.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class AttemptSession;
class PracticeFeedback;
struct Answer;
struct Item;
struct Stimulus;

class AttemptItem : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AttemptItem is provided by AttemptController.current")
    Q_DISABLE_COPY_MOVE(AttemptItem)
    Q_PROPERTY(QString itemType READ itemType NOTIFY changed)
    Q_PROPERTY(QString prompt READ prompt NOTIFY changed)
    Q_PROPERTY(QString domainTitle READ domainTitle NOTIFY changed)
    Q_PROPERTY(QStringList anchors READ anchors NOTIFY changed)
    // Its answer.
    Q_PROPERTY(bool isAnswered READ isAnswered NOTIFY answerChanged)
    Q_PROPERTY(int rating READ rating NOTIFY answerChanged) // likert: 1..5, 0 when none
    // Numeric and text items: the answer as stored when the item is shown (not re-read while
    // the learner types, so the field keeps its cursor).
    Q_PROPERTY(QString typedAnswer READ typedAnswer NOTIFY changed)
    Q_PROPERTY(QString numericUnit READ numericUnit NOTIFY changed)
    Q_PROPERTY(bool isFlagged READ isFlagged NOTIFY flagChanged)
    // Confidence quizzes: asked after each scored answer; 0 none, 1 low, 2 medium, 3 high.
    Q_PROPERTY(bool asksConfidence READ asksConfidence NOTIFY changed)
    Q_PROPERTY(int confidence READ confidence NOTIFY answerChanged)
    // The shared stimulus shown beside it.
    Q_PROPERTY(bool hasStimulus READ hasStimulus NOTIFY changed)
    Q_PROPERTY(QString stimulusTitle READ stimulusTitle NOTIFY changed)
    Q_PROPERTY(QString stimulusText READ stimulusText NOTIFY changed)
    Q_PROPERTY(QStringList stimulusColumns READ stimulusColumns NOTIFY changed)
    Q_PROPERTY(QVariantList stimulusRows READ stimulusRows NOTIFY changed) // of string lists
    // The answer areas: choices (single, multiple, true/false), steps (ordering), left entries
    // and their choices (matching: "not matched yet", then the right entries as shown, with
    // their ids), the record and its parts (hottext).
    Q_PROPERTY(hitready::OptionListModel *options READ options CONSTANT)
    Q_PROPERTY(hitready::StepListModel *steps READ steps CONSTANT)
    Q_PROPERTY(hitready::MatchListModel *matchLeft READ matchLeft CONSTANT)
    Q_PROPERTY(QStringList matchChoices READ matchChoices NOTIFY changed)
    Q_PROPERTY(QStringList matchChoiceIds READ matchChoiceIds NOTIFY changed)
    Q_PROPERTY(QString hotText READ hotText NOTIFY changed)
    Q_PROPERTY(hitready::HotTextPartModel *hotParts READ hotParts CONSTANT)

public:
    AttemptItem(const PracticeFeedback *feedback, QObject *parent = nullptr);

    void setSession(const AttemptSession *session) { m_session = session; }
    // After a change: the item, its answer (or feedback, or confidence), its flag differ.
    void refresh(bool item, bool answer, bool flag);

    QString itemType() const;
    QString prompt() const;
    QString domainTitle() const;
    QStringList anchors() const;
    bool isAnswered() const;
    int rating() const;
    QString typedAnswer() const;
    QString numericUnit() const;
    bool isFlagged() const;
    bool asksConfidence() const;
    int confidence() const;
    bool hasStimulus() const { return stimulus() != nullptr; }
    QString stimulusTitle() const;
    QString stimulusText() const;
    QStringList stimulusColumns() const;
    QVariantList stimulusRows() const;
    OptionListModel *options() const { return m_options; }
    StepListModel *steps() const { return m_steps; }
    MatchListModel *matchLeft() const { return m_matchLeft; }
    QStringList matchChoices() const;
    QStringList matchChoiceIds() const;
    QString hotText() const;
    HotTextPartModel *hotParts() const { return m_hotParts; }

    // Ordering: the step ids in the order shown (the answer, else the attempt's shuffle).
    QStringList shownStepIds() const;

signals:
    void changed();
    void answerChanged();
    void flagChanged();

private:
    const Item *item() const;
    Answer answer() const;
    const Stimulus *stimulus() const;
    QList<int> rightOrder() const; // matching: the right entries' indexes as shown
    void refreshModels();

    const AttemptSession *m_session = nullptr;
    const PracticeFeedback *m_feedback;
    OptionListModel *m_options;
    StepListModel *m_steps;
    MatchListModel *m_matchLeft;
    HotTextPartModel *m_hotParts;
};

} // namespace hitready
