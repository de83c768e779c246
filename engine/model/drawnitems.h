#pragma once
// Which items of its quiz version an attempt drew (`draw:` pools), read from the item order
// stored with the attempt: statistics and exports count an item only for the attempts that
// showed it. Internal to engine/.

#include "quiz.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <utility>
#include <vector>

namespace hitready {

class DrawnItems
{
public:
    explicit DrawnItems(const Quiz &quiz);

    // Per item of the quiz (by index): whether an attempt whose stored item order is `order`
    // (item ids joined by commas, UTF-8) drew it. An empty order is the quiz's own full
    // order, and so is one naming as many items as the quiz has: orders are checked when they
    // are stored (known ids, none twice), so such an order holds every item. Ids the quiz
    // does not have are ignored. The list stays valid until the next call.
    const QList<bool> &of(QByteArrayView order);
    // Whether the last order given to of() drew every item.
    bool drewAll() const { return m_all; }

private:
    qsizetype indexOf(QByteArrayView id) const; // -1: not an item of the quiz

    // (id as UTF-8, index) sorted by id: a binary search allocates and hashes nothing.
    std::vector<std::pair<QByteArray, qsizetype>> m_ids;
    QList<bool> m_drawn;
    qsizetype m_items = 0;
    bool m_all = true;
};

} // namespace hitready
