#include "pdffile.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace hitready {

QString PdfFile::path(const QString &fileOrUrl)
{
    if (fileOrUrl.trimmed().isEmpty())
        return {};
    const QUrl url(fileOrUrl);
    QString local = url.isLocalFile() ? url.toLocalFile() : fileOrUrl;
    if (!local.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        local += QLatin1String(".pdf");
    return local;
}

QString PdfFile::savedNote(const QString &path)
{
    const QFileInfo file(path);
    //: after "Save as PDF": %1 = file name, %2 = the folder it is in
    return tr("Saved “%1” in the folder %2.")
        .arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath()));
}

} // namespace hitready
