// The storage gateway on temporary databases: round trips, snapshots, migrations, refusals.

#include "pgschema.h"
#include "schema.h"
#include "snapshot.h"
#include "storage.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hitready;
using hitready::test::TestDatabase;

namespace hitready {
char *toString(const AttemptRecord &a)
{
    return qstrdup(
        QStringLiteral("Attempt(%1, profile %2, %3, seed %4, pos %5, %6 ms, order [%7], "
                       "started %8, finished %9)")
            .arg(a.id)
            .arg(a.profileId)
            .arg(a.quizId)
            .arg(a.seed)
            .arg(a.position)
            .arg(a.elapsedMs)
            .arg(a.itemOrder.join(QLatin1Char(',')), a.started.toString(Qt::ISODateWithMs),
                 a.finished ? a.finished->toString(Qt::ISODateWithMs) : QStringLiteral("-"))
            .toUtf8()
            .constData());
}
} // namespace hitready

namespace {

Text en(const QString &s)
{
    return Text::plain(QStringLiteral("en"), s);
}

Option option(const QString &id, bool correct = false)
{
    Option o;
    o.id = id;
    o.text = en(QStringLiteral("Option ") + id);
    o.correct = correct;
    return o;
}

Item item(const QString &id, const QString &domain, ItemType type)
{
    Item i;
    i.id = id;
    i.domain = domain;
    i.type = type;
    i.prompt = en(QStringLiteral("Prompt of ") + id);
    if (type == ItemType::Single || type == ItemType::Multiple)
        i.options = {option(QStringLiteral("a")), option(QStringLiteral("b"), true),
                     option(QStringLiteral("c"), type == ItemType::Multiple)};
    if (type == ItemType::TrueFalse)
        i.answer = true;
    if (type == ItemType::Likert)
        for (int r = 1; r <= 5; ++r)
            i.anchors.append(en(QString::number(r)));
    return i;
}

// Four items, one of each type, in two domains.
Quiz smallQuiz()
{
    Quiz q;
    q.id = QStringLiteral("mini");
    q.title = en(QStringLiteral("Mini quiz"));
    Domain detail;
    detail.id = QStringLiteral("detail");
    Domain ethics;
    ethics.id = QStringLiteral("ethics");
    q.domains = {detail, ethics};
    q.items = {item(QStringLiteral("det-01"), detail.id, ItemType::Single),
               item(QStringLiteral("det-02"), detail.id, ItemType::Multiple),
               item(QStringLiteral("eth-01"), ethics.id, ItemType::TrueFalse),
               item(QStringLiteral("eth-02"), ethics.id, ItemType::Likert)};
    return q;
}

Answer answer(decltype(Answer::value) value)
{
    return Answer{std::move(value)};
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs SQL on the file through a connection of its own, outside Storage.
QVariantList rawSql(const QString &path, const QString &sql)
{
    QVariantList values;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                while (q.next())
                    values.append(q.value(0));
            else
                qWarning() << "raw sql failed:" << sql;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return values;
}

QString columnsOf(const QString &path, const QString &table)
{
    QStringList columns;
    for (const QVariant &v : rawSql(path, QStringLiteral("SELECT name || ' ' || type || ' ' || "
                                                         "\"notnull\" || ' ' || "
                                                         "ifnull(dflt_value, '-') || ' ' || pk "
                                                         "FROM pragma_table_info('%1')")
                                              .arg(table)))
        columns.append(v.toString());
    return columns.join(QLatin1String("; "));
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newDatabaseHasCurrentSchema();
    void defaultPathNamesTheDatabaseFile();
    void profilesRoundTrip();
    void profileNames_data();
    void profileNames();
    void attemptRoundTrip();
    void answersSurviveReopening();
    void attemptsNewestFirst();
    void oneUnfinishedAttemptPerQuiz();
    void discardAttempt();
    void finishedAttemptRefusesWrites_data();
    void finishedAttemptRefusesWrites();
    void confidencesRoundTrip();
    void unknownProfileOrAttemptRefused();
    void itemOrderRules_data();
    void itemOrderRules();
    void snapshotStoredOncePerHash();
    void oldAttemptReadsItsOwnSnapshot();
    void answersToUnknownItemsAreSkipped();
    void migratesSchemaV1Fixture();
    void unknownSchemaIsRefusedUnchanged_data();
    void unknownSchemaIsRefusedUnchanged();
    void folderIsRefused();
    void readOnlyAccessReadsAndRefusesWrites();
    void readOnlyAccessNeedsACurrentDatabase();
    void foreignFilesAreRefusedUnchanged_data();
    void foreignFilesAreRefusedUnchanged();
    void serverMigratesEveryStep();
    void serverDatabaseOfAnotherProgramIsRefused();
    void serverUrlNeverShowsThePassword();

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_path; // m_db->location()
    std::unique_ptr<Storage> openStorage()
    {
        Result<std::unique_ptr<Storage>> storage = Storage::open(m_path);
        if (!storage) {
            qWarning() << storage.error().message;
            return nullptr;
        }
        return std::move(*storage);
    }
};

void TestStorage::init()
{
    m_db.reset(); // drops the last test's server database before making the next
    m_db = std::make_unique<TestDatabase>(QStringLiteral("nested/folder/hitready.sqlite"));
    QVERIFY(m_db->isValid());
    m_path = m_db->location();
}

// Test functions about files (permissions, foreign bytes, SQLite's own fixtures) do not apply
// to a server.
#define SQLITE_ONLY(why)                                                                           \
    if (TestDatabase::onServer())                                                                  \
    QSKIP("SQLite only: " why)
#define SERVER_ONLY(why)                                                                           \
    if (!TestDatabase::onServer())                                                                 \
    QSKIP("PostgreSQL only: " why)

void TestStorage::newDatabaseHasCurrentSchema()
{
    if (TestDatabase::onServer()) {
        auto storage = openStorage();
        QVERIFY(storage);
        QCOMPARE(storage->path(), m_path);
        QCOMPARE(m_db->sql(QStringLiteral("SELECT application_id || ' ' || version "
                                          "FROM hitready_schema")),
                 QVariantList{
                     QStringLiteral("%1 %2").arg(applicationId).arg(int(SchemaVersion::Current))});
        return;
    }
    QVERIFY(!QFile::exists(m_path));
    auto storage = openStorage();
    QVERIFY(storage);
    QCOMPARE(storage->path(), m_path);
    QVERIFY(QFile::exists(m_path));
    storage.reset();
    QCOMPARE(rawSql(m_path, QStringLiteral("PRAGMA user_version")).value(0).toInt(),
             int(SchemaVersion::Current));
    QCOMPARE(rawSql(m_path, QStringLiteral("PRAGMA journal_mode")).value(0).toString(),
             QStringLiteral("wal"));
}

void TestStorage::defaultPathNamesTheDatabaseFile()
{
    QVERIFY(Storage::defaultPath().endsWith(QStringLiteral("/hitready.sqlite")));
    QVERIFY(Storage::defaultPath().size() > QStringLiteral("/hitready.sqlite").size());
}

void TestStorage::profilesRoundTrip()
{
    auto storage = openStorage();
    QVERIFY(storage);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Result<Profile> ben = storage->createProfile(QStringLiteral("Ben"));
    const Result<Profile> ana = storage->createProfile(QStringLiteral("Ana"));
    QVERIFY(ben && ana);
    QVERIFY(ben->id != ana->id);
    QVERIFY(ana->created >= before && ana->created <= QDateTime::currentDateTimeUtc());
    QCOMPARE(*storage->profiles(), (QList<Profile>{*ana, *ben}));
    QCOMPARE(*storage->profileByName(QStringLiteral("ana")), *ana);
    const Result<Profile> cleo = storage->profileByName(QStringLiteral("Cleo"));
    QVERIFY(!cleo);
    QCOMPARE(cleo.error().kind, ErrorKind::NotFound);
    QCOMPARE(cleo.error().message, QStringLiteral("no profile named 'Cleo'"));
}

void TestStorage::profileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::addColumn<QString>("refusal");
    QTest::newRow("plain") << QStringLiteral("Cleo") << QStringLiteral("Cleo") << QString();
    QTest::newRow("trimmed") << QStringLiteral("  Zoë Ñ ") << QStringLiteral("Zoë Ñ") << QString();
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("a profile needs a name");
    QTest::newRow("blank") << QStringLiteral("   ") << QString()
                           << QStringLiteral("a profile needs a name");
    QTest::newRow("duplicate") << QStringLiteral("Ana") << QString()
                               << QStringLiteral("a profile named 'Ana' already exists");
    QTest::newRow("duplicate in other case")
        << QStringLiteral("ANA") << QString()
        << QStringLiteral("a profile named 'Ana' already exists");
}

void TestStorage::profileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, stored);
    QFETCH(QString, refusal);
    auto storage = openStorage();
    QVERIFY(storage);
    QVERIFY(storage->createProfile(QStringLiteral("Ana")));
    const Result<Profile> created = storage->createProfile(name);
    QCOMPARE(created.has_value(), !stored.isEmpty());
    QCOMPARE(storage->profiles()->size(), stored.isEmpty() ? 1 : 2);
    if (created) {
        QCOMPARE(created->name, stored);
    } else {
        QCOMPARE(created.error().kind, ErrorKind::Refused);
        QCOMPARE(created.error().message, refusal);
    }
}

