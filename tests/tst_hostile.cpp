// Untrusted quiz files: every input gives problems or a quiz, never a crash or a hang.

#include "loader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray shippedQuiz()
{
    return fileBytes(QStringLiteral(HITREADY_QUIZ_DIR "/hit-readiness.yaml"));
}

QByteArray aliasBomb(int levels)
{
    QByteArray text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < levels; ++i) {
        text += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int j = 0; j < 10; ++j)
            text += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
        text += "]\n";
    }
    return text;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void rejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << QByteArray() << "the file is empty";
        QTest::addRow("only a comment") << QByteArray("# nothing\n") << "the file is empty";
        QTest::addRow("a scalar") << QByteArray("hello") << "must be a mapping";
        QTest::addRow("a list") << QByteArray("- a\n- b\n") << "must be a mapping";
        QTest::addRow("NUL bytes") << QByteArray("hitready: 1\n\0\0\0", 15) << "YAML syntax error";
        QTest::addRow("invalid UTF-8")
            << QByteArray("title: \xff\xfe\xfd\n") << "YAML syntax error";
        QTest::addRow("deep flow nesting") << QByteArray(100000, '[') << "nesting deeper than 64";
        QByteArray blockNesting;
        for (int i = 0; i < 200; ++i)
            blockNesting += QByteArray(i * 2, ' ') + "k:\n";
        QTest::addRow("deep block nesting") << blockNesting << "nesting deeper than 64";
        QTest::addRow("alias bomb") << aliasBomb(30) << "more than 2000000 nodes";
        QTest::addRow("undefined alias") << QByteArray("a: *nowhere\n") << "names no anchor";
        QTest::addRow("over 16 MiB") << QByteArray(17 * 1024 * 1024, ' ') << "limited to 16 MiB";
        QTest::addRow("format as list")
            << QByteArray("hitready: [1]\n") << "unsupported format version";
    }

    void rejected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const LoadResult result = loadQuiz(bytes, QStringLiteral("hostile.yaml"));
        QVERIFY(!result.quiz);
        QVERIFY(!result.problems.isEmpty());
        QVERIFY2(result.problems.first().message.contains(message),
                 qPrintable(result.problems.first().toString()));
    }

    void fiftyMegabyteFileIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(50LL * 1024 * 1024));
        file.close();
        const LoadResult result = loadQuizFile(path);
        QVERIFY(!result.quiz);
        QVERIFY(!result.unreadable);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.first().message.contains(QStringLiteral("50.0 MiB")));
    }

    void anchorsWithinBoundsStillWork()
    {
        QByteArray bytes = shippedQuiz();
        QVERIFY(!bytes.isEmpty());
        const QByteArray bands = "levels: [{min: 0, label: Emerging}, {min: 50, label: "
                                 "Developing}, {min: 75, label: Ready}]";
        const qsizetype first = bytes.indexOf(bands);
        QVERIFY(first >= 0);
        const QByteArray head = bytes.left(first) + "levels: &bands" + bands.mid(7);
        const QByteArray tail = bytes.mid(first + bands.size()).replace(bands, "levels: *bands");
        const LoadResult result = loadQuiz(head + tail, QStringLiteral("anchored.yaml"));
        QCOMPARE(result.problems, Problems{});
        QCOMPARE(result.quiz->domains.last().levels.size(), 3);
    }

    // Truncation at every line and random byte damage: problems or a quiz, nothing else.
    void damagedCopies_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::addRow("the shipped quiz") << shippedQuiz();
        // Every item type of issue 4: hottext markers are located inside damaged scalars.
        QTest::addRow("every item type")
            << fileBytes(QStringLiteral(HITREADY_FIXTURES "/item-types.yaml"));
    }

    void damagedCopies()
    {
        QFETCH(QByteArray, original);
        QVERIFY(!original.isEmpty());
        int rejected = 0;
        for (qsizetype at = original.indexOf('\n'); at >= 0; at = original.indexOf('\n', at + 1)) {
            const LoadResult result =
                loadQuiz(original.left(at * 7 / 10), QStringLiteral("cut.yaml"));
            rejected += !result.quiz;
        }
        QRandomGenerator random(20261122);
        const int rounds = original.size() > 100'000 ? 300 : 2000;
        for (int round = 0; round < rounds; ++round) {
            QByteArray damaged = original;
            for (int flip = 0; flip < 1 + round % 8; ++flip)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            const LoadResult result = loadQuiz(damaged, QStringLiteral("damaged.yaml"));
            QVERIFY(result.quiz.has_value() != !result.problems.isEmpty());
            rejected += !result.quiz;
        }
        // Small files: every bracket, bar, quote, backslash and line break swapped for each
        // character that matters to markers, quoting and line counting.
        for (qsizetype at = 0; original.size() < 10'000 && at < original.size(); ++at) {
            if (!QByteArray("[]|\"\\'\n").contains(original[at]))
                continue;
            for (const char *with : {"[", "]", "|", "\"", "\\", "'", "\n", "\r", "\xC3", ""}) {
                QByteArray damaged = original;
                damaged.replace(at, 1, with);
                const LoadResult result = loadQuiz(damaged, QStringLiteral("damaged.yaml"));
                QVERIFY(result.quiz.has_value() != !result.problems.isEmpty());
                for (const Problem &p : result.problems)
                    QVERIFY(p.line >= 0 && p.column >= 0);
                rejected += !result.quiz;
            }
        }
        QVERIFY(rejected > 0);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
