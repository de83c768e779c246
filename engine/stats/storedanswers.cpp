#include "storedanswers.h"

#include "report.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace hitready {

namespace {

std::string_view view(QByteArrayView bytes)
{
    return std::string_view(bytes.data(), size_t(bytes.size()));
}

// Most ids and stored answers are a few bytes ("a", "a,c", "true", "rec-01"): packed with
// their length into one integer, two of them compare in one instruction (measured: the
// comparisons were a fifth of reading the answers).
constexpr quint64 unpacked = ~quint64(0);

quint64 packed(std::string_view s)
{
    if (s.size() > 7)
        return unpacked;
    quint64 key = 0;
    if constexpr (std::endian::native == std::endian::little)
        std::memcpy(&key, s.data(), s.size()); // the low bytes, as the loop below
    else
        for (size_t i = 0; i < s.size(); ++i)
            key |= quint64(uchar(s[i])) << (8 * i);
    return key | quint64(s.size()) << 56;
}

bool same(quint64 key, std::string_view s, quint64 otherKey, const std::string &other)
{
    return key != unpacked ? key == otherKey : otherKey == unpacked && s == other;
}

} // namespace

StoredAnswers::StoredAnswers(const Quiz &quiz) : m_quiz(&quiz), m_cache(size_t(quiz.items.size()))
{
    m_byId.reserve(size_t(quiz.items.size()));
    for (qsizetype i = 0; i < quiz.items.size(); ++i) {
        const std::string id = quiz.items[i].id.toStdString();
        m_byId.push_back({id, packed(id), i});
    }
    // Byte order, as SQLite's BINARY collation orders the scan.
    std::sort(m_byId.begin(), m_byId.end(),
              [](const ItemKey &a, const ItemKey &b) { return a.id < b.id; });
}

qsizetype StoredAnswers::itemIndex(QByteArrayView itemId)
{
    const std::string_view id = view(itemId);
    const quint64 key = packed(id);
    // The next id of an attempt is usually the next item; unanswered items leave gaps.
    for (size_t k = m_next; k < m_byId.size() && k < m_next + 4; ++k)
        if (same(key, id, m_byId[k].key, m_byId[k].id)) {
            m_next = k + 1;
            return m_byId[k].index;
        }
    const auto at = std::lower_bound(
        m_byId.begin(), m_byId.end(), id,
        [](const ItemKey &e, std::string_view v) { return std::string_view(e.id) < v; });
    if (at == m_byId.end() || at->id != id)
        return -1;
    m_next = size_t(at - m_byId.begin()) + 1;
    return at->index;
}

const StoredAnswers::Decoded &StoredAnswers::decode(qsizetype itemIndex, QByteArrayView encoded)
{
    constexpr size_t scanned = 16;
    Cache &cache = m_cache[size_t(itemIndex)];
    const std::string_view key = view(encoded);
    const quint64 packedKey = packed(key);
    for (const auto &[shortKey, entry] : cache.first) // contiguous: no deque indexing
        if (same(packedKey, key, shortKey, entry->text))
            return entry->decoded;
    if (cache.entries.size() > scanned)
        if (const auto found = cache.index.find(key); found != cache.index.end())
            return cache.entries[found->second].decoded;
    const Item &item = m_quiz->items[itemIndex];
    Decoded d;
    bool ok = false;
    d.answer = decodeAnswer(item, QString::fromUtf8(encoded), &ok);
    d.readable = ok;
    d.canonical = encodeAnswer(d.answer);
    d.points = d.readable ? itemPoints(item, d.answer) : 0;
    d.serial = qsizetype(cache.entries.size());
    cache.index.emplace(std::string(key), cache.entries.size());
    cache.entries.push_back({std::string(key), packedKey, std::move(d)});
    if (cache.first.size() < scanned)
        cache.first.emplace_back(packedKey, &cache.entries.back());
    return cache.entries.back().decoded;
}

} // namespace hitready
