#pragma once
// The choices of the item on screen (single, multiple, true/false), for the item delegates.
// Whether an option is correct, and its feedback, are only given out once feedback is shown,
// so an assessment-mode screen cannot reveal them by accident.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class OptionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OptionListModel is provided by AttemptController.options")
    Q_DISABLE_COPY_MOVE(OptionListModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        OptionIdRole = Qt::UserRole + 1,
        TextRole,
        SelectedRole,
        CorrectRole,        // false until feedback is shown
        FeedbackRole,       // empty until feedback is shown
        ShortcutRole,       // the digit key that chooses the option (1..9), 0 for none
        TextSecondRole,     // the text in the second language, "" when none
        FeedbackSecondRole, // the feedback in the second language; "" until feedback is shown
    };
    Q_ENUM(Role)

    struct Option
    {
        QString id;
        QString text;
        bool correct = false;
        QString feedback;
        bool selected = false;
        QString textSecond;
        QString feedbackSecond;
        bool operator==(const Option &) const = default;
    };

    explicit OptionListModel(QObject *parent = nullptr);

    // Shows the options of item `itemKey`. The same item with the same options changes only
    // the rows that differ (dataChanged); another item resets the model.
    void setOptions(const QString &itemKey, const QList<Option> &options, bool revealed);
    int count() const { return int(m_options.size()); }
    bool isRevealed() const { return m_revealed; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QString m_itemKey;
    QList<Option> m_options;
    bool m_revealed = false;
};

} // namespace hitready
