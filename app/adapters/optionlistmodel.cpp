#include "optionlistmodel.h"

namespace hitready {

OptionListModel::OptionListModel(QObject *parent) : QAbstractListModel(parent) {}

void OptionListModel::setOptions(const QString &itemKey, const QList<Option> &options,
                                 bool revealed)
{
    const bool sameRows = itemKey == m_itemKey && options.size() == m_options.size() &&
                          std::equal(options.cbegin(), options.cend(), m_options.cbegin(),
                                     [](const Option &a, const Option &b) { return a.id == b.id; });
    if (!sameRows) {
        const int before = count();
        beginResetModel();
        m_itemKey = itemKey;
        m_options = options;
        m_revealed = revealed;
        endResetModel();
        if (count() != before)
            emit countChanged();
        return;
    }
    const bool revealChanged = revealed != m_revealed;
    m_revealed = revealed;
    for (qsizetype i = 0; i < options.size(); ++i) {
        Option before = m_options.at(i);
        const bool selectionChanged = before.selected != options.at(i).selected;
        before.selected = options.at(i).selected;
        const bool contentChanged = before != options.at(i);
        m_options[i] = options.at(i);
        QList<int> roles; // empty: every role
        if (!contentChanged) {
            if (selectionChanged)
                roles << SelectedRole;
            if (revealChanged)
                roles << CorrectRole << FeedbackRole << FeedbackSecondRole;
            if (roles.isEmpty())
                continue;
        }
        const QModelIndex changed = index(int(i));
        emit dataChanged(changed, changed, roles);
    }
}

int OptionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_options.size());
}

QVariant OptionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Option &o = m_options.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return o.text;
    case OptionIdRole:
        return o.id;
    case SelectedRole:
        return o.selected;
    case CorrectRole:
        return m_revealed && o.correct;
    case FeedbackRole:
        return m_revealed ? o.feedback : QString();
    case TextSecondRole:
        return o.textSecond;
    case FeedbackSecondRole:
        return m_revealed ? o.feedbackSecond : QString();
    case ShortcutRole:
        return index.row() < 9 ? index.row() + 1 : 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> OptionListModel::roleNames() const
{
    return {{OptionIdRole, "optionId"},     {TextRole, "text"},
            {SelectedRole, "selected"},     {CorrectRole, "correct"},
            {FeedbackRole, "feedback"},     {ShortcutRole, "shortcut"},
            {TextSecondRole, "textSecond"}, {FeedbackSecondRole, "feedbackSecond"}};
}

} // namespace hitready
