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

// A valid quiz with `count` more recommendations: many nodes, every one written once.
QByteArray manyRecommendations(int count)
{
    QByteArray text = shippedQuiz();
    for (int i = 0; i < count; ++i)
        text += "  - {id: gen-" + QByteArray::number(i) +
                ", kind: training, title: Step, text: Read more., when: {overall: {min: 0}}}\n";
    return text;
}

QByteArray utf16(const QByteArray &ascii, bool bigEndian, bool byteOrderMark)
{
    QByteArray out;
    if (byteOrderMark)
        out += bigEndian ? "\xFE\xFF" : "\xFF\xFE";
    for (const char c : ascii) {
        out += bigEndian ? '\0' : c;
        out += bigEndian ? c : '\0';
    }
    return out;
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
        QTest::addRow("NUL bytes")
            << QByteArray("hitready: 1\n\0\0\0", 15) << "control character U+0000 is not allowed";
        QTest::addRow("invalid UTF-8") << QByteArray("title: \xff\xfe\xfd\n") << "not valid UTF-8";
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
        const Result<Quiz> result = loadQuiz(bytes, QStringLiteral("hostile.yaml"));
        QVERIFY(!result);
        QVERIFY(!problemsOf(result).isEmpty());
        QVERIFY2(problemsOf(result).first().message.contains(message),
                 qPrintable(problemsOf(result).first().toString()));
    }

    // libyaml reports reader errors at 0:0 with a byte offset: each is located where it is.
    void unreadableBytesAreLocated_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QString utf8 = QStringLiteral("not valid UTF-8");
        const QString nul = QStringLiteral("control character U+0000");
        QTest::addRow("bad lead byte")
            << QByteArray("title: \xff\n") << 1 << 8
            << QStringLiteral("not valid UTF-8 (invalid leading UTF-8 octet, byte 0xff)");
        QTest::addRow("bad trailing byte") << QByteArray("a: 1\nb: x\xc3\x28\n") << 2 << 6 << utf8;
        QTest::addRow("cut sequence at the end")
            << QByteArray("a: 1\nb: \xe2\x82") << 2 << 4
            << QStringLiteral("not valid UTF-8 (incomplete UTF-8 octet sequence):");
        QTest::addRow("encoded surrogate")
            << QByteArray("a: 1\nb: \xed\xa0\x80\n") << 2 << 4
            << QStringLiteral("not valid UTF-8 (invalid Unicode character, U+D800):");
        QTest::addRow("after multibyte characters")
            << QByteArray("a: \xc3\xa9\xe2\x82\xac\xff\n") << 1 << 6 << utf8;
        QTest::addRow("NUL on line 2")
            << QByteArray("hitready: 1\nid: a\0b\n", 20) << 2 << 6 << nul;
        QTest::addRow("CR LF lines") << QByteArray("a: 1\r\nb: 2\r\n\0", 13) << 3 << 1 << nul;
        QTest::addRow("after a byte-order mark") << QByteArray("\xEF\xBB\xBF"
                                                               "a: \x01")
                                                 << 1 << 4 << QStringLiteral("U+0001");
        QByteArray quiz = shippedQuiz();
        const qsizetype line200 = [&] {
            qsizetype at = 0;
            for (int line = 1; line < 200; ++line)
                at = quiz.indexOf('\n', at) + 1;
            return at;
        }();
        QTest::addRow("in the shipped quiz, line 200")
            << quiz.insert(line200 + 4, QByteArray(1, '\0')) << 200 << 5 << nul;
    }

    void unreadableBytesAreLocated()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const Result<Quiz> result = loadQuiz(bytes, QStringLiteral("bytes.yaml"));
        QVERIFY(!result);
        QCOMPARE(problemsOf(result).size(), 1);
        const Problem &p = problemsOf(result).first();
        QVERIFY2(p.message.contains(message), qPrintable(p.toString()));
        QCOMPARE(std::pair(p.line, p.column), std::pair(line, column));
    }

    // A tag would ask a YAML loader to build something other than plain data.
    void tagsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addRow("python object")
            << QByteArray("hitready: 1\nid: !!python/object:os.system x\n") << 2 << 5
            << "YAML tag '!!python/object:os.system'";
        QTest::addRow("local tag")
            << QByteArray("a: [b, !custom c]\n") << 1 << 8 << "YAML tag '!custom'";
        QTest::addRow("core tag on a string")
            << QByteArray("a: !!str 1\n") << 1 << 4 << "YAML tag '!!str'";
        QTest::addRow("verbatim tag") << QByteArray("a: !<tag:example.com,2000:x> b\n") << 1 << 4
                                      << "YAML tag 'tag:example.com,2000:x'";
        QTest::addRow("tag on a mapping")
            << QByteArray("a:\n  b: !!map {c: d}\n") << 2 << 6 << "YAML tag '!!map'";
        QTest::addRow("tag on a sequence")
            << QByteArray("- !!seq [a]\n") << 1 << 3 << "YAML tag '!!seq'";
        QTest::addRow("non-specific tag") << QByteArray("a: ! b\n") << 1 << 4 << "YAML tag '!'";
        QTest::addRow("%%TAG directive")
            << QByteArray("# a quiz\n%TAG !e! tag:example.com,2000:\n---\nhitready: 1\n") << 2 << 1
            << "%TAG directives are not allowed";
    }

    void tagsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const Result<Quiz> result = loadQuiz(bytes, QStringLiteral("tags.yaml"));
        QVERIFY(!result);
        QCOMPARE(problemsOf(result).size(), 1);
        const Problem &p = problemsOf(result).first();
        QVERIFY2(p.message.contains(message), qPrintable(p.toString()));
        QCOMPARE(std::pair(p.line, p.column), std::pair(line, column));
    }

    void wideEncodingsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        const QByteArray text = "hitready: 1\nid: a\n";
        const QString is16 = QStringLiteral("wide.yaml:1:1: the file is UTF-16; quiz files must "
                                            "be UTF-8");
        QTest::addRow("UTF-16LE with BOM") << utf16(text, false, true) << is16;
        QTest::addRow("UTF-16BE with BOM") << utf16(text, true, true) << is16;
        QTest::addRow("UTF-16LE without BOM") << utf16(text, false, false) << is16;
        QTest::addRow("UTF-16BE without BOM") << utf16(text, true, false) << is16;
        QTest::addRow("UTF-32LE with BOM") << QByteArray("\xFF\xFE\0\0h\0\0\0", 8)
                                           << "wide.yaml:1:1: the file is UTF-32; quiz files "
                                              "must be UTF-8";
    }

    void wideEncodingsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        const Result<Quiz> result = loadQuiz(bytes, QStringLiteral("wide.yaml"));
        QVERIFY(!result);
        QCOMPARE(problemsOf(result).size(), 1);
        QCOMPARE(problemsOf(result).first().toString(), problem);
    }

    // The node limit bounds alias expansion, not the size of a valid file.
    void largeValidQuizLoads()
    {
        const QByteArray bytes = manyRecommendations(60'000);
        QVERIFY(bytes.size() > 3'300'000);
        QVERIFY(bytes.size() < maxQuizFileBytes);
        const Result<Quiz> result = loadQuiz(bytes, QStringLiteral("large.yaml"));
        QCOMPARE(problemsOf(result), Problems{});
        QCOMPARE(result->recommendations.last().id, QStringLiteral("gen-59999"));
    }

    void billionLaughsIsRefusedWhereItExpands()
    {
        const Result<Quiz> result = loadQuiz(aliasBomb(10), QStringLiteral("laughs.yaml"));
        QVERIFY(!result);
        QCOMPARE(problemsOf(result).size(), 1);
        QCOMPARE(problemsOf(result).first().toString(),
                 QStringLiteral("laughs.yaml:7:10: document expands to more than 2000000 nodes "
                                "(aliases included)"));
    }

    void fiftyMegabyteFileIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(50LL * 1024 * 1024));
        file.close();
        const Result<Quiz> result = loadQuizFile(path);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Invalid); // read, but too large
        QCOMPARE(problemsOf(result).size(), 1);
        QVERIFY(problemsOf(result).first().message.contains(QStringLiteral("50.0 MiB")));
    }

    void anchorsWithinBoundsStillWork()
    {
        QByteArray bytes = shippedQuiz();
        QVERIFY(!bytes.isEmpty());
        // The first domain's bands (every language's labels and descriptions), anchored once
        // and aliased by every domain after it in place of its own bands.
        const QByteArray key = "\n    levels:\n";
        const auto blockEnd = [&](const QByteArray &text, qsizetype start) {
            qsizetype end = start + key.size();
            while (end < text.size() && text.mid(end, 6) == "      ")
                end = text.indexOf('\n', end) + 1;
            return end;
        };
        const qsizetype first = bytes.indexOf(key);
        QVERIFY(first >= 0);
        const qsizetype end = blockEnd(bytes, first);
        const QByteArray bands = bytes.mid(first, end - first);
        QCOMPARE(bands.count("label:"), 3);
        const QByteArray head = bytes.left(first) + "\n    levels: &bands" + bands.mid(12);
        QByteArray tail = bytes.mid(end);
        int aliased = 0;
        for (qsizetype at = tail.indexOf(key); at >= 0; at = tail.indexOf(key, at + 1)) {
            tail.replace(at, blockEnd(tail, at) - at, "\n    levels: *bands\n");
            ++aliased;
        }
        QCOMPARE(aliased, 3);
        const Result<Quiz> result = loadQuiz(head + tail, QStringLiteral("anchored.yaml"));
        QCOMPARE(problemsOf(result), Problems{});
        QCOMPARE(result->domains.last().levels.size(), 3);
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
            const Result<Quiz> result =
                loadQuiz(original.left(at * 7 / 10), QStringLiteral("cut.yaml"));
            rejected += !result;
        }
        QRandomGenerator random(20261122);
        const int rounds = original.size() > 100'000 ? 300 : 2000;
        for (int round = 0; round < rounds; ++round) {
            QByteArray damaged = original;
            for (int flip = 0; flip < 1 + round % 8; ++flip)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            const Result<Quiz> result = loadQuiz(damaged, QStringLiteral("damaged.yaml"));
            QVERIFY(result.has_value() != !problemsOf(result).isEmpty());
            rejected += !result;
        }
        // Small files: every bracket, bar, quote, backslash and line break swapped for each
        // character that matters to markers, quoting and line counting.
        for (qsizetype at = 0; original.size() < 10'000 && at < original.size(); ++at) {
            if (!QByteArray("[]|\"\\'\n").contains(original[at]))
                continue;
            for (const char *with : {"[", "]", "|", "\"", "\\", "'", "\n", "\r", "\xC3", ""}) {
                QByteArray damaged = original;
                damaged.replace(at, 1, with);
                const Result<Quiz> result = loadQuiz(damaged, QStringLiteral("damaged.yaml"));
                QVERIFY(result.has_value() != !problemsOf(result).isEmpty());
                for (const Problem &p : problemsOf(result))
                    QVERIFY(p.line >= 0 && p.column >= 0);
                rejected += !result;
            }
        }
        QVERIFY(rejected > 0);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
