// Attempt order: reproducible from the seed alone, exact draws, stimulus blocks kept whole,
// and no item, option or position favoured (chi-square over many fixed seeds).

#include "attemptorder.h"
#include "loader.h"

#include <QSet>
#include <QTest>

using namespace hitready;

namespace {

// Domain a: four scored items (draw 2) and a likert; domain b: three scored and a likert.
const char *const poolQuiz = R"(hitready: 1
id: pool
title: Pool
shuffle: {items: true, options: true}
domains:
  - {id: a, title: A, draw: 2}
  - {id: b, title: B}
items:
  - {id: l1, domain: a, type: likert, prompt: P, anchors: [1, 2, 3, 4, 5]}
  - {id: a1, domain: a, type: truefalse, prompt: P, answer: true}
  - {id: a2, domain: a, type: truefalse, prompt: P, answer: true}
  - {id: a3, domain: a, type: truefalse, prompt: P, answer: true}
  - {id: a4, domain: a, type: truefalse, prompt: P, answer: true}
  - {id: b1, domain: b, type: truefalse, prompt: P, answer: true}
  - {id: b2, domain: b, type: truefalse, prompt: P, answer: true}
  - {id: b3, domain: b, type: truefalse, prompt: P, answer: true}
  - {id: l2, domain: b, type: likert, prompt: P, anchors: [1, 2, 3, 4, 5]}
)";

Quiz load(const QByteArray &text)
{
    const Result<Quiz> result = loadQuiz(text, QStringLiteral("pool.yaml"));
    if (!result)
        qFatal("%s", qPrintable(problemsOf(result).first().toString()));
    return *result;
}

Item trueFalse(const QString &id, const QString &domain)
{
    Item item;
    item.id = id;
    item.domain = domain;
    item.type = ItemType::TrueFalse;
    return item;
}

// A quiz of `count` scored items in one domain, shuffled, no draw.
Quiz flatQuiz(int count, bool shuffle)
{
    Quiz quiz;
    quiz.id = QStringLiteral("flat");
    quiz.domains = {Domain{QStringLiteral("d"), {}, {}, 1, {}, {}}};
    for (int i = 0; i < count; ++i)
        quiz.items.append(trueFalse(QStringLiteral("i%1").arg(i), QStringLiteral("d")));
    quiz.shuffleItems = shuffle;
    return quiz;
}

// Pearson's statistic of observed counts against equal expected counts.
double chiSquare(const QList<int> &observed, double expected)
{
    double statistic = 0;
    for (const int o : observed)
        statistic += (o - expected) * (o - expected) / expected;
    return statistic;
}

QString blockOf(const Item &item)
{
    return item.id.section(QLatin1Char('.'), 0, 0); // "s1.2" -> "s1"; "x" -> "x"
}

constexpr int manySeeds = 20'000;

} // namespace

class TestAttemptOrder : public QObject
{
    Q_OBJECT

private slots:
    // Reference values of the published algorithms: a different generator fails here.
    void generatorMatchesReference()
    {
        QCOMPARE(fnv1a64(u""), 0xcbf29ce484222325ull);
        QCOMPARE(fnv1a64(u"a"), 0xaf63dc4c8601ec8cull);
        QCOMPARE(fnv1a64(u"foobar"), 0x85944171f73967e8ull);
        SeededRandom random(1234567); // splitmix64.c's own example seed
        QCOMPARE(random.next(), 6457827717110365317ull);
        QCOMPARE(random.next(), 3203168211198807973ull);
        QCOMPARE(random.next(), 9817491932198370423ull);
    }

    // Worked out independently (a Python transcription of the documented rules), so a change
    // to any rule - stream keys, draw, block shuffle - changes past attempts and fails here.
    void orderMatchesReference()
    {
        const Quiz quiz = load(poolQuiz);
        QCOMPARE(itemOrder(quiz, 20250101),
                 (QStringList{"l1", "l2", "a1", "b2", "a3", "b1", "b3"}));
        Quiz inFileOrder = quiz;
        inFileOrder.shuffleItems = false;
        QCOMPARE(itemOrder(inFileOrder, 20250101),
                 (QStringList{"l1", "l2", "a1", "a3", "b1", "b2", "b3"}));
        QCOMPARE(optionPermutation(42, QStringLiteral("det-01"), 5), (QList<int>{3, 0, 2, 4, 1}));
        QCOMPARE(shuffledAwayFromKey(7, QStringLiteral("ord-1"), 4), (QList<int>{2, 0, 3, 1}));
    }

