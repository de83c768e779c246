// The floor `hitready-cli stats` is measured against (stats-bench.sh, `make bench`): a bare
// program that reads the same answer rows through SQLite's C API, with SQLite's default
// settings, on one thread. It issues the SELECT the statistics scan issues (every response
// of the quiz's finished attempts, between the first and the last attempt id), steps every
// row and touches every byte of the attempt id, item id and answer; nothing is decoded.
// Usage: hitready-rawscan DATABASE QUIZ_ID
// Prints the rows and bytes read (so the work cannot be skipped).

#include <cstdint>
#include <cstdio>
#include <sqlite3.h>

namespace {

// Fails with SQLite's message.
int fail(sqlite3 *db, const char *what)
{
    std::fprintf(stderr, "hitready-rawscan: %s: %s\n", what, db ? sqlite3_errmsg(db) : "?");
    sqlite3_close(db);
    return 2;
}

// A sum over every byte, so the column bytes are read, not only their pointers.
std::uint64_t touch(const unsigned char *bytes, int size)
{
    std::uint64_t sum = 0;
    for (int i = 0; i < size; ++i)
        sum += bytes[i];
    return sum;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: hitready-rawscan DATABASE QUIZ_ID\n");
        return 2;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return fail(db, "cannot open");
    // The id range of the quiz's finished attempts, as the statistics scan binds it.
    sqlite3_stmt *range = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT min(id), max(id) FROM attempts "
                           "WHERE quiz_id = ?1 AND finished_at IS NOT NULL",
                           -1, &range, nullptr) != SQLITE_OK)
        return fail(db, "cannot read attempts");
    sqlite3_bind_text(range, 1, argv[2], -1, SQLITE_STATIC);
    if (sqlite3_step(range) != SQLITE_ROW)
        return fail(db, "cannot read attempts");
    const sqlite3_int64 first = sqlite3_column_int64(range, 0);
    const sqlite3_int64 last = sqlite3_column_int64(range, 1);
    sqlite3_finalize(range);

    sqlite3_stmt *scan = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT attempt_id, item_id, answer FROM responses "
                           "WHERE attempt_id BETWEEN ?1 AND ?2",
                           -1, &scan, nullptr) != SQLITE_OK)
        return fail(db, "cannot read answers");
    sqlite3_bind_int64(scan, 1, first);
    sqlite3_bind_int64(scan, 2, last);
    std::uint64_t rows = 0, bytes = 0, sum = 0;
    int rc;
    while ((rc = sqlite3_step(scan)) == SQLITE_ROW) {
        ++rows;
        sum += std::uint64_t(sqlite3_column_int64(scan, 0));
        for (int column = 1; column <= 2; ++column) {
            const unsigned char *text = sqlite3_column_text(scan, column);
            const int size = sqlite3_column_bytes(scan, column);
            bytes += std::uint64_t(size);
            sum += touch(text, size);
        }
    }
    if (rc != SQLITE_DONE)
        return fail(db, "cannot read answers");
    sqlite3_finalize(scan);
    sqlite3_close(db);
    std::printf("%llu rows, %llu bytes (checksum %llu)\n", static_cast<unsigned long long>(rows),
                static_cast<unsigned long long>(bytes), static_cast<unsigned long long>(sum));
    return 0;
}
