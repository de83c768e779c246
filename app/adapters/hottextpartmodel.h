#pragma once
// The selectable parts of the hottext item on screen, in the order of the text. Selecting a part
// changes that row alone (dataChanged on its selected role). `extents` holds where each part is
// in the shown text, for laying out its box; it changes only with the item.

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

public:
    enum Role {
        SpanIdRole = Qt::UserRole + 1,
        TextRole,
        StartRole,  // in the shown text, UTF-16 units
        NumberRole, // 1-based, as the digit keys and the badges name it
        SelectedRole,
    };
    Q_ENUM(Role)

    struct Part
    {
        QString spanId;
        QString text;
        int start = 0;
        bool selected = false;
        bool operator==(const Part &) const = default;
    };

    explicit HotTextPartModel(QObject *parent = nullptr);

    // Shows the parts of item `itemKey`. The same item with the same parts changes only the rows
    // whose selection differs; anything else resets the model.
    void setParts(const QString &itemKey, const QList<Part> &parts);
    int count() const { return int(m_parts.size()); }
    QVariantList extents() const;

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
