// Qt Quick Test runner for tests/qml/tst_*.qml: the learner app's screens driven by keyboard
// in the test window. Each QML file gets a new engine, a new empty learner database, its own
// settings file and a folder of the learner's own quizzes holding tests/fixtures/app/*.yaml;
// `Support` lets a test read what the engine stored and scored, run an attempt on a fake
// clock, and save screenshots.

#include "apptranslations.h"
#include "attemptcontroller.h"
#include "attemptshape.h"
#include "classconnection.h"
#include "handin.h"
#include "layoutcheck.h"
#include "learnerdatabase.h"
#include "loader.h"
#include "session.h"
#include "simulation.h"
#include "storage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSaveFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariantMap>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(HitReadyPlugin)

using namespace hitready;

// What the tests ask the engine, over a connection of its own to the app's database.
class Support : public QObject
{
    Q_OBJECT

public:
    Support(QString database, QString settings, QQmlEngine *engine)
        : QObject(engine), m_engine(engine), m_database(std::move(database)),
          m_settings(std::move(settings))
    {}

    // {overall, domains: [{id, percent}] in quiz order} as the engine scores the attempt.
    Q_INVOKABLE QVariantMap engineReport(int attemptId) const
    {
        auto storage = *Storage::open(m_database);
        const Result<Report> report = reportForAttempt(*storage, attemptId);
        if (!report) {
            qWarning("engineReport: %s", qPrintable(report.errorMessage()));
            return {};
        }
        QVariantList domains;
        for (const DomainResult &d : report->domains)
            domains.append(QVariantMap{
                {QStringLiteral("id"), d.domainId},
                {QStringLiteral("percent"), d.percent ? QVariant(*d.percent) : QVariant()}});
        QVariantList items; // the scored items of the attempt: {id, earned, max}
        for (const ItemScore &s : report->items)
            items.append(QVariantMap{{QStringLiteral("id"), s.itemId},
                                     {QStringLiteral("earned"), s.earned},
                                     {QStringLiteral("max"), s.max}});
        return {{QStringLiteral("overall"),
                 report->overallPercent ? QVariant(*report->overallPercent) : QVariant()},
                {QStringLiteral("domains"), domains},
                {QStringLiteral("items"), items}};
    }

    // {finished, position, elapsedMs, order: [ids], answers: {id: encoded}, flags: [ids]}.
    Q_INVOKABLE QVariantMap storedAttempt(int attemptId) const
    {
        Result<std::unique_ptr<Storage>> opened = Storage::open(m_database);
        if (!opened)
            return {};
        const auto &storage = *opened;
        const Result<AttemptRecord> attempt = storage->attempt(attemptId);
        if (!attempt)
            return {};
        const Result<Quiz> quiz = storage->snapshot(attempt->quizHash);
        if (!quiz)
            return {};
        QVariantMap answers;
        const auto responses = storage->responses(attemptId, *quiz);
        for (auto it = responses->cbegin(); it != responses->cend(); ++it)
            answers.insert(it.key(), encodeAnswer(it.value()));
        QStringList order = attempt->itemOrder;
        if (order.isEmpty()) // shown in the quiz's own order
            for (const Item &item : quiz->items)
                order.append(item.id);
        QStringList flags = storage->flags(attemptId)->values();
        flags.sort();
        return {{QStringLiteral("finished"), attempt->isFinished()},
                {QStringLiteral("position"), attempt->position},
                {QStringLiteral("elapsedMs"), double(attempt->elapsedMs)},
                {QStringLiteral("order"), order},
                {QStringLiteral("answers"), answers},
                {QStringLiteral("flags"), flags}};
    }

    // Overwrites the stored quiz of the attempt with bytes no snapshot has (through SQLite, on
    // a connection of its own), as a damaged disk would.
    Q_INVOKABLE bool damageStoredQuiz(int attemptId) const
    {
        bool damaged = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(m_database);
            QSqlQuery q(db);
            damaged = db.open() &&
                      q.prepare(QStringLiteral("UPDATE quiz_snapshots SET data = x'00ff00ff' "
                                               "WHERE hash = (SELECT quiz_hash FROM attempts "
                                               "WHERE id = ?)")) &&
                      (q.addBindValue(attemptId), q.exec()) && q.numRowsAffected() == 1;
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        return damaged;
    }

