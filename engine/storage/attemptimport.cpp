#include "storage.h"

#include "schema.h"
#include "sqlitestatement.h"
#include "storagerows.h"

#include <QHash>
#include <map>
#include <memory>

// The bulk-import half of the storage gateway: many finished attempts in one transaction, with
// prepared statements on SQLite's own API and answers inserted many rows per statement (half
// the cost of one statement per row, measured). Measured budget: 100,000 learners x 50 items.

namespace hitready {

using namespace storagerows;

namespace {

constexpr int rowsPerInsert = 64;

// Writes one attempt after another; every answer is checked against its item.
class AttemptWriter
{
public:
    AttemptWriter(sqlite3 *db, const Quiz &quiz, const QString &hash)
        : m_db(db), m_quiz(quiz), m_hash(hash.toUtf8()), m_quizId(quiz.id.toUtf8()),
          m_now(timestamp(QDateTime::currentDateTimeUtc()).toUtf8()),
          m_addProfile(db, "INSERT INTO profiles (name, created_at) VALUES (?1, ?2) "
                           "ON CONFLICT (name) DO NOTHING"),
          m_findProfile(db, "SELECT id FROM profiles WHERE name = ?1"),
          m_addAttempt(db, "INSERT INTO attempts (profile_id, quiz_hash, quiz_id, mode, seed, "
                           "started_at, finished_at, position, elapsed_ms, item_order, uuid) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
    {
        for (qsizetype i = 0; i < quiz.items.size(); ++i)
            m_indexOf.insert(quiz.items[i].id, i);
        // Answers go in primary-key order (item ids as bytes): SQLite appends, never shifts.
        for (qsizetype i = 0; i < quiz.items.size(); ++i)
            m_items.push_back({i, quiz.items[i].id.toUtf8(), {}, {}});
        std::sort(m_items.begin(), m_items.end(),
                  [](const ItemSlot &a, const ItemSlot &b) { return a.id < b.id; });
    }

    QString prepareError() const
    {
        for (const SqliteStatement *s : {&m_addProfile, &m_findProfile, &m_addAttempt})
            if (!s->isValid())
                return s->error();
        return {};
    }

    // Empty when written, else why not.
    QString write(const ImportedAttempt &a)
    {
        const QString name = a.profileName.trimmed();
        if (name.isEmpty())
            return QStringLiteral("a profile needs a name");
        if (a.answers.size() > m_quiz.items.size())
            return QStringLiteral("more answers than the quiz has items");
        if (!a.started.isValid() || !a.finished.isValid() || a.finished < a.started ||
            a.elapsedMs < 0)
            return QStringLiteral("needs a start before its finish");
        // The drawn items, checked as Storage::startAttempt() checks a shown order.
        m_shown.fill(a.itemOrder.isEmpty(), m_quiz.items.size());
        for (const QString &id : a.itemOrder) {
            const qsizetype i = m_indexOf.value(id, -1);
            if (i < 0 || m_shown[i] || id.contains(QLatin1Char(',')))
                return QStringLiteral("item order: '%1' is unknown, repeated or holds a comma")
                    .arg(id);
            m_shown[i] = true;
        }
        m_rows.clear();
        for (ItemSlot &item : m_items) {
            if (item.index >= a.answers.size() || a.answers[item.index].isEmpty())
                continue;
            if (!m_shown[item.index])
                return QStringLiteral("item '%1' is answered but not in the item order")
                    .arg(m_quiz.items[item.index].id);
            const QByteArray *stored = checked(item, a.answers[item.index]);
            if (!stored)
                return QStringLiteral("item '%1': %2")
                    .arg(m_quiz.items[item.index].id,
                         answerProblem(m_quiz.items[item.index], a.answers[item.index]));
            if (!stored->isEmpty()) // e.g. no option chosen: stored as not answered
                m_rows.push_back({&item.id, stored});
        }
        const QByteArray nameUtf8 = name.toUtf8();
        m_addProfile.bind(1, nameUtf8);
        m_addProfile.bind(2, m_now);
        m_findProfile.bind(1, nameUtf8);
        if (!m_addProfile.run() || m_findProfile.step() != SQLITE_ROW)
            return m_addProfile.error();
        const qint64 profileId = m_findProfile.integer(0);
        m_findProfile.run();
        const QByteArray finished = timestamp(a.finished).toUtf8();
        m_addAttempt.bind(1, profileId);
        m_addAttempt.bind(2, m_hash);
        m_addAttempt.bind(3, m_quizId);
        m_addAttempt.bind(4, modeName(a.mode).toUtf8());
        m_addAttempt.bind(5, qint64(a.seed));
        m_addAttempt.bind(6, timestamp(a.started).toUtf8());
        m_addAttempt.bind(7, finished);
        const qsizetype shown = a.itemOrder.isEmpty() ? m_quiz.items.size() : a.itemOrder.size();
        m_addAttempt.bind(8, qint64(std::max<qsizetype>(0, shown - 1)));
        m_addAttempt.bind(9, a.elapsedMs);
        m_addAttempt.bind(10, a.itemOrder.join(QLatin1Char(',')).toUtf8());
        m_addAttempt.bindString(11, a.uuid.isEmpty() ? newAttemptUuid() : a.uuid);
        if (!m_addAttempt.run())
            return m_addAttempt.error();
        const qint64 attemptId = sqlite3_last_insert_rowid(m_db);
        for (size_t first = 0; first < m_rows.size(); first += rowsPerInsert) {
            const int count = int(std::min<size_t>(rowsPerInsert, m_rows.size() - first));
            SqliteStatement &insert = responseInsert(count);
            for (int k = 0; k < count; ++k) {
                insert.bind(4 * k + 1, attemptId);
                insert.bind(4 * k + 2, *m_rows[first + size_t(k)].itemId);
                insert.bind(4 * k + 3, *m_rows[first + size_t(k)].answer);
                insert.bind(4 * k + 4, finished);
            }
            if (!insert.run())
                return insert.error();
        }
        return {};
    }

private:
    struct CheckedAnswer
    {
        QString encoded;
        quint32 kinds = 0; // the kinds of value seen valid: true and "true" differ
        QByteArray utf8;   // what is stored
    };
    struct ItemSlot
    {
        qsizetype index;
        QByteArray id;
        // Each distinct answer is checked once. A handful per choice item: a linear scan
        // beats hashing a QString (measured), so the hash serves only long lists.
        std::vector<CheckedAnswer> valid;
        QHash<QString, qsizetype> validIndex;
    };
    struct Row
    {
        const QByteArray *itemId;
        const QByteArray *answer;
    };

    // The bytes to store for `answer`, or null when it does not fit the item.
    const QByteArray *checked(ItemSlot &item, const Answer &answer)
    {
        constexpr size_t scanned = 16;
        const QString encoded = encodeAnswer(answer);
        const quint32 kind = 1u << answer.value.index();
        qsizetype at = -1;
        for (size_t i = 0; i < std::min(scanned, item.valid.size()) && at < 0; ++i)
            if (item.valid[i].encoded == encoded)
                at = qsizetype(i);
        if (at < 0 && item.valid.size() > scanned)
            at = item.validIndex.value(encoded, -1);
        if (at >= 0 && (item.valid[size_t(at)].kinds & kind))
            return &item.valid[size_t(at)].utf8;
        if (!answerProblem(m_quiz.items[item.index], answer).isEmpty())
            return nullptr;
        if (at < 0) {
            at = qsizetype(item.valid.size());
            item.valid.push_back({encoded, 0, encoded.toUtf8()});
            item.validIndex.insert(encoded, at);
        }
        item.valid[size_t(at)].kinds |= kind;
        return &item.valid[size_t(at)].utf8;
    }

    SqliteStatement &responseInsert(int rows)
    {
        std::unique_ptr<SqliteStatement> &s = m_responseInserts[rows];
        if (!s) {
            QByteArray sql = "INSERT INTO responses (attempt_id, item_id, answer, answered_at) "
                             "VALUES (?, ?, ?, ?)";
            for (int k = 1; k < rows; ++k)
                sql += ", (?, ?, ?, ?)";
            s = std::make_unique<SqliteStatement>(m_db, sql.constData());
        }
        return *s;
    }

    sqlite3 *m_db;
    const Quiz &m_quiz;
    const QByteArray m_hash, m_quizId, m_now;
    SqliteStatement m_addProfile, m_findProfile, m_addAttempt;
    std::map<int, std::unique_ptr<SqliteStatement>> m_responseInserts; // by rows per statement
    std::vector<ItemSlot> m_items;
    std::vector<Row> m_rows;
    QHash<QString, qsizetype> m_indexOf; // item id -> index in the quiz
    QList<bool> m_shown;                 // per item: in the attempt's order
};

} // namespace

Result<qint64> Storage::importAttempts(const Quiz &quiz,
                                       const std::function<bool(ImportedAttempt *)> &next)
{
    if (const auto refused = writeRefusal())
        return *refused;
    const QString hash = contentHash(quiz);
    const QString importing = QStringLiteral("cannot import attempts");
    Transaction transaction(m_db);
    if (const Status begun = transaction.begin(); !begun)
        return fail(begun.error().context(importing));
    if (const Status stored = insertSnapshot(quiz, hash); !stored)
        return stored.error();
    AttemptWriter writer(sqliteHandle(m_db), quiz, hash);
    if (const QString why = writer.prepareError(); !why.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(importing, why), ErrorKind::Io);
    qint64 count = 0;
    ImportedAttempt attempt;
    while (next(&attempt)) {
        if (const QString why = writer.write(attempt); !why.isEmpty())
            return fail(QStringLiteral("imported attempt %1: %2").arg(count + 1).arg(why),
                        ErrorKind::Refused);
        ++count;
        attempt = ImportedAttempt();
    }
    if (const Status committed = transaction.commit(); !committed)
        return fail(committed.error().context(importing));
    return count;
}

} // namespace hitready
