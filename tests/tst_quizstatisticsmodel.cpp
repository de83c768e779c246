// The instructor view's item table (QuizStatisticsModel) under QAbstractItemModelTester while it
// loads the shipped quiz's statistics on its worker thread from simulated learners, re-sorts,
// switches between first and all attempts and refreshes; its figures against the engine's
// quizStatistics() on the same database.

#include "apptranslations.h"
#include "loader.h"
#include "quizstatistics.h"
#include "quizstatisticsmodel.h"
#include "simulation.h"
#include "storage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace hitready;

namespace {

using Tester = QAbstractItemModelTester;
using Role = QuizStatisticsModel::Role;

// Learners `first`.. of `simulation`, stored as attempts of profiles simulated-`asSeed`-NNNNNN
// starting `laterDays` days after the simulation's own starts (0: as simulated).
bool storeLearners(Storage &storage, const Quiz &quiz, quint64 seed, qint64 first, qint64 count,
                   quint64 asSeed, int laterDays)
{
    const LearnerSimulation simulation(quiz, seed);
    qint64 next = first;
    const Result<qint64> stored = storage.importAttempts(quiz, [&](ImportedAttempt *a) {
        if (next == first + count)
            return false;
        *a = simulation.learner(next);
        a->profileName =
            QStringLiteral("simulated-%1-%2").arg(asSeed).arg(next + 1, 6, 10, QLatin1Char('0'));
        a->started = a->started.addDays(laterDays);
        a->finished = a->finished.addDays(laterDays);
        ++next;
        return true;
    });
    return stored && *stored == count;
}

QVariant role(const QuizStatisticsModel &model, int row, Role r)
{
    return model.data(model.index(row), r);
}

// Waits for the model's worker to deliver the statistics of the latest request.
bool loaded(QuizStatisticsModel &model)
{
    if (model.isBusy() && !QTest::qWaitFor([&] { return !model.isBusy(); }, 30000))
        return false;
    return model.isLoaded() && model.errorText().isEmpty();
}

} // namespace

class TestQuizStatisticsModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LearnerDatabase> m_db;
    Quiz m_quiz;
    static constexpr qint64 learners = 150;
    // Per item id: the simulated attempts that drew it (the quiz draws 15 per domain), first
    // attempts (seed 21) and all (seeds 21 and 22).
    QHash<QString, qint64> m_drawnFirst, m_drawnAll;

    QuizStatistics direct(bool allAttempts) const
    {
        StatisticsRequest request;
        request.quizId = m_quiz.id;
        request.allAttempts = allAttempts;
        QString error;
        const auto statistics = quizStatistics(*m_db->storage(), request, &error);
        if (!statistics)
            qFatal("quizStatistics: %s", qPrintable(error));
        return *statistics;
    }

    // A figure of an item by sort key, from the engine's own statistics; `item`: quiz order.
    std::optional<double> sortValue(const QuizStatistics &s, const QString &key, qsizetype i) const
    {
        const ItemStatistics &item = s.items.at(i);
        if (key == QLatin1String("facility"))
            return item.facility;
        if (key == QLatin1String("discrimination"))
            return item.discriminationIndex;
        if (key == QLatin1String("efficiency"))
            return item.discriminativeEfficiency;
        if (key == QLatin1String("weight"))
            return item.effectiveWeight;
        if (key == QLatin1String("attempts"))
            return double(item.attempts);
        if (key == QLatin1String("flags"))
            return double(item.flags.size());
        return double(i);
    }

    // The rows' items, as indexes into s.items.
    static QList<qsizetype> rowItems(const QuizStatisticsModel &model, const QuizStatistics &s)
    {
        QList<qsizetype> rows;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString id = role(model, r, QuizStatisticsModel::ItemIdRole).toString();
            qsizetype i = 0;
            while (i < s.items.size() && s.items.at(i).itemId != id)
                ++i;
            rows.append(i);
        }
        return rows;
    }