void TestStorage::attemptRoundTrip()
{
    auto storage = openStorage();
    QVERIFY(storage);
    const Quiz quiz = smallQuiz();
    const qint64 profile = storage->createProfile(QStringLiteral("Ana"))->id;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const quint64 seed = 0xFFFFFFFFFFFFFFFEull; // beyond qint64: stored as the same bits
    const QStringList order = {QStringLiteral("eth-01"), QStringLiteral("det-01")};
    const Result<qint64> id = storage->startAttempt(profile, quiz, QuizMode::Practice, seed, order);
    QVERIFY2(id, qPrintable(id.errorMessage()));

    QVERIFY(storage->saveResponse(*id, QStringLiteral("det-01"), answer(QStringLiteral("a"))));
    QVERIFY(storage->saveResponse(*id, QStringLiteral("det-01"), answer(QStringLiteral("b"))));
    QVERIFY(storage->saveResponse(*id, QStringLiteral("det-02"),
                                  answer(QStringList{QStringLiteral("b"), QStringLiteral("c")})));
    QVERIFY(storage->saveResponse(*id, QStringLiteral("eth-01"), answer(false)));
    QVERIFY(storage->saveResponse(*id, QStringLiteral("eth-02"), answer(4)));
    QVERIFY(storage->setFlag(*id, QStringLiteral("det-02"), true));
    QVERIFY(storage->setFlag(*id, QStringLiteral("eth-01"), true));
    QVERIFY(storage->setFlag(*id, QStringLiteral("eth-01"), false));
    QVERIFY(storage->setFlag(*id, QStringLiteral("new-unanswered"), true));
    QVERIFY(storage->saveResponse(*id, QStringLiteral("det-02"),
                                  answer(QStringList{QStringLiteral("c")}))); // flag stays
    QVERIFY(storage->savePosition(*id, 1, 12345));

    Result<AttemptRecord> record = storage->attempt(*id);
    QVERIFY(record);
    QVERIFY(record->started >= before && record->started <= QDateTime::currentDateTimeUtc());
    AttemptRecord expected{*id,
                           profile,
                           quiz.id,
                           contentHash(quiz),
                           QuizMode::Practice,
                           seed,
                           record->started,
                           std::nullopt,
                           1,
                           12345,
                           order,
                           record->uuid};
    QCOMPARE(*record, expected);
    QVERIFY(!QUuid::fromString(record->uuid).isNull());
    QCOMPARE(record->uuid, record->uuid.toLower());

    const Responses responses = {
        {QStringLiteral("det-01"), answer(QStringLiteral("b"))},
        {QStringLiteral("det-02"), answer(QStringList{QStringLiteral("c")})},
        {QStringLiteral("eth-01"), answer(false)},
        {QStringLiteral("eth-02"), answer(4)}};
    QCOMPARE(*storage->responses(*id, quiz), responses);
    QCOMPARE(*storage->flags(*id),
             (QSet<QString>{QStringLiteral("det-02"), QStringLiteral("new-unanswered")}));
    QCOMPARE(storage->unfinishedAttempts(profile)->size(), 1);

    const QDateTime finished =
        QDateTime::fromString(QStringLiteral("2031-02-03T04:05:06.789Z"), Qt::ISODateWithMs);
    QVERIFY(storage->finishAttempt(*id, finished));
    expected.finished = finished;
    QCOMPARE(*storage->attempt(*id), expected);
    QCOMPARE(*storage->attempts(profile), QList<AttemptRecord>{expected});
    QCOMPARE(storage->unfinishedAttempts(profile)->size(), 0);
}

