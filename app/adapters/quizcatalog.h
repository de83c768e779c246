#pragma once
// The quizzes a learner can choose from: every .yaml file in the shipped folder and in the
// learner's own quiz folder (created on first use, named on the home screen), loaded and
// summarised for QML. Files with problems are listed with their first problem.

#include "attemptshape.h"
#include "reading.h"

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
    // The learner's language and the second one shown under it ("" for none): titles,
    // descriptions and domain titles follow them; a change updates the rows in place.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString secondLanguage READ secondLanguage WRITE setSecondLanguage NOTIFY
                   secondLanguageChanged)

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
        // The second language's title, description and domain titles (one per domain, ""
        // where a title has none); "" when none.
        TitleSecondRole,
        DescriptionSecondRole,
        DomainTitlesSecondRole,
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
    QString language() const { return m_reading.first; }
    void setLanguage(const QString &language);
    QString secondLanguage() const { return m_reading.second; }
    void setSecondLanguage(const QString &language);

    // Reads both folders again (after the learner added a file).
    Q_INVOKABLE void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void folderChanged();
    void languageChanged();
    void secondLanguageChanged();

private:
    // Texts are kept in all their languages, so that the reading can change at any time.
    struct Entry
    {
        QString path, quizId, version, problem;
        QString fileName; // the title of a file with problems
        QString language; // the quiz's own
        Text title, description;
        QList<Text> domainTitles;
        AttemptShape shape;
        bool practice = false;
        bool userFile = false;
    };
    void readFolder(const QString &folder, bool userFiles);
    ShownText shown(const Text &text, const Entry &entry) const
    {
        return show(text, m_reading, entry.language);
    }
    void reread();

    QString m_folder;
    QString m_userFolder;
    QList<Entry> m_entries;
    Reading m_reading;
};

} // namespace hitready