private slots:
    // The shipped quiz (every item type, several domains): 150 simulated learners, and a
    // second attempt of each of them (other answers, a day later).
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(installAppTranslations(QCoreApplication::instance()));
        const Result<Quiz> loaded =
            loadQuizFile(QStringLiteral(HITREADY_QUIZ_DIR "/hit-readiness.yaml"));
        QVERIFY(loaded);
        m_quiz = *loaded;
        m_db = std::make_unique<LearnerDatabase>(m_dir.filePath(QStringLiteral("stats.sqlite")));
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorText()));
        QVERIFY(storeLearners(*m_db->storage(), m_quiz, 21, 0, learners, 21, 0));
        QVERIFY(storeLearners(*m_db->storage(), m_quiz, 22, 0, learners, 21, 1));
        for (const quint64 seed : {21, 22}) {
            const LearnerSimulation simulation(m_quiz, seed);
            for (qint64 l = 0; l < learners; ++l)
                for (const QString &id : simulation.learner(l).itemOrder) {
                    ++m_drawnAll[id];
                    m_drawnFirst[id] += seed == 21;
                }
        }
    }

    void cleanupTestCase() { m_db.reset(); }

    void showsWhatTheEngineComputes_data()
    {
        QTest::addColumn<bool>("allAttempts");
        QTest::addColumn<qint64>("attempts");
        QTest::addRow("first attempts") << false << learners;
        QTest::addRow("all attempts") << true << 2 * learners;
    }
    void showsWhatTheEngineComputes()
    {
        QFETCH(bool, allAttempts);
        QFETCH(qint64, attempts);
        QuizStatisticsModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setAllAttempts(allAttempts);
        model.setDatabase(m_db.get());
        model.setQuizId(m_quiz.id);
        QVERIFY(model.isBusy());
        QVERIFY(loaded(model));
        const QuizStatistics s = direct(allAttempts);
        QCOMPARE(s.attempts, attempts);
        QCOMPARE(model.attempts(), int(attempts));
        QCOMPARE(model.title(), s.title);
        QCOMPARE(model.summaries().size(), 1 + s.domains.size());
        QCOMPARE(model.rowCount(), int(s.items.size()));
        QVERIFY(reset.count() >= 1);
        for (int r = 0; r < model.rowCount(); ++r) {
            const ItemStatistics &item = s.items.at(r); // sorted by item: quiz order
            QCOMPARE(role(model, r, QuizStatisticsModel::ItemIdRole).toString(), item.itemId);
            QCOMPARE(role(model, r, QuizStatisticsModel::TypeRole).toString(),
                     itemTypeName(item.type));
            QCOMPARE(role(model, r, QuizStatisticsModel::AttemptsRole).toDouble(),
                     double(item.attempts));
            // N per item: the attempts that drew it, fewer than all of them.
            QCOMPARE(item.attempts, (allAttempts ? m_drawnAll : m_drawnFirst).value(item.itemId));
            QVERIFY(item.attempts < attempts);
            QVERIFY(item.facility);
            QCOMPARE(role(model, r, QuizStatisticsModel::FacilityRole).toDouble(), *item.facility);
            QCOMPARE(role(model, r, QuizStatisticsModel::DiscriminationRole).toDouble(),
                     item.discriminationIndex.value_or(-1));
            QCOMPARE(role(model, r, QuizStatisticsModel::FlaggedRole).toBool(),
                     !item.flags.isEmpty());
        }
    }

    // Each key sorts by the engine's figure (undefined ones last, ties in quiz order); the same
    // key again reverses the order.
    void sortsByEveryKey_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *key :
             {"facility", "discrimination", "efficiency", "weight", "attempts", "flags", "item"})
            QTest::addRow("%s", key) << QString::fromLatin1(key);
    }
    void sortsByEveryKey()
    {
        QFETCH(QString, key);
        QuizStatisticsModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        model.setQuizId(m_quiz.id);
        QVERIFY(loaded(model));
        const QuizStatistics s = direct(false);
        QSignalSpy sorted(&model, &QuizStatisticsModel::sortChanged);
        for (int pass = 0; pass < 2; ++pass) {
            model.sortBy(key);
            QCOMPARE(sorted.count(), pass + 1);
            QCOMPARE(model.sortKey(), key);
            // A new key starts with the highest figures; "item" (quiz order) is the starting
            // key, so its first sortBy() reverses it.
            QCOMPARE(model.sortAscending(), pass == 1);
            const QList<qsizetype> rows = rowItems(model, s);
            QList<qsizetype> every = rows;
            std::sort(every.begin(), every.end());
            for (qsizetype i = 0; i < every.size(); ++i)
                QCOMPARE(every.at(i), i);
            for (qsizetype r = 1; r < rows.size(); ++r) {
                const auto before = sortValue(s, key, rows[r - 1]);
                const auto after = sortValue(s, key, rows[r]);
                if (!after)
                    continue;
                QVERIFY2(before, qPrintable(QStringLiteral("undefined before row %1").arg(r)));
                if (*before == *after)
                    QVERIFY(rows[r - 1] < rows[r]);
                else
                    QCOMPARE(*before < *after, model.sortAscending());
            }
        }
    }

    // A newer request wins: switching to all attempts and straight back shows first attempts
    // only, never the all-attempts result that arrives late. The sort survives reloads.
    void togglesAllAttempts()
    {
        QuizStatisticsModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        model.setQuizId(m_quiz.id);
        QVERIFY(loaded(model));
        model.sortBy(QStringLiteral("facility"));
        QList<int> shown;
        connect(&model, &QuizStatisticsModel::statisticsChanged, &model, [&] {
            if (!model.isBusy())
                shown.append(model.attempts());
        });

        model.setAllAttempts(true);
        QVERIFY(loaded(model));
        QCOMPARE(model.attempts(), int(2 * learners));
        const QuizStatistics all = direct(true);
        const QList<qsizetype> rows = rowItems(model, all);
        QCOMPARE(role(model, 0, QuizStatisticsModel::FacilityRole).toDouble(),
                 *all.items.at(rows.first()).facility);
        QVERIFY(!model.sortAscending());
        for (qsizetype r = 1; r < rows.size(); ++r)
            QVERIFY(*all.items.at(rows[r - 1]).facility >= *all.items.at(rows[r]).facility);

        model.setAllAttempts(false);
        model.setAllAttempts(true);
        model.setAllAttempts(false);
        QVERIFY(loaded(model));
        QCOMPARE(model.attempts(), int(learners));
        QCOMPARE(model.sortKey(), QStringLiteral("facility"));
        QCOMPARE(shown, (QList<int>{int(2 * learners), int(learners)}));
        // The dropped requests' workers finish too; nothing they deliver is shown.
        QTest::qWait(500);
        QCOMPARE(shown, (QList<int>{int(2 * learners), int(learners)}));
    }

    // New attempts in the database show after a refresh (the app's attemptsChanged).
    void refreshShowsNewAttempts()
    {
        QuizStatisticsModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        model.setQuizId(m_quiz.id);
        QVERIFY(loaded(model));
        QVERIFY(storeLearners(*m_db->storage(), m_quiz, 23, 0, 50, 23, 2));
        QCOMPARE(model.attempts(), int(learners)); // nothing changes until asked
        m_db->notifyAttemptsChanged();
        QVERIFY(model.isBusy());
        QVERIFY(loaded(model));
        const QuizStatistics s = direct(false);
        QCOMPARE(model.attempts(), int(learners + 50));
        QCOMPARE(s.attempts, learners + 50);
        QCOMPARE(role(model, 0, QuizStatisticsModel::FacilityRole).toDouble(),
                 *s.items.first().facility);
        model.refresh();
        QVERIFY(loaded(model));
        QCOMPARE(model.attempts(), int(learners + 50));
    }

    // "Save report as PDF": a PDF file of the reliability table, the item table and the
    // answers given per item as the instructor reads them (option text, not ids); a folder
    // that cannot be written says so.
    void savesTheReportAsPdf()
    {
        QuizStatisticsModel model;
        model.setDatabase(m_db.get());
        model.setQuizId(m_quiz.id);
        QVERIFY(loaded(model));
        const QString path = m_dir.filePath(QStringLiteral("item-analysis.pdf"));
        QVERIFY2(model.savePdf(path), qPrintable(model.errorText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 1000);
        QCOMPARE(file.read(4), QByteArray("%PDF"));

        const QString html = model.reportHtml();
        const QuizStatistics s = direct(false);
        const Item *single = nullptr;
        for (const Item &i : m_quiz.items)
            if (!single && i.type == ItemType::Single)
                single = &i;
        QVERIFY(single);
        const QString optionLabel = single->options.first().id + QStringLiteral(". ") +
                                    m_quiz.text(single->options.first().text).simplified().left(20);
        for (const QString &expected :
             {QStringLiteral("Reliability"), QStringLiteral("Answers given"),
              QStringLiteral("%1 finished attempts").arg(s.attempts), s.items.first().itemId,
              s.items.last().itemId, optionLabel.toHtmlEscaped()})
            QVERIFY2(html.contains(expected), qPrintable(expected));

        // As a save dialog hands it over: a file: URL, the name typed without ".pdf".
        const QString typed = m_dir.filePath(QStringLiteral("typed name"));
        QVERIFY2(model.savePdf(QUrl::fromLocalFile(typed).toString()),
                 qPrintable(model.errorText()));
        QVERIFY(QFile::exists(typed + QStringLiteral(".pdf")));

        QVERIFY(!model.savePdf(m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"))));
        QVERIFY(!model.errorText().isEmpty());
    }
};

QTEST_MAIN(TestQuizStatisticsModel)
#include "tst_quizstatisticsmodel.moc"
