#include "matchlistmodel.h"

namespace hitready {

MatchListModel::MatchListModel(QObject *parent) : QAbstractListModel(parent) {}

void MatchListModel::setMatches(const QString &itemKey, const QList<Match> &matches)
{
    const bool sameRows =
        itemKey == m_itemKey && matches.size() == m_matches.size() &&
        std::equal(matches.cbegin(), matches.cend(), m_matches.cbegin(),
                   [](const Match &a, const Match &b) { return a.leftId == b.leftId; });
    if (!sameRows) {
        const int before = count();
        beginResetModel();
        m_itemKey = itemKey;
        m_matches = matches;
        endResetModel();
        if (count() != before)
            emit countChanged();
        return;
    }
    for (qsizetype i = 0; i < matches.size(); ++i) {
        if (matches.at(i) == m_matches.at(i))
            continue;
        const bool textChanged = matches.at(i).text != m_matches.at(i).text ||
                                 matches.at(i).textSecond != m_matches.at(i).textSecond;
        m_matches[i] = matches.at(i);
        const QModelIndex changed = index(int(i));
        QList<int> roles{ChosenIdRole, ChoiceIndexRole};
        if (textChanged)
            roles << TextRole << TextSecondRole;
        emit dataChanged(changed, changed, roles);
    }
}

int MatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant MatchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Match &m = m_matches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case LeftIdRole:
        return m.leftId;
    case ChosenIdRole:
        return m.chosenId;
    case ChoiceIndexRole:
        return m.choiceIndex;
    case TextSecondRole:
        return m.textSecond;
    default:
        return {};
    }
}

QHash<int, QByteArray> MatchListModel::roleNames() const
{
    return {{LeftIdRole, "leftId"},
            {TextRole, "text"},
            {ChosenIdRole, "chosenId"},
            {ChoiceIndexRole, "choiceIndex"},
            {TextSecondRole, "textSecond"}};
}

} // namespace hitready
