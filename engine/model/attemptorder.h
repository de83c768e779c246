#pragma once
// Which items an attempt shows, in which order, and in which order their options appear: all
// derived from the attempt's seed with our own generator, so the same seed gives the same
// attempt on every machine, compiler and Qt version (std::shuffle and the standard
// distributions are implementation-defined).

#include "quiz.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <functional>

namespace hitready {

// FNV-1a, 64 bits, over the UTF-8 bytes of `text`.
quint64 fnv1a64(QStringView text);

// splitmix64 (Steele, Lea, Flood 2014): a reproducible stream of 64-bit numbers.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 state) : m_state(state) {}
    // The stream of `seed` for one purpose: state = seed XOR fnv1a64(key).
    SeededRandom(quint64 seed, QStringView key) : m_state(seed ^ fnv1a64(key)) {}

    quint64 next();
    // Uniform in 0 .. bound - 1 (bound >= 1): draws above the largest multiple of `bound`
    // are rejected, so no value is favoured.
    quint64 bounded(quint64 bound);
    // Fisher-Yates: for i from the last index down to 1, swap i with bounded(i + 1).
    template <class T> void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, qsizetype(bounded(quint64(i) + 1)));
    }

private:
    quint64 m_state;
};

// Items with the same key form one block that shuffling moves as a whole: items naming the
// same stimulus share its key; any other item is a block of its own (its id).
QString shuffleBlockKey(const Item &item);

// The item ids of an attempt with `seed`: likert items first in file order, then the scored
// items, of each domain with `draw: N` only N drawn (stream "draw/<domain id>"), in file order;
// with shuffle.items the scored items' blocks are shuffled (stream "order"), each block in file
// order at the place of its first item.
QStringList itemOrder(const Quiz &quiz, quint64 seed);
// The same with another block key (tests, and callers that group differently).
QStringList itemOrder(const Quiz &quiz, quint64 seed,
                      const std::function<QString(const Item &)> &blockKey);

// A seeded permutation of 0 .. count - 1 for one item (stream: the item id): position i shows
// element permutation[i].
QList<int> optionPermutation(quint64 seed, const QString &itemId, int count);

// Whether the quiz shuffles this item's options: single and multiple options and matching
// right entries, with shuffle.options, unless the item says `shuffle: false`.
bool shufflesOptions(const Quiz &quiz, const Item &item);
// The order the item's options (matching: right entries) are shown in: optionPermutation()
// when shufflesOptions(), else 0 .. count - 1.
QList<int> optionOrder(const Quiz &quiz, const Item &item, quint64 seed);

// A seeded permutation of 0 .. count - 1 that is never the identity when count >= 2 (ordering
// steps are listed in the right order, so they must not be shown that way): uniform over the
// other permutations (stream: the item id; identity draws are rejected).
QList<int> shuffledAwayFromKey(quint64 seed, const QString &itemId, int count);

} // namespace hitready
