// AttemptController with the attempt rules of a quiz: a time limit on a fake clock (time left,
// the five-minute warning, auto-submit at zero, time kept across a restart), confidence after
// each scored answer, and options in the attempt's seeded order.

#include "attemptcontroller.h"
#include "attemptorder.h"
#include "learnerdatabase.h"
#include "loader.h"
#include "optionlistmodel.h"
#include "session.h"
#include "storage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;

namespace {

// Ten minutes, confidence asked, options shuffled. Likert first, then q1, q2.
const char *const timedQuiz = R"(hitready: 1
id: timed
title: Timed quiz
time_limit: 10
confidence: true
shuffle: {options: true}
domains:
  - {id: d, title: Domain}
items:
  - id: q1
    domain: d
    type: single
    prompt: Pick b.
    options:
      - {id: a, text: A}
      - {id: b, text: B, correct: true}
      - {id: c, text: C}
      - {id: e, text: E}
      - {id: f, text: F}
  - id: q2
    domain: d
    type: truefalse
    prompt: True?
    answer: true
  - id: self
    domain: d
    type: likert
    prompt: How good are you?
    anchors: [1, 2, 3, 4, 5]
)";

constexpr qint64 minute = 60 * 1000;

} // namespace

class TestAttemptTime : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LearnerDatabase> m_db;
    QString m_quizPath;
    qint64 m_profile = 0;
    qint64 m_now = 0; // the fake clock, ms

    std::unique_ptr<AttemptController> controller()
    {
        auto c = std::make_unique<AttemptController>();
        c->setClockSource([this] { return m_now; });
        c->setDatabase(m_db.get());
        return c;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<LearnerDatabase>(m_dir->filePath(QStringLiteral("db.sqlite")));
        QVERIFY(m_db->isOpen());
        m_profile = m_db->storage()->createProfile(QStringLiteral("Ana"))->id;
        m_quizPath = m_dir->filePath(QStringLiteral("timed.yaml"));
        QFile file(m_quizPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(timedQuiz);
        m_now = 1'000'000;
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void warnsAtFiveMinutesAndSubmitsAtZero()
    {
        auto c = controller();
        QVERIFY2(c->start(m_quizPath, m_profile), qPrintable(c->errorText()));
        QSignalSpy warned(c->timer(), &AttemptTimer::timeWarningReached);
        QSignalSpy ranOut(c->timer(), &AttemptTimer::timeRanOut);
        QVERIFY(c->timer()->isLimited());
        QCOMPARE(c->timer()->remainingMs(), 10 * minute);
        QVERIFY(!c->timer()->warning());

        m_now += 5 * minute - 1000; // 5:01 left
        c->tick();
        QCOMPARE(c->timer()->remainingMs(), 5 * minute + 1000);
        QVERIFY(!c->timer()->warning());
        QCOMPARE(warned.size(), 0);

        m_now += 2000; // 4:59 left
        c->tick();
        QVERIFY(c->timer()->warning());
        QCOMPARE(warned.size(), 1);
        c->tick();
        QCOMPARE(warned.size(), 1); // once

        QVERIFY(c->next()); // past the self-rating
        QVERIFY(c->chooseOption(QStringLiteral("b")));
        m_now += 5 * minute; // past zero
        c->tick();
        QCOMPARE(ranOut.size(), 1);
        QVERIFY(c->isSubmitted());
        QVERIFY(c->timer()->ranOut());
        QCOMPARE(c->timer()->remainingMs(), 0);
        // What was answered counts; nothing more can change.
        const auto record = m_db->storage()->attempt(c->attemptId());
        QVERIFY(record->isFinished());
        QVERIFY(record->elapsedMs >= 10 * minute);
        QVERIFY(c->report());
        QCOMPARE(c->report()->items.first().earned, 1.0);
        QVERIFY(!c->next() || !c->answerTrueFalse(true));
    }

    void anAnswerAfterTimeIsUpSubmitsInstead()
    {
        auto c = controller();
        QVERIFY(c->start(m_quizPath, m_profile));
        QVERIFY(c->next());
        m_now += 11 * minute; // no tick ran (a busy machine)
        QVERIFY(!c->chooseOption(QStringLiteral("b")));
        QVERIFY(c->isSubmitted());
        QVERIFY(c->timer()->ranOut());
        QCOMPARE(m_db->storage()->attempt(c->attemptId())->isFinished(), true);
    }

    void timeIsKeptAcrossARestart()
    {
        qint64 attemptId = 0;
        {
            auto c = controller();
            QVERIFY(c->start(m_quizPath, m_profile));
            attemptId = c->attemptId();
            m_now += 3 * minute;
            c->close(); // stores the running time
        }
        m_now += 60 * minute; // the app was closed for an hour: that time does not count
        auto again = controller();
        QVERIFY(again->resume(attemptId));
        QVERIFY(!again->isSubmitted());
        QCOMPARE(again->timer()->remainingMs(), 7 * minute);

        // Closed with no time left: resuming submits it.
        m_now += 7 * minute;
        again->close();
        auto last = controller();
        QVERIFY(last->resume(attemptId));
        QVERIFY(last->isSubmitted());
        QVERIFY(last->timer()->ranOut());
    }

    void confidenceAfterEachScoredAnswer()
    {
        auto c = controller();
        QVERIFY(c->start(m_quizPath, m_profile));
        QCOMPARE(c->current()->itemType(), QStringLiteral("likert"));
        QVERIFY(!c->current()->asksConfidence()); // self-ratings are not scored
        QVERIFY(!c->setConfidence(3));
        QVERIFY(c->next());
        QVERIFY(c->current()->asksConfidence());
        QCOMPARE(c->current()->confidence(), 0);
        QSignalSpy answerChanged(c->current(), &AttemptItem::answerChanged);
        QVERIFY(c->chooseOption(QStringLiteral("b")));
        QVERIFY(c->setConfidence(3));
        QCOMPARE(c->current()->confidence(), 3);
        QVERIFY(answerChanged.size() >= 2);
        QVERIFY(!c->setConfidence(4));
        QCOMPARE(m_db->storage()->confidences(c->attemptId())->value(QStringLiteral("q1")), 3);
        QVERIFY(c->next());
        QVERIFY(c->answerTrueFalse(false)); // wrong, and said so at medium
        QVERIFY(c->setConfidence(2));
        QVERIFY(c->submit());
        const Report *report = c->report();
        QVERIFY(report->cbmAverage.has_value());
        // q1 right at high: 3; q2 wrong at medium: -2 -> (3 - 2) / 2 points = 0.5.
        QCOMPARE(*report->cbmAverage, 0.5);
        QCOMPARE(report->calibration[2].answered, 1);
        QCOMPARE(report->calibration[2].right, 1);
        QCOMPARE(report->calibration[1].answered, 1);
        QCOMPARE(report->calibration[1].right, 0);
    }

    void optionsInTheAttemptsSeededOrder()
    {
        auto c = controller();
        QVERIFY(c->start(m_quizPath, m_profile));
        QVERIFY(c->next());
        QAbstractItemModelTester tester(c->current()->options());
        const Quiz quiz = *loadQuizFile(m_quizPath);
        const QList<int> order =
            optionOrder(quiz, *quiz.item(QStringLiteral("q1")), c->session()->seed());
        QStringList expected, shown;
        for (int index : order)
            expected << quiz.item(QStringLiteral("q1"))->options.at(index).id;
        for (int row = 0; row < c->current()->options()->rowCount(); ++row)
            shown << c->current()
                         ->options()
                         ->index(row)
                         .data(OptionListModel::OptionIdRole)
                         .toString();
        QCOMPARE(shown, expected);
        // Digit 1 chooses the first option shown, whatever its id.
        QVERIFY(c->chooseByShortcut(1));
        QCOMPARE(encodeAnswer(c->session()->answerFor(QStringLiteral("q1"))), expected.first());
        // The same order after a restart.
        const qint64 attemptId = c->attemptId();
        c.reset();
        auto again = controller();
        QVERIFY(again->resume(attemptId));
        QStringList resumed;
        for (int row = 0; row < again->current()->options()->rowCount(); ++row)
            resumed << again->current()
                           ->options()
                           ->index(row)
                           .data(OptionListModel::OptionIdRole)
                           .toString();
        QCOMPARE(resumed, expected);
    }
};

QTEST_MAIN(TestAttemptTime)
#include "tst_attempttime.moc"
