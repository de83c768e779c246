#include "classlocation.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace hitready {

namespace {

const QString passwordParameter = QStringLiteral("password");

} // namespace

bool isClassUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString withoutPassword(const QString &classUrl)
{
    QUrl url(classUrl, QUrl::StrictMode);
    if (!url.isValid())
        return classUrl.section(QLatin1Char('@'), -1); // never hand back what may be a password
    url.setPassword({});
    QUrlQuery query(url);
    query.removeAllQueryItems(passwordParameter);
    url.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded);
}

QString passwordOf(const QString &classUrl)
{
    const QUrl url(classUrl, QUrl::StrictMode);
    if (!url.password().isEmpty())
        return url.password();
    return QUrlQuery(url).queryItemValue(passwordParameter, QUrl::FullyDecoded);
}

QString withPassword(const QString &classUrl, const QString &password)
{
    QUrl url(withoutPassword(classUrl), QUrl::StrictMode);
    url.setPassword(password);
    return url.toString(QUrl::FullyEncoded);
}

QString localCopyPath(const QString &classUrl)
{
    const QByteArray hash =
        QCryptographicHash::hash(withoutPassword(classUrl).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/classes/") + QString::fromLatin1(hash) + QStringLiteral(".sqlite");
}

} // namespace hitready
