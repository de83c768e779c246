#pragma once
// The selectable parts of the hottext item on screen, in the order of the text. Selecting a part
// changes that row alone (dataChanged on its selected role). `extents` holds where each part is
// in the shown text, for laying out its box; it changes with the item and the language shown.
// With a second language, each part also has its text and place in the second-language record
// (`secondExtents`, in the rows' order): the same span id, so one selection marks both.

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class HotTextPartModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("HotTextPartModel is provided by AttemptItem.hotParts")
    Q_DISABLE_COPY_MOVE(HotTextPartModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // [{start, length, number}] per part: start and length in UTF-16 units of the shown text.
    Q_PROPERTY(QVariantList extents READ extents NOTIFY extentsChanged)
    // The same for the second-language record: [] when none is shown.
    Q_PROPERTY(QVariantList secondExtents READ secondExtents NOTIFY extentsChanged)

public:
    enum Role {
        SpanIdRole = Qt::UserRole + 1,
        TextRole,
        StartRole,  // in the shown text, UTF-16 units
        NumberRole, // 1-based, as the digit keys and the badges name it
        SelectedRole,
        TextSecondRole, // the part in the second-language record, "" when none is shown
    };
    Q_ENUM(Role)

    struct Part
    {
        QString spanId;
        QString text;
        int start = 0;
        bool selected = false;
        QString textSecond;
        int startSecond = -1; // in the second-language record; -1 when none is shown
        bool operator==(const Part &) const = default;
    };

    explicit HotTextPartModel(QObject *parent = nullptr);

    // Shows the parts of item `itemKey`. The same item with the same parts (by id) changes only
    // the rows that differ, so focus stays on a part while the language shown changes;
    // anything else resets the model.
    void setParts(const QString &itemKey, const QList<Part> &parts);
    int count() const { return int(m_parts.size()); }
    QVariantList extents() const;
    QVariantList secondExtents() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();
    void extentsChanged();

private:
    QString m_itemKey;
    QList<Part> m_parts;
};

} // namespace hitready
