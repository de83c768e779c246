#include "storage.h"

#include "pgstorage.h"
#include "sqlitestorage.h"

#include <QStandardPaths>

namespace hitready {

bool Storage::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<std::unique_ptr<Storage>> Storage::open(const QString &location, Access access)
{
    if (isServerLocation(location))
        return PostgresStorage::open(location, access);
    return SqliteStorage::open(location, access);
}

QString Storage::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/hitready.sqlite");
}

} // namespace hitready
