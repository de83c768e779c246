#include "attemptselection.h"

#include <algorithm>
#include <numeric>

// Each profile's first attempt is picked while reading: a window function sorting 100,000
// rows cost a fifth of the statistics command (measured on SQLite).

namespace hitready {

namespace {

void sortById(SelectedAttempts &a)
{
    QList<qsizetype> order(a.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype x, qsizetype y) { return a.ids[x] < a.ids[y]; });
    SelectedAttempts sorted;
    sorted.hashes = a.hashes;
    for (const qsizetype i : order) {
        sorted.ids.append(a.ids[i]);
        sorted.profileIds.append(a.profileIds[i]);
        sorted.versions.append(a.versions[i]);
        sorted.started.append(a.started[i]);
        sorted.finished.append(a.finished[i]);
        sorted.itemOrders.append(a.itemOrders[i]);
    }
    a = sorted;
}

} // namespace

AttemptSelector::AttemptSelector(QList<QByteArray> known, bool firstPerProfile)
    : m_known(std::move(known)), m_firstPerProfile(firstPerProfile)
{}

bool AttemptSelector::add(qint64 id, qint64 profileId, QByteArrayView hash, QByteArrayView started,
                          QByteArrayView finished, QByteArrayView itemOrder)
{
    qsizetype version = 0;
    while (version < m_known.size() && m_known[version] != hash)
        ++version;
    if (version == m_known.size())
        return false;
    SelectedAttempts &result = m_result;
    const QString start = QString::fromUtf8(started);
    qsizetype at = result.size();
    if (m_firstPerProfile) {
        const auto first = m_firstOfProfile.constFind(profileId);
        if (first != m_firstOfProfile.cend()) {
            if (result.started[*first] <= start)
                return true; // ids ascend: on an equal start the earlier attempt stays
            at = *first;
            m_replaced = true;
        } else {
            m_firstOfProfile.insert(profileId, at);
        }
    }
    if (at == result.size()) {
        result.ids.append(0);
        result.profileIds.append(profileId);
        result.versions.append(0);
        result.started.append(QString());
        result.finished.append(QString());
        result.itemOrders.append(QByteArray());
    }
    result.ids[at] = id;
    result.versions[at] = int(version); // an index into `m_known` until renumbered
    result.started[at] = start;
    result.finished[at] = QString::fromUtf8(finished);
    result.itemOrders[at] = itemOrder.toByteArray();
    return true;
}

SelectedAttempts AttemptSelector::take()
{
    SelectedAttempts result = std::move(m_result);
    m_result = {};
    if (m_replaced)
        sortById(result);
    // Keep the versions actually used, oldest first.
    QList<int> renumber(m_known.size(), -1);
    for (const int v : result.versions)
        renumber[v] = 0;
    for (qsizetype k = 0; k < m_known.size(); ++k)
        if (renumber[k] == 0) {
            renumber[k] = int(result.hashes.size());
            result.hashes.append(QString::fromUtf8(m_known[k]));
        }
    for (int &v : result.versions)
        v = renumber[v];
    return result;
}

} // namespace hitready
