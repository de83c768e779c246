#pragma once
// Checks each attempt of a bulk import against its quiz and turns it into the bytes both
// backends store (attemptimport.cpp on SQLite, pgimport.cpp on PostgreSQL). Internal to
// engine/storage.

#include "storage.h"

#include <QHash>
#include <vector>

namespace hitready {

// One imported attempt as it is stored (UTF-8 text as in the database).
struct CheckedAttempt
{
    struct Row
    {
        const QByteArray *itemId; // owned by the ImportChecker
        const QByteArray *answer;
    };
    QString profileName; // trimmed
    QByteArray mode, started, finished, itemOrder, uuid;
    qint64 seed = 0; // the same 64 bits, signed
    qint64 position = 0;
    qint64 elapsedMs = 0;
    std::vector<Row> rows; // the non-empty answers, by item id as bytes (primary-key order)
};

class ImportChecker
{
public:
    explicit ImportChecker(const Quiz &quiz);
    // Empty when `a` fits the quiz and `out` holds it, else why not. `out` stays valid until
    // the next call.
    QString check(const ImportedAttempt &a, CheckedAttempt *out);

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

    // The bytes to store for `answer`, or null when it does not fit the item.
    const QByteArray *checked(ItemSlot &item, const Answer &answer);

    const Quiz &m_quiz;
    std::vector<ItemSlot> m_items;       // by id as bytes
    QHash<QString, qsizetype> m_indexOf; // item id -> index in the quiz
    QList<bool> m_shown;                 // per item: in the attempt's order
};

} // namespace hitready
