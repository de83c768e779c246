#pragma once
// The quizzes a learner can choose from: every .yaml file in the shipped folder and in the
// learner's own quiz folder (created on first use, named on the home screen), loaded and
// summarised for QML. Files with problems are listed with their first problem.

#include "attemptshape.h"

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
    Q_PROPERTY(QString userFolder READ userFolder WRITE setUserFolder NOTIFY folderChanged)

public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        QuizIdRole,
        TitleRole,
        DescriptionRole,
        VersionRole,
        ItemCountRole,     // items one attempt shows (attemptShape())
        QuestionCountRole, // of which scored questions
        SelfRatingCountRole,
        ShapeSummaryRole, // the card's line: AttemptShapeText::summary()
        IntroductionRole, // the intro's paragraph: AttemptShapeText::introduction()
        DomainTitlesRole,
        ProblemRole,
        PracticeRole, // feedback after each item (practice) or at the end (assessment)
        UserFileRole, // from the learner's own folder rather than shipped with the app
    };
    Q_ENUM(Role)

    explicit QuizCatalog(QObject *parent = nullptr);

    // Shipped quizzes (shippedQuizFolder()).
    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    // The learner's own quizzes: $HITREADY_USER_QUIZ_DIR, else <app data folder>/quizzes.
    QString userFolder() const { return m_userFolder; }
    void setUserFolder(const QString &folder);
    static QString defaultUserFolder();

    // Reads both folders again (after the learner added a file).
    Q_INVOKABLE void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void folderChanged();

private:
    struct Entry
    {
        QString path, quizId, title, description, version, problem;
        AttemptShape shape;
        bool practice = false;
        bool userFile = false;
        QStringList domainTitles;
    };
    void readFolder(const QString &folder, bool userFiles);

    QString m_folder;
    QString m_userFolder;
    QList<Entry> m_entries;
};

} // namespace hitready