    void sameSeedSameOrder()
    {
        const Quiz quiz = load(poolQuiz);
        const Quiz again = load(poolQuiz); // a separate load: nothing cached between calls
        for (const quint64 seed : {0ull, 1ull, 99ull, 0xffffffffffffffffull}) {
            QCOMPARE(itemOrder(quiz, seed), itemOrder(again, seed));
            QCOMPARE(optionPermutation(seed, QStringLiteral("a1"), 6),
                     optionPermutation(seed, QStringLiteral("a1"), 6));
        }
    }

    void differentSeedsDiffer()
    {
        const Quiz quiz = flatQuiz(8, true); // 8! orders: 50 seeds should hardly ever repeat
        QSet<QString> orders, permutations;
        for (quint64 seed = 0; seed < 50; ++seed) {
            orders.insert(itemOrder(quiz, seed).join(QLatin1Char(',')));
            QString p;
            for (const int i : optionPermutation(seed, QStringLiteral("x"), 8))
                p += QString::number(i);
            permutations.insert(p);
        }
        QVERIFY2(orders.size() >= 48, qPrintable(QString::number(orders.size())));
        QVERIFY2(permutations.size() >= 48, qPrintable(QString::number(permutations.size())));
        // The item id is part of the stream: two items of one attempt differ too.
        QVERIFY(optionPermutation(5, QStringLiteral("x"), 8) !=
                optionPermutation(5, QStringLiteral("y"), 8));
    }

    void drawCountsAreExact_data()
    {
        QTest::addColumn<int>("drawA");
        QTest::addColumn<int>("drawB"); // 0: no draw
        QTest::addColumn<bool>("shuffle");
        QTest::addRow("a 2 of 4") << 2 << 0 << false;
        QTest::addRow("a 1, b 3 of 3") << 1 << 3 << false;
        QTest::addRow("a 4 of 4, b 1, shuffled") << 4 << 1 << true;
        QTest::addRow("a 3, b 2, shuffled") << 3 << 2 << true;
    }

    void drawCountsAreExact()
    {
        QFETCH(int, drawA);
        QFETCH(int, drawB);
        QFETCH(bool, shuffle);
        Quiz quiz = load(poolQuiz);
        quiz.domains[0].draw = drawA;
        quiz.domains[1].draw = drawB ? std::optional(drawB) : std::nullopt;
        quiz.shuffleItems = shuffle;
        const int expectedB = drawB ? drawB : 3;
        QSet<QString> everDrawn;
        for (quint64 seed = 0; seed < 300; ++seed) {
            const QStringList order = itemOrder(quiz, seed);
            QCOMPARE(order.mid(0, 2), (QStringList{"l1", "l2"})); // likert first, file order
            QCOMPARE(QSet<QString>(order.cbegin(), order.cend()).size(), order.size());
            QCOMPARE(order.size(), 2 + drawA + expectedB);
            int inA = 0, inB = 0;
            for (const QString &id : order.mid(2)) {
                inA += id.startsWith(QLatin1Char('a'));
                inB += id.startsWith(QLatin1Char('b'));
                everDrawn.insert(id);
            }
            QCOMPARE(inA, drawA);
            QCOMPARE(inB, expectedB);
            if (!shuffle) { // drawn items keep their file order
                QStringList sorted = order.mid(2);
                sorted.sort();
                QCOMPARE(order.mid(2), sorted);
            }
        }
        QCOMPARE(everDrawn.size(), 7); // every scored item gets its turn
    }

    void stimulusBlocksStayTogether_data()
    {
        QTest::addColumn<int>("draw");          // 0: no draw
        QTest::addColumn<bool>("realStimulus"); // Item::stimulus and the default key; else blockOf
        QTest::addRow("all items, stimulus field") << 0 << true;
        QTest::addRow("drawn, blocks may be cut, stimulus field") << 5 << true;
        QTest::addRow("all items, own key") << 0 << false;
        QTest::addRow("drawn, blocks may be cut, own key") << 5 << false;
    }

