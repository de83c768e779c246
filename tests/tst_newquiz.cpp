// hitready-cli new and schema as an author uses them: the starting quiz loads, lints clean and
// says where the schema is; nothing is ever overwritten; bad ids and missing options are usage
// errors. (tests/schema/check_schema.py validates the written quiz against the schema.)

#include "clirun.h"
#include "loader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;
using hitready::test::runCli;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestNewQuiz : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void writesAQuizThatLintsClean()
    {
        const QString path = m_dir.filePath(QStringLiteral("starter.yaml"));
        const auto run = runCli({"new", "--id", "hit-basics-2", "-o", path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("hitready-cli lint ") + path),
                 qPrintable(run.err));
        const QByteArray text = contents(path);
        QVERIFY(text.startsWith("# yaml-language-server: $schema=quiz.schema.json\n"));
        QVERIFY(text.contains("\nid: hit-basics-2\n"));
        const auto lint = runCli({"lint", path});
        QCOMPARE(lint.exitCode, 0);
        QCOMPARE(lint.out, QString());
        const Result<Quiz> quiz = loadQuiz(text, path);
        QVERIFY(quiz);
        QCOMPARE(quiz->id, QStringLiteral("hit-basics-2"));
        QCOMPARE(quiz->domains.size(), 3);
        QCOMPARE(quiz->recommendations.size(), 1);
        QSet<int> types;
        for (const Item &item : quiz->items)
            types.insert(int(item.type));
        QCOMPARE(types.size(), 6);
        // Every block is explained: the file has about as many comment lines as keys.
        QVERIFY2(text.count("\n#") + text.count("  #") >= 20, text.constData());
    }

    void refusesToOverwrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("mine.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("my own work\n");
        file.close();
        const auto run = runCli({"new", "--id", "mine", "-o", path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path + QStringLiteral(" already exists; nothing written")),
                 qPrintable(run.err));
        QCOMPARE(contents(path), QByteArray("my own work\n"));
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("upper case")
            << QStringList{"--id", "HIT-basics"} << "'HIT-basics' is not a valid quiz id";
        QTest::addRow("underscore")
            << QStringList{"--id", "hit_basics"} << "'hit_basics' is not a valid quiz id";
        QTest::addRow("space") << QStringList{"--id", "hit basics"}
                               << "'hit basics' is not a valid quiz id";
        QTest::addRow("empty") << QStringList{"--id", ""} << "'' is not a valid quiz id";
        QTest::addRow("no id") << QStringList{} << "missing --id ID";
    }
    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad.yaml"));
        const auto run = runCli(QStringList{"new"} + arguments + QStringList{"-o", path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));
    }

    void needsAnOutputFile()
    {
        const auto run = runCli({"new", "--id", "x"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("missing -o FILE")), qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }

    void reportsAnUnwritablePlace()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/q.yaml"));
        const auto run = runCli({"new", "--id", "x", "-o", path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot write")), qPrintable(run.err));
    }

    void schemaIsTheFormatsJsonSchema()
    {
        const auto run = runCli({"schema"});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject schema = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(schema.value(u"$schema").toString(),
                 QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
        QVERIFY(!schema.value(u"$id").toString().isEmpty());
        QVERIFY(!schema.value(u"title").toString().isEmpty());
        QCOMPARE(schema.value(u"additionalProperties").toBool(true), false);
        const auto arguments = runCli({"schema", "extra"});
        QCOMPARE(arguments.exitCode, 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestNewQuiz)
#include "tst_newquiz.moc"