void TestStorage::answersSurviveReopening()
{
    const Quiz quiz = smallQuiz();
    qint64 id = 0;
    {
        auto writer = openStorage();
        QVERIFY(writer);
        id = *writer->startAttempt(writer->createProfile(QStringLiteral("Ana"))->id, quiz,
                                   QuizMode::Assessment, 7);
        QVERIFY(writer->saveResponse(id, QStringLiteral("eth-02"), answer(2)));
        auto reader = openStorage(); // a second connection sees the committed answer at once
        QVERIFY(reader);
        QCOMPARE(reader->responses(id, quiz)->value(QStringLiteral("eth-02")), answer(2));
    }
    auto reopened = openStorage();
    QVERIFY(reopened);
    QCOMPARE(reopened->responses(id, quiz)->value(QStringLiteral("eth-02")), answer(2));
    QCOMPARE(reopened->attempt(id)->seed, quint64(7));
}

void TestStorage::attemptsNewestFirst()
{
    auto storage = openStorage();
    QVERIFY(storage);
    const qint64 ana = storage->createProfile(QStringLiteral("Ana"))->id;
    const qint64 ben = storage->createProfile(QStringLiteral("Ben"))->id;
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) { // three quizzes: one unfinished attempt each is allowed
        Quiz quiz = smallQuiz();
        quiz.id = QStringLiteral("mini-%1").arg(i);
        ids.prepend(*storage->startAttempt(ana, quiz, QuizMode::Assessment, i));
    }
    const qint64 bens = *storage->startAttempt(ben, smallQuiz(), QuizMode::Assessment, 9);
    QVERIFY(storage->finishAttempt(ids[1], QDateTime::currentDateTimeUtc()));
    QList<qint64> listed, unfinished;
    const QList<AttemptRecord> all = *storage->attempts(ana);
    const QList<AttemptRecord> open = *storage->unfinishedAttempts(ana);
    for (const AttemptRecord &a : all)
        listed.append(a.id);
    for (const AttemptRecord &a : open)
        unfinished.append(a.id);
    QCOMPARE(listed, ids);
    QCOMPARE(unfinished, (QList<qint64>{ids[0], ids[2]}));
    QCOMPARE(storage->attempts(ben)->value(0).id, bens);
}

// A profile never holds two unfinished attempts of one quiz id (any version of it); other
// quizzes, other profiles, and a new attempt after the first is finished are fine.
void TestStorage::oneUnfinishedAttemptPerQuiz()
{
    auto storage = openStorage();
    QVERIFY(storage);
    const qint64 ana = storage->createProfile(QStringLiteral("Ana"))->id;
    const qint64 ben = storage->createProfile(QStringLiteral("Ben"))->id;
    const Quiz quiz = smallQuiz();
    const qint64 first = *storage->startAttempt(ana, quiz, QuizMode::Assessment, 1);
    Quiz edited = quiz;
    edited.items[0].prompt = en(QStringLiteral("Reworded"));
    for (const Quiz &again : {quiz, edited}) {
        const Result<qint64> refused = storage->startAttempt(ana, again, QuizMode::Assessment, 2);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
        QVERIFY2(refused.error().message.contains(
                     QStringLiteral("unfinished attempt (%1) of quiz 'mini'").arg(first)),
                 qPrintable(refused.errorMessage()));
    }
    QCOMPARE(storage->attempts(ana)->size(), 1);
    QList<qint64> open;
    const QList<AttemptRecord> listed = *storage->unfinishedAttempts(ana, quiz.id);
    for (const AttemptRecord &a : listed)
        open.append(a.id);
    QCOMPARE(open, QList<qint64>{first});
    QCOMPARE(storage->unfinishedAttempts(ana, QStringLiteral("other"))->size(), 0);

    Quiz other = quiz;
    other.id = QStringLiteral("other");
    QVERIFY(storage->startAttempt(ana, other, QuizMode::Assessment, 3));
    QVERIFY(storage->startAttempt(ben, quiz, QuizMode::Assessment, 4));
    QVERIFY(storage->finishAttempt(first, QDateTime::currentDateTimeUtc()));
    const Result<qint64> next = storage->startAttempt(ana, edited, QuizMode::Assessment, 5);
    QVERIFY2(next, qPrintable(next.errorMessage()));
    QCOMPARE(storage->unfinishedAttempts(ana, quiz.id)->value(0).id, *next);
    QCOMPARE(storage->unfinishedAttempts(ana, quiz.id)->size(), 1);
    QCOMPARE(storage->unfinishedAttempts(ana)->size(), 2); // mini and other
}

void TestStorage::discardAttempt()
{
    auto storage = openStorage();
    QVERIFY(storage);
    const qint64 ana = storage->createProfile(QStringLiteral("Ana"))->id;
    const Quiz quiz = smallQuiz();
    const qint64 done = *storage->startAttempt(ana, quiz, QuizMode::Assessment, 1);
    QVERIFY(storage->saveResponse(done, QStringLiteral("eth-02"), answer(3)));
    QVERIFY(storage->finishAttempt(done, QDateTime::currentDateTimeUtc()));
    const qint64 open = *storage->startAttempt(ana, quiz, QuizMode::Assessment, 2);
    QVERIFY(storage->saveResponse(open, QStringLiteral("eth-02"), answer(4)));
    QVERIFY(storage->setFlag(open, QStringLiteral("det-01"), true));

    const Status kept = storage->discardAttempt(done); // a result stays
    QVERIFY(!kept);
    QCOMPARE(kept.error().kind, ErrorKind::Refused);
    QCOMPARE(kept.error().message,
             QStringLiteral("attempt %1 is finished; it takes no more changes").arg(done));
    const Status missing = storage->discardAttempt(999);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QCOMPARE(missing.error().message, QStringLiteral("no attempt 999"));
    const Status discarded = storage->discardAttempt(open);
    QVERIFY2(discarded, qPrintable(discarded.errorMessage()));
    QVERIFY(!storage->attempt(open));
    QCOMPARE(storage->unfinishedAttempts(ana, quiz.id)->size(), 0);
    QCOMPARE(
        m_db->sql(QStringLiteral("SELECT count(*) FROM responses WHERE attempt_id = %1").arg(open))
            .value(0),
        0);
    QCOMPARE(storage->responses(done, quiz)->value(QStringLiteral("eth-02")), answer(3));
    QVERIFY(storage->startAttempt(ana, quiz, QuizMode::Assessment, 3)); // a new one may start
}

