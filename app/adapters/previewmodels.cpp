#include "previewmodels.h"

namespace hitready {

int PreviewItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PreviewItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ItemIdRole:
        return row.itemId;
    case NumberRole:
        return index.row() + 1;
    case LabelRole:
    case Qt::DisplayRole:
        return row.label;
    case ItemTypeRole:
        return row.itemType;
    case ChangedRole:
        return row.changed;
    default:
        return {};
    }
}

QHash<int, QByteArray> PreviewItemModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},
            {NumberRole, "number"},
            {LabelRole, "label"},
            {ItemTypeRole, "itemType"},
            {ChangedRole, "changed"}};
}

void PreviewItemModel::setRows(const QList<Row> &rows)
{
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PreviewItemModel::rowOf(const QString &itemId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].itemId == itemId)
            return int(i);
    return -1;
}

int PreviewProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PreviewProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case LineRole:
        return row.line;
    case ColumnRole:
        return row.column;
    case MessageRole:
        return row.message;
    case WarningRole:
        return row.warning;
    case ItemIdRole:
        return row.itemId;
    case TextRole:
    case Qt::DisplayRole:
        return row.line > 0
                   ? QStringLiteral("%1:%2: %3").arg(row.line).arg(row.column).arg(row.message)
                   : row.message;
    default:
        return {};
    }
}

QHash<int, QByteArray> PreviewProblemModel::roleNames() const
{
    return {{LineRole, "line"},       {ColumnRole, "column"}, {MessageRole, "message"},
            {WarningRole, "warning"}, {ItemIdRole, "itemId"}, {TextRole, "problemText"}};
}

void PreviewProblemModel::setRows(const QList<Row> &rows)
{
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace hitready
