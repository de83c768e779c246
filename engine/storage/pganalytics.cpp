#include "pgstorage.h"

#include "attemptselection.h"

#include <QScopeGuard>
#include <QtEndian>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>

// The read half of analytics on a PostgreSQL server, on libpq: the attempt list in one result
// and their answers as one binary COPY stream, because a Qt Sql row costs microseconds and these
// are millions of rows.

namespace hitready {

namespace {

using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;
using ConnectionPtr = std::unique_ptr<PGconn, decltype(&PQfinish)>;

QString serverError(PGconn *db)
{
    return db ? QString::fromUtf8(PQerrorMessage(db)).trimmed()
              : QStringLiteral("the database is not a PostgreSQL connection");
}

qint64 integer(const PGresult *r, int row, int column)
{
    return std::strtoll(PQgetvalue(r, row, column), nullptr, 10);
}

QByteArrayView text(const PGresult *r, int row, int column)
{
    return QByteArrayView(PQgetvalue(r, row, column), PQgetlength(r, row, column));
}

// Reads the rows of a binary COPY (attempt id bigint, item id text, answer text) as the server
// sends them, one message per row, the file header before the first.
class CopyReader
{
public:
    // Calls row(attempt id, item id, answer) for each row; false on malformed data.
    template <class RowFunction> bool read(const char *data, int size, RowFunction &&row)
    {
        const char *p = data, *end = data + size;
        if (!m_headerRead) {
            constexpr int signature = 11;
            if (size < signature + 8 || std::memcmp(p, "PGCOPY\n\377\r\n\0", signature) != 0)
                return false;
            p += signature + 4; // the flags
            const quint32 extension = qFromBigEndian<quint32>(p);
            p += 4;
            if (quint32(end - p) < extension)
                return false;
            p += extension;
            m_headerRead = true;
        }
        while (end - p >= 2) {
            const qint16 fields = qFromBigEndian<qint16>(p);
            p += 2;
            if (fields == -1)
                return true; // the trailer
            if (fields != 3)
                return false;
            QByteArrayView values[3];
            for (QByteArrayView &v : values) {
                if (end - p < 4)
                    return false;
                const qint32 length = qFromBigEndian<qint32>(p);
                p += 4;
                if (length < 0 || end - p < length)
                    return false; // none of the three columns can be NULL
                v = QByteArrayView(p, length);
                p += length;
            }
            if (values[0].size() != 8)
                return false;
            row(qFromBigEndian<qint64>(values[0].data()), values[1], values[2]);
        }
        return p == end;
    }

private:
    bool m_headerRead = false;
};

} // namespace

Result<SelectedAttempts> PostgresStorage::selectAttempts(const AttemptSelection &selection) const
{
    // Versions in the order they were first stored, so version 0 is the oldest one used.
    Result<QList<QByteArray>> known = snapshotHashes(selection.quizId);
    if (!known)
        return known.error();
    PGconn *db = connection();
    if (!db)
        return fail(QStringLiteral("cannot read attempts: %1").arg(serverError(db)), ErrorKind::Io);
    const QByteArray quizId = selection.quizId.toUtf8(), hash = selection.quizHash.toUtf8();
    const char *values[] = {quizId.constData(), hash.constData()};
    const ResultPtr r(
        PQexecParams(db,
                     "SELECT id, profile_id, quiz_hash, started_at, finished_at, item_order "
                     "FROM attempts WHERE quiz_id = $1 AND finished_at IS NOT NULL "
                     "AND ($2 = '' OR quiz_hash = $2) ORDER BY id",
                     2, nullptr, values, nullptr, nullptr, 0),
        &PQclear);
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK)
        return fail(QStringLiteral("cannot read attempts: %1").arg(serverError(db)), ErrorKind::Io);
    AttemptSelector selector(std::move(*known), selection.firstPerProfile);
    const int rows = PQntuples(r.get());
    for (int i = 0; i < rows; ++i)
        if (!selector.add(integer(r.get(), i, 0), integer(r.get(), i, 1), text(r.get(), i, 2),
                          text(r.get(), i, 3), text(r.get(), i, 4), text(r.get(), i, 5)))
            return fail(QStringLiteral("attempt %1 refers to a missing quiz snapshot")
                            .arg(integer(r.get(), i, 0)),
                        ErrorKind::Damaged);
    return selector.take();
}

Status PostgresStorage::scanAnswers(const SelectedAttempts &attempts,
                                    const AnswerRowVisitor &visit) const
{
    const Status scanned = scanAnswerRange(attempts, 0, attempts.size(), visit);
    if (!scanned)
        return fail(scanned.error());
    return {};
}

Status PostgresStorage::scanAnswerRange(const SelectedAttempts &attempts, qsizetype first,
                                        qsizetype last, const AnswerRowVisitor &visit) const
{
    const auto failed = [](const QString &why) {
        return Error(ErrorKind::Io, QStringLiteral("cannot read answers: %1").arg(why));
    };
    last = std::min(last, attempts.size());
    if (first >= last)
        return {};
    // A connection of its own, so several threads can scan ranges at once; the server reads
    // the range in primary-key order (attempt, item id as bytes).
    const ConnectionPtr db(PQconnectdb(m_url.toUtf8().constData()), &PQfinish);
    if (PQstatus(db.get()) != CONNECTION_OK)
        return failed(serverError(db.get()));
    const QByteArray sql =
        QByteArrayLiteral("COPY (SELECT attempt_id, item_id, answer FROM responses "
                          "WHERE attempt_id BETWEEN ") +
        QByteArray::number(attempts.ids[first]) + " AND " +
        QByteArray::number(attempts.ids[last - 1]) +
        " AND answer <> '' ORDER BY attempt_id, item_id) TO STDOUT (FORMAT binary)";
    const ResultPtr noJit(PQexec(db.get(), "SET jit = off"), &PQclear); // see pgstorage.cpp
    const ResultPtr started(PQexec(db.get(), sql.constData()), &PQclear);
    if (PQresultStatus(started.get()) != PGRES_COPY_OUT)
        return failed(serverError(db.get()));
    const QList<qint64> &ids = attempts.ids;
    qsizetype next = first; // rows come in ascending attempt order: walk the selection
    const auto row = [&](qint64 id, QByteArrayView itemId, QByteArrayView answer) {
        while (next < last && ids[next] < id)
            ++next;
        if (next < last && ids[next] == id) // else not a selected attempt
            visit(next, itemId, answer);
    };
    CopyReader reader;
    bool wellFormed = true;
    char *buffer = nullptr;
    int size;
    while ((size = PQgetCopyData(db.get(), &buffer, 0)) > 0) {
        const auto release = qScopeGuard([&] { PQfreemem(buffer); });
        wellFormed = wellFormed && reader.read(buffer, size, row);
    }
    if (size == -2)
        return failed(serverError(db.get()));
    const ResultPtr finished(PQgetResult(db.get()), &PQclear);
    if (PQresultStatus(finished.get()) != PGRES_COMMAND_OK)
        return failed(serverError(db.get()));
    if (!wellFormed)
        return failed(QStringLiteral("the server sent answers in a shape this program does not "
                                     "read"));
    return {};
}

} // namespace hitready
