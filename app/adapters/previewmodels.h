#pragma once
// The two lists of the preview window: the quiz's items (in the order the preview shows them)
// and the problems and warnings of the file as it is on disk. Each is replaced as a whole on
// reload: a reload is one edit of the author's, and the selection is kept by item id elsewhere.

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class PreviewItemModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PreviewItemModel is provided by QuizPreview.items")

public:
    struct Row
    {
        QString itemId;
        QString label;        // the start of its prompt, on one line
        QString itemType;     // "single", "matching", ... as in the file
        bool changed = false; // the last reload changed its lines
        bool operator==(const Row &) const = default;
    };
    enum Role { ItemIdRole = Qt::UserRole + 1, NumberRole, LabelRole, ItemTypeRole, ChangedRole };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    int rowOf(const QString &itemId) const; // -1 when not listed

private:
    QList<Row> m_rows;
};

class PreviewProblemModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PreviewProblemModel is provided by QuizPreview.problems")

public:
    struct Row
    {
        int line = 0; // 1-based; 0 for the whole file
        int column = 0;
        QString message;
        bool warning = false; // false: an error, the file is not loaded
        QString itemId;       // the item the line is in ("" none, or not in the version shown)
        bool operator==(const Row &) const = default;
    };
    enum Role {
        LineRole = Qt::UserRole + 1,
        ColumnRole,
        MessageRole,
        WarningRole,
        ItemIdRole,
        TextRole, // "LINE:COL: message"
    };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};

} // namespace hitready
