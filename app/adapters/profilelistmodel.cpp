#include "profilelistmodel.h"

#include "learnerdatabase.h"
#include "storage.h"
#include "uilogging.h"

namespace hitready {

namespace {

// Storage compares names ignoring ASCII case only; so does the check made before it.
QString asciiFolded(const QString &name)
{
    QString folded = name;
    for (QChar &c : folded)
        if (c.unicode() < 128)
            c = c.toLower();
    return folded;
}

} // namespace

ProfileListModel::ProfileListModel(QObject *parent) : QAbstractListModel(parent) {}

void ProfileListModel::setDatabase(LearnerDatabase *database)
{
    if (database == m_database)
        return;
    if (m_database)
        disconnect(m_database, nullptr, this, nullptr);
    m_database = database;
    if (m_database) {
        connect(m_database, &LearnerDatabase::storageChanged, this, &ProfileListModel::reload);
        connect(m_database, &LearnerDatabase::attemptsChanged, this,
                &ProfileListModel::refreshCounts);
    }
    reload();
    emit databaseChanged();
}

QList<ProfileListModel::Row> ProfileListModel::readRows() const
{
    Storage *storage = m_database ? m_database->storage() : nullptr;
    if (!storage)
        return {};
    const Result<QList<Profile>> profiles = storage->profiles();
    if (!profiles) {
        qCWarning(lcUi).noquote() << "cannot list profiles:" << profiles.error().message;
        return {};
    }
    QList<Row> rows;
    rows.reserve(profiles->size());
    for (const Profile &p : *profiles) {
        Row row{p.id, p.name, 0, 0};
        if (const auto unfinished = storage->unfinishedAttempts(p.id)) {
            row.unfinishedAttempts = int(unfinished->size());
            row.latestUnfinishedAttempt = unfinished->isEmpty() ? 0 : unfinished->first().id;
        }
        rows.append(row);
    }
    return rows;
}

void ProfileListModel::reload()
{
    const int before = count();
    beginResetModel();
    m_rows = readRows();
    endResetModel();
    if (count() != before)
        emit countChanged();
    publishCurrent();
}

void ProfileListModel::setCurrentIndex(int row)
{
    if (row == m_currentIndex)
        return;
    m_currentIndex = row;
    publishCurrent();
}

ProfileListModel::Row ProfileListModel::current() const
{
    return m_currentIndex >= 0 && m_currentIndex < m_rows.size() ? m_rows.at(m_currentIndex)
                                                                 : Row{};
}

void ProfileListModel::publishCurrent()
{
    const Row now = current();
    if (now == m_published)
        return;
    m_published = now;
    emit currentChanged();
}

void ProfileListModel::refreshCounts()
{
    const QList<Row> rows = readRows();
    if (rows.size() != m_rows.size()) {
        reload();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id != m_rows.at(i).id) {
            reload();
            return;
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i) == m_rows.at(i))
            continue;
        m_rows[i] = rows.at(i);
        const QModelIndex changed = index(int(i));
        emit dataChanged(changed, changed, {UnfinishedAttemptsRole, LatestUnfinishedAttemptRole});
    }
    publishCurrent();
}

bool ProfileListModel::createProfile(const QString &name)
{
    const QString trimmed = name.simplified();
    Storage *storage = m_database ? m_database->storage() : nullptr;
    if (!storage) {
        setErrorText(tr("No learner database is open."));
        return false;
    }
    if (trimmed.isEmpty()) {
        setErrorText(tr("Enter a name for the profile."));
        return false;
    }
    if (trimmed.size() > maxNameLength) {
        setErrorText(tr("A profile name can have at most %n characters.", nullptr, maxNameLength));
        return false;
    }
    const QString folded = asciiFolded(trimmed);
    for (const Row &row : std::as_const(m_rows)) {
        if (asciiFolded(row.name) == folded) {
            setErrorText(tr("There is already a profile named \"%1\".").arg(row.name));
            return false;
        }
    }
    const Result<Profile> created = storage->createProfile(trimmed);
    if (!created) {
        setErrorText(tr("The profile could not be saved: %1").arg(created.error().message));
        return false;
    }
    const QList<Row> rows = readRows();
    int at = -1;
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows.at(i).id == created->id)
            at = int(i);
    if (at < 0 || rows.size() != m_rows.size() + 1) {
        reload(); // someone else changed the list too
    } else {
        beginInsertRows({}, at, at);
        m_rows.insert(at, rows.at(at));
        endInsertRows();
        emit countChanged();
        publishCurrent();
    }
    setErrorText({});
    return true;
}

int ProfileListModel::indexOfId(qint64 profileId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == profileId)
            return int(i);
    return -1;
}

void ProfileListModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case IdRole:
        return row.id;
    case UnfinishedAttemptsRole:
        return row.unfinishedAttempts;
    case LatestUnfinishedAttemptRole:
        return row.latestUnfinishedAttempt;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    return {{IdRole, "id"},
            {NameRole, "name"},
            {UnfinishedAttemptsRole, "unfinishedAttempts"},
            {LatestUnfinishedAttemptRole, "latestUnfinishedAttempt"}};
}

} // namespace hitready