    // The ids of every unfinished attempt in the database, of every profile.
    Q_INVOKABLE QVariantList unfinishedAttempts() const
    {
        QString error;
        auto storage = *Storage::open(m_database);
        QVariantList ids;
        for (const Profile &profile :
             storage ? storage->profiles().value_or(QList<Profile>{}) : QList<Profile>{})
            for (const AttemptRecord &a :
                 storage->unfinishedAttempts(profile.id).value_or(QList<AttemptRecord>{}))
                ids.append(a.id);
        return ids;
    }

    // The engine's attemptShape() of the shipped quiz `fileName`: {items, questions,
    // selfRatings, poolQuestions}.
    Q_INVOKABLE QVariantMap attemptShape(const QString &fileName) const
    {
        const Result<Quiz> loaded = loadQuizFile(QStringLiteral(HITREADY_QUIZZES "/") + fileName);
        if (!loaded)
            return {};
        const AttemptShape shape = hitready::attemptShape(*loaded);
        return {{QStringLiteral("items"), shape.items},
                {QStringLiteral("questions"), shape.questions},
                {QStringLiteral("selfRatings"), shape.selfRatings},
                {QStringLiteral("poolQuestions"), shape.poolQuestions}};
    }

    // Forgets the instructor passphrase, as on a computer where it was never set (the next
    // instructor view asks for a new one).
    Q_INVOKABLE bool forgetInstructorPassphrase() const
    {
        const QString file = qEnvironmentVariable("HITREADY_INSTRUCTOR_FILE");
        return !file.isEmpty() && (!QFile::exists(file) || QFile::remove(file));
    }

    // The display settings as a new run of the app would read them from disk.
    Q_INVOKABLE QVariantMap storedDisplaySettings() const
    {
        const QSettings settings(m_settings, QSettings::IniFormat);
        return {{QStringLiteral("textScale"), settings.value(QStringLiteral("display/textScale"))},
                {QStringLiteral("highContrast"),
                 settings.value(QStringLiteral("display/highContrast"))}};
    }

