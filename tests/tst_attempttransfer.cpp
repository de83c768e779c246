// Moving attempts between databases (Storage::exportAttempt / mergeAttempt): exactly once, all
// or nothing, never rewriting a finished attempt.

#include "storage.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;

namespace {

Text en(const QString &s)
{
    return Text::plain(QStringLiteral("en"), s);
}

Item item(const QString &id, ItemType type)
{
    Item i;
    i.id = id;
    i.domain = QStringLiteral("detail");
    i.type = type;
    i.prompt = en(QStringLiteral("Prompt of ") + id);
    if (type == ItemType::Single || type == ItemType::Multiple)
        for (const QString &o : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
            Option option;
            option.id = o;
            option.text = en(o);
            option.correct = o == QLatin1String("b");
            i.options.append(option);
        }
    if (type == ItemType::TrueFalse)
        i.answer = true;
    return i;
}

Quiz quiz(const QString &title = QStringLiteral("Mini quiz"))
{
    Quiz q;
    q.id = QStringLiteral("mini");
    q.title = en(title);
    Domain detail;
    detail.id = QStringLiteral("detail");
    q.domains = {detail};
    q.items = {item(QStringLiteral("q1"), ItemType::Single),
               item(QStringLiteral("q2"), ItemType::Multiple),
               item(QStringLiteral("q3"), ItemType::TrueFalse)};
    return q;
}

Answer answer(decltype(Answer::value) value)
{
    return Answer{std::move(value)};
}

qint64 count(Storage &storage, const char *table)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    db.setDatabaseName(storage.path());
    qint64 n = -1;
    if (db.open()) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next())
            n = q.value(0).toLongLong();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return n;
}

// The same attempt as `t` with the ids of another database blanked out.
AttemptTransfer withoutIds(AttemptTransfer t)
{
    t.attempt.id = 0;
    t.attempt.profileId = 0;
    return t;
}

} // namespace

class TestAttemptTransfer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTripFileToFile();
    void mergeTwiceStoresOnce();
    void unfinishedAttemptIsBroughtUpToDate();
    void finishedAttemptIsNeverRewritten();
    void refusedTransfersStoreNothing_data();
    void refusedTransfersStoreNothing();
    void profileCreatedWhenNew_data();
    void profileCreatedWhenNew();
    void failureInTheMiddleStoresNothing();
    void batchKeepsEachMergeWhole();
    void attemptIdByUuid();

private:
    std::unique_ptr<Storage> open(const QString &name)
    {
        auto storage = Storage::open(m_dir->filePath(name));
        if (!storage)
            qWarning() << storage.error().message;
        return storage ? std::move(*storage) : nullptr;
    }
    // A finished attempt of Ana's in the learner database: two answers, a flag, a confidence.
    qint64 learnerAttempt(bool finish = true)
    {
        const qint64 profile = m_learner->createProfile(QStringLiteral("Ana"))->id;
        const qint64 id = *m_learner->startAttempt(
            profile, m_quiz, QuizMode::Practice, 0xFFFFFFFFFFFFFFF0ull,
            {QStringLiteral("q3"), QStringLiteral("q1"), QStringLiteral("q2")});
        const Status written[] = {
            m_learner->saveResponse(id, QStringLiteral("q1"), answer(QStringLiteral("b"))),
            m_learner->saveResponse(id, QStringLiteral("q3"), answer(false)),
            m_learner->setFlag(id, QStringLiteral("q2"), true),
            m_learner->saveConfidence(id, QStringLiteral("q1"), 3),
            m_learner->savePosition(id, 2, 4321),
            finish ? m_learner->finishAttempt(id, QDateTime::currentDateTimeUtc()) : Status()};
        for (const Status &s : written)
            if (!s)
                qFatal("the learner's attempt could not be written: %s",
                       qPrintable(s.errorMessage()));
        return id;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage> m_learner, m_class;
    Quiz m_quiz = quiz();
};

void TestAttemptTransfer::init()
{
    m_class.reset();
    m_learner.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_learner = open(QStringLiteral("learner.sqlite"));
    m_class = open(QStringLiteral("class.sqlite"));
    QVERIFY(m_learner && m_class);
}

