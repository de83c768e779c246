// Where each entry of a quiz file stands (engine/format/sourcemap.h), for the authoring tools.

#include "loader.h"
#include "sourcemap.h"

#include <QFile>
#include <QTest>

using namespace hitready;

namespace {

// Line numbers in the comments.
const QByteArray quizFile = R"(hitready: 1
id: map
title: Map
stimuli:
  - id: rec
    title: {en: Record, es: Registro}
    text: |
      Admitted 03/02
items:
  - id: s1
    type: single
    prompt:
      en: Which date?
      es: ¿Qué fecha?
    options:
      - {id: a, text: 03/02, correct: true}
      - {id: b, text: 03/05}

  # a comment between items belongs to the one before
  - id: t1
    type: truefalse
    prompt: True?
    answer: true
recommendations:
  - id: rhit
    when: {overall: {min: 75}}
    title: RHIT
domains: [{id: d, title: D}]
)";

} // namespace

class TestSourceMap : public QObject
{
    Q_OBJECT

private slots:
    void entries_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("firstLine");
        QTest::addColumn<int>("lastLine");
        QTest::addColumn<int>("scalars");
        QTest::addRow("stimulus") << 0 << int(SourceEntry::Kind::Stimulus) << "rec" << 5 << 8 << 4;
        QTest::addRow("item with a translated prompt")
            << 1 << int(SourceEntry::Kind::Item) << "s1" << 10 << 19 << 9;
        QTest::addRow("last item: up to the next top-level key")
            << 2 << int(SourceEntry::Kind::Item) << "t1" << 20 << 23 << 4;
        QTest::addRow("recommendation")
            << 3 << int(SourceEntry::Kind::Recommendation) << "rhit" << 25 << 27 << 3;
    }
    void entries()
    {
        QFETCH(int, index);
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(int, firstLine);
        QFETCH(int, lastLine);
        QFETCH(int, scalars);
        const QList<SourceEntry> entries = sourceEntries(quizFile, QStringLiteral("map.yaml"));
        QCOMPARE(entries.size(), 4);
        const SourceEntry &entry = entries.at(index);
        QCOMPARE(int(entry.kind), kind);
        QCOMPARE(entry.id, id);
        QCOMPARE(entry.firstLine, firstLine);
        QCOMPARE(entry.lastLine, lastLine);
        QCOMPARE(entry.scalars.size(), scalars);
    }

    void scalarPaths_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addRow("translated title") << 0 << "title/es" << 6 << 29;
        QTest::addRow("block text") << 0 << "text" << 7 << 11;
        QTest::addRow("prompt in its own language") << 1 << "prompt/en" << 13 << 11;
        QTest::addRow("prompt translated") << 1 << "prompt/es" << 14 << 11;
        QTest::addRow("option text in a flow map") << 1 << "options/1/text" << 17 << 23;
        QTest::addRow("a key's value") << 2 << "answer" << 23 << 13;
        QTest::addRow("nested condition") << 3 << "when/overall/min" << 26 << 27;
    }
    void scalarPaths()
    {
        QFETCH(int, index);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        const QList<SourceEntry> entries = sourceEntries(quizFile, QStringLiteral("map.yaml"));
        QVERIFY(index < entries.size());
        const SourceScalar *scalar = entries.at(index).scalar(path);
        QVERIFY2(scalar, qPrintable(path));
        QCOMPARE(scalar->line, line);
        QCOMPARE(scalar->column, column);
    }

    void entryAtLineFindsTheEntry_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("id");
        QTest::addRow("before any list") << 2 << QString();
        QTest::addRow("the list's own key") << 9 << QString();
        QTest::addRow("first line") << 10 << "s1";
        QTest::addRow("blank line after an item") << 18 << "s1";
        QTest::addRow("comment before the next") << 19 << "s1";
        QTest::addRow("inside the last item") << 22 << "t1";
        QTest::addRow("a recommendation") << 27 << "rhit";
        QTest::addRow("after every list") << 28 << QString();
    }
    void entryAtLineFindsTheEntry()
    {
        QFETCH(int, line);
        QFETCH(QString, id);
        const QList<SourceEntry> entries = sourceEntries(quizFile, QStringLiteral("map.yaml"));
        const SourceEntry *entry = entryAtLine(entries, line);
        QCOMPARE(entry ? entry->id : QString(), id);
    }

    void notYamlGivesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("syntax error") << QByteArray("items: [a, b\n");
        QTest::addRow("a list at the top") << QByteArray("- items\n");
        QTest::addRow("items not a list") << QByteArray("items: 3\n");
    }
    void notYamlGivesNothing()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(sourceEntries(bytes, QStringLiteral("bad.yaml")).isEmpty());
    }

    // The shipped quiz: every item the loader reads is found, in order, with its id inside its
    // lines, and the lines of the entries never overlap.
    void shippedQuizIsMapped()
    {
        QFile file(QStringLiteral(HITREADY_QUIZ_DIR "/hit-readiness.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const Result<Quiz> quiz = loadQuiz(bytes, QStringLiteral("hit-readiness.yaml"));
        QVERIFY(quiz);
        const QList<SourceEntry> entries = sourceEntries(bytes, QStringLiteral("hit.yaml"));
        QStringList itemIds;
        int previousLast = 0;
        for (const SourceEntry &entry : entries) {
            QVERIFY(entry.firstLine > previousLast);
            QVERIFY(entry.lastLine >= entry.firstLine);
            previousLast = entry.lastLine;
            const SourceScalar *id = entry.scalar(u"id");
            QVERIFY(id && id->line >= entry.firstLine && id->line <= entry.lastLine);
            if (entry.kind == SourceEntry::Kind::Item)
                itemIds.append(entry.id);
        }
        QStringList loaded;
        for (const Item &item : quiz->items)
            loaded.append(item.id);
        QCOMPARE(itemIds, loaded);
    }
};

QTEST_GUILESS_MAIN(TestSourceMap)
#include "tst_sourcemap.moc"
