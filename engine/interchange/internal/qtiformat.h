#pragma once
// QTI 3.0: items (<qti-assessment-item>) and content packages (a zip with imsmanifest.xml, one
// item file per item), read with QXmlStreamReader and written with QXmlStreamWriter.

#include "interchange.h"

namespace hitready::interchange {

inline constexpr auto qtiNamespace = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";

// One file of a package.
struct PackageFile
{
    QString path;
    QByteArray bytes;
};

// The quiz as a content package (zip bytes).
ExportedQuiz exportQti3(const Quiz &quiz);
// A package (zip bytes) or one item file.
Result<ImportedQuiz> importQti3(const QByteArray &bytes, const QString &fileName);

// The item as a QTI 3 item file; nullopt (with a warning) for a type QTI items do not hold here.
std::optional<QByteArray> qtiItemXml(const Quiz &quiz, const Item &item,
                                     QList<ExportWarning> &warnings);

// Zip archives with the limits of a quiz file (qtipackage.cpp): entries with '..' or absolute
// paths, more than maxPackageBytes unpacked, an entry over the quiz limit or packed more than
// maxPackageRatio times are refused with the entry's name.
inline constexpr qint64 maxPackageBytes = 64 * 1024 * 1024;
inline constexpr qint64 maxPackageRatio = 200;
Result<QList<PackageFile>> readZip(const QByteArray &zip, const QString &fileName);
QByteArray writeZip(const QList<PackageFile> &files);

} // namespace hitready::interchange