void TestAttemptTransfer::roundTripFileToFile()
{
    const Result<AttemptTransfer> sent = m_learner->exportAttempt(learnerAttempt());
    QVERIFY2(sent, qPrintable(sent.errorMessage()));
    QCOMPARE(sent->profileName, QStringLiteral("Ana"));
    QCOMPARE(sent->responses.size(), 3); // q1, q2 (flag only), q3: by item id
    QCOMPARE(sent->responses[0].confidence, std::optional<int>(3));
    QCOMPARE(sent->responses[1],
             (TransferredResponse{QStringLiteral("q2"), QString(), sent->responses[1].answeredAt,
                                  true, std::nullopt}));

    const Result<MergeOutcome> merged = m_class->mergeAttempt(m_quiz, *sent);
    QVERIFY2(merged, qPrintable(merged.errorMessage()));
    QCOMPARE(*merged, MergeOutcome::Added);
    const qint64 id = *m_class->attemptIdByUuid(sent->attempt.uuid);
    const Result<AttemptTransfer> received = m_class->exportAttempt(id);
    QVERIFY(received);
    QCOMPARE(withoutIds(*received), withoutIds(*sent));
    QCOMPARE(*m_class->snapshot(sent->attempt.quizHash), m_quiz);
}

void TestAttemptTransfer::mergeTwiceStoresOnce()
{
    const AttemptTransfer sent = *m_learner->exportAttempt(learnerAttempt());
    QCOMPARE(*m_class->mergeAttempt(m_quiz, sent), MergeOutcome::Added);
    QCOMPARE(*m_class->mergeAttempt(m_quiz, sent), MergeOutcome::Unchanged);
    QCOMPARE(*m_class->mergeAttempts({{sent.attempt.quizHash, m_quiz}}, {sent, sent}),
             (QList<MergeOutcome>{MergeOutcome::Unchanged, MergeOutcome::Unchanged}));
    QCOMPARE(count(*m_class, "attempts"), 1);
    QCOMPARE(count(*m_class, "responses"), 3);
    QCOMPARE(count(*m_class, "profiles"), 1);
    QCOMPARE(count(*m_class, "quiz_snapshots"), 1);
}

void TestAttemptTransfer::unfinishedAttemptIsBroughtUpToDate()
{
    const qint64 source = learnerAttempt(false);
    QCOMPARE(*m_class->mergeAttempt(m_quiz, *m_learner->exportAttempt(source)),
             MergeOutcome::Added);
    QCOMPARE(*m_class->mergeAttempt(m_quiz, *m_learner->exportAttempt(source)),
             MergeOutcome::Unchanged);

    QVERIFY(m_learner->saveResponse(source, QStringLiteral("q2"),
                                    answer(QStringList{QStringLiteral("b")})));
    QVERIFY(m_learner->saveResponse(source, QStringLiteral("q1"), answer(QStringLiteral("c"))));
    QVERIFY(m_learner->saveConfidence(source, QStringLiteral("q1"), std::nullopt));
    QVERIFY(m_learner->savePosition(source, 1, 9000));
    QCOMPARE(*m_class->mergeAttempt(m_quiz, *m_learner->exportAttempt(source)),
             MergeOutcome::Updated);
    const qint64 stored = *m_class->attemptIdByUuid(m_learner->attempt(source)->uuid);
    QCOMPARE(withoutIds(*m_class->exportAttempt(stored)),
             withoutIds(*m_learner->exportAttempt(source)));

    QVERIFY(m_learner->finishAttempt(source, QDateTime::currentDateTimeUtc()));
    QCOMPARE(*m_class->mergeAttempt(m_quiz, *m_learner->exportAttempt(source)),
             MergeOutcome::Updated);
    QCOMPARE(withoutIds(*m_class->exportAttempt(stored)),
             withoutIds(*m_learner->exportAttempt(source)));
    QVERIFY(m_class->attempt(stored)->isFinished());
    QCOMPARE(count(*m_class, "attempts"), 1);
}

void TestAttemptTransfer::finishedAttemptIsNeverRewritten()
{
    const AttemptTransfer sent = *m_learner->exportAttempt(learnerAttempt());
    QCOMPARE(*m_class->mergeAttempt(m_quiz, sent), MergeOutcome::Added);
    AttemptTransfer edited = sent;
    edited.responses[0].answer = QStringLiteral("a");
    edited.attempt.elapsedMs = 1;
    edited.attempt.finished = edited.attempt.finished->addSecs(60);
    QCOMPARE(*m_class->mergeAttempt(m_quiz, edited), MergeOutcome::Unchanged);
    const qint64 stored = *m_class->attemptIdByUuid(sent.attempt.uuid);
    QCOMPARE(withoutIds(*m_class->exportAttempt(stored)), withoutIds(sent));
}

