#include "snapshot.h"

#include <QByteArrayView>
#include <QHashFunctions>
#include <QSet>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/basic_archive.hpp>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/serialization/binary_object.hpp>
#include <boost/serialization/level.hpp>
#include <boost/serialization/split_free.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>

#include <algorithm>
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

thread_local Thaw *thawing = nullptr;

Thaw &thaw()
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

// Containers and strings are written without Boost class information (they never change
// shape); the quiz structs below carry a class version each.
#define HITREADY_UNVERSIONED_TEMPLATE(Template)                                                    \
    template <class... A> struct implementation_level<Template<A...>>                              \
    {                                                                                              \
        typedef mpl::integral_c_tag tag;                                                           \
        typedef mpl::int_<object_serializable> type;                                               \
        BOOST_STATIC_CONSTANT(int, value = object_serializable);                                   \
    };                                                                                             \
    template <class... A> struct tracking_level<Template<A...>>                                    \
    {                                                                                              \
        typedef mpl::integral_c_tag tag;                                                           \
        typedef mpl::int_<track_never> type;                                                       \
        BOOST_STATIC_CONSTANT(int, value = track_never);                                           \
    };

namespace boost::serialization {

HITREADY_UNVERSIONED_TEMPLATE(QList)
HITREADY_UNVERSIONED_TEMPLATE(std::optional)

namespace wire = hitready::snapshotwire;

template <class Archive> void save(Archive &ar, const QString &s, unsigned)
{
    const QByteArray utf8 = s.toUtf8();
    const quint32 size = quint32(utf8.size());
    ar << size;
    if (size > 0)
        ar << make_binary_object(utf8.constData(), size);
}

template <class Archive> void load(Archive &, QString &s, unsigned)
{
    s = wire::thaw().string();
}

// A list is its element count (quint32) and the elements.
template <class Archive, class T> void save(Archive &ar, const QList<T> &list, unsigned)
{
    const quint32 count = quint32(list.size());
    ar << count;
    for (const T &value : list)
        ar << value;
}

template <class Archive, class T> void load(Archive &ar, QList<T> &list, unsigned)
{
    const quint32 count = wire::thaw().count("list");
    list.clear();
    list.reserve(qsizetype(std::min(count, wire::maxReserve)));
    for (quint32 i = 0; i < count; ++i)
        wire::field(ar, list.emplace_back());
}

template <class Archive> void save(Archive &ar, const hitready::Text &t, unsigned)
{
    const quint32 count = quint32(t.byLanguage.size());
    ar << count;
    for (auto it = t.byLanguage.cbegin(); it != t.byLanguage.cend(); ++it)
        ar << it.key() << it.value();
}

template <class Archive> void load(Archive &, hitready::Text &t, unsigned)
{
    t = wire::thaw().text();
}

template <class Archive, class T> void serialize(Archive &ar, QList<T> &list, unsigned version)
{
    split_free(ar, list, version);
}

template <class Archive, class T> void serialize(Archive &ar, std::optional<T> &value, unsigned)
{
    bool present = value.has_value();
    wire::boolean(ar, present);
    if (!present) {
        value.reset();
        return;
    }
    if (!value)
        value.emplace();
    wire::field(ar, *value);
}

// Version 0 of every struct. When a field is added, bump its BOOST_CLASS_VERSION below and
// read the field only when `version` says the archive has it.
template <class Archive> void serialize(Archive &ar, hitready::LevelBand &b, unsigned)
{
    wire::fields(ar, b.min, b.label);
}

template <class Archive> void serialize(Archive &ar, hitready::Domain &d, unsigned)
{
    wire::fields(ar, d.id, d.title, d.description, d.weight, d.levels);
}

template <class Archive> void serialize(Archive &ar, hitready::Option &o, unsigned)
{
    wire::fields(ar, o.id, o.text);
    wire::boolean(ar, o.correct);
    wire::field(ar, o.feedback);
}

template <class Archive> void serialize(Archive &ar, hitready::Item &i, unsigned)
{
    wire::fields(ar, i.id, i.domain);
    wire::enumeration(ar, i.type, 4, "item type");
    wire::fields(ar, i.prompt, i.options);
    wire::boolean(ar, i.answer);
    wire::fields(ar, i.anchors, i.points, i.explanation, i.source);
}

template <class Archive> void serialize(Archive &ar, hitready::Condition &c, unsigned)
{
    const wire::ConditionDepth<Archive> depth;
    wire::enumeration(ar, c.kind, 5, "condition kind");
    wire::fields(ar, c.domain, c.min, c.max, c.children);
}

template <class Archive> void serialize(Archive &ar, hitready::Link &l, unsigned)
{
    wire::fields(ar, l.title, l.url);
}

template <class Archive> void serialize(Archive &ar, hitready::Recommendation &r, unsigned)
{
    wire::field(ar, r.id);
    wire::enumeration(ar, r.kind, 4, "recommendation kind");
    wire::fields(ar, r.title, r.text, r.when, r.links);
}

template <class Archive> void serialize(Archive &ar, hitready::Quiz &q, unsigned)
{
    wire::fields(ar, q.format, q.id, q.title, q.description, q.version, q.language);
    wire::enumeration(ar, q.mode, 2, "quiz mode");
    wire::fields(ar, q.domains, q.items, q.levels, q.recommendations);
}

} // namespace boost::serialization

