#include "hottextpartmodel.h"

#include <QVariantMap>

namespace hitready {

HotTextPartModel::HotTextPartModel(QObject *parent) : QAbstractListModel(parent) {}

void HotTextPartModel::setParts(const QString &itemKey, const QList<Part> &parts)
{
    const bool sameRows =
        itemKey == m_itemKey && parts.size() == m_parts.size() &&
        std::equal(parts.cbegin(), parts.cend(), m_parts.cbegin(),
                   [](const Part &a, const Part &b) { return a.spanId == b.spanId; });
    if (!sameRows) {
        const int before = count();
        beginResetModel();
        m_itemKey = itemKey;
        m_parts = parts;
        endResetModel();
        emit extentsChanged();
        if (count() != before)
            emit countChanged();
        return;
    }
    bool moved = false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i) == m_parts.at(i))
            continue;
        Part before = m_parts.at(i);
        before.selected = parts.at(i).selected;
        const bool textChanged = before != parts.at(i); // another language shown
        moved = moved || textChanged;
        m_parts[i] = parts.at(i);
        const QModelIndex changed = index(int(i));
        if (textChanged)
            emit dataChanged(changed, changed);
        else
            emit dataChanged(changed, changed, {SelectedRole});
    }
    if (moved)
        emit extentsChanged();
}

QVariantList HotTextPartModel::extents() const
{
    QVariantList list;
    list.reserve(m_parts.size());
    for (qsizetype i = 0; i < m_parts.size(); ++i)
        list.append(QVariantMap{{QStringLiteral("start"), m_parts.at(i).start},
                                {QStringLiteral("length"), int(m_parts.at(i).text.size())},
                                {QStringLiteral("number"), int(i) + 1}});
    return list;
}

QVariantList HotTextPartModel::secondExtents() const
{
    QVariantList list;
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        if (m_parts.at(i).startSecond < 0)
            return {}; // a record shown whole or not at all
        list.append(QVariantMap{{QStringLiteral("start"), m_parts.at(i).startSecond},
                                {QStringLiteral("length"), int(m_parts.at(i).textSecond.size())},
                                {QStringLiteral("number"), int(i) + 1}});
    }
    return list;
}

int HotTextPartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parts.size());
}

QVariant HotTextPartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Part &p = m_parts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return p.text;
    case SpanIdRole:
        return p.spanId;
    case StartRole:
        return p.start;
    case NumberRole:
        return index.row() + 1;
    case SelectedRole:
        return p.selected;
    case TextSecondRole:
        return p.textSecond;
    default:
        return {};
    }
}

QHash<int, QByteArray> HotTextPartModel::roleNames() const
{
    return {{SpanIdRole, "spanId"}, {TextRole, "text"},         {StartRole, "start"},
            {NumberRole, "number"}, {SelectedRole, "selected"}, {TextSecondRole, "textSecond"}};
}

} // namespace hitready