void TestAttemptTransfer::refusedTransfersStoreNothing_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("other quiz version")
        << "quiz"
        << "quiz 'mini' is version %1, not the version %2 it is said to be";
    QTest::newRow("unknown item") << "item"
                                  << "it answers item 'q9', which the quiz does not have";
    QTest::newRow("answer does not decode")
        << "answer"
        << "the answer 'maybe' to item 'q3': it does not decode as an answer";
    QTest::newRow("answer names no option") << "option"
                                            << "the answer 'z' to item 'q1': ";
    QTest::newRow("bad uuid") << "uuid"
                              << "'not-a-uuid' is not an attempt UUID";
    QTest::newRow("bad confidence") << "confidence"
                                    << "item 'q1': confidence 7 is not 1, 2 or 3";
    QTest::newRow("other quiz id") << "quizId"
                                   << "it names quiz 'other' but was taken on 'mini'";
    QTest::newRow("no profile name") << "profile"
                                     << "it has no profile name";
    QTest::newRow("unknown item order") << "order"
                                        << "item order: 'q9' is unknown";
}

void TestAttemptTransfer::refusedTransfersStoreNothing()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    AttemptTransfer t = *m_learner->exportAttempt(learnerAttempt());
    Quiz given = m_quiz;
    if (change == QLatin1String("quiz")) {
        given = quiz(QStringLiteral("Edited title"));
        message = message.arg(contentHash(given).left(12), t.attempt.quizHash.left(12));
    } else if (change == QLatin1String("item")) {
        t.responses.append({QStringLiteral("q9"), QStringLiteral("a"), t.responses[0].answeredAt,
                            false, std::nullopt});
    } else if (change == QLatin1String("answer")) {
        t.responses[2].answer = QStringLiteral("maybe");
    } else if (change == QLatin1String("option")) {
        t.responses[0].answer = QStringLiteral("z");
    } else if (change == QLatin1String("uuid")) {
        t.attempt.uuid = QStringLiteral("not-a-uuid");
    } else if (change == QLatin1String("confidence")) {
        t.responses[0].confidence = 7;
    } else if (change == QLatin1String("quizId")) {
        t.attempt.quizId = QStringLiteral("other");
    } else if (change == QLatin1String("profile")) {
        t.profileName = QStringLiteral("  ");
    } else if (change == QLatin1String("order")) {
        t.attempt.itemOrder.append(QStringLiteral("q9"));
    }
    const Result<MergeOutcome> merged = m_class->mergeAttempt(given, t);
    QVERIFY(!merged);
    QCOMPARE(merged.error().kind, ErrorKind::Refused);
    QVERIFY2(merged.error().message.contains(message), qPrintable(merged.error().message));
    QVERIFY2(merged.error().message.endsWith(QLatin1String("nothing was stored")),
             qPrintable(merged.error().message));
    for (const char *table : {"profiles", "quiz_snapshots", "attempts", "responses"})
        QCOMPARE(count(*m_class, table), 0);
}

void TestAttemptTransfer::profileCreatedWhenNew_data()
{
    QTest::addColumn<QString>("existing"); // a profile in the class database before; '' none
    QTest::addColumn<QString>("storedAs");
    QTest::newRow("new") << QString() << QStringLiteral("Ana");
    QTest::newRow("known") << QStringLiteral("Ana") << QStringLiteral("Ana");
    QTest::newRow("known in another case") << QStringLiteral("ANA") << QStringLiteral("ANA");
    QTest::newRow("someone else") << QStringLiteral("Ben") << QStringLiteral("Ana");
}

void TestAttemptTransfer::profileCreatedWhenNew()
{
    QFETCH(QString, existing);
    QFETCH(QString, storedAs);
    if (!existing.isEmpty())
        QVERIFY(m_class->createProfile(existing));
    const AttemptTransfer sent = *m_learner->exportAttempt(learnerAttempt());
    QCOMPARE(*m_class->mergeAttempt(m_quiz, sent), MergeOutcome::Added);
    const AttemptRecord stored = *m_class->attempt(*m_class->attemptIdByUuid(sent.attempt.uuid));
    QCOMPARE(m_class->profile(stored.profileId)->name, storedAs);
    QCOMPARE(count(*m_class, "profiles"),
             existing.isEmpty() || existing.compare(storedAs, Qt::CaseInsensitive) == 0 ? 1 : 2);
}

