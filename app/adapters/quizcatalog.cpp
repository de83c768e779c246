#include "quizcatalog.h"
#include "appidentity.h"
#include "loader.h"

#include <QDir>

namespace hitready {

QuizCatalog::QuizCatalog(QObject *parent)
    : QAbstractListModel(parent), m_folder(shippedQuizFolder())
{
    reload();
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
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                                             QDir::Files, QDir::Name)) {
        Entry entry;
        entry.path = dir.filePath(name);
        const LoadResult result = loadQuizFile(entry.path);
        if (!result.quiz) {
            entry.title = name;
            entry.problem =
                result.problems.isEmpty() ? QString() : result.problems.first().toString();
            m_entries.append(entry);
            continue;
        }
        const Quiz &quiz = *result.quiz;
        entry.quizId = quiz.id;
        entry.title = quiz.text(quiz.title);
        entry.description = quiz.text(quiz.description);
        entry.version = quiz.version;
        entry.practice = quiz.mode == QuizMode::Practice;
        entry.itemCount = int(quiz.items.size());
        entry.scoredItemCount = int(std::count_if(quiz.items.cbegin(), quiz.items.cend(),
                                                  [](const Item &i) { return i.isScored(); }));
        for (const Domain &d : quiz.domains)
            entry.domainTitles.append(quiz.text(d.title));
        m_entries.append(entry);
    }
    endResetModel();
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
        return e.title;
    case PathRole:
        return e.path;
    case QuizIdRole:
        return e.quizId;
    case DescriptionRole:
        return e.description;
    case VersionRole:
        return e.version;
    case ItemCountRole:
        return e.itemCount;
    case ScoredItemCountRole:
        return e.scoredItemCount;
    case DomainTitlesRole:
        return e.domainTitles;
    case ProblemRole:
        return e.problem;
    case PracticeRole:
        return e.practice;
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
            {ScoredItemCountRole, "scoredItemCount"},
            {DomainTitlesRole, "domainTitles"},
            {ProblemRole, "problem"},
            {PracticeRole, "practice"}};
}

} // namespace hitready