void TestStorage::finishedAttemptRefusesWrites_data()
{
    QTest::addColumn<int>("write");
    QTest::newRow("answer") << 0;
    QTest::newRow("flag") << 1;
    QTest::newRow("position") << 2;
    QTest::newRow("finish again") << 3;
    QTest::newRow("confidence") << 4;
}

void TestStorage::finishedAttemptRefusesWrites()
{
    QFETCH(int, write);
    auto storage = openStorage();
    QVERIFY(storage);
    const Quiz quiz = smallQuiz();
    const qint64 id = *storage->startAttempt(storage->createProfile(QStringLiteral("Ana"))->id,
                                             quiz, QuizMode::Assessment, 1);
    QVERIFY(storage->saveResponse(id, QStringLiteral("eth-02"), answer(3)));
    QVERIFY(storage->finishAttempt(id, QDateTime::currentDateTimeUtc()));
    const AttemptRecord before = *storage->attempt(id);
    const QString item = QStringLiteral("eth-02");
    const Status done = write == 0   ? storage->saveResponse(id, item, answer(5))
                        : write == 1 ? storage->setFlag(id, item, true)
                        : write == 2 ? storage->savePosition(id, 3, 999)
                        : write == 3 ? storage->finishAttempt(id, QDateTime::currentDateTimeUtc())
                                     : storage->saveConfidence(id, item, 3);
    QVERIFY(!done);
    QCOMPARE(done.error().kind, ErrorKind::Refused);
    QVERIFY2(done.error().message.contains(QStringLiteral("finished")),
             qPrintable(done.errorMessage()));
    QCOMPARE(*storage->attempt(id), before);
    QCOMPARE(storage->responses(id, quiz)->value(item), answer(3));
    QVERIFY(storage->flags(id)->isEmpty());
    QVERIFY(storage->confidences(id)->isEmpty());
}

void TestStorage::confidencesRoundTrip()
{
    auto storage = openStorage();
    QVERIFY(storage);
    const Quiz quiz = smallQuiz();
    const qint64 id = *storage->startAttempt(storage->createProfile(QStringLiteral("Ana"))->id,
                                             quiz, QuizMode::Assessment, 1);
    const QString det = QStringLiteral("det-01"), eth = QStringLiteral("eth-01");
    QVERIFY(storage->saveResponse(id, det, answer(QStringLiteral("b"))));
    QVERIFY(storage->saveConfidence(id, det, 1));
    QVERIFY(storage->saveConfidence(id, det, 3)); // changed
    QVERIFY(storage->saveConfidence(id, eth, 2)); // before its answer
    QVERIFY(storage->setFlag(id, eth, true));     // a flag keeps the confidence
    QCOMPARE(*storage->confidences(id), (Confidences{{det, 3}, {eth, 2}}));
    QCOMPARE(*storage->responses(id, quiz), (Responses{{det, answer(QStringLiteral("b"))}}));
    QVERIFY(storage->saveResponse(id, det, answer(QStringLiteral("a")))); // answer changed
    QVERIFY(storage->saveConfidence(id, eth, std::nullopt));              // cleared
    QCOMPARE(*storage->confidences(id), (Confidences{{det, 3}}));

    const Status outOfRange = storage->saveConfidence(id, det, 4);
    QVERIFY(!outOfRange);
    QVERIFY2(outOfRange.error().message.contains(QStringLiteral("not 1 (low)")),
             qPrintable(outOfRange.errorMessage()));
    const Status missing = storage->saveConfidence(999, det, 1);
    QVERIFY(!missing);
    QCOMPARE(missing.error().message, QStringLiteral("no attempt 999"));
    storage.reset();
    // The schema itself refuses a level outside 1..3.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("raw sql failed")));
    m_db->sql(QStringLiteral("UPDATE responses SET confidence = 0"));
    storage = openStorage();
    QCOMPARE(*storage->confidences(id), (Confidences{{det, 3}}));
}

void TestStorage::unknownProfileOrAttemptRefused()
{
    auto storage = openStorage();
    QVERIFY(storage);
    const Result<qint64> started = storage->startAttempt(999, smallQuiz(), QuizMode::Assessment, 1);
    QVERIFY(!started);
    QCOMPARE(started.error().kind, ErrorKind::NotFound);
    QCOMPARE(started.error().message, QStringLiteral("no profile 999"));
    const Status saved =
        storage->saveResponse(999, QStringLiteral("det-01"), answer(QStringLiteral("a")));
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::NotFound);
    QCOMPARE(saved.error().message, QStringLiteral("no attempt 999"));
    QVERIFY(!storage->attempt(999));
    QCOMPARE(m_db->sql(QStringLiteral("SELECT count(*) FROM quiz_snapshots")).value(0), 0);
}

void TestStorage::itemOrderRules_data()
{
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("quiz order") << QStringList() << true;
    QTest::newRow("shuffled") << QStringList{"eth-02", "det-01", "eth-01", "det-02"} << true;
    QTest::newRow("subset") << QStringList{"det-02"} << true;
    QTest::newRow("unknown item") << QStringList{"det-01", "nope"} << false;
    QTest::newRow("repeated item") << QStringList{"det-01", "det-01"} << false;
}

