#pragma once
// The byte-level side of snapshots: bounded reads from untrusted bytes and the shared
// strings of one thaw. Internal to snapshot.cpp and snapshotserialization.h.

#include "quiz.h"

#include <QByteArrayView>
#include <QHashFunctions>
#include <QSet>
#include <algorithm>
#include <boost/archive/archive_exception.hpp>
#include <boost/archive/basic_archive.hpp>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/serialization/binary_object.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/split_free.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>
#include <cstring>
#include <stdexcept>
#include <streambuf>
#include <type_traits>
#include <vector>

namespace hitready::snapshotwire {

// No collection in a snapshot holds more elements, and no string more bytes; a larger count
// can only come from damaged bytes, so it is refused before anything is allocated.
constexpr quint32 maxCount = 10'000'000;
// Recommendation conditions nest; damaged bytes must not recurse us off the stack.
constexpr int maxConditionDepth = 100;
// Never reserve more than this up front: a count is untrusted until its elements arrive.
constexpr quint32 maxReserve = 4096;

struct Damaged : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// Reads straight from the caller's bytes; never writes to them.
class ByteReader final : public std::streambuf
{
public:
    ByteReader(const char *begin, qsizetype size)
    {
        char *b = const_cast<char *>(begin);
        setg(b, b, b + size);
    }
    qsizetype remaining() const { return qsizetype(egptr() - gptr()); }
    const char *position() const { return gptr(); }
    // The next `size` bytes, consumed.
    const char *take(quint32 size)
    {
        if (qsizetype(size) > remaining())
            throw Damaged("truncated: " + std::to_string(size) + " bytes wanted, " +
                          std::to_string(remaining()) + " left");
        const char *at = gptr();
        setg(eback(), gptr() + size, egptr());
        return at;
    }
};

// Identical bytes decode to one shared value (Qt's implicit sharing): ids, language keys,
// domain references and repeated texts then cost no allocation, now or when the quiz is
// destroyed. Direct-mapped, first come first kept: replacing a value would touch cold memory
// to release it, which costs more than sharing saves.
template <class T> class SharedValues
{
public:
    struct Slot
    {
        QByteArrayView bytes; // into the snapshot, which outlives the thaw
        T value;
    };
    explicit SharedValues(qsizetype size) : m_slots(size) {}
    Slot &slotFor(QByteArrayView bytes) { return m_slots[qHash(bytes) % m_slots.size()]; }

private:
    std::vector<Slot> m_slots;
};

// The thaw running on this thread (only thawQuiz() loads). Strings, texts and numbers are
// read from its bytes directly: Boost's per-value stream calls were most of the time a thaw
// took. The bytes are the ones Boost's binary archive wrote; Boost still reads every class
// version.
struct Thaw
{
    explicit Thaw(ByteReader &bytes)
        : reader(bytes), strings(slotsFor(bytes)), texts(slotsFor(bytes))
    {}
    // About one slot per 64 bytes of snapshot, within 64..4096.
    static qsizetype slotsFor(const ByteReader &bytes)
    {
        return std::min<qsizetype>(std::max<qsizetype>(bytes.remaining() / 64, 64), 4096);
    }

    ByteReader &reader;
    SharedValues<QString> strings;
    SharedValues<hitready::Text> texts;
    int conditionDepth = 0;

    quint32 count(const char *what)
    {
        quint32 count = 0;
        std::memcpy(&count, reader.take(sizeof count), sizeof count);
        // Every element takes at least a byte: a count beyond the bytes left is damage too.
        if (count > maxCount || qsizetype(count) > reader.remaining())
            throw Damaged(std::string("absurd ") + what + " size " + std::to_string(count));
        return count;
    }

    // Its UTF-8 byte count (quint32) and the bytes.
    QString string()
    {
        const quint32 size = count("string");
        const QByteArrayView bytes(reader.take(size), size);
        auto &slot = strings.slotFor(bytes);
        if (slot.bytes.data() && slot.bytes == bytes)
            return slot.value;
        QString value = QString::fromUtf8(bytes);
        if (!slot.bytes.data())
            slot = {bytes, value};
        return value;
    }

