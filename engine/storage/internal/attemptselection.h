#pragma once
// Builds SelectedAttempts from the rows of the attempt query, the same on both backends: each
// profile's first attempt picked while reading, the quiz versions renumbered to those used.
// Internal to engine/storage.

#include "storage.h"

#include <QHash>

namespace hitready {

class AttemptSelector
{
public:
    // `known`: the quiz's stored versions, oldest first; `firstPerProfile` as in AttemptSelection.
    AttemptSelector(QList<QByteArray> known, bool firstPerProfile);

    // One finished attempt, in ascending id order. False when its version is not stored (a
    // foreign key makes that impossible; it is not trusted).
    bool add(qint64 id, qint64 profileId, QByteArrayView hash, QByteArrayView started,
             QByteArrayView finished, QByteArrayView itemOrder);
    SelectedAttempts take();

private:
    QList<QByteArray> m_known;
    bool m_firstPerProfile;
    SelectedAttempts m_result;
    QHash<qint64, qsizetype> m_firstOfProfile; // profile -> its earliest attempt so far
    bool m_replaced = false;                   // ids may no longer ascend
};

} // namespace hitready
