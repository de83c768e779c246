#pragma once
// Where a test keeps its database. The same suite runs twice under CTest: `tst_x` on a SQLite
// file in a temporary folder, `tst_x_pg` (tests/pg/with-server.sh sets
// HITREADY_TEST_BACKEND=postgresql) on a PostgreSQL server named by the PG* environment: each
// TestDatabase is a fresh schema of its own (the URL's search_path), dropped with it, in a
// database the test process makes on first use and drops when it ends.

#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

namespace hitready::test {

class TestDatabase
{
public:
    // True in the _pg variant of a suite.
    static bool onServer();
    // A fresh, empty database; on SQLite a file `fileName` (may hold folders) in a new
    // temporary folder. isValid() tells whether it could be made.
    explicit TestDatabase(const QString &fileName = QStringLiteral("hitready.sqlite"));
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return !m_location.isEmpty(); }
    // What Storage::open() and hitready-cli --db take: a file path or a postgresql:// URL.
    QString location() const { return m_location; }
    // The temporary folder the test may put other files in (both backends).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // On the server: the database's and the schema's names; empty on SQLite.
    QString serverDatabase() const { return m_serverDatabase; }
    QString schema() const { return m_schema; }
    // Runs `statement` on the database outside Storage (a connection of its own, QSQLITE or
    // QPSQL) and returns the first column of its rows; a failure is a warning "raw sql failed"
    // and no rows. For checks and damage that must not go through the code under test.
    QVariantList sql(const QString &statement) const;

private:
    QTemporaryDir m_dir;
    QString m_location;
    QString m_serverDatabase;
    QString m_schema;
};

} // namespace hitready::test
