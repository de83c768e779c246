#include "quizcatalog.h"
#include "appidentity.h"
#include "attemptshapetext.h"
#include "loader.h"

#include <QDir>
#include <QStandardPaths>

namespace hitready {

QuizCatalog::QuizCatalog(QObject *parent)
    : QAbstractListModel(parent), m_folder(shippedQuizFolder()), m_userFolder(defaultUserFolder())
{
    QDir().mkpath(m_userFolder); // so the learner finds the folder the home screen names
    reload();
}

QString QuizCatalog::defaultUserFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("HITREADY_USER_QUIZ_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/quizzes");
}

void QuizCatalog::setUserFolder(const QString &folder)
{
    if (folder == m_userFolder)
        return;
    m_userFolder = folder;
    reload();
    emit folderChanged();
}

void QuizCatalog::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    reload();
    emit folderChanged();
}

void QuizCatalog::reload()
{
    beginResetModel();
    m_entries.clear();
    readFolder(m_folder, false);
    if (QDir(m_userFolder).canonicalPath() != QDir(m_folder).canonicalPath())
        readFolder(m_userFolder, true);
    endResetModel();
}

void QuizCatalog::readFolder(const QString &folder, bool userFiles)
{
    if (folder.isEmpty())
        return;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                                             QDir::Files, QDir::Name)) {
        Entry entry;
        entry.userFile = userFiles;
        entry.path = dir.filePath(name);
        const Result<Quiz> result = loadQuizFile(entry.path);
        if (!result) {
            entry.fileName = name;
            entry.problem = result.error().problems.first().toString();
            m_entries.append(entry);
            continue;
        }
        const Quiz &quiz = *result;
        entry.quizId = quiz.id;
        entry.language = quiz.language;
        entry.title = quiz.title;
        entry.description = quiz.description;
        entry.version = quiz.version;
        entry.practice = quiz.mode == QuizMode::Practice;
        entry.shape = attemptShape(quiz);
        for (const Domain &d : quiz.domains)
            entry.domainTitles.append(d.title);
        m_entries.append(entry);
    }
}

void QuizCatalog::setLanguage(const QString &language)
{
    if (language == m_reading.first)
        return;
    m_reading.first = language;
    reread();
    emit languageChanged();
}

void QuizCatalog::setSecondLanguage(const QString &language)
{
    if (language == m_reading.second)
        return;
    m_reading.second = language;
    reread();
    emit secondLanguageChanged();
}

void QuizCatalog::reread()
{
    // Every role: the shape sentences are in the interface language, which changes with it.
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1));
}

int QuizCatalog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant QuizCatalog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.problem.isEmpty() ? shown(e.title, e).first : e.fileName;
    case TitleSecondRole:
        return e.problem.isEmpty() ? shown(e.title, e).second : QString();
    case PathRole:
        return e.path;
    case QuizIdRole:
        return e.quizId;
    case DescriptionRole:
        return shown(e.description, e).first;
    case DescriptionSecondRole:
        return shown(e.description, e).second;
    case VersionRole:
        return e.version;
    case ItemCountRole:
        return e.shape.items;
    case QuestionCountRole:
        return e.shape.questions;
    case SelfRatingCountRole:
        return e.shape.selfRatings;
    case ShapeSummaryRole:
        return e.problem.isEmpty() ? AttemptShapeText::summary(e.shape) : QString();
    case IntroductionRole:
        return e.problem.isEmpty() ? AttemptShapeText::introduction(e.shape) : QString();
    case DomainTitlesRole:
    case DomainTitlesSecondRole: {
        QStringList titles;
        for (const Text &title : e.domainTitles) {
            const ShownText domain = shown(title, e);
            titles.append(role == DomainTitlesRole ? domain.first : domain.second);
        }
        return titles;
    }
    case ProblemRole:
        return e.problem;
    case PracticeRole:
        return e.practice;
    case UserFileRole:
        return e.userFile;
    default:
        return {};
    }
}

QHash<int, QByteArray> QuizCatalog::roleNames() const
{
    return {{PathRole, "path"},
            {QuizIdRole, "quizId"},
            {TitleRole, "title"},
            {DescriptionRole, "description"},
            {VersionRole, "version"},
            {ItemCountRole, "itemCount"},
            {QuestionCountRole, "questionCount"},
            {SelfRatingCountRole, "selfRatingCount"},
            {ShapeSummaryRole, "shapeSummary"},
            {IntroductionRole, "introduction"},
            {DomainTitlesRole, "domainTitles"},
            {ProblemRole, "problem"},
            {PracticeRole, "practice"},
            {UserFileRole, "userFile"},
            {TitleSecondRole, "titleSecond"},
            {DescriptionSecondRole, "descriptionSecond"},
            {DomainTitlesSecondRole, "domainTitlesSecond"}};
}

} // namespace hitready
