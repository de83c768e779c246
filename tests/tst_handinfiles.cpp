// The app's hand-in adapter (HandInFiles): the learner's file written for the profile of the
// attempt shown, and a collection reported per file, on temporary databases.

#include "handinfiles.h"
#include "learnerdatabase.h"
#include "storage.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace hitready;

namespace {

Quiz smallQuiz()
{
    Quiz q;
    q.id = QStringLiteral("mini");
    q.title = Text::plain(QStringLiteral("en"), QStringLiteral("Mini"));
    Domain d;
    d.id = QStringLiteral("detail");
    q.domains = {d};
    for (const QString &id : {QStringLiteral("q1"), QStringLiteral("q2")}) {
        Item i;
        i.id = id;
        i.domain = d.id;
        i.type = ItemType::TrueFalse;
        i.prompt = Text::plain(QStringLiteral("en"), id);
        i.answer = true;
        q.items.append(i);
    }
    return q;
}

} // namespace

class TestHandInFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void suggestedFileName_data();
    void suggestedFileName();
    void handInWritesTheProfilesFile();
    void handInWithoutAttemptSaysWhy();
    void collectReportsEachFile();

private:
    // A finished attempt of `profile` in the database at `path`.
    qint64 finishedAttempt(const QString &path, const QString &profile)
    {
        auto storage = std::move(*Storage::open(path));
        const Result<Profile> p = storage->createProfile(profile);
        const qint64 id = *storage->startAttempt(p->id, m_quiz, QuizMode::Assessment, 1);
        (void)storage->saveResponse(id, QStringLiteral("q1"), Answer{true});
        (void)storage->finishAttempt(id, QDateTime::currentDateTimeUtc());
        return id;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Quiz m_quiz = smallQuiz();
};

void TestHandInFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestHandInFiles::suggestedFileName_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("stem");
    QTest::newRow("plain") << "Ana"
                           << "Ana";
    QTest::newRow("accents kept") << "Zoë Ñ"
                                  << "Zoë Ñ";
    QTest::newRow("slashes replaced") << "a/b\\c:d"
                                      << "a_b_c_d";
}

void TestHandInFiles::suggestedFileName()
{
    QFETCH(QString, profile);
    QFETCH(QString, stem);
    const QString path = m_dir->filePath(QStringLiteral("learner.sqlite"));
    const qint64 attempt = finishedAttempt(path, profile);
    LearnerDatabase database(path);
    HandInFiles handIns;
    handIns.setDatabase(&database);
    QCOMPARE(
        handIns.suggestedFileName(int(attempt)),
        QStringLiteral("%1 hand-in %2.json").arg(stem, QDate::currentDate().toString(Qt::ISODate)));
}

void TestHandInFiles::handInWritesTheProfilesFile()
{
    const QString path = m_dir->filePath(QStringLiteral("learner.sqlite"));
    finishedAttempt(path, QStringLiteral("Ben"));
    const qint64 attempt = finishedAttempt(path, QStringLiteral("Ana"));
    LearnerDatabase database(path);
    HandInFiles handIns;
    handIns.setDatabase(&database);
    QSignalSpy handedIn(&handIns, &HandInFiles::handedIn);
    const QString file = m_dir->filePath(QStringLiteral("ana"));
    QVERIFY(handIns.handIn(int(attempt), QUrl::fromLocalFile(file).toString()));
    QCOMPARE(handedIn.count(), 1);
    QVERIFY(!handIns.handInFailed());
    QCOMPARE(handIns.handInNote(),
             QStringLiteral("Handed in 1 finished attempts in “ana.json” in the folder %1. Give "
                            "this file to your instructor.")
                 .arg(QDir::toNativeSeparators(m_dir->path())));
    // Ana's file: collected elsewhere, it holds her attempt only.
    LearnerDatabase other(m_dir->filePath(QStringLiteral("class.sqlite")));
    HandInFiles collector;
    collector.setDatabase(&other);
    collector.collect({QUrl::fromLocalFile(file + QStringLiteral(".json"))});
    QCOMPARE(collector.collectedFiles().first().toMap().value(QStringLiteral("added")).toInt(), 1);
    QCOMPARE(other.storage()->profiles()->size(), 1);
    QCOMPARE(other.storage()->profiles()->first().name, QStringLiteral("Ana"));
}

void TestHandInFiles::handInWithoutAttemptSaysWhy()
{
    LearnerDatabase database(m_dir->filePath(QStringLiteral("learner.sqlite")));
    HandInFiles handIns;
    handIns.setDatabase(&database);
    QSignalSpy handedIn(&handIns, &HandInFiles::handedIn);
    QVERIFY(!handIns.handIn(42, m_dir->filePath(QStringLiteral("x.json"))));
    QCOMPARE(handedIn.count(), 1);
    QVERIFY(handIns.handInFailed());
    QCOMPARE(handIns.handInNote(), QStringLiteral("The results could not be handed in: The "
                                                  "attempt 42 is not in the database."));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.json"))));
}

void TestHandInFiles::collectReportsEachFile()
{
    const QString learner = m_dir->filePath(QStringLiteral("learner.sqlite"));
    const qint64 attempt = finishedAttempt(learner, QStringLiteral("Ana"));
    const QString good = m_dir->filePath(QStringLiteral("ana.json"));
    {
        LearnerDatabase database(learner);
        HandInFiles handIns;
        handIns.setDatabase(&database);
        QVERIFY(handIns.handIn(int(attempt), good));
    }
    const QString missing = m_dir->filePath(QStringLiteral("missing.json"));
    LearnerDatabase database(m_dir->filePath(QStringLiteral("class.sqlite")));
    HandInFiles handIns;
    handIns.setDatabase(&database);
    QSignalSpy collected(&handIns, &HandInFiles::collected);
    QSignalSpy attemptsChanged(&database, &LearnerDatabase::attemptsChanged);
    handIns.collect(
        {QUrl::fromLocalFile(good), QUrl::fromLocalFile(missing), QUrl::fromLocalFile(good)});
    QCOMPARE(collected.count(), 1);
    QCOMPARE(attemptsChanged.count(), 1);
    const QVariantList rows = handIns.collectedFiles();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].toMap().value(QStringLiteral("text")).toString(),
             QStringLiteral("ana.json (Ana): 1 new attempts"));
    QVERIFY(rows[1].toMap().value(QStringLiteral("refused")).toBool());
    QVERIFY2(rows[1]
                 .toMap()
                 .value(QStringLiteral("text"))
                 .toString()
                 .startsWith(QStringLiteral(
                     "missing.json: refused, nothing of it was stored: cannot read it")),
             qPrintable(rows[1].toMap().value(QStringLiteral("text")).toString()));
    QCOMPARE(rows[2].toMap().value(QStringLiteral("text")).toString(),
             QStringLiteral("ana.json (Ana): 0 new attempts, 1 already there"));
    QCOMPARE(handIns.collectSummary(),
             QStringLiteral("Collected 3 files: 1 new attempts, 1 already there, 1 files "
                            "refused."));
}

QTEST_MAIN(TestHandInFiles)
#include "tst_handinfiles.moc"
