#pragma once
// The learners who share this computer, for the home screen: pick one, or create one.

#include "learnerdatabase.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(ProfileListModel)
    Q_PROPERTY(
        hitready::LearnerDatabase *database READ database WRITE setDatabase NOTIFY databaseChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // The profile chosen on the home screen (its combo box sets the row) and what the database
    // says about it now: a binding on these follows every refresh, unlike a call to data().
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentChanged)
    Q_PROPERTY(int currentId READ currentId NOTIFY currentChanged)
    Q_PROPERTY(int currentUnfinishedAttempt READ currentUnfinishedAttempt NOTIFY currentChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        UnfinishedAttemptsRole,
        LatestUnfinishedAttemptRole, // id of the newest unfinished attempt, 0 when none
    };
    Q_ENUM(Role)

    inline static constexpr int maxNameLength = 80;

    explicit ProfileListModel(QObject *parent = nullptr);

    LearnerDatabase *database() const { return m_database; }
    void setDatabase(LearnerDatabase *database);
    int count() const { return int(m_rows.size()); }
    QString errorText() const { return m_errorText; }
    int currentIndex() const { return m_currentIndex; }
    void setCurrentIndex(int row);
    qint64 currentId() const { return current().id; }
    qint64 currentUnfinishedAttempt() const { return current().latestUnfinishedAttempt; }

    // Creates a profile; refuses an empty, too long or (ignoring ASCII case) taken name.
    Q_INVOKABLE bool createProfile(const QString &name);
    // The row of the profile with this id, or -1.
    Q_INVOKABLE int indexOfId(qint64 profileId) const;
    Q_INVOKABLE void reload();
    // Reads every profile's unfinished attempts again (the home screen, whenever it shows).
    Q_INVOKABLE void refresh() { refreshCounts(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void databaseChanged();
    void countChanged();
    void errorTextChanged();
    void currentChanged();

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        int unfinishedAttempts = 0;
        qint64 latestUnfinishedAttempt = 0;
        bool operator==(const Row &) const = default;
    };
    QList<Row> readRows() const;
    void refreshCounts();
    void setErrorText(const QString &text);
    Row current() const;
    void publishCurrent(); // emits currentChanged() when current() differs from m_published

    QPointer<LearnerDatabase> m_database;
    QList<Row> m_rows;
    QString m_errorText;
    int m_currentIndex = -1;
    Row m_published;
};

} // namespace hitready
