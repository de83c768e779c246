// Issue 12 item 6: the instructor's commands give the same output on a PostgreSQL server as on
// a SQLite file. The same simulated class (a pool, skipped items, every item type) is loaded
// into both with `hitready-cli simulate`, and `stats --json`, `stats --csv` and both exports
// must agree byte for byte. Runs as tst_backendparity_pg only (it needs both backends).

#include "clirun.h"
#include "testdatabase.h"

#include <QTest>

using hitready::test::TestDatabase;

namespace {

hitready::test::CliRun cli(const QStringList &arguments)
{
    return hitready::test::runCli(arguments);
}

} // namespace

class TestBackendParity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameOutputOnBothBackends_data();
    void sameOutputOnBothBackends();

private:
    TestDatabase m_file{QStringLiteral("class.sqlite")};
    std::unique_ptr<TestDatabase> m_server;
};

void TestBackendParity::initTestCase()
{
    if (!TestDatabase::onServer())
        QSKIP("needs a PostgreSQL server: run as tst_backendparity_pg (tests/pg/with-server.sh)");
    m_server = std::make_unique<TestDatabase>();
    QVERIFY(m_file.isValid() && m_server->isValid());
    const QString file = m_file.filePath(QStringLiteral("class.sqlite"));
    // Two quizzes and two classes of one of them, so ids interleave as they do in real use.
    const QList<QStringList> loads = {
        {QStringLiteral(HITREADY_BENCH_DIR "/stats-56-items.yaml"), "400", "1"},
        {QStringLiteral(HITREADY_FIXTURES "/item-types.yaml"), "150", "2"},
        {QStringLiteral(HITREADY_BENCH_DIR "/stats-56-items.yaml"), "250", "3"},
    };
    for (const QStringList &load : loads)
        for (const QString &db : {file, m_server->location()}) {
            const auto run =
                cli({"simulate", load[0], "--learners", load[1], "--seed", load[2], "--db", db});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
}

void TestBackendParity::sameOutputOnBothBackends_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("stats --json") << QStringList{"stats", "stats-bench", "--json"};
    QTest::newRow("stats --json --all-attempts")
        << QStringList{"stats", "stats-bench", "--json", "--all-attempts"};
    QTest::newRow("stats --csv, every item type") << QStringList{"stats", "item-types", "--csv"};
    QTest::newRow("stats --json, every item type")
        << QStringList{"stats", "item-types", "--json", "--top", "50"};
    QTest::newRow("export --csv") << QStringList{"export", "stats-bench", "--csv"};
    QTest::newRow("export --csv --responses")
        << QStringList{"export", "item-types", "--csv", "--responses"};
}

void TestBackendParity::sameOutputOnBothBackends()
{
    QFETCH(QStringList, arguments);
    const auto onFile = cli(arguments + QStringList{"--db", m_file.filePath("class.sqlite")});
    const auto onServer = cli(arguments + QStringList{"--db", m_server->location()});
    QVERIFY2(onFile.exitCode == 0, qPrintable(onFile.err));
    QVERIFY2(onServer.exitCode == 0, qPrintable(onServer.err));
    QVERIFY(onFile.out.size() > 1000); // a real report, not two empty ones
    QCOMPARE(onServer.err, onFile.err);
    if (onServer.out != onFile.out) {
        const QStringList server = onServer.out.split(QLatin1Char('\n'));
        const QStringList file = onFile.out.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < std::min(server.size(), file.size()); ++i)
            QCOMPARE(server[i], file[i]); // the first line that differs
        QCOMPARE(server.size(), file.size());
    }
}

QTEST_GUILESS_MAIN(TestBackendParity)
#include "tst_backendparity.moc"
