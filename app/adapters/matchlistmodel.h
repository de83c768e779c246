#pragma once
// The left entries of the matching item on screen, each with the match the learner chose. A
// choice changes that row alone (dataChanged on its chosen roles).

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class MatchListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MatchListModel is provided by AttemptItem.matchLeft")
    Q_DISABLE_COPY_MOVE(MatchListModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        LeftIdRole = Qt::UserRole + 1,
        TextRole,
        ChosenIdRole,    // the right entry chosen, "" for none
        ChoiceIndexRole, // its place in AttemptItem.matchChoices (0: not matched yet)
        TextSecondRole,  // the entry in the second language, "" when none
    };
    Q_ENUM(Role)

    struct Match
    {
        QString leftId;
        QString text;
        QString chosenId;
        int choiceIndex = 0;
        QString textSecond;
        bool operator==(const Match &) const = default;
    };

    explicit MatchListModel(QObject *parent = nullptr);

    // Shows the entries of item `itemKey`. The same item with the same entries (by id: another
    // language shown keeps the rows and their focus) changes only the rows that differ
    // (dataChanged); anything else resets the model.
    void setMatches(const QString &itemKey, const QList<Match> &matches);
    int count() const { return int(m_matches.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QString m_itemKey;
    QList<Match> m_matches;
};

} // namespace hitready