void TestStorage::itemOrderRules()
{
    QFETCH(QStringList, order);
    QFETCH(bool, accepted);
    auto storage = openStorage();
    QVERIFY(storage);
    const qint64 profile = storage->createProfile(QStringLiteral("Ana"))->id;
    const Result<qint64> id =
        storage->startAttempt(profile, smallQuiz(), QuizMode::Assessment, 1, order);
    QCOMPARE(id.has_value(), accepted);
    QCOMPARE(storage->attempts(profile)->size(), accepted ? 1 : 0);
    if (id)
        QCOMPARE(storage->attempt(*id)->itemOrder, order);
}

void TestStorage::snapshotStoredOncePerHash()
{
    auto storage = openStorage();
    QVERIFY(storage);
    const Quiz quiz = smallQuiz();
    const qint64 profile = storage->createProfile(QStringLiteral("Ana"))->id;
    QCOMPARE(*storage->storeSnapshot(quiz), contentHash(quiz));
    QCOMPARE(*storage->storeSnapshot(quiz), contentHash(quiz));
    const auto startFinished = [&](const Quiz &q, QuizMode mode, quint64 seed) {
        const Result<qint64> id = storage->startAttempt(profile, q, mode, seed);
        return id && storage->finishAttempt(*id, QDateTime::currentDateTimeUtc());
    };
    QVERIFY(startFinished(quiz, QuizMode::Assessment, 1));
    QVERIFY(startFinished(quiz, QuizMode::Practice, 2));
    const auto count = [&] {
        return m_db->sql(QStringLiteral("SELECT count(*) FROM quiz_snapshots")).value(0).toInt();
    };
    QCOMPARE(count(), 1);
    Quiz edited = quiz;
    edited.items[0].prompt = en(QStringLiteral("Reworded"));
    QVERIFY(startFinished(edited, QuizMode::Assessment, 3));
    QCOMPARE(count(), 2);
    QCOMPARE(*storage->snapshot(contentHash(quiz)), quiz);
    QCOMPARE(*storage->snapshot(contentHash(edited)), edited);
    const Result<Quiz> missing = storage->snapshot(QStringLiteral("no-such-hash"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
}

void TestStorage::oldAttemptReadsItsOwnSnapshot()
{
    auto storage = openStorage();
    QVERIFY(storage);
    const qint64 profile = storage->createProfile(QStringLiteral("Ana"))->id;
    const Quiz original = smallQuiz();
    const qint64 old = *storage->startAttempt(profile, original, QuizMode::Assessment, 1);
    QVERIFY(storage->saveResponse(old, QStringLiteral("det-01"), answer(QStringLiteral("b"))));

    Quiz edited = original; // same quiz id, the author moved the right answer and added an item
    edited.items[0].options[1].correct = false;
    edited.items[0].options[0].correct = true;
    edited.items.append(
        item(QStringLiteral("eth-03"), QStringLiteral("ethics"), ItemType::TrueFalse));
    QVERIFY(storage->finishAttempt(old, QDateTime::currentDateTimeUtc()));
    QVERIFY(storage->startAttempt(profile, edited, QuizMode::Assessment, 2));

    const AttemptRecord record = *storage->attempt(old);
    QCOMPARE(record.quizId, original.id);
    const Result<Quiz> frozen = storage->snapshot(record.quizHash);
    QVERIFY(frozen);
    QCOMPARE(*frozen, original);
    QVERIFY(*frozen != edited);
    QVERIFY(frozen->items[0].options[1].correct);
    QCOMPARE(storage->responses(old, *frozen)->value(QStringLiteral("det-01")),
             answer(QStringLiteral("b")));
}

void TestStorage::answersToUnknownItemsAreSkipped()
{
    auto storage = openStorage();
    QVERIFY(storage);
    Quiz quiz = smallQuiz();
    const qint64 id = *storage->startAttempt(storage->createProfile(QStringLiteral("Ana"))->id,
                                             quiz, QuizMode::Assessment, 1);
    QVERIFY(storage->saveResponse(id, QStringLiteral("det-01"), answer(QStringLiteral("b"))));
    QVERIFY(storage->saveResponse(id, QStringLiteral("eth-02"), answer(5)));
    quiz.items.removeFirst();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("det-01.*skipped")));
    QCOMPARE(*storage->responses(id, quiz), (Responses{{QStringLiteral("eth-02"), answer(5)}}));
}

