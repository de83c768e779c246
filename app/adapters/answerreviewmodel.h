#pragma once
// The answer review screen's list: every item of a finished attempt in the order shown, with
// the learner's answer, the right answer, the points and the explanation; filtered to the
// items not fully right, the flagged ones, or one domain. The judgments are the engine's
// (answerreview.h); the words come from answerreviewrows.h, shared with the PDF.

#include "answerreviewrows.h"
#include "attemptresults.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace hitready {

// The parts of one reviewed answer (options, steps, pairs, hottext parts), read-only.
class ReviewPartModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ReviewPartModel is provided by AnswerReviewModel rows")
    Q_DISABLE_COPY_MOVE(ReviewPartModel)

public:
    enum Role {
        TextRole = Qt::UserRole + 1,
        TextSecondRole,
        DetailRole,
        MarkWordRole,
        MarkRole, // AnswerReviewModel::Mark
        ChosenRole,
        SpokenRole, // the text, its mark and the detail, for a screen reader
    };
    Q_ENUM(Role)

    explicit ReviewPartModel(QList<ReviewPartRow> parts, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<ReviewPartRow> m_parts;
};

class AnswerReviewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(AnswerReviewModel)
    // The finished attempt reviewed (shared with its results, next steps and PDF).
    Q_PROPERTY(hitready::AttemptResults *results READ results WRITE setResults NOTIFY reviewChanged)
    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY filterChanged)
    // A domain id: only its items are listed; "" for every domain.
    Q_PROPERTY(QString domain READ domain WRITE setDomain NOTIFY filterChanged)
    // The attempt's domains that have items in it, ids and titles in the same order.
    Q_PROPERTY(QStringList domainIds READ domainIds NOTIFY reviewChanged)
    Q_PROPERTY(QStringList domainTitles READ domainTitles NOTIFY reviewChanged)
    // The choices of the domain filter: "Every part of the quiz", then domainTitles; and the
    // one chosen (0: every part; i: domainIds[i - 1]).
    Q_PROPERTY(QStringList domainChoices READ domainChoices NOTIFY reviewChanged)
    Q_PROPERTY(int domainChoice READ domainChoice WRITE setDomainChoice NOTIFY filterChanged)
    // How many items each filter lists (within the domain chosen).
    Q_PROPERTY(int allCount READ allCount NOTIFY countsChanged)
    Q_PROPERTY(int notRightCount READ notRightCount NOTIFY countsChanged)
    Q_PROPERTY(int flaggedCount READ flaggedCount NOTIFY countsChanged)
    // "14 right, 3 partly right, 2 wrong, 1 not answered" over the whole attempt.
    Q_PROPERTY(QString summary READ summary NOTIFY reviewChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY reviewChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString secondLanguage READ secondLanguage WRITE setSecondLanguage NOTIFY
                   secondLanguageChanged)

public:
    enum class Filter {
        All = int(ReviewFilter::All),
        NotRight = int(ReviewFilter::NotRight),
        Flagged = int(ReviewFilter::Flagged),
    };
    Q_ENUM(Filter)
    // How an item or a part stands, for the marks drawn beside it.
    enum class Mark { Right, PartlyRight, Wrong, NotAnswered, NotScored, Missed, Neutral };
    Q_ENUM(Mark)

    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        HeadingRole,
        DomainTitleRole,
        MarkRole, // Mark: Right, PartlyRight, Wrong, NotAnswered or NotScored
        VerdictWordRole,
        PointsRole,
        FlaggedRole,
        ConfidenceRole,
        PromptRole,
        PromptSecondRole,
        HotTextRole,
        HotTextSecondRole,
        PartsHeadingRole,
        PartsRole, // ReviewPartModel
        YourAnswerRole,
        RightAnswerRole,
        ExplanationRole,
        ExplanationSecondRole,
        SourceRole,
        StimulusTitleRole,
        StimulusTextRole,
        StimulusColumnsRole, // QStringList
        StimulusRowsRole,    // list of string lists
        SpokenRole,
    };
    Q_ENUM(Role)

    explicit AnswerReviewModel(QObject *parent = nullptr);

    AttemptResults *results() const { return m_source; }
    void setResults(AttemptResults *results);
    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    QString domain() const { return m_domain; }
    void setDomain(const QString &domain);
    QStringList domainIds() const { return m_domainIds; }
    QStringList domainTitles() const { return m_domainTitles; }
    QStringList domainChoices() const;
    int domainChoice() const
    {
        return m_domain.isEmpty() ? 0 : int(m_domainIds.indexOf(m_domain)) + 1;
    }
    void setDomainChoice(int choice);
    int allCount() const { return countFor(Filter::All); }
    int notRightCount() const { return countFor(Filter::NotRight); }
    int flaggedCount() const { return countFor(Filter::Flagged); }
    QString summary() const { return m_summary; }
    QString errorText() const;
    QString language() const { return m_reading.first; }
    void setLanguage(const QString &language);
    QString secondLanguage() const { return m_reading.second; }
    void setSecondLanguage(const QString &language);

    // The row (in the list as filtered now) of the item `itemId`; -1 when it is not listed.
    Q_INVOKABLE int rowOf(const QString &itemId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void reviewChanged();
    void filterChanged();
    void countsChanged();
    void languageChanged();
    void secondLanguageChanged();

private:
    void reload();
    void refilter();
    int countFor(Filter filter) const;

    QPointer<AttemptResults> m_source;
    std::shared_ptr<const FinishedAttempt> m_attempt;
    Reading m_reading;
    QList<ReviewRow> m_all;
    QList<ReviewPartModel *> m_parts; // one per row of m_all, owned
    QList<int> m_shown;               // indexes into m_all
    Filter m_filter = Filter::All;
    QString m_domain;
    QStringList m_domainIds;
    QStringList m_domainTitles;
    QString m_summary;
};

} // namespace hitready
