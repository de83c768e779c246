#include "drawnitems.h"

#include <algorithm>
#include <cstring>

namespace hitready {

DrawnItems::DrawnItems(const Quiz &quiz) : m_drawn(quiz.items.size(), true)
{
    m_items = quiz.items.size();
    for (qsizetype i = 0; i < m_items; ++i)
        m_ids.push_back({quiz.items[i].id.toUtf8(), i});
    std::sort(m_ids.begin(), m_ids.end());
}

qsizetype DrawnItems::indexOf(QByteArrayView id) const
{
    const auto found = std::lower_bound(
        m_ids.cbegin(), m_ids.cend(), id,
        [](const std::pair<QByteArray, qsizetype> &a, QByteArrayView b) { return a.first < b; });
    return found != m_ids.cend() && found->first == id ? found->second : -1;
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
