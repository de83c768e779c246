#include "attemptorder.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace hitready {

quint64 fnv1a64(QStringView text)
{
    quint64 hash = 0xcbf29ce484222325ull;
    for (const char byte : text.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 0x100000001b3ull;
    }
    return hash;
}

quint64 SeededRandom::next()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

quint64 SeededRandom::bounded(quint64 bound)
{
    if (bound <= 1)
        return 0;
    // 2^64 mod bound: the draws below it are the incomplete last cycle of residues.
    const quint64 threshold = (0 - bound) % bound;
    for (;;) {
        const quint64 r = next();
        if (r >= threshold)
            return r % bound;
    }
}

QString shuffleBlockKey(const Item &item)
{
    // Item ids and stimulus ids are separate namespaces: the prefix keeps them apart.
    return item.stimulus.isEmpty() ? item.id : QStringLiteral("stimulus/") + item.stimulus;
}

QStringList itemOrder(const Quiz &quiz, quint64 seed)
{
    return itemOrder(quiz, seed, shuffleBlockKey);
}

QStringList itemOrder(const Quiz &quiz, quint64 seed,
                      const std::function<QString(const Item &)> &blockKey)
{
    QStringList order;
    for (const Item &item : quiz.items)
        if (!item.isScored())
            order.append(item.id);

    // Drawn: the first N of a partial Fisher-Yates over the domain's scored items.
    QList<bool> drawn(quiz.items.size(), true);
    for (const Domain &domain : quiz.domains) {
        if (!domain.draw)
            continue;
        QList<qsizetype> pool;
        for (qsizetype i = 0; i < quiz.items.size(); ++i)
            if (quiz.items[i].isScored() && quiz.items[i].domain == domain.id)
                pool.append(i);
        const qsizetype keep = std::clamp<qsizetype>(*domain.draw, 0, pool.size());
        SeededRandom random(seed, QString(QStringLiteral("draw/") + domain.id));
        for (qsizetype i = 0; i < keep; ++i)
            pool.swapItemsAt(i, i + qsizetype(random.bounded(quint64(pool.size() - i))));
        for (qsizetype i = keep; i < pool.size(); ++i)
            drawn[pool[i]] = false;
    }

    QList<QStringList> blocks; // in file order of their first item
    QHash<QString, qsizetype> blockOf;
    for (qsizetype i = 0; i < quiz.items.size(); ++i) {
        const Item &item = quiz.items[i];
        if (!item.isScored() || !drawn[i])
            continue;
        if (!quiz.shuffleItems) {
            blocks.append({item.id});
            continue;
        }
        const QString key = blockKey(item);
        const auto found = blockOf.constFind(key);
        if (found != blockOf.cend()) {
            blocks[*found].append(item.id);
        } else {
            blockOf.insert(key, blocks.size());
            blocks.append({item.id});
        }
    }
    if (quiz.shuffleItems)
        SeededRandom(seed, u"order").shuffle(blocks);
    for (const QStringList &block : blocks)
        order += block;
    return order;
}

QList<int> optionPermutation(quint64 seed, const QString &itemId, int count)
{
    QList<int> permutation(std::max(0, count));
    std::iota(permutation.begin(), permutation.end(), 0);
    SeededRandom(seed, itemId).shuffle(permutation);
    return permutation;
}

bool shufflesOptions(const Quiz &quiz, const Item &item)
{
    const bool hasOptions = item.type == ItemType::Single || item.type == ItemType::Multiple ||
                            item.type == ItemType::Matching;
    return quiz.shuffleOptions && hasOptions && !item.keepOptionOrder;
}

QList<int> optionOrder(const Quiz &quiz, const Item &item, quint64 seed)
{
    const int count =
        int(item.type == ItemType::Matching ? item.right.size() : item.options.size());
    if (shufflesOptions(quiz, item))
        return optionPermutation(seed, item.id, count);
    QList<int> identity(count);
    std::iota(identity.begin(), identity.end(), 0);
    return identity;
}

QList<int> shuffledAwayFromKey(quint64 seed, const QString &itemId, int count)
{
    QList<int> permutation(std::max(0, count));
    std::iota(permutation.begin(), permutation.end(), 0);
    if (count < 2)
        return permutation;
    const QList<int> identity = permutation;
    SeededRandom random(seed, itemId);
    // Each draw is the identity with probability 1/count! <= 1/2: 64 in a row does not happen;
    // the rotation only makes termination certain.
    for (int attempt = 0; attempt < 64; ++attempt) {
        random.shuffle(permutation);
        if (permutation != identity)
            return permutation;
    }
    std::rotate(permutation.begin(), permutation.begin() + 1, permutation.end());
    return permutation;
}

} // namespace hitready
