#pragma once
// One frozen quiz version as Storage::scanAnswers() names its items and answers (UTF-8 bytes):
// finds the item, and decodes and scores each distinct stored answer once, so reading millions
// of answers costs a lookup each rather than a decode and a score each.

#include "answer.h"
#include "quiz.h"

#include <QByteArrayView>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hitready {

class StoredAnswers
{
public:
    struct Decoded
    {
        Answer answer;
        QString canonical;     // encodeAnswer(answer)
        double points = 0;     // itemPoints(item, answer)
        bool readable = false; // false: the stored text does not fit the item (scored 0);
                               // true with an empty answer: blank text, not an answer
                               // true with an empty answer: blank text, not answered
        qsizetype serial = 0;  // 0, 1, 2 ... per item in the order first seen
    };

    // `quiz` must outlive this object.
    explicit StoredAnswers(const Quiz &quiz);

    const Quiz &quiz() const { return *m_quiz; }
    // The index into quiz().items of a UTF-8 item id, or -1. Quickest when the ids of one
    // attempt come in ascending byte order, as the scan delivers them.
    qsizetype itemIndex(QByteArrayView itemId);
    // The stored answer `encoded` (UTF-8) to quiz().items[itemIndex], decoded once.
    const Decoded &decode(qsizetype itemIndex, QByteArrayView encoded);
    // The distinct answers to item `itemIndex` decoded so far, by serial.
    qsizetype decodedCount(qsizetype itemIndex) const
    {
        return qsizetype(m_cache[size_t(itemIndex)].entries.size());
    }
    const Decoded &decoded(qsizetype itemIndex, qsizetype serial) const
    {
        return m_cache[size_t(itemIndex)].entries[size_t(serial)].decoded;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    // A choice item has a handful of distinct answers: a linear scan of short strings beats
    // hashing (measured); the index serves items with many (free answers).
    struct Entry
    {
        std::string text;
        quint64 key; // the text packed, when short
        Decoded decoded;
    };
    struct Cache
    {
        std::deque<Entry> entries;                            // stable references
        std::vector<std::pair<quint64, const Entry *>> first; // the first 16, scanned first
        std::unordered_map<std::string, size_t, Hash, std::equal_to<>> index;
    };
    struct ItemKey
    {
        std::string id;
        quint64 key; // the id packed, when short
        qsizetype index;
    };

    const Quiz *m_quiz;
    std::vector<ItemKey> m_byId; // sorted by id
    size_t m_next = 0;           // where the next id of the same attempt probably is
    std::vector<Cache> m_cache;  // per item
};

} // namespace hitready