#undef HITREADY_UNVERSIONED_TEMPLATE

BOOST_SERIALIZATION_SPLIT_FREE(QString)
BOOST_SERIALIZATION_SPLIT_FREE(hitready::Text)
BOOST_CLASS_IMPLEMENTATION(QString, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(QString, boost::serialization::track_never)

// Text is the most frequent struct (every prompt, option and feedback): it goes without
// per-class information and is versioned through the structs that hold it.
BOOST_CLASS_IMPLEMENTATION(hitready::Text, boost::serialization::object_serializable)
BOOST_CLASS_TRACKING(hitready::Text, boost::serialization::track_never)

#define HITREADY_VERSIONED(Type, version)                                                          \
    BOOST_CLASS_VERSION(Type, version)                                                             \
    BOOST_CLASS_TRACKING(Type, boost::serialization::track_never)

HITREADY_VERSIONED(hitready::LevelBand, 0)
HITREADY_VERSIONED(hitready::Domain, 0)
HITREADY_VERSIONED(hitready::Option, 0)
HITREADY_VERSIONED(hitready::Item, 0)
HITREADY_VERSIONED(hitready::Condition, 0)
HITREADY_VERSIONED(hitready::Link, 0)
HITREADY_VERSIONED(hitready::Recommendation, 0)
HITREADY_VERSIONED(hitready::Quiz, 0)

#undef HITREADY_VERSIONED

namespace hitready {

namespace {

// Header: magic, snapshot format, Boost archive library version, byte-order mark.
constexpr char magic[8] = {'H', 'R', 'S', 'N', 'A', 'P', '\r', '\n'};
constexpr quint16 currentFormat = 1;
constexpr quint32 byteOrderMark = 0x01020304;
constexpr qsizetype headerSize = 16;

class ByteWriter final : public std::streambuf
{
public:
    explicit ByteWriter(QByteArray &out) : m_out(out) {}

protected:
    int_type overflow(int_type c) override
    {
        if (!traits_type::eq_int_type(c, traits_type::eof()))
            m_out.append(traits_type::to_char_type(c));
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char *s, std::streamsize n) override
    {
        m_out.append(s, qsizetype(n));
        return n;
    }

private:
    QByteArray &m_out;
};

QString sanityProblem(const Quiz &quiz)
{
    if (quiz.id.isEmpty())
        return QStringLiteral("quiz id is empty");
    if (quiz.format < 1)
        return QStringLiteral("quiz format %1 is not valid").arg(quiz.format);
    QSet<QString> domains;
    for (const Domain &d : quiz.domains) {
        if (d.id.isEmpty())
            return QStringLiteral("a domain id is empty");
        if (domains.contains(d.id))
            return QStringLiteral("domain '%1' appears twice").arg(d.id);
        domains.insert(d.id);
    }
    QSet<QString> items;
    items.reserve(quiz.items.size());
    for (const Item &item : quiz.items) {
        if (item.id.isEmpty())
            return QStringLiteral("an item id is empty");
        if (items.contains(item.id))
            return QStringLiteral("item '%1' appears twice").arg(item.id);
        items.insert(item.id);
        if (!domains.contains(item.domain))
            return QStringLiteral("item '%1' names unknown domain '%2'").arg(item.id, item.domain);
        for (const Option &o : item.options)
            if (o.id.isEmpty())
                return QStringLiteral("item '%1' has an option with an empty id").arg(item.id);
    }
    for (const Recommendation &r : quiz.recommendations)
        if (r.id.isEmpty())
            return QStringLiteral("a recommendation id is empty");
    return {};
}

std::optional<Quiz> fail(QString *error, const QString &message)
{
    if (error)
        *error = QStringLiteral("damaged quiz snapshot: %1").arg(message);
    return std::nullopt;
}

template <class T> T headerField(const QByteArray &bytes, qsizetype offset)
{
    T value;
    std::memcpy(&value, bytes.constData() + offset, sizeof value);
    return value;
}

template <class T> void appendHeaderField(QByteArray &out, T value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

} // namespace

QString snapshotFormatName()
{
    return QStringLiteral("hitready-boost-binary/%1").arg(currentFormat);
}

QByteArray freezeQuiz(const Quiz &quiz)
{
    QByteArray out;
    out.reserve(headerSize + 1024 * quiz.items.size());
    out.append(magic, sizeof magic);
    appendHeaderField(out, currentFormat);
    appendHeaderField(out, quint16(boost::archive::BOOST_ARCHIVE_VERSION()));
    appendHeaderField(out, byteOrderMark);
    ByteWriter writer(out);
    boost::archive::binary_oarchive archive(writer,
                                            boost::archive::no_header | boost::archive::no_codecvt);
    archive << quiz;
    return out;
}

std::optional<Quiz> thawQuiz(const QByteArray &bytes, QString *error)
{
    if (bytes.size() < headerSize || std::memcmp(bytes.constData(), magic, sizeof magic) != 0)
        return fail(error, QStringLiteral("not a HIT Ready quiz snapshot"));
    const auto format = headerField<quint16>(bytes, 8);
    const auto library = headerField<quint16>(bytes, 10);
    if (headerField<quint32>(bytes, 12) != byteOrderMark)
        return fail(error, QStringLiteral("written on a machine with another byte order"));
    if (format == 0 || format > currentFormat)
        return fail(error, QStringLiteral("snapshot format %1 is unknown to this program (%2)")
                               .arg(format)
                               .arg(currentFormat));
    if (library < 3 || library > quint16(boost::archive::BOOST_ARCHIVE_VERSION()))
        return fail(error, QStringLiteral("archive version %1 is not readable here").arg(library));
    try {
        snapshotwire::ByteReader reader(bytes.constData() + headerSize, bytes.size() - headerSize);
        snapshotwire::Thaw thaw(reader);
        const snapshotwire::ActiveThaw active(thaw);
        boost::archive::binary_iarchive archive(reader, boost::archive::no_header |
                                                            boost::archive::no_codecvt);
        archive.set_library_version(boost::archive::library_version_type(library));
        Quiz quiz;
        archive >> quiz;
        if (reader.remaining() != 0)
            return fail(
                error,
                QStringLiteral("%1 unexpected bytes after the quiz").arg(reader.remaining()));
        if (const QString problem = sanityProblem(quiz); !problem.isEmpty())
            return fail(error, problem);
        return quiz;
    } catch (const boost::archive::archive_exception &e) {
        return fail(error, QString::fromLocal8Bit(e.what()));
    } catch (const std::bad_alloc &) {
        return fail(error, QStringLiteral("out of memory while reading"));
    } catch (const std::exception &e) {
        return fail(error, QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return fail(error, QStringLiteral("unknown error while reading"));
    }
}

} // namespace hitready
