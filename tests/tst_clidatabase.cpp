// hitready-cli on databases it cannot fully use: a damaged stored quiz, a file that may only be
// read, a folder, an impossible schema version. Each gets a clear message and keeps what is
// stored.

#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace hitready::test;

namespace {

const char *const quizYaml = R"(hitready: 1
id: mini
title: Mini
domains:
  - {id: a, title: A}
items:
  - {id: a1, domain: a, type: single, prompt: P, options: [{id: x, text: X, correct: true}, {id: y, text: Y}]}
  - {id: a2, domain: a, type: truefalse, prompt: P, answer: true}
  - {id: a3, domain: a, type: single, prompt: Q, options: [{id: x, text: X}, {id: y, text: Y, correct: true}]}
)";

// Runs SQL on the database through SQLite, with no hitready-cli running; the first column of
// the first row.
QVariant sql(const QString &path, const QString &statement)
{
    QVariant value;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (!q.exec(statement))
                qWarning() << "sql failed:" << statement;
            else if (q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return value;
}

} // namespace

class TestCliDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void damagedStoredQuizIsRestoredFromTheSameFile();
    void readOnlyDatabaseShowsResultsButTakesNoAnswers();
    void folderIsNotADatabase();
    void negativeSchemaVersionIsNotNewer();

private:
    QStringList take(const QString &db) const
    {
        return {QStringLiteral("take"),      m_quiz,
                QStringLiteral("--db"),      db,
                QStringLiteral("--profile"), QStringLiteral("Ana")};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_quiz;
};

void TestCliDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_quiz = m_dir->filePath(QStringLiteral("mini.yaml"));
    QFile file(m_quiz);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(quizYaml);
}

void TestCliDatabase::damagedStoredQuizIsRestoredFromTheSameFile()
{
    const QString db = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    CliRun run = runCli(take(db), "x\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Saved: 1 of 3 answered")), qPrintable(run.out));
    sql(db, QStringLiteral("UPDATE quiz_snapshots SET data = x'00ff00ff'"));

    // Before: every run started a new attempt, the damaged one orphaned and never repaired.
    run = runCli(take(db), "t\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("The stored copy of this quiz was damaged; it was "
                                             "restored from")),
             qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Resuming your attempt")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Saved: 2 of 3 answered")), qPrintable(run.out));
    QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM attempts")).toInt(), 1);
    QCOMPARE(sql(db, QStringLiteral("SELECT count(*) FROM responses WHERE answer <> ''")).toInt(),
             2);

    run = runCli(take(db), "x\n"); // repaired for good: no second repair
    QVERIFY2(!run.out.contains(QStringLiteral("damaged")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Submitted.")), qPrintable(run.out));
}

// Root writes any file, so the read-only case runs hitready-cli as nobody there.
void TestCliDatabase::readOnlyDatabaseShowsResultsButTakesNoAnswers()
{
    QDir folder(m_dir->filePath(QStringLiteral("shared")));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    const QString db = folder.filePath(QStringLiteral("lab.sqlite"));
    CliRun run = runCli(take(db), "x\nt\ny\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Submitted.")), qPrintable(run.out));
    const QString counts = QStringLiteral("SELECT (SELECT count(*) FROM attempts) || '/' || "
                                          "(SELECT count(*) FROM responses)");
    const QString before = sql(db, counts).toString();

    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto listable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir->path(), listable));
    QVERIFY(QFile::setPermissions(folder.path(), listable));
    QVERIFY(QFile::setPermissions(m_quiz, readable));
    QVERIFY(QFile::setPermissions(db, readable));
    QString program = QStringLiteral(HITREADY_CLI);
    QStringList prefix;
    if (::geteuid() == 0) {
        prefix = {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                  QStringLiteral("--clear-groups"), program};
        program = QStringLiteral("setpriv");
    }
    run = runCli(prefix + QStringList{QStringLiteral("stats"), QStringLiteral("mini"),
                                      QStringLiteral("--db"), db},
                 {}, program);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("a3")), qPrintable(run.out));

    run = runCli(prefix + take(db), "x\n", program);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("lab.sqlite can only be read: new answers and "
                                             "attempts cannot be saved")),
             qPrintable(run.err));
    QVERIFY(QFile::setPermissions(folder.path(), listable | QFile::WriteOwner));
    QCOMPARE(sql(db, counts).toString(), before);
}

void TestCliDatabase::folderIsNotADatabase()
{
    const QString folder = m_dir->path();
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("stats"), QStringLiteral("mini"), QStringLiteral("--db"),
                      folder},
          QStringList{QStringLiteral("export"), QStringLiteral("mini"), QStringLiteral("--csv"),
                      QStringLiteral("--db"), folder},
          take(folder)}) {
        const CliRun run = runCli(arguments, "x\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(folder) +
                                  QStringLiteral(": is a folder, not a database file")),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("no such database")), qPrintable(run.err));
    }
}

void TestCliDatabase::negativeSchemaVersionIsNotNewer()
{
    const QString db = m_dir->filePath(QStringLiteral("odd.sqlite"));
    QCOMPARE(runCli(take(db), "x\n").exitCode, 0);
    sql(db, QStringLiteral("PRAGMA user_version = -1"));
    const CliRun run = runCli(take(db), "t\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("schema version is -1")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("newer")), qPrintable(run.err));
    QCOMPARE(sql(db, QStringLiteral("PRAGMA user_version")).toInt(), -1);
}

QTEST_GUILESS_MAIN(TestCliDatabase)
#include "tst_clidatabase.moc"
