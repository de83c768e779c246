// Zip archives for QTI content packages, through libarchive (Debian's libarchive13, which CMake
// itself links): reading with limits against hostile archives, writing with deflate.

#include "qtiformat.h"

#include "loader.h"

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace hitready::interchange {

namespace {

struct ArchiveReadFree
{
    void operator()(archive *a) const { archive_read_free(a); }
};
struct ArchiveWriteFree
{
    void operator()(archive *a) const { archive_write_free(a); }
};

Error zipError(const QString &fileName, const QString &message)
{
    return Error(ErrorKind::Invalid, QStringLiteral("%1: %2").arg(fileName, message),
                 {{fileName, 0, 0, message}});
}

// A path inside the package that stays inside it: relative, no '..' part, no drive or '\'.
bool isSafePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') ||
        (path.size() > 1 && path.at(1) == u':'))
        return false;
    for (const QStringView part : QStringView(path).split(u'/'))
        if (part == u"..")
            return false;
    return true;
}

la_ssize_t appendTo(archive *, void *data, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(data)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

} // namespace

Result<QList<PackageFile>> readZip(const QByteArray &zip, const QString &fileName)
{
    std::unique_ptr<archive, ArchiveReadFree> a(archive_read_new());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_memory(a.get(), zip.constData(), size_t(zip.size())) != ARCHIVE_OK)
        return zipError(fileName, QStringLiteral("not a zip package: %1")
                                      .arg(QString::fromUtf8(archive_error_string(a.get()))));
    QList<PackageFile> files;
    qint64 total = 0;
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(a.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return zipError(fileName, QStringLiteral("the zip package is damaged: %1")
                                          .arg(QString::fromUtf8(archive_error_string(a.get()))));
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const QString path = QString::fromUtf8(utf8 ? utf8 : archive_entry_pathname(entry));
        if (!isSafePath(path))
            return zipError(fileName,
                            QStringLiteral("the entry '%1' points outside the package (an absolute "
                                           "path or '..'): the package is refused")
                                .arg(path));
        if (archive_entry_filetype(entry) == AE_IFDIR)
            continue;
        if (archive_entry_filetype(entry) != AE_IFREG)
            return zipError(fileName,
                            QStringLiteral("the entry '%1' is not a plain file (a link?): "
                                           "the package is refused")
                                .arg(path));
        QByteArray bytes;
        char buffer[65536];
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
            if (n < 0)
                return zipError(fileName,
                                QStringLiteral("the entry '%1' cannot be unpacked: %2")
                                    .arg(path, QString::fromUtf8(archive_error_string(a.get()))));
            if (n == 0)
                break;
            bytes.append(buffer, qsizetype(n));
            total += n;
            if (bytes.size() > maxQuizFileBytes)
                return zipError(fileName, QStringLiteral("the entry '%1' is over the 16 MiB quiz "
                                                         "limit: the package is refused")
                                              .arg(path));
            if (total > maxPackageBytes || total > maxPackageRatio * qint64(zip.size()) + 65536)
                return zipError(fileName,
                                QStringLiteral("the package unpacks to more than %1 MiB or %2 "
                                               "times its size (a zip bomb?): it is refused")
                                    .arg(maxPackageBytes / (1024 * 1024))
                                    .arg(maxPackageRatio));
        }
        files.append({path, bytes});
    }
    return files;
}

QByteArray writeZip(const QList<PackageFile> &files)
{
    QByteArray out;
    std::unique_ptr<archive, ArchiveWriteFree> a(archive_write_new());
    archive_write_set_format_zip(a.get());
    archive_write_set_options(a.get(), "zip:compression=deflate");
    archive_write_set_bytes_in_last_block(a.get(), 1);
    archive_write_open(a.get(), &out, nullptr, appendTo, nullptr);
    for (const PackageFile &file : files) {
        archive_entry *entry = archive_entry_new();
        const QByteArray path = file.path.toUtf8();
        archive_entry_set_pathname_utf8(entry, path.constData());
        archive_entry_set_size(entry, file.bytes.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, 1700000000, 0); // the same bytes for the same quiz
        archive_write_header(a.get(), entry);
        archive_write_data(a.get(), file.bytes.constData(), size_t(file.bytes.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a.get());
    return out;
}

} // namespace hitready::interchange
