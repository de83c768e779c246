#include "steplistmodel.h"

namespace hitready {

namespace {

// The rows `from` and `to` when `after` is `before` with one row moved from `from` to `to`
// (compared by id); {-1, -1} when it is not.
std::pair<int, int> singleMove(const QList<StepListModel::Step> &before,
                               const QList<StepListModel::Step> &after)
{
    if (before.size() != after.size())
        return {-1, -1};
    int first = 0;
    while (first < before.size() && before.at(first).id == after.at(first).id)
        ++first;
    if (first == before.size())
        return {-1, -1};
    int last = int(before.size()) - 1;
    while (before.at(last).id == after.at(last).id)
        --last;
    const auto shifted = [&](int offset, int begin, int end) { // after[i] == before[i + offset]
        for (int i = begin; i < end; ++i)
            if (after.at(i).id != before.at(i + offset).id)
                return false;
        return true;
    };
    if (after.at(last).id == before.at(first).id && shifted(1, first, last))
        return {first, last}; // moved down
    if (after.at(first).id == before.at(last).id && shifted(-1, first + 1, last + 1))
        return {last, first}; // moved up
    return {-1, -1};
}

} // namespace

StepListModel::StepListModel(QObject *parent) : QAbstractListModel(parent) {}

void StepListModel::reset(const QString &itemKey, const QList<Step> &steps)
{
    const int before = count();
    beginResetModel();
    m_itemKey = itemKey;
    m_steps = steps;
    endResetModel();
    if (count() != before)
        emit countChanged();
}

void StepListModel::setSteps(const QString &itemKey, const QList<Step> &steps)
{
    if (itemKey != m_itemKey || steps.size() != m_steps.size())
        return reset(itemKey, steps);
    if (const auto [from, to] = singleMove(m_steps, steps); from >= 0) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_steps.move(from, to);
        endMoveRows();
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).id != m_steps.at(i).id)
            return reset(itemKey, steps); // more than one move: not a learner's single step
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i) == m_steps.at(i))
            continue;
        m_steps[i] = steps.at(i); // the language shown changed
        const QModelIndex changed = index(int(i));
        emit dataChanged(changed, changed, {TextRole, TextSecondRole});
    }
}

int StepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Step &step = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return step.text;
    case StepIdRole:
        return step.id;
    case TextSecondRole:
        return step.textSecond;
    default:
        return {};
    }
}

QHash<int, QByteArray> StepListModel::roleNames() const
{
    return {{StepIdRole, "stepId"}, {TextRole, "text"}, {TextSecondRole, "textSecond"}};
}

} // namespace hitready