void TestStorage::migratesSchemaV1Fixture()
{
    SQLITE_ONLY("a SQLite file of schema 1 (the server's steps: serverMigratesEveryStep)");
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QVERIFY(QFile::copy(QStringLiteral(HITREADY_FIXTURES "/schema-v1.sqlite"), m_path));
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(rawSql(m_path, QStringLiteral("PRAGMA user_version")).value(0).toInt(), 1);

    auto storage = openStorage();
    QVERIFY(storage);
    QCOMPARE(rawSql(m_path, QStringLiteral("PRAGMA user_version")).value(0).toInt(),
             int(SchemaVersion::Current));
    const Result<QList<Profile>> profiles = storage->profiles();
    QCOMPARE(profiles->size(), 2);
    QCOMPARE(profiles->at(0),
             (Profile{1, QStringLiteral("Ana"),
                      QDateTime::fromString(QStringLiteral("2025-03-01T09:00:00.125Z"),
                                            Qt::ISODateWithMs)}));

    const AttemptRecord first = *storage->attempt(1);
    QCOMPARE(first.seed, quint64(0x9E3779B97F4A7C15ull));
    QCOMPARE(first.mode, QuizMode::Assessment);
    QCOMPARE(first.finished, std::optional(QDateTime::fromString(
                                 QStringLiteral("2025-03-03T08:09:30.500Z"), Qt::ISODateWithMs)));
    QCOMPARE(first.position, 0); // the new columns' defaults
    QCOMPARE(first.elapsedMs, qint64(0));
    QCOMPARE(first.itemOrder, QStringList());
    // Version 4: every migrated attempt got a distinct RFC 4122 version-4 UUID.
    const QRegularExpression uuidV4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY2(uuidV4.match(first.uuid).hasMatch(), qPrintable(first.uuid));
    const AttemptRecord second = *storage->attempt(2);
    QVERIFY2(uuidV4.match(second.uuid).hasMatch(), qPrintable(second.uuid));
    QVERIFY(first.uuid != second.uuid);
    QCOMPARE(second.mode, QuizMode::Practice);
    QVERIFY(!second.isFinished());
    QCOMPARE(storage->unfinishedAttempts(2)->size(), 1);

    const Result<Quiz> quiz = storage->snapshot(first.quizHash);
    QVERIFY2(quiz, qPrintable(quiz.errorMessage()));
    QCOMPARE(contentHash(*quiz), first.quizHash);
    QCOMPARE(quiz->id, QStringLiteral("hit-mini"));
    const Responses expected = {
        {QStringLiteral("det-01"), answer(QStringLiteral("b"))},
        {QStringLiteral("det-02"), answer(QStringList{QStringLiteral("a"), QStringLiteral("c")})},
        {QStringLiteral("eth-01"), answer(true)},
        {QStringLiteral("eth-02"), answer(4)}};
    QCOMPARE(*storage->responses(1, *quiz), expected);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("retired-item")));
    QCOMPARE(*storage->responses(2, *quiz),
             (Responses{{QStringLiteral("det-01"), answer(QStringLiteral("a"))}}));
    QCOMPARE(*storage->flags(1), QSet<QString>());

    // Version 2 behaviour on migrated rows: flag an unanswered item, save a position.
    const Status flagged = storage->setFlag(2, QStringLiteral("eth-01"), true);
    QVERIFY2(flagged, qPrintable(flagged.errorMessage()));
    QVERIFY(storage->savePosition(2, 3, 4500));
    QCOMPARE(*storage->flags(2), QSet<QString>{QStringLiteral("eth-01")});
    QCOMPARE(storage->attempt(2)->elapsedMs, qint64(4500));
    // Version 3: old answers have no confidence; new ones can be given.
    QCOMPARE(*storage->confidences(1), Confidences{});
    const Status sure = storage->saveConfidence(2, QStringLiteral("det-01"), 3);
    QVERIFY2(sure, qPrintable(sure.errorMessage()));
    QCOMPARE(*storage->confidences(2), (Confidences{{QStringLiteral("det-01"), 3}}));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("retired-item")));
    QCOMPARE(storage->responses(2, *quiz)->value(QStringLiteral("det-01")),
             answer(QStringLiteral("a")));
    storage.reset();

    // The migrated file has exactly the tables a new database gets.
    const QString fresh = m_db->filePath(QStringLiteral("fresh.sqlite"));
    QVERIFY(Storage::open(fresh));
    for (const char *table : {"profiles", "quiz_snapshots", "attempts", "responses"})
        QCOMPARE(columnsOf(m_path, QLatin1String(table)), columnsOf(fresh, QLatin1String(table)));
    const QString indexes = QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM "
                                           "sqlite_master WHERE type = 'index' ORDER BY name)");
    QCOMPARE(rawSql(m_path, indexes), rawSql(fresh, indexes));
    QVERIFY(rawSql(fresh, indexes).value(0).toString().contains(QStringLiteral("attempts_by")));
}

void TestStorage::unknownSchemaIsRefusedUnchanged_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("notExpected");
    QTest::newRow("newer") << int(SchemaVersion::Current) + 1 << QStringLiteral("newer")
                           << QStringLiteral("damaged");
    QTest::newRow("negative") << -1 << QStringLiteral("schema version is -1, which no HIT Ready")
                              << QStringLiteral("newer");
}

void TestStorage::unknownSchemaIsRefusedUnchanged()
{
    QFETCH(int, version);
    QFETCH(QString, expected);
    QFETCH(QString, notExpected);
    QVERIFY(openStorage());
    const bool server = TestDatabase::onServer();
    m_db->sql(server ? QStringLiteral("UPDATE hitready_schema SET version = %1").arg(version)
                     : QStringLiteral("PRAGMA user_version = %1").arg(version));
    // On the server: every table and column, and the version, as text.
    const auto snapshot = [&] {
        return server ? m_db
                            ->sql(QStringLiteral(
                                "SELECT string_agg(table_name || '.' || column_name, ',' ORDER BY "
                                "table_name, column_name) || (SELECT version::text FROM "
                                "hitready_schema) FROM information_schema.columns "
                                "WHERE table_schema = current_schema()"))
                            .value(0)
                            .toByteArray()
                      : fileBytes(m_path);
    };
    const QByteArray before = snapshot();
    QVERIFY(!before.isEmpty());
    const Result<std::unique_ptr<Storage>> opened = Storage::open(m_path);
    QVERIFY(!opened);
    const QString error = opened.error().message;
    QCOMPARE(opened.error().kind, version < 0 ? ErrorKind::Damaged : ErrorKind::Refused);
    QVERIFY2(error.contains(server ? m_db->serverDatabase() : QStringLiteral("hitready.sqlite")),
             qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(notExpected), qPrintable(error));
    QCOMPARE(snapshot(), before);
}

void TestStorage::folderIsRefused()
{
    SQLITE_ONLY("a folder where a database file should be");
    const QString folder = m_db->filePath(QStringLiteral("folder.sqlite"));
    QVERIFY(QDir().mkpath(folder));
    for (Storage::Access access : {Storage::Access::ReadWrite, Storage::Access::ReadOnly}) {
        const Result<std::unique_ptr<Storage>> opened = Storage::open(folder, access);
        QVERIFY(!opened);
        QCOMPARE(opened.error().message, QDir::toNativeSeparators(folder) +
                                             QStringLiteral(": is a folder, not a database file"));
    }
    QVERIFY(QFileInfo(folder).isDir());
}