    void stimulusBlocksStayTogether()
    {
        QFETCH(int, draw);
        QFETCH(bool, realStimulus);
        Quiz quiz = flatQuiz(0, true);
        // s1 and s2 are blocks; s2's items are not even adjacent in the file.
        for (const char *id : {"x", "s1.1", "s1.2", "s1.3", "y", "s2.1", "z", "s2.2", "w"}) {
            Item item = trueFalse(QLatin1String(id), QStringLiteral("d"));
            if (realStimulus && item.id.startsWith(QLatin1Char('s')))
                item.stimulus = blockOf(item);
            quiz.items.append(item);
        }
        if (realStimulus)
            quiz.stimuli = {Stimulus{QStringLiteral("s1"), {}, {}, {}, {}},
                            Stimulus{QStringLiteral("s2"), {}, {}, {}, {}}};
        if (draw)
            quiz.domains[0].draw = draw;
        QSet<QString> firsts;
        for (quint64 seed = 0; seed < 500; ++seed) {
            const QStringList order =
                realStimulus ? itemOrder(quiz, seed) : itemOrder(quiz, seed, blockOf);
            firsts.insert(order.first());
            for (const QString &block : {QStringLiteral("s1"), QStringLiteral("s2")}) {
                QList<qsizetype> at;
                for (qsizetype i = 0; i < order.size(); ++i)
                    if (order[i].startsWith(block + QLatin1Char('.')))
                        at.append(i);
                for (qsizetype k = 1; k < at.size(); ++k) {
                    QCOMPARE(at[k], at[k - 1] + 1);           // contiguous
                    QVERIFY(order[at[k - 1]] < order[at[k]]); // file order inside
                }
            }
        }
        QVERIFY(firsts.size() >= 5); // blocks and single items do move
        // The default key: the stimulus for items that name one, else the item's own id.
        QCOMPARE(shuffleBlockKey(quiz.items[0]), QStringLiteral("x"));
        QCOMPARE(shuffleBlockKey(quiz.items[1]),
                 realStimulus ? QStringLiteral("stimulus/s1") : QStringLiteral("s1.1"));
        QCOMPARE(shuffleBlockKey(quiz.items[5]) == shuffleBlockKey(quiz.items[7]), realStimulus);
        QVERIFY(shuffleBlockKey(quiz.items[1]) != shuffleBlockKey(quiz.items[5]));
    }

    // Loaded from YAML: items sharing a stimulus stay together in every shuffled order.
    void loadedStimulusBlockStaysTogether()
    {
        const Quiz quiz = load(R"(hitready: 1
id: blocks
title: Blocks
shuffle: {items: true}
stimuli:
  - {id: case, title: Case, text: Admitted 03/02/2025}
domains:
  - {id: d, title: D}
items:
  - {id: q1, domain: d, type: truefalse, prompt: P, answer: true}
  - {id: c1, domain: d, type: truefalse, prompt: P, answer: true, stimulus: case}
  - {id: q2, domain: d, type: truefalse, prompt: P, answer: true}
  - {id: c2, domain: d, type: numeric, prompt: P, answer: 12.5, stimulus: case}
  - {id: q3, domain: d, type: truefalse, prompt: P, answer: true}
  - {id: c3, domain: d, type: text, prompt: P, accept: [E11.9], stimulus: case}
)");
        QSet<qsizetype> blockStarts;
        for (quint64 seed = 0; seed < 300; ++seed) {
            const QStringList order = itemOrder(quiz, seed);
            QCOMPARE(order.size(), 6);
            const qsizetype at = order.indexOf(QStringLiteral("c1"));
            QCOMPARE(order.mid(at, 3), (QStringList{"c1", "c2", "c3"}));
            blockStarts.insert(at);
        }
        QCOMPARE(blockStarts.size(), 4); // the block moves: it may start at 0, 1, 2 or 3
    }

    // Each of 5 items lands in each of 5 positions 1/5 of the time. The cells of a permutation
    // table are tied (every row and column sums to the seeds), so Pearson's statistic over the
    // 25 cells is n/(n-1) x chi-square with (n-1)^2 = 16 df: scaled by 4/5 it is compared with
    // the chi-square(16) critical value at p = 0.001, 39.252.
    void positionsAreUnbiased_data()
    {
        QTest::addColumn<bool>("ofItems"); // itemOrder(); else optionPermutation()
        QTest::addRow("item order") << true;
        QTest::addRow("option permutation") << false;
    }

    void positionsAreUnbiased()
    {
        QFETCH(bool, ofItems);
        const Quiz quiz = flatQuiz(5, true);
        QList<int> counts(25, 0); // [element x 5 + position]
        for (quint64 seed = 0; seed < manySeeds; ++seed) {
            QList<int> shown;
            if (ofItems) {
                for (const QString &id : itemOrder(quiz, seed))
                    shown.append(id.mid(1).toInt());
            } else {
                shown = optionPermutation(seed, QStringLiteral("det-01"), 5);
            }
            for (int position = 0; position < 5; ++position)
                ++counts[shown[position] * 5 + position];
        }
        const double statistic = chiSquare(counts, manySeeds / 5.0) * 4 / 5;
        QVERIFY2(statistic < 39.252, qPrintable(QString::number(statistic)));
    }

