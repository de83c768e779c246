#pragma once
// The steps of the ordering item on screen, in the order the learner has put them. A step moved
// by the learner is a row move (beginMoveRows), so a delegate, and the keyboard focus on it,
// travels with its step; nothing else is rebuilt.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class StepListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("StepListModel is provided by AttemptItem.steps")
    Q_DISABLE_COPY_MOVE(StepListModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        StepIdRole = Qt::UserRole + 1,
        TextRole,
        TextSecondRole, // in the second language, "" when none
    };
    Q_ENUM(Role)

    struct Step
    {
        QString id;
        QString text;
        QString textSecond;
        bool operator==(const Step &) const = default;
    };

    explicit StepListModel(QObject *parent = nullptr);

    // Shows the steps of item `itemKey`. The same item with one step moved is a row move; the
    // same order changes only rows whose text differs; anything else resets the model.
    void setSteps(const QString &itemKey, const QList<Step> &steps);
    int count() const { return int(m_steps.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    void reset(const QString &itemKey, const QList<Step> &steps);

    QString m_itemKey;
    QList<Step> m_steps;
};

} // namespace hitready