void TestStorage::readOnlyAccessReadsAndRefusesWrites()
{
    qint64 attemptId = 0;
    {
        auto storage = openStorage();
        QVERIFY(storage);
        const qint64 profile = storage->createProfile(QStringLiteral("Ana"))->id;
        attemptId = *storage->startAttempt(profile, smallQuiz(), QuizMode::Assessment, 1);
        QVERIFY(storage->saveResponse(attemptId, QStringLiteral("det-01"),
                                      answer(QStringLiteral("a"))));
    }
    // What is stored: the file's bytes, or every answer and attempt on the server.
    const auto stored = [&] {
        return TestDatabase::onServer()
                   ? m_db
                         ->sql(QStringLiteral(
                             "SELECT (SELECT string_agg(attempt_id || item_id || answer, ',') "
                             "FROM responses) || (SELECT string_agg(id || ':' || position, "
                             "',') FROM attempts) || (SELECT count(*) FROM profiles)"))
                         .value(0)
                         .toByteArray()
                   : fileBytes(m_path);
    };
    const QByteArray before = stored();
    {
        Result<std::unique_ptr<Storage>> opened = Storage::open(m_path, Storage::Access::ReadOnly);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        const std::unique_ptr<Storage> storage = std::move(*opened);
        QVERIFY(storage->isReadOnly());
        QCOMPARE(storage->profiles()->size(), 1);
        QCOMPARE(storage->attempt(attemptId)->id, attemptId);
        QCOMPARE(storage->responses(attemptId, smallQuiz())->value(QStringLiteral("det-01")),
                 answer(QStringLiteral("a")));
        const QString refused = QDir::toNativeSeparators(m_path) +
                                QStringLiteral(" can only be read: new answers and attempts "
                                               "cannot be saved");
        const Error readOnly(ErrorKind::ReadOnly, refused);
        const Status saved =
            storage->saveResponse(attemptId, QStringLiteral("det-01"), answer(QStringLiteral("b")));
        QVERIFY(!saved);
        QCOMPARE(saved.error(), readOnly);
        const Result<Profile> created = storage->createProfile(QStringLiteral("Bo"));
        QVERIFY(!created);
        QCOMPARE(created.error(), readOnly);
        const Result<qint64> started =
            storage->startAttempt(1, smallQuiz(), QuizMode::Assessment, 2);
        QVERIFY(!started);
        QCOMPARE(started.error(), readOnly);
        const Status moved = storage->savePosition(attemptId, 1, 10);
        QVERIFY(!moved);
        QCOMPARE(moved.error(), readOnly);
        const Status finished = storage->finishAttempt(attemptId, QDateTime::currentDateTimeUtc());
        QVERIFY(!finished);
        QCOMPARE(finished.error(), readOnly);
    }
    QCOMPARE(stored(), before);
}

void TestStorage::readOnlyAccessNeedsACurrentDatabase()
{
    if (TestDatabase::onServer()) { // the database exists, but holds nothing yet
        const Result<std::unique_ptr<Storage>> empty =
            Storage::open(m_path, Storage::Access::ReadOnly);
        QVERIFY(!empty);
        QCOMPARE(empty.error().kind, ErrorKind::ReadOnly);
        QVERIFY2(empty.error().message.contains(QStringLiteral("it is empty")),
                 qPrintable(empty.error().message));
        QCOMPARE(m_db->sql(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                          "current_schema()")),
                 QVariantList{0});
        return;
    }
    Result<std::unique_ptr<Storage>> opened = Storage::open(m_path, Storage::Access::ReadOnly);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ErrorKind::NotFound);
    QString error = opened.error().message;
    QVERIFY2(error.endsWith(QStringLiteral("no such database")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(m_path));

    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QVERIFY(QFile::copy(QStringLiteral(HITREADY_FIXTURES "/schema-v1.sqlite"), m_path));
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray before = fileBytes(m_path);
    opened = Storage::open(m_path, Storage::Access::ReadOnly);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ErrorKind::ReadOnly);
    error = opened.error().message;
    QVERIFY2(error.contains(QStringLiteral("older HIT Ready (database schema 1)")),
             qPrintable(error));
    QCOMPARE(fileBytes(m_path), before);
}

void TestStorage::foreignFilesAreRefusedUnchanged_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: another program's SQLite database
    QTest::addColumn<QString>("expected");
    QByteArray random(8192, Qt::Uninitialized);
    QRandomGenerator generator(99);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("text") << QByteArray("id,name\n1,Ana\n") << QStringLiteral("not an SQLite");
    QTest::newRow("tiny") << QByteArray("x") << QStringLiteral("not an SQLite");
    QTest::newRow("random") << random << QStringLiteral("not an SQLite");
    QTest::newRow("SQLite header, then garbage")
        << QByteArray("SQLite format 3\0", 16) + random << QStringLiteral("hitready.sqlite: ");
    QTest::newRow("another program's database")
        << QByteArray() << QStringLiteral("another program");
}

void TestStorage::foreignFilesAreRefusedUnchanged()
{
    SQLITE_ONLY("files that are not SQLite databases (the server: "
                "serverDatabaseOfAnotherProgramIsRefused)");
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    if (content.isEmpty()) {
        rawSql(m_path, QStringLiteral("CREATE TABLE notes (text TEXT)"));
    } else {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = fileBytes(m_path);
    QVERIFY(!before.isEmpty());
    const Result<std::unique_ptr<Storage>> opened = Storage::open(m_path);
    QVERIFY(!opened);
    const QString error = opened.error().message;
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(m_path)), qPrintable(error));
    QCOMPARE(fileBytes(m_path), before);
}

