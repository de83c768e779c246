#include "questionpalettemodel.h"

namespace hitready {

QuestionPaletteModel::QuestionPaletteModel(QObject *parent) : QAbstractListModel(parent) {}

QString QuestionPaletteModel::stateName(const Entry &entry)
{
    if (entry.flagged)
        return QStringLiteral("flagged");
    return entry.answered ? QStringLiteral("answered") : QStringLiteral("empty");
}

void QuestionPaletteModel::setEntries(const QList<Entry> &entries)
{
    const bool sameItems =
        entries.size() == m_entries.size() &&
        std::equal(entries.cbegin(), entries.cend(), m_entries.cbegin(),
                   [](const Entry &a, const Entry &b) { return a.itemId == b.itemId; });
    if (!sameItems) {
        const int before = count();
        beginResetModel();
        m_entries = entries;
        endResetModel();
        if (count() != before)
            emit countChanged();
        return;
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &was = m_entries.at(i);
        const Entry &now = entries.at(i);
        if (was == now)
            continue;
        QList<int> roles;
        if (was.answered != now.answered)
            roles << AnsweredRole;
        if (was.flagged != now.flagged)
            roles << FlaggedRole;
        if (stateName(was) != stateName(now))
            roles << StateRole;
        if (was.current != now.current)
            roles << IsCurrentRole;
        m_entries[i] = now;
        const QModelIndex changed = index(int(i));
        emit dataChanged(changed, changed, roles);
    }
}

int QuestionPaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant QuestionPaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NumberRole:
        return index.row() + 1;
    case ItemIdRole:
        return e.itemId;
    case StateRole:
        return stateName(e);
    case AnsweredRole:
        return e.answered;
    case FlaggedRole:
        return e.flagged;
    case IsCurrentRole:
        return e.current;
    default:
        return {};
    }
}

QHash<int, QByteArray> QuestionPaletteModel::roleNames() const
{
    return {{NumberRole, "number"},     {ItemIdRole, "itemId"},   {StateRole, "state"},
            {AnsweredRole, "answered"}, {FlaggedRole, "flagged"}, {IsCurrentRole, "isCurrent"}};
}

} // namespace hitready
