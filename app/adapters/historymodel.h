#pragma once
// A profile's finished attempts, newest first, and per-domain trends across them for the
// history screen's chart. Each attempt is scored through its own frozen quiz.

#include "learnerdatabase.h"
#include "reading.h"
#include "storage.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class HistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(HistoryModel)
    // The app's database (the LearnerDatabase singleton in QML).
    Q_PROPERTY(
        hitready::LearnerDatabase *database READ database WRITE setDatabase NOTIFY databaseChanged)
    Q_PROPERTY(int profileId READ profileId NOTIFY historyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY historyChanged)
    // The quiz the trend is drawn for; empty: the quiz of the newest attempt.
    Q_PROPERTY(QString trendQuizId READ trendQuizId WRITE setTrendQuizId NOTIFY trendChanged)
    // The learner's language and the second one shown under it ("" for none): quiz titles,
    // levels and domain titles follow them; a change updates the rows in place.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString secondLanguage READ secondLanguage WRITE setSecondLanguage NOTIFY
                   secondLanguageChanged)
    // Per domain {domainId, title, titleSecond, percents}: percents oldest attempt first, one
    // per entry of trendAttempts, -1 where that attempt has no percent for the domain.
    Q_PROPERTY(QVariantList trend READ trend NOTIFY trendChanged)
    // The attempts on the trend's x axis, oldest first: {attemptId, takenAt, overallPercent}.
    Q_PROPERTY(QVariantList trendAttempts READ trendAttempts NOTIFY trendChanged)

public:
    enum Role {
        AttemptIdRole = Qt::UserRole + 1,
        QuizIdRole,
        QuizTitleRole,
        QuizVersionRole,
        TakenAtRole,        // QDateTime (UTC) the attempt was submitted
        OverallPercentRole, // real; -1 when the quiz has no overall percent
        HasOverallRole,
        OverallLevelRole,
        QuizTitleSecondRole, // the second language's quiz title and level; "" when none
        OverallLevelSecondRole,
    };
    Q_ENUM(Role)

    explicit HistoryModel(QObject *parent = nullptr);

    // The storage attempts are read from; not owned, and it must outlive this model.
    void setStorage(Storage *storage) { m_storage = storage; }
    LearnerDatabase *database() const { return m_database; }
    void setDatabase(LearnerDatabase *database);

    Q_INVOKABLE bool loadProfile(qint64 profileId);
    Q_INVOKABLE void clear();
    // The trend (as the `trend` property) for any quiz of this profile.
    Q_INVOKABLE QVariantList trendFor(const QString &quizId) const;

    QString language() const { return m_reading.first; }
    void setLanguage(const QString &language);
    QString secondLanguage() const { return m_reading.second; }
    void setSecondLanguage(const QString &language);

    qint64 profileId() const { return m_profileId; }
    QString errorText() const { return m_error; }
    QString trendQuizId() const;
    void setTrendQuizId(const QString &quizId);
    QVariantList trend() const { return trendFor(trendQuizId()); }
    QVariantList trendAttempts() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void databaseChanged();
    void historyChanged();
    void trendChanged();
    void languageChanged();
    void secondLanguageChanged();

private:
    // The rows and the trend in the languages now chosen.
    void reread();

    QPointer<LearnerDatabase> m_database;
    // Texts are kept in all their languages, so that the reading can change at any time.
    struct DomainPoint
    {
        QString domainId;
        Text title; // empty: the domain id is shown
        std::optional<double> percent;
    };
    struct Entry
    {
        qint64 attemptId = 0;
        QString quizId, quizVersion;
        QString quizLanguage;
        Text quizTitle;
        std::optional<Text> overallLevel;
        QDateTime takenAt;
        std::optional<double> overallPercent;
        QList<DomainPoint> domains; // in the attempt's quiz order
    };
    ShownText shown(const Text &text, const Entry &entry) const
    {
        return show(text, m_reading, entry.quizLanguage);
    }
    // Entries of `quizId`, oldest first.
    QList<const Entry *> entriesOf(const QString &quizId) const;

    Storage *m_storage = nullptr;
    qint64 m_profileId = 0;
    QList<Entry> m_entries; // newest first
    QString m_trendQuizId;
    QString m_error;
    Reading m_reading;
};

} // namespace hitready