    // A path in this test's own temporary folder (nothing is created), and whether a file is
    // there: for "Save as PDF".
    Q_INVOKABLE QString scratchPath(const QString &name) const
    {
        return QFileInfo(m_database).absoluteDir().filePath(name);
    }
    Q_INVOKABLE bool fileExists(const QString &path) const { return QFileInfo::exists(path); }
    // Saves `text` at `path` as an author's editor would: in place, or (byRename) as a new file
    // renamed over the old one. For the preview window, which follows both.
    Q_INVOKABLE bool saveText(const QString &path, const QString &text, bool byRename) const
    {
        if (!byRename) {
            QFile inPlace(path);
            return inPlace.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                   inPlace.write(text.toUtf8()) >= 0;
        }
        QSaveFile file(path);
        file.setDirectWriteFallback(false);
        return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit();
    }
    Q_INVOKABLE QString readText(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // The path of tests/fixtures/`name`: a quiz file a test opens itself.
    Q_INVOKABLE QString fixturePath(const QString &name) const
    {
        return QStringLiteral(HITREADY_FIXTURES "/") + name;
    }

    Q_INVOKABLE QStringList clippedTexts(QQuickItem *root) const
    {
        return test::clippedTexts(root);
    }

    // Stores `learners` simulated finished attempts (as `hitready-cli simulate`) on the shipped
    // quiz file `fileName`; returns how many were stored, -1 on failure.
    Q_INVOKABLE int simulateLearners(const QString &fileName, int learners, int seed) const
    {
        const Result<Quiz> loaded = loadQuizFile(QStringLiteral(HITREADY_QUIZZES "/") + fileName);
        auto storage = loaded ? *Storage::open(m_database) : nullptr;
        if (!storage) {
            qWarning("simulateLearners: %s", qPrintable(loaded.errorMessage()));
            return -1;
        }
        const LearnerSimulation simulation(*loaded, quint64(seed));
        qint64 next = 0;
        const auto stored = storage->importAttempts(*loaded, [&](ImportedAttempt *attempt) {
            if (next == learners)
                return false;
            *attempt = simulation.learner(next++);
            return true;
        });
        return stored ? int(*stored) : -1;
    }

    // Hand-in files of `learners` simulated learners of the shipped quiz `fileName` (taken on
    // other computers: a database of their own), one per learner; their paths.
    Q_INVOKABLE QStringList simulatedHandIns(const QString &fileName, int learners, int seed) const
    {
        const Result<Quiz> loaded = loadQuizFile(QStringLiteral(HITREADY_QUIZZES "/") + fileName);
        const QString database = scratchPath(QStringLiteral("handins-%1.sqlite").arg(seed));
        auto storage = loaded ? *Storage::open(database) : nullptr;
        if (!storage)
            return {};
        const LearnerSimulation simulation(*loaded, quint64(seed));
        qint64 next = 0;
        const auto stored = storage->importAttempts(*loaded, [&](ImportedAttempt *attempt) {
            if (next == learners)
                return false;
            *attempt = simulation.learner(next++);
            return true;
        });
        QStringList files;
        for (const Profile &p : stored ? *storage->profiles() : QList<Profile>{}) {
            files.append(scratchPath(p.name + QStringLiteral(".json")));
            if (!writeHandInFile(*storage, p.name, files.last()))
                return {};
        }
        return files;
    }

    // A copy of the first half of the file at `path`, named `name`: a hand-in cut short.
    Q_INVOKABLE QString truncatedCopy(const QString &path, const QString &name) const
    {
        QFile in(path);
        QFile out(scratchPath(name));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return {};
        out.write(in.read(in.size() / 2));
        return out.fileName();
    }

    // Starts an attempt of profile `profileId` on the shipped quiz file `fileName` that shows
    // every hottext item of the quiz, in the quiz's order: {attemptId, items: [{id, marked}]},
    // `marked` being the item's text as the quiz file writes it, [[id|shown]] markers and all.
    Q_INVOKABLE QVariantMap hotTextAttempt(const QString &fileName, int profileId) const
    {
        const Result<Quiz> loaded = loadQuizFile(QStringLiteral(HITREADY_QUIZZES "/") + fileName);
        auto storage = loaded ? *Storage::open(m_database) : nullptr;
        if (!storage) {
            qWarning("hotTextAttempt: %s", qPrintable(loaded.errorMessage()));
            return {};
        }
        QStringList order;
        QVariantList items;
        for (const Item &item : loaded->items)
            if (item.type == ItemType::HotText) {
                order.append(item.id);
                items.append(QVariantMap{{QStringLiteral("id"), item.id},
                                         {QStringLiteral("marked"), loaded->text(item.hotText)}});
            }
        // One unfinished attempt per quiz: an earlier one of this profile makes way.
        for (const AttemptRecord &open :
             storage->unfinishedAttempts(profileId, loaded->id).value_or(QList<AttemptRecord>{}))
            (void)storage->discardAttempt(open.id);
        const auto attemptId =
            storage->startAttempt(profileId, *loaded, QuizMode::Assessment, 1, order);
        if (!attemptId) {
            qWarning("hotTextAttempt: %s", qPrintable(attemptId.errorMessage()));
            return {};
        }
        return {{QStringLiteral("attemptId"), double(*attemptId)},
                {QStringLiteral("items"), items}};
    }

    // From now on `attempt` (an AttemptController) keeps time on a clock that only
    // advanceClock() moves.
    Q_INVOKABLE void useFakeClock(QObject *attempt)
    {
        m_clocked = qobject_cast<AttemptController *>(attempt);
        if (m_clocked)
            m_clocked->setClockSource([this] { return m_now; });
        else
            qWarning("useFakeClock: not an AttemptController");
    }

    // Moves the fake clock on by `ms` and lets the attempt see it, as its once-a-second
    // ticker would.
    Q_INVOKABLE void advanceClock(double ms)
    {
        m_now += qint64(ms);
        if (m_clocked)
            m_clocked->tick();
    }

    // Saves what `item`'s window shows as build/screenshots/<name>.png; false if it could not.
    // Every screenshot is also checked: a text below WCAG AA contrast against what is drawn
    // behind it, or a focus ring that does not stand out, fails the calling test with a
    // message that names each one.
    Q_INVOKABLE bool saveScreenshot(QQuickItem *item, const QString &name) const
    {
        if (!item || !item->window())
            return false;
        const QString folder = QStringLiteral(HITREADY_SCREENSHOTS);
        QDir().mkpath(folder);
        const QImage image = item->window()->grabWindow();
        if (image.isNull() || !image.save(folder + QLatin1Char('/') + name + ".png"))
            return false;
        QStringList problems = test::lowContrastTexts(item->window()->contentItem(), image);
        const QString focus = test::hiddenFocus(item->window(), image);
        if (!focus.isEmpty())
            problems.append(focus);
        if (!problems.isEmpty() && m_engine)
            m_engine->throwError(name + QStringLiteral(": ") + problems.join(QStringLiteral("; ")));
        return problems.isEmpty();
    }

    // Makes `database` (the LearnerDatabase singleton) the local copy of a class whose
    // "server" is an SQLite file in a folder that stopServer() takes away; storedAttempt()
    // reads the local copy from then on.
    Q_INVOKABLE bool connectToFileServer(QObject *database)
    {
        auto *learner = qobject_cast<LearnerDatabase *>(database);
        const QDir folder = QFileInfo(m_database).absoluteDir();
        m_server = folder.filePath(QStringLiteral("class-server"));
        m_database = folder.filePath(QStringLiteral("class-copy.sqlite"));
        return learner && QDir().mkpath(m_server) &&
               learner->openClass(m_server + QStringLiteral("/class.sqlite"), m_database);
    }
    // A file where the server's folder was: it can be neither opened nor made, as a stopped
    // server cannot be reached. startServer() brings it back with everything it held.
    Q_INVOKABLE bool stopServer() const
    {
        QFile blocker(m_server);
        return QDir().rename(m_server, m_server + QStringLiteral(".stopped")) &&
               blocker.open(QIODevice::WriteOnly);
    }
    Q_INVOKABLE bool startServer() const
    {
        return QFile::remove(m_server) &&
               QDir().rename(m_server + QStringLiteral(".stopped"), m_server);
    }
    // {item id: encoded answer} of the server's copy of the local attempt `attemptId`.
    Q_INVOKABLE QVariantMap serverAnswers(int attemptId) const
    {
        auto local = Storage::open(m_database, Storage::Access::ReadOnly);
        auto server =
            Storage::open(m_server + QStringLiteral("/class.sqlite"), Storage::Access::ReadOnly);
        if (!local || !server)
            return {};
        const Result<AttemptRecord> record = (*local)->attempt(attemptId);
        const Result<qint64> id =
            record ? (*server)->attemptIdByUuid(record->uuid) : Result<qint64>(record.error());
        const Result<AttemptTransfer> transfer =
            id ? (*server)->exportAttempt(*id) : Result<AttemptTransfer>(id.error());
        if (!transfer)
            return {};
        QVariantMap answers;
        for (const TransferredResponse &response : transfer->responses)
            if (!response.answer.isEmpty())
                answers.insert(response.itemId, response.answer);
        return answers;
    }

private:
    QString m_server;
    QPointer<QQmlEngine> m_engine;
    QString m_database;
    QString m_settings;
    QPointer<AttemptController> m_clocked;
    qint64 m_now = 1'000'000; // the fake clock, ms
};

class Setup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_engines = 0;

public slots:
    void applicationAvailable()
    {
        if (!installAppTranslations(QCoreApplication::instance()))
            qFatal("the app's translations could not be loaded");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        ++m_engines;
        engine->addImportPath(QStringLiteral("qrc:/")); // the HitReady module's qmldir (Qt 6.4)
        const QString database = m_dir.filePath(QStringLiteral("learner-%1.sqlite").arg(m_engines));
        const QString settings = m_dir.filePath(QStringLiteral("display-%1.conf").arg(m_engines));
        qputenv("HITREADY_DB", database.toUtf8());
        qputenv("HITREADY_SETTINGS", settings.toUtf8());
        qputenv("HITREADY_INSTRUCTOR_FILE",
                m_dir.filePath(QStringLiteral("instructor-%1.conf").arg(m_engines)).toUtf8());
        const QString userQuizzes = m_dir.filePath(QStringLiteral("my-quizzes-%1").arg(m_engines));
        const QDir fixtures(QStringLiteral(HITREADY_FIXTURES "/app"));
        QDir().mkpath(userQuizzes);
        for (const QString &name : fixtures.entryList({QStringLiteral("*.yaml")}, QDir::Files))
            QFile::copy(fixtures.filePath(name), userQuizzes + QLatin1Char('/') + name);
        qputenv("HITREADY_USER_QUIZ_DIR", userQuizzes.toUtf8());
        qmlRegisterSingletonInstance("HitReadyTest", 1, 0, "Support",
                                     new Support(database, settings, engine));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(learnerqml, Setup)

#include "tst_qml.moc"
