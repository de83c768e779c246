// A class answering at once (make bench): N learners, each on its own connection with its own
// login role (so every save passes the row-level security policies), answer M items each
// through Storage::saveResponse, all starting together and answering as fast as the server
// takes it, or with PACE_MS: each learner answers one item every PACE_MS milliseconds (from a
// random moment in the first interval), a class working at a steady pace. Prints the save
// latencies (budget: p99 <= 15 ms) and the answers lost (budget: 0):
// saves that failed, and saves acknowledged but not found, as the owner reads them afterwards.
// Needs a PostgreSQL server whose PG* environment names a superuser (tests/bench/class-bench.sh
// starts a throw-away cluster with pg_virtualenv).
// Usage: hitready-classbench [LEARNERS [ITEMS [PACE_MS]]]

#include "classroom.h"
#include "loader.h"
#include "quizgenerator.h"
#include "storage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QUrl>
#include <algorithm>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <libpq-fe.h>
#include <thread>

using namespace hitready;

namespace {

struct Learner
{
    QString url;
    Responses answers;
    qint64 attemptId = 0;
    QList<qint64> saveNs;   // one per acknowledged save
    QStringList savedItems; // the items of those saves
    int failed = 0;
    QString error; // the first failure
};

// Runs `sql` as the PG* environment's role on `database` (empty: PGDATABASE); its rows.
QList<QStringList> admin(const QString &sql, const QString &database = {})
{
    const QByteArray conninfo =
        database.isEmpty() ? QByteArray() : QByteArray("dbname=") + database.toUtf8();
    PGconn *db = PQconnectdb(conninfo.constData());
    PGresult *result = PQexec(db, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        std::fprintf(stderr, "hitready-classbench: %s: %s%s", qPrintable(sql),
                     PQresultErrorMessage(result), PQerrorMessage(db));
        std::exit(1);
    }
    QList<QStringList> rows;
    for (int r = 0; r < PQntuples(result); ++r) {
        QStringList row;
        for (int c = 0; c < PQnfields(result); ++c)
            row.append(QString::fromUtf8(PQgetvalue(result, r, c)));
        rows.append(row);
    }
    PQclear(result);
    PQfinish(db);
    return rows;
}

double percentile(const QList<qint64> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto index = qsizetype(p * double(sorted.size() - 1) + 0.5);
    return double(sorted.at(index)) / 1e6;
}

void answerAll(Learner &learner, const Quiz &quiz, int index, int paceMs, std::barrier<> &start)
{
    const auto fail = [&](const QString &why) {
        ++learner.failed;
        if (learner.error.isEmpty())
            learner.error = why;
    };
    auto opened = Storage::open(learner.url);
    std::optional<qint64> attempt;
    if (!opened) {
        fail(opened.errorMessage());
    } else if (auto profile = (*opened)->createProfile(QStringLiteral("Learner %1").arg(index));
               !profile) {
        fail(profile.errorMessage());
    } else if (auto started =
                   (*opened)->startAttempt(profile->id, quiz, QuizMode::Assessment, quint64(index));
               !started) {
        fail(started.errorMessage());
    } else {
        attempt = *started;
        learner.attemptId = *started;
    }
    start.arrive_and_wait(); // every learner connected: now all answer at once
    if (!attempt) {
        learner.failed = int(quiz.items.size());
        return;
    }
    using Clock = std::chrono::steady_clock;
    auto next = Clock::now() + std::chrono::milliseconds(
                                   paceMs > 0 ? QRandomGenerator::global()->bounded(paceMs) : 0);
    QElapsedTimer clock;
    for (const Item &item : quiz.items) {
        if (paceMs > 0) {
            std::this_thread::sleep_until(next);
            next += std::chrono::milliseconds(paceMs);
        }
        clock.start();
        const Status saved =
            (*opened)->saveResponse(*attempt, item.id, learner.answers.value(item.id));
        const qint64 ns = clock.nsecsElapsed();
        if (saved) {
            learner.saveNs.append(ns);
            learner.savedItems.append(item.id);
        } else
            fail(saved.errorMessage());
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int learnerCount = argc > 1 ? std::atoi(argv[1]) : 200;
    const int itemCount = argc > 2 ? std::atoi(argv[2]) : 50;
    const int paceMs = argc > 3 ? std::atoi(argv[3]) : 0;
    if (qEnvironmentVariableIsEmpty("PGHOST")) {
        std::fprintf(stderr,
                     "hitready-classbench: needs a server: run tests/bench/class-bench.sh\n");
        return 2;
    }
    auto loaded = loadQuiz(bench::generateQuizYaml(itemCount), QStringLiteral("bench.yaml"));
    if (!loaded) {
        std::fprintf(stderr, "hitready-classbench: %s\n", qPrintable(loaded.errorMessage()));
        return 1;
    }
    const Quiz &quiz = *loaded;

    // A class of its own: owner (not a superuser), database, learners.
    const QString prefix = QStringLiteral("hrbench%1_").arg(QCoreApplication::applicationPid());
    const QString owner = prefix + QStringLiteral("owner");
    const QString database = prefix + QStringLiteral("class");
    admin(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD 'bench-owner'").arg(owner));
    admin(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, owner));
    QUrl ownerUrl;
    ownerUrl.setScheme(QStringLiteral("postgresql"));
    ownerUrl.setUserName(owner);
    ownerUrl.setPassword(QStringLiteral("bench-owner"));
    ownerUrl.setHost(qEnvironmentVariable("PGHOST"));
    ownerUrl.setPort(qEnvironmentVariable("PGPORT", QStringLiteral("5432")).toInt());
    ownerUrl.setPath(QLatin1Char('/') + database);
    auto server = ClassServer::connect(ownerUrl.toString());
    if (server) {
        if (const Status ready = (*server)->init(); !ready)
            server = ready.error();
    }
    if (!server) {
        std::fprintf(stderr, "hitready-classbench: %s\n", qPrintable(server.errorMessage()));
        return 1;
    }
    std::vector<Learner> learners(static_cast<size_t>(learnerCount));
    const QList<Responses> answers = bench::generateResponses(quiz, learnerCount, 1);
    for (int i = 0; i < learnerCount; ++i) {
        auto url =
            (*server)->addMember(prefix + QStringLiteral("learner%1").arg(i), ClassGroup::Learner);
        if (!url) {
            std::fprintf(stderr, "hitready-classbench: %s\n", qPrintable(url.errorMessage()));
            return 1;
        }
        learners[size_t(i)].url = *url;
        learners[size_t(i)].answers = answers.at(i);
    }

    std::barrier start(learnerCount);
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int i = 0; i < learnerCount; ++i)
        threads.emplace_back(answerAll, std::ref(learners[size_t(i)]), std::cref(quiz), i, paceMs,
                             std::ref(start));
    for (std::thread &t : threads)
        t.join();
    const qint64 elapsedMs = wall.elapsed();

    // What the server holds, read by its administrator: every acknowledged answer, with its text.
    QHash<QPair<qint64, QString>, QString> stored;
    for (const QStringList &row :
         admin(QStringLiteral("SELECT attempt_id, item_id, answer FROM responses"), database))
        stored.insert({row.at(0).toLongLong(), row.at(1)}, row.at(2));
    QList<qint64> all;
    qint64 acknowledged = 0, failed = 0, lost = 0;
    QString firstFailure;
    for (const Learner &l : learners) {
        all += l.saveNs;
        acknowledged += l.saveNs.size();
        failed += l.failed;
        if (firstFailure.isEmpty())
            firstFailure = l.error;
        for (const QString &item : l.savedItems)
            if (stored.value({l.attemptId, item}) != encodeAnswer(l.answers.value(item)))
                ++lost;
    }
    if (!firstFailure.isEmpty())
        std::fprintf(stderr, "first failure: %s\n", qPrintable(firstFailure));
    std::sort(all.begin(), all.end());
    const qint64 expected = qint64(learnerCount) * itemCount;
    std::printf("class server: %d learners x %d items at once, each its own role and connection, "
                "%s\n",
                learnerCount, itemCount,
                paceMs > 0 ? qPrintable(QStringLiteral("one answer every %1 ms each").arg(paceMs))
                           : "as fast as the server takes them");
    std::printf("  server: fsync %s, synchronous_commit %s\n",
                qPrintable(admin(QStringLiteral("SHOW fsync")).value(0).value(0)),
                qPrintable(admin(QStringLiteral("SHOW synchronous_commit")).value(0).value(0)));
    std::printf("  answers: %lld expected, %lld acknowledged, %lld failed, %lld acknowledged but "
                "missing -> %lld lost (budget 0)\n",
                expected, acknowledged, failed, lost, failed + lost);
    std::printf("  answer save: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (budget 15), max %.2f ms\n",
                percentile(all, 0.5), percentile(all, 0.9), percentile(all, 0.99),
                percentile(all, 1.0));
    std::printf("  %lld answers in %lld ms: %.0f answers/s\n", acknowledged, elapsedMs,
                elapsedMs > 0 ? 1000.0 * double(acknowledged) / double(elapsedMs) : 0.0);

    admin(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database));
    for (int i = 0; i < learnerCount; ++i)
        admin(QStringLiteral("DROP ROLE %1learner%2").arg(prefix).arg(i));
    admin(QStringLiteral("DROP ROLE %1").arg(owner));
    return failed + lost == 0 ? 0 : 1;
}
