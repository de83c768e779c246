#pragma once
// The quizzes a learner can choose from: every .yaml file in the shipped folder, loaded
// and summarised for QML. Files with problems are listed with their first problem.

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class QuizCatalog : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(QuizCatalog)
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)

public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        QuizIdRole,
        TitleRole,
        DescriptionRole,
        VersionRole,
        ItemCountRole,
        ScoredItemCountRole,
        DomainTitlesRole,
        ProblemRole,
        PracticeRole, // feedback after each item (practice) or at the end (assessment)
    };
    Q_ENUM(Role)

    explicit QuizCatalog(QObject *parent = nullptr);

    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void folderChanged();

private:
    struct Entry
    {
        QString path, quizId, title, description, version, problem;
        int itemCount = 0, scoredItemCount = 0;
        bool practice = false;
        QStringList domainTitles;
    };
    void reload();

    QString m_folder;
    QList<Entry> m_entries;
};

} // namespace hitready
