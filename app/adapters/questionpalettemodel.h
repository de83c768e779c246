#pragma once
// One row per item of the attempt, in the order shown: the palette a learner jumps from, and
// the place that shows what is answered, flagged or still empty.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class QuestionPaletteModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("QuestionPaletteModel is provided by AttemptController.palette")
    Q_DISABLE_COPY_MOVE(QuestionPaletteModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        NumberRole = Qt::UserRole + 1, // 1-based
        ItemIdRole,
        StateRole, // "flagged" (answered or not), else "answered", else "empty"
        AnsweredRole,
        FlaggedRole,
        IsCurrentRole,
    };
    Q_ENUM(Role)

    struct Entry
    {
        QString itemId;
        bool answered = false;
        bool flagged = false;
        bool current = false;
        bool operator==(const Entry &) const = default;
    };

    explicit QuestionPaletteModel(QObject *parent = nullptr);

    // Same items in the same order: only changed rows are signalled; otherwise a reset.
    void setEntries(const QList<Entry> &entries);
    int count() const { return int(m_entries.size()); }
    static QString stateName(const Entry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Entry> m_entries;
};

} // namespace hitready