    // Its entry count (quint32) and the entries, each a language and a string.
    hitready::Text text()
    {
        const char *begin = reader.position();
        const quint32 entries = count("text");
        // Where the record ends, found without decoding it.
        qsizetype size = sizeof entries;
        for (quint32 i = 0; i < 2 * entries; ++i) {
            quint32 length = 0;
            if (reader.remaining() - (size - qsizetype(sizeof entries)) < qsizetype(sizeof length))
                throw Damaged("truncated text");
            std::memcpy(&length, begin + size, sizeof length);
            size += qsizetype(sizeof length) + length;
            if (size - qsizetype(sizeof entries) > reader.remaining())
                throw Damaged("truncated text");
        }
        const QByteArrayView record(begin, size);
        auto &slot = texts.slotFor(record);
        if (slot.bytes.data() && slot.bytes == record) {
            reader.take(quint32(size - sizeof entries));
            return slot.value;
        }
        hitready::Text text;
        for (quint32 i = 0; i < entries; ++i) {
            QString language = string();
            QString value = string();
            text.byLanguage.insert(text.byLanguage.cend(), language, value); // saved in order
        }
        if (!slot.bytes.data())
            slot = {record, text};
        return text;
    }
};

inline thread_local Thaw *thawing = nullptr;

inline Thaw &thaw()
{
    if (!thawing)
        throw Damaged("a snapshot is read through thawQuiz() only");
    return *thawing;
}

struct ActiveThaw
{
    explicit ActiveThaw(Thaw &thaw) : m_previous(thawing) { thawing = &thaw; }
    ~ActiveThaw() { thawing = m_previous; }
    ActiveThaw(const ActiveThaw &) = delete;
    ActiveThaw &operator=(const ActiveThaw &) = delete;

private:
    Thaw *m_previous;
};

template <class Archive, class T> void field(Archive &ar, T &value)
{
    static_assert(!std::is_same_v<T, bool>, "use boolean()");
    if constexpr (!Archive::is_loading::value)
        ar << value;
    else if constexpr (std::is_arithmetic_v<T>)
        std::memcpy(&value, thaw().reader.take(sizeof value), sizeof value);
    else
        ar >> value;
}

template <class Archive, class... T> void fields(Archive &ar, T &...values)
{
    (field(ar, values), ...);
}

// bool and enums travel as small integers and are range-checked on the way in (Boost's own
// bool loader only asserts, and a bool holding 7 is undefined behaviour).
template <class Archive> void boolean(Archive &ar, bool &value)
{
    quint8 b = value ? 1 : 0;
    field(ar, b);
    if (b > 1)
        throw Damaged("bad boolean " + std::to_string(b));
    value = b == 1;
}

template <class Archive, class E>
void enumeration(Archive &ar, E &value, int count, const char *what)
{
    qint32 i = qint32(value);
    field(ar, i);
    if (i < 0 || i >= count)
        throw Damaged(std::string("bad ") + what + " " + std::to_string(i));
    value = E(i);
}

// Boost hands over whatever class version the bytes claim (its own check is compiled out): a
// version above the one this program writes is damage or a later program's, and is refused.
inline void knownVersion(unsigned version, unsigned current, const char *what)
{
    if (version > current)
        throw Damaged(std::string(what) + " class version " + std::to_string(version) +
                      " is newer than this program reads (" + std::to_string(current) + ")");
}

// Item and Quiz class version 1 existed only in development builds, on two branches with
// different fields; no released program wrote it, so it is refused rather than guessed at.
inline void releasedVersion(unsigned version, unsigned current, const char *what)
{
    knownVersion(version, current, what);
    if (version == 1)
        throw Damaged(std::string(what) +
                      " class version 1 was written by a development build and is not readable");
}

// Counts nesting while thawing; freezing a quiz never fails.
template <class Archive> struct ConditionDepth
{
    ConditionDepth()
    {
        if constexpr (Archive::is_loading::value)
            if (++thaw().conditionDepth > maxConditionDepth)
                throw Damaged("conditions nested too deeply");
    }
    ~ConditionDepth()
    {
        if constexpr (Archive::is_loading::value)
            --thawing->conditionDepth;
    }
    ConditionDepth(const ConditionDepth &) = delete;
    ConditionDepth &operator=(const ConditionDepth &) = delete;
};

} // namespace hitready::snapshotwire