// A server database made at schema 1 by the first step alone, holding one finished and one open
// attempt, is brought to the current schema by Storage::open() with every row kept, and then has
// exactly the columns and indexes of a database made new.
void TestStorage::serverMigratesEveryStep()
{
    SERVER_ONLY("the server's migration steps (SQLite's: migratesSchemaV1Fixture)");
    const Quiz quiz = smallQuiz();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("v1"));
        db.setDatabaseName(m_db->serverDatabase());
        db.setConnectOptions(QStringLiteral("options='-csearch_path=%1'").arg(m_db->schema()));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        const Status initial = migrateServerSchema(db, SchemaVersion::Initial);
        QVERIFY2(initial, qPrintable(initial.errorMessage()));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO profiles (name, created_at) VALUES "
                                      "('Ana', '2025-03-01T09:00:00.125Z')")));
        q.prepare(QStringLiteral("INSERT INTO quiz_snapshots VALUES (?, ?, 'Mini', ?, "
                                 "'2025-03-01T09:00:00.000Z', ?)"));
        q.addBindValue(contentHash(quiz));
        q.addBindValue(quiz.id);
        q.addBindValue(snapshotFormatName());
        q.addBindValue(freezeQuiz(quiz));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.prepare(QStringLiteral(
            "INSERT INTO attempts (profile_id, quiz_hash, quiz_id, mode, seed, started_at, "
            "finished_at) VALUES (1, ?, 'mini', 'assessment', -7046029254386353131, "
            "'2025-03-03T08:00:00.000Z', '2025-03-03T08:09:30.500Z'), (1, ?, 'mini', "
            "'practice', 2, '2025-03-04T08:00:00.000Z', NULL)"));
        q.addBindValue(contentHash(quiz));
        q.addBindValue(contentHash(quiz));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO responses VALUES (1, 'det-01', 'b', "
                                      "'2025-03-03T08:01:00.000Z'), (2, 'eth-01', 'true', "
                                      "'2025-03-04T08:01:00.000Z')")));
        // Schema 1 answers could not be empty.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("raw sql failed")));
        QVERIFY(!m_db->sql(QStringLiteral("INSERT INTO responses VALUES (2, 'det-01', '', "
                                          "'2025-03-04T08:02:00.000Z') RETURNING 1"))
                     .size());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    QCOMPARE(m_db->sql(QStringLiteral("SELECT version FROM hitready_schema")), QVariantList{1});

    auto storage = openStorage();
    QVERIFY(storage);
    QCOMPARE(m_db->sql(QStringLiteral("SELECT version FROM hitready_schema")),
             QVariantList{int(SchemaVersion::Current)});
    const AttemptRecord first = *storage->attempt(1);
    QCOMPARE(first.seed, quint64(0x9E3779B97F4A7C15ull));
    QCOMPARE(first.position, 0);
    QCOMPARE(first.itemOrder, QStringList());
    const QRegularExpression uuidV4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY2(uuidV4.match(first.uuid).hasMatch(), qPrintable(first.uuid));
    QVERIFY(first.uuid != storage->attempt(2)->uuid);
    QCOMPARE(*storage->responses(1, quiz),
             (Responses{{QStringLiteral("det-01"), answer(QStringLiteral("b"))}}));
    QVERIFY(storage->setFlag(2, QStringLiteral("det-01"), true));     // version 2: flag unanswered
    QVERIFY(storage->saveConfidence(2, QStringLiteral("eth-01"), 2)); // version 3
    QCOMPARE(*storage->flags(2), QSet<QString>{QStringLiteral("det-01")});
    QCOMPARE(*storage->confidences(2), (Confidences{{QStringLiteral("eth-01"), 2}}));
    storage.reset();

    TestDatabase fresh;
    QVERIFY(fresh.isValid());
    QVERIFY(Storage::open(fresh.location()));
    const QString shape = QStringLiteral(
        "SELECT (SELECT string_agg(table_name || '.' || column_name || ' ' || data_type || ' ' || "
        "is_nullable || ' ' || coalesce(column_default, '-'), '; ' ORDER BY table_name, "
        "column_name) FROM information_schema.columns WHERE table_schema = current_schema()) || "
        "(SELECT string_agg(replace(indexdef, current_schema() || '.', ''), '; ' ORDER BY "
        "indexname) FROM pg_indexes "
        "WHERE schemaname = current_schema()) || (SELECT string_agg(pg_get_constraintdef(oid), "
        "'; ' ORDER BY conrelid::regclass::text, pg_get_constraintdef(oid)) FROM pg_constraint "
        "WHERE connamespace = current_schema()::regnamespace)");
    QCOMPARE(m_db->sql(shape), fresh.sql(shape));
    QVERIFY(fresh.sql(shape).value(0).toString().contains(QStringLiteral("attempts_by_uuid")));
}

// A server database that holds another program's tables is "not a HIT Ready database" and
// keeps exactly what it held.
void TestStorage::serverDatabaseOfAnotherProgramIsRefused()
{
    SERVER_ONLY("a server database with tables of its own");
    m_db->sql(QStringLiteral("CREATE TABLE notes (text TEXT)"));
    const QString tables = QStringLiteral("SELECT string_agg(tablename, ',') FROM pg_tables "
                                          "WHERE schemaname = current_schema()");
    for (Storage::Access access : {Storage::Access::ReadWrite, Storage::Access::ReadOnly}) {
        const Result<std::unique_ptr<Storage>> opened = Storage::open(m_path, access);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, ErrorKind::Refused);
        QVERIFY2(opened.error().message.startsWith(m_path + QStringLiteral(": not a HIT Ready "
                                                                           "database")),
                 qPrintable(opened.error().message));
        QCOMPARE(m_db->sql(tables), QVariantList{QStringLiteral("notes")});
    }
}

// path() and every message show the server URL without its password, wherever it was given.
void TestStorage::serverUrlNeverShowsThePassword()
{
    SERVER_ONLY("a server URL");
    const QString user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    const QString password = qEnvironmentVariable("PGPASSWORD");
    if (password.isEmpty())
        QSKIP("the test server needs no password (PGPASSWORD is not set)");
    const QString db = m_db->serverDatabase();
    const QString schema = QStringLiteral("options=-csearch_path%3D") + m_db->schema();
    const QString inUser =
        QStringLiteral("postgresql://%1:%2@/%3?%4").arg(user, password, db, schema);
    const QString inQuery = QStringLiteral("postgres:///%1?user=%2&password=%3&sslmode=disable&%4")
                                .arg(db, user, password, schema);
    for (const QString &url : {inUser, inQuery}) {
        Result<std::unique_ptr<Storage>> opened = Storage::open(url);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QVERIFY2(!(*opened)->path().contains(password), qPrintable((*opened)->path()));
        QVERIFY2((*opened)->path().contains(db), qPrintable((*opened)->path()));
    }
    // A refused login names the server, never the password that was tried.
    const QString wrong =
        QStringLiteral("postgresql://%1:not-%2@/%3?%4").arg(user, password, db, schema);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot connect")));
    const Result<std::unique_ptr<Storage>> refused = Storage::open(wrong);
    QVERIFY(!refused);
    QVERIFY2(!refused.error().message.contains(password), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("cannot connect")),
             qPrintable(refused.error().message));
    // sslmode is libpq's: a server without TLS refuses sslmode=require.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SSL|ssl")));
    QVERIFY(!Storage::open(inUser + QStringLiteral("&sslmode=require")));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
