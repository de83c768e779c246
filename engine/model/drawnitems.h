#pragma once
// Which items of its quiz version an attempt drew (`draw:` pools), read from the item order
// stored with the attempt: statistics and exports count an item only for the attempts that
// showed it. Internal to engine/.

#include "quiz.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
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

    // An open-addressing table keyed by the id's first 8 bytes and length: 100,000 orders of
    // 50 ids are 5,000,000 look-ups, each one probe here rather than a binary search over
    // byte strings. Full ids are compared on a key match.
    struct Slot
    {
        quint64 key = 0;
        qsizetype index = -1; // -1: empty
    };
    std::vector<Slot> m_slots; // a power of two, at most half full
    quint64 m_mask = 0;
    QList<QByteArray> m_ids; // by item index, UTF-8
    QList<bool> m_drawn;
    qsizetype m_items = 0;
    bool m_all = true;
};

} // namespace hitready