    // Draw 2 of 5: each item is drawn in 2/5 of attempts. The counts sum to 2 per seed and are
    // tied as in a hypergeometric draw: Pearson's statistic is (m-k)/(m-1) = 3/4 x chi-square
    // with 4 df, so scaled by 4/3 it is compared with the critical value at p = 0.001, 18.467.
    void drawsAreUnbiased()
    {
        Quiz quiz = flatQuiz(5, false);
        quiz.domains[0].draw = 2;
        QList<int> counts(5, 0);
        for (quint64 seed = 0; seed < manySeeds; ++seed)
            for (const QString &id : itemOrder(quiz, seed))
                ++counts[id.mid(1).toInt()];
        const double statistic = chiSquare(counts, manySeeds * 2 / 5.0) * 4 / 3;
        QVERIFY2(statistic < 18.467, qPrintable(QString::number(statistic)));
    }

    void awayFromKeyIsNeverTheKey_data()
    {
        QTest::addColumn<int>("count");
        for (int count = 0; count <= 8; ++count)
            QTest::addRow("%d steps", count) << count;
    }

    void awayFromKeyIsNeverTheKey()
    {
        QFETCH(int, count);
        QList<int> identity(count);
        std::iota(identity.begin(), identity.end(), 0);
        for (quint64 seed = 0; seed < 2000; ++seed) {
            const QList<int> shown = shuffledAwayFromKey(seed, QStringLiteral("x"), count);
            QList<int> sorted = shown;
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, identity); // a permutation
            if (count >= 2)
                QVERIFY(shown != identity);
        }
        // Seed 0 on "x" shuffles 2 steps into the identity first: the rejection is exercised.
        QList<int> two{0, 1};
        SeededRandom(0, u"x").shuffle(two);
        QCOMPARE(two, (QList<int>{0, 1}));
    }

    // The 4! - 1 = 23 orders other than the key, equally often. df = 22; critical 48.268.
    void awayFromKeyIsUniform()
    {
        QHash<QList<int>, int> seen;
        for (quint64 seed = 0; seed < manySeeds; ++seed)
            ++seen[shuffledAwayFromKey(seed, QStringLiteral("ord"), 4)];
        QCOMPARE(seen.size(), 23);
        const double statistic = chiSquare(seen.values(), manySeeds / 23.0);
        QVERIFY2(statistic < 48.268, qPrintable(QString::number(statistic)));
    }

    void optionOrderFollowsTheQuiz()
    {
        Quiz quiz = flatQuiz(0, false);
        Item single = trueFalse(QStringLiteral("s"), QStringLiteral("d"));
        single.type = ItemType::Single;
        for (const char *id : {"a", "b", "c", "d", "e", "f"})
            single.options.append(Option{QLatin1String(id), {}, *id == 'a', {}});
        quiz.items = {single};
        const QList<int> fileOrder{0, 1, 2, 3, 4, 5};
        QCOMPARE(optionOrder(quiz, single, 3), fileOrder); // shuffle.options off
        quiz.shuffleOptions = true;
        QCOMPARE(optionOrder(quiz, single, 3), optionPermutation(3, QStringLiteral("s"), 6));
        QVERIFY(optionOrder(quiz, single, 3) != fileOrder);
        single.keepOptionOrder = true; // `shuffle: false` on the item
        QCOMPARE(optionOrder(quiz, single, 3), fileOrder);
        Item tf = trueFalse(QStringLiteral("t"), QStringLiteral("d"));
        QVERIFY(!shufflesOptions(quiz, tf)); // true/false never
        // Matching: the right entries, by their own count.
        Item matching = trueFalse(QStringLiteral("m"), QStringLiteral("d"));
        matching.type = ItemType::Matching;
        matching.left = {Entry{QStringLiteral("l1"), {}, QStringLiteral("r1")}};
        for (const char *id : {"r1", "r2", "r3", "r4", "r5"})
            matching.right.append(Entry{QLatin1String(id), {}, {}});
        QVERIFY(shufflesOptions(quiz, matching));
        QCOMPARE(optionOrder(quiz, matching, 3), optionPermutation(3, QStringLiteral("m"), 5));
        matching.keepOptionOrder = true;
        QCOMPARE(optionOrder(quiz, matching, 3), (QList<int>{0, 1, 2, 3, 4}));
        Item ordering = trueFalse(QStringLiteral("o"), QStringLiteral("d"));
        ordering.type = ItemType::Ordering; // steps follow shuffledAwayFromKey(), not this switch
        QVERIFY(!shufflesOptions(quiz, ordering));
    }
};

QTEST_GUILESS_MAIN(TestAttemptOrder)
#include "tst_attemptorder.moc"
