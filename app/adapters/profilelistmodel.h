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

    // Creates a profile; refuses an empty, too long or (ignoring ASCII case) taken name.
    Q_INVOKABLE bool createProfile(const QString &name);
    // The row of the profile with this id, or -1.
    Q_INVOKABLE int indexOfId(qint64 profileId) const;
    Q_INVOKABLE void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void databaseChanged();
    void countChanged();
    void errorTextChanged();

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

    QPointer<LearnerDatabase> m_database;
    QList<Row> m_rows;
    QString m_errorText;
};

} // namespace hitready