void TestAttemptTransfer::failureInTheMiddleStoresNothing()
{
    const AttemptTransfer first = *m_learner->exportAttempt(learnerAttempt());
    AttemptTransfer second = first;
    second.attempt.uuid = QStringLiteral("0b6a4b8e-8f3c-4a53-9a7e-2f1c3d4e5f60");
    second.profileName = QStringLiteral("Ben");
    {
        // The database itself refuses Ben's answer to q3, after Ana's attempt, Ben's profile
        // and Ben's attempt row are written.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigger"));
        db.setDatabaseName(m_class->path());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral(
            "CREATE TRIGGER refuse_ben BEFORE INSERT ON responses WHEN NEW.item_id = 'q3' AND "
            "(SELECT count(*) FROM attempts) = 2 BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
    const auto merged = m_class->mergeAttempts({{first.attempt.quizHash, m_quiz}}, {first, second});
    QVERIFY(!merged);
    QVERIFY2(merged.error().message.contains(QLatin1String("disk on fire")),
             qPrintable(merged.error().message));
    for (const char *table : {"profiles", "quiz_snapshots", "attempts", "responses"})
        QCOMPARE(count(*m_class, table), 0);
    // Nothing half-done is left behind: the first alone goes in afterwards.
    QCOMPARE(*m_class->mergeAttempt(m_quiz, first), MergeOutcome::Added);
}

void TestAttemptTransfer::batchKeepsEachMergeWhole()
{
    const AttemptTransfer ana = *m_learner->exportAttempt(learnerAttempt());
    AttemptTransfer ben = ana, cleo = ana;
    ben.attempt.uuid = QStringLiteral("0b6a4b8e-8f3c-4a53-9a7e-2f1c3d4e5f60");
    ben.profileName = QStringLiteral("Ben");
    cleo.attempt.uuid = QStringLiteral("6c1e2b9a-3d4f-4e5a-8b7c-9d0e1f2a3b4c");
    cleo.profileName = QStringLiteral("Cleo");
    {
        // The database refuses Ben's answer to q3 after his profile and attempt are written.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigger"));
        db.setDatabaseName(m_class->path());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral(
            "CREATE TRIGGER refuse_ben BEFORE INSERT ON responses WHEN NEW.item_id = 'q3' AND "
            "(SELECT p.name FROM attempts a JOIN profiles p ON p.id = a.profile_id "
            "WHERE a.id = NEW.attempt_id) = 'Ben' "
            "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
    QList<QString> results;
    const Status batch = m_class->mergeBatch([&] {
        for (const AttemptTransfer &t : QList<AttemptTransfer>{ana, ben, cleo}) {
            const Result<MergeOutcome> merged = m_class->mergeAttempt(m_quiz, t);
            results.append(merged ? QStringLiteral("stored") : merged.error().message);
        }
        QCOMPARE(count(*m_class, "attempts"), 0); // nothing is visible before the commit
    });
    QVERIFY2(batch, qPrintable(batch.errorMessage()));
    QCOMPARE(results[0], QStringLiteral("stored"));
    QVERIFY2(results[1].contains(QLatin1String("disk on fire")), qPrintable(results[1]));
    QCOMPARE(results[2], QStringLiteral("stored"));
    QCOMPARE(count(*m_class, "attempts"), 2);
    QCOMPARE(count(*m_class, "profiles"), 2); // Ana and Cleo: Ben's profile went with his attempt
    QCOMPARE(count(*m_class, "responses"), 6);
    QVERIFY(!m_class->attemptIdByUuid(ben.attempt.uuid));
}

void TestAttemptTransfer::attemptIdByUuid()
{
    const qint64 id = learnerAttempt();
    const QString uuid = m_learner->attempt(id)->uuid;
    QCOMPARE(*m_learner->attemptIdByUuid(uuid), id);
    const Result<qint64> missing = m_class->attemptIdByUuid(uuid);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QCOMPARE(m_class->exportAttempt(id).error().kind, ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestAttemptTransfer)
#include "tst_attempttransfer.moc"
