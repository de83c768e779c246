#pragma once
// The instructor view's item analysis: one row per scored item of a quiz, sortable, with its
// flags and response frequencies, and the test and per-domain summaries. Computed off the GUI
// thread by the engine's quizStatisticsAt() (the same call as `hitready-cli stats`), so the
// window never blocks.

#include "learnerdatabase.h"
#include "quiz.h"
#include "statistics.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace hitready {

class QuizStatisticsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(QuizStatisticsModel)
    Q_PROPERTY(
        hitready::LearnerDatabase *database READ database WRITE setDatabase NOTIFY databaseChanged)
    Q_PROPERTY(QString quizId READ quizId WRITE setQuizId NOTIFY requestChanged)
    Q_PROPERTY(bool allAttempts READ allAttempts WRITE setAllAttempts NOTIFY requestChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY statisticsChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY statisticsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statisticsChanged)
    Q_PROPERTY(QString title READ title NOTIFY statisticsChanged)
    Q_PROPERTY(int attempts READ attempts NOTIFY statisticsChanged)
    // The test and each domain: {scope, title, count, mean, sd, alpha, errorRatio, sem,
    // skewness, kurtosis, flags}; figures as display text ("" when undefined).
    Q_PROPERTY(QVariantList summaries READ summaries NOTIFY statisticsChanged)
    Q_PROPERTY(QString sortKey READ sortKey NOTIFY sortChanged)
    Q_PROPERTY(bool sortAscending READ sortAscending NOTIFY sortChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        DomainRole, // the domain's title
        PromptRole, // the start of the question
        TypeRole,
        AttemptsRole,
        FacilityRole, // percent, or -1 when undefined (also below)
        DiscriminationRole,
        EfficiencyRole,
        EffectiveWeightRole,
        RandomGuessRole,
        FlagsRole,     // one-line reasons
        FlaggedRole,   // any flag
        ResponsesRole, // [{label, count, percent, correct}] for the bar chart
    };
    Q_ENUM(Role)

    explicit QuizStatisticsModel(QObject *parent = nullptr);
    ~QuizStatisticsModel() override;

    LearnerDatabase *database() const { return m_database; }
    void setDatabase(LearnerDatabase *database);
    QString quizId() const { return m_quizId; }
    void setQuizId(const QString &quizId);
    bool allAttempts() const { return m_allAttempts; }
    void setAllAttempts(bool all);

    bool isBusy() const { return m_busy; }
    bool isLoaded() const { return m_statistics.has_value(); }
    QString errorText() const { return m_error; }
    QString title() const;
    int attempts() const;
    QVariantList summaries() const;
    QString sortKey() const { return m_sortKey; }
    bool sortAscending() const { return m_ascending; }
    const std::optional<QuizStatistics> &statistics() const { return m_statistics; }

    // Computes again in the background (quiz id or attempt choice changed, new attempts).
    Q_INVOKABLE void refresh();
    // Sorts by "item" (quiz order), "facility", "discrimination", "efficiency", "weight",
    // "attempts" or "flags"; the same key again reverses the order.
    Q_INVOKABLE void sortBy(const QString &key);
    // Writes the analysis as a PDF (a local path or file: URL).
    Q_INVOKABLE bool savePdf(const QString &filePath);
    // What savePdf() lays out: reliability, the item table, and the answers given per item.
    QString reportHtml() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void databaseChanged();
    void requestChanged();
    void statisticsChanged();
    void sortChanged();

private:
    void adopt(quint64 generation, std::optional<QuizStatistics> statistics, QString error);
    void applySort();

    QPointer<LearnerDatabase> m_database;
    QString m_quizId;
    bool m_allAttempts = false;
    bool m_busy = false;
    quint64 m_generation = 0; // results of older requests are dropped
    std::optional<QuizStatistics> m_statistics;
    QList<qsizetype> m_order; // rows -> m_statistics->items
    // [{label, count, percent, correct}] of an item's answers, then "(no answer)".
    QVariantList responses(const ItemStatistics &s) const;

    // A domain's title in the reference version; its id if the version does not have it.
    QString domainTitle(const QString &domainId) const;

    // The reference version's snapshot: domain titles, prompts, how responses read.
    std::optional<Quiz> m_reference;
    QString m_error;
    QString m_sortKey = QStringLiteral("item");
    bool m_ascending = true;
};

} // namespace hitready
