#pragma once
// The item on screen, as QML reads it (AttemptController.current): its prompt, type and
// stimulus, the answer given so far, its flag and confidence, and one list model per kind of
// answer area. AttemptController tells it what changed after each stored change.

#include "hottextpartmodel.h"
#include "matchlistmodel.h"
#include "optionlistmodel.h"
#include "reading.h"
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
    // Every quiz text comes in the first language and, with a `...Second` companion, in the
    // second language ("" where the text has none, or no second language is shown). They
    // change with the item and with the languages (textsChanged), nothing else.
    Q_PROPERTY(QString prompt READ prompt NOTIFY textsChanged)
    Q_PROPERTY(QString promptSecond READ promptSecond NOTIFY textsChanged)
    Q_PROPERTY(QString domainTitle READ domainTitle NOTIFY textsChanged)
    Q_PROPERTY(QString domainTitleSecond READ domainTitleSecond NOTIFY textsChanged)
    Q_PROPERTY(QStringList anchors READ anchors NOTIFY textsChanged)
    Q_PROPERTY(QStringList anchorsSecond READ anchorsSecond NOTIFY textsChanged) // one per anchor
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
    Q_PROPERTY(QString stimulusTitle READ stimulusTitle NOTIFY textsChanged)
    Q_PROPERTY(QString stimulusTitleSecond READ stimulusTitleSecond NOTIFY textsChanged)
    Q_PROPERTY(QString stimulusText READ stimulusText NOTIFY textsChanged)
    Q_PROPERTY(QString stimulusTextSecond READ stimulusTextSecond NOTIFY textsChanged)
    Q_PROPERTY(QStringList stimulusColumns READ stimulusColumns NOTIFY textsChanged)
    Q_PROPERTY(QStringList stimulusColumnsSecond READ stimulusColumnsSecond NOTIFY textsChanged)
    Q_PROPERTY(QVariantList stimulusRows READ stimulusRows NOTIFY changed) // of string lists
    // The answer areas: choices (single, multiple, true/false), steps (ordering), left entries
    // and their choices (matching: "not matched yet", then the right entries as shown, with
    // their ids), the record and its parts (hottext).
    Q_PROPERTY(hitready::OptionListModel *options READ options CONSTANT)
    Q_PROPERTY(hitready::StepListModel *steps READ steps CONSTANT)
    Q_PROPERTY(hitready::MatchListModel *matchLeft READ matchLeft CONSTANT)
    Q_PROPERTY(QStringList matchChoices READ matchChoices NOTIFY textsChanged)
    Q_PROPERTY(QStringList matchChoicesSecond READ matchChoicesSecond NOTIFY textsChanged)
    Q_PROPERTY(QStringList matchChoiceIds READ matchChoiceIds NOTIFY changed)
    Q_PROPERTY(QString hotText READ hotText NOTIFY textsChanged)
    // The record in the second language (its parts: hotParts' textSecond and secondExtents).
    Q_PROPERTY(QString hotTextSecond READ hotTextSecond NOTIFY textsChanged)
    Q_PROPERTY(hitready::HotTextPartModel *hotParts READ hotParts CONSTANT)

public:
    AttemptItem(const PracticeFeedback *feedback, QObject *parent = nullptr);

    void setSession(const AttemptSession *session) { m_session = session; }
    // After a change: the item, its answer (or feedback, or confidence), its flag differ.
    void refresh(bool item, bool answer, bool flag);
    // The languages to show the texts in; the texts change in place (rows kept, no reset).
    void setReading(const Reading &reading);

    QString itemType() const;
    QString prompt() const { return shownText(promptText()).first; }
    QString promptSecond() const { return shownText(promptText()).second; }
    QString domainTitle() const { return shownText(domainText()).first; }
    QString domainTitleSecond() const { return shownText(domainText()).second; }
    QStringList anchors() const { return shownTexts(anchorTexts(), false); }
    QStringList anchorsSecond() const { return shownTexts(anchorTexts(), true); }
    bool isAnswered() const;
    int rating() const;
    QString typedAnswer() const;
    QString numericUnit() const;
    bool isFlagged() const;
    bool asksConfidence() const;
    int confidence() const;
    bool hasStimulus() const { return stimulus() != nullptr; }
    QString stimulusTitle() const;
    QString stimulusTitleSecond() const;
    QString stimulusText() const;
    QString stimulusTextSecond() const;
    QStringList stimulusColumns() const;
    QStringList stimulusColumnsSecond() const;
    QVariantList stimulusRows() const;
    OptionListModel *options() const { return m_options; }
    StepListModel *steps() const { return m_steps; }
    MatchListModel *matchLeft() const { return m_matchLeft; }
    QStringList matchChoices() const;
    QStringList matchChoicesSecond() const;
    QStringList matchChoiceIds() const;
    QString hotText() const;
    QString hotTextSecond() const;
    HotTextPartModel *hotParts() const { return m_hotParts; }

    // Ordering: the step ids in the order shown (the answer, else the attempt's shuffle).
    QStringList shownStepIds() const;

signals:
    void changed();
    void textsChanged();
    void answerChanged();
    void flagChanged();

private:
    const Item *item() const;
    Answer answer() const;
    const Stimulus *stimulus() const;
    QList<int> rightOrder() const; // matching: the right entries' indexes as shown
    void refreshModels();
    ShownText shownText(const Text &text) const;
    QStringList shownTexts(const QList<Text> &texts, bool second) const;
    Text promptText() const;
    Text domainText() const;
    QList<Text> anchorTexts() const;
    QList<Text> matchChoiceTexts() const;
    ShownText shownHotText() const;

    const AttemptSession *m_session = nullptr;
    Reading m_reading;
    const PracticeFeedback *m_feedback;
    OptionListModel *m_options;
    StepListModel *m_steps;
    MatchListModel *m_matchLeft;
    HotTextPartModel *m_hotParts;
};

} // namespace hitready
