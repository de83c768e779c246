#include "drawnitems.h"

#include <algorithm>
#include <cstring>

namespace hitready {

namespace {

// The first 8 bytes of an id (zero-padded) mixed with its length.
quint64 keyOf(QByteArrayView id)
{
    quint64 bytes = 0;
    std::memcpy(&bytes, id.data(), size_t(std::min<qsizetype>(id.size(), 8)));
    return bytes ^ (quint64(id.size()) * 0x9E3779B97F4A7C15ULL);
}

size_t slotOf(quint64 key, quint64 mask)
{
    return size_t(((key * 0xD6E8FEB86659FD93ULL) >> 32) & mask);
}

} // namespace

DrawnItems::DrawnItems(const Quiz &quiz) : m_drawn(quiz.items.size(), true)
{
    m_items = quiz.items.size();
    size_t size = 16;
    while (size < size_t(m_items) * 2)
        size *= 2;
    m_slots.resize(size);
    m_mask = size - 1;
    for (qsizetype i = 0; i < m_items; ++i) {
        m_ids.append(quiz.items[i].id.toUtf8());
        const quint64 key = keyOf(m_ids[i]);
        size_t at = slotOf(key, m_mask);
        while (m_slots[at].index >= 0)
            at = (at + 1) & m_mask;
        m_slots[at] = {key, i};
    }
}

qsizetype DrawnItems::indexOf(QByteArrayView id) const
{
    const quint64 key = keyOf(id);
    for (size_t at = slotOf(key, m_mask);; at = (at + 1) & m_mask) {
        const Slot &slot = m_slots[at];
        if (slot.index < 0)
            return -1;
        if (slot.key == key && m_ids[slot.index] == id)
            return slot.index;
    }
}

const QList<bool> &DrawnItems::of(QByteArrayView order)
{
    const char *data = order.data();
    const qsizetype size = order.size();
    const bool all = size == 0 || std::count(data, data + size, ',') + 1 == m_items;
    if (all) {
        if (!m_all)
            m_drawn.fill(true);
        m_all = true;
        return m_drawn;
    }
    m_drawn.fill(false);
    m_all = false;
    qsizetype from = 0;
    while (from <= size) {
        const void *comma = std::memchr(data + from, ',', size_t(size - from));
        const qsizetype to = comma ? static_cast<const char *>(comma) - data : size;
        if (const qsizetype i = indexOf(QByteArrayView(data + from, to - from)); i >= 0)
            m_drawn[i] = true;
        from = to + 1;
    }
    return m_drawn;
}

} // namespace hitready
