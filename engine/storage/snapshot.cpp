#include "snapshot.h"
#include "snapshotserialization.h"

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
        if (!item.stimulus.isEmpty() && !quiz.stimulus(item.stimulus))
            return QStringLiteral("item '%1' names unknown stimulus '%2'")
                .arg(item.id, item.stimulus);
        for (const HotSpan &span : item.spans)
            if (span.id.isEmpty())
                return QStringLiteral("item '%1' has a span with an empty id").arg(item.id);
    }
    for (const Recommendation &r : quiz.recommendations)
        if (r.id.isEmpty())
            return QStringLiteral("a recommendation id is empty");
    if (quiz.timeLimitMinutes &&
        !(*quiz.timeLimitMinutes > 0 && *quiz.timeLimitMinutes <= maxTimeLimitMinutes))
        return QStringLiteral("time limit %1 is not valid").arg(*quiz.timeLimitMinutes);
    for (const Domain &d : quiz.domains) {
        const auto scored =
            std::count_if(quiz.items.cbegin(), quiz.items.cend(),
                          [&](const Item &i) { return i.domain == d.id && i.isScored(); });
        if (d.draw && (*d.draw < 1 || *d.draw > scored))
            return QStringLiteral("domain '%1' draws %2 of %3 items")
                .arg(d.id)
                .arg(*d.draw)
                .arg(scored);
    }
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

namespace {
// Per thread: a test counts what its own thread did, not statistics read in the background.
thread_local quint64 thawCalls = 0;
} // namespace

quint64 thawQuizCalls()
{
    return thawCalls;
}

std::optional<Quiz> thawQuiz(const QByteArray &bytes, QString *error)
{
    ++thawCalls;
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
