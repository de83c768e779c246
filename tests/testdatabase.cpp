#include "testdatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtDebug>

namespace hitready::test {

namespace {

// Runs `statement` through a connection of its own: QSQLITE on the file `database`, or QPSQL
// on the server database `database` (empty: the default one, PGDATABASE) with `schema` first on
// its search path. The first column of
// each row, or nullopt when it failed (and a warning).
std::optional<QVariantList> run(bool server, const QString &database, const QString &statement,
                                const QString &schema = {})
{
    static QAtomicInteger<int> next;
    const QString name = QStringLiteral("testdatabase.%1").arg(next.fetchAndAddRelaxed(1));
    std::optional<QVariantList> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (!database.isEmpty())
            db.setDatabaseName(database);
        if (!schema.isEmpty())
            db.setConnectOptions(QStringLiteral("options='-csearch_path=%1'").arg(schema));
        if (!db.open()) {
            qWarning().noquote() << "raw sql failed: cannot open" << database << ":"
                                 << db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(statement)) {
                rows.emplace();
                while (q.next())
                    rows->append(q.value(0));
            } else {
                qWarning().noquote() << "raw sql failed:" << statement << q.lastError().text();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// The suite's own database on the server, made on first use and dropped when the application
// ends; each TestDatabase is a fresh schema in it (CREATE DATABASE costs a second a test under
// load, a schema milliseconds), reached through the URL's search_path.
QString suiteDatabase()
{
    static QString name;
    if (!name.isEmpty())
        return name;
    const QString wanted =
        QStringLiteral("hitready_test_%1").arg(QCoreApplication::applicationPid());
    if (!run(true, {}, QStringLiteral("CREATE DATABASE %1").arg(wanted)))
        return {};
    name = wanted;
    qAddPostRoutine(
        [] { run(true, {}, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)); });
    return name;
}

} // namespace

bool TestDatabase::onServer()
{
    return qEnvironmentVariable("HITREADY_TEST_BACKEND") == QLatin1String("postgresql");
}

TestDatabase::TestDatabase(const QString &fileName)
{
    if (!m_dir.isValid())
        return;
    if (!onServer()) {
        m_location = m_dir.filePath(fileName);
        return;
    }
    static QAtomicInteger<int> serial;
    const QString database = suiteDatabase();
    const QString schema = QStringLiteral("test_%1").arg(serial.fetchAndAddRelaxed(1));
    if (database.isEmpty() || !run(true, database, QStringLiteral("CREATE SCHEMA %1").arg(schema)))
        return;
    m_serverDatabase = database;
    m_schema = schema;
    m_location = QStringLiteral("postgresql:///") + database +
                 QStringLiteral("?options=-csearch_path%3D") + schema;
}

TestDatabase::~TestDatabase()
{
    if (!m_schema.isEmpty())
        run(true, m_serverDatabase, QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema));
}

QVariantList TestDatabase::sql(const QString &statement) const
{
    if (!onServer())
        return run(false, m_location, statement).value_or(QVariantList());
    return run(true, m_serverDatabase, statement, m_schema).value_or(QVariantList());
}

} // namespace hitready::test
