#pragma once
// A prepared statement on SQLite's own API, for the storage gateway's bulk paths (analytics
// reads, imports) on the connection Qt Sql opened. Internal to engine/.

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>
#include <sqlite3.h>

namespace hitready {

// The sqlite3 handle behind a QSQLITE connection, or null for another driver.
inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// Finalized when it goes out of scope.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (db)
            sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString error() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                    : QStringLiteral("the database is not an SQLite connection");
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bind(int index, QByteArrayView text)
    {
        // A null pointer would bind SQL NULL; empty text is ''.
        sqlite3_bind_text(m_stmt, index, text.data() ? text.data() : "", int(text.size()),
                          SQLITE_TRANSIENT);
    }
    void bindString(int index, const QString &text) { bind(index, QByteArrayView(text.toUtf8())); }
    // SQLITE_ROW, SQLITE_DONE, or an error code.
    int step() { return sqlite3_step(m_stmt); }
    // Runs a statement that returns no rows, then makes it ready for the next bindings.
    bool run()
    {
        const int rc = step();
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QByteArrayView text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace hitready
