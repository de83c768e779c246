// The adapters the quiz-taking screens use, driven as the screens drive them: a whole attempt
// through AttemptController, its models under QAbstractItemModelTester, profiles, the database.

#include "attemptcontroller.h"
#include "learnerdatabase.h"
#include "optionlistmodel.h"
#include "profilelistmodel.h"
#include "questionpalettemodel.h"
#include "session.h"
#include "storage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;

namespace {

using Tester = QAbstractItemModelTester;

// Four items, one per type, in two domains. An attempt shows the self-rating (eth-02) first,
// then det-01, det-02, eth-01.
const char *const miniQuiz = R"(hitready: 1
id: mini
title: Mini quiz
language: en
mode: %1
domains:
  - {id: detail, title: Attention to detail}
  - {id: ethics, title: Ethics and privacy}
items:
  - id: det-01
    domain: detail
    type: single
    prompt: Which date is wrong?
    options:
      - {id: a, text: The first, feedback: Look again.}
      - {id: b, text: The second, correct: true, feedback: Yes.}
      - {id: c, text: The third}
    explanation: The second date is in the future.
  - id: det-02
    domain: detail
    type: multiple
    prompt: Which two fields identify a patient?
    options:
      - {id: a, text: Name, correct: true}
      - {id: b, text: Room}
      - {id: c, text: MRN, correct: true}
    explanation: Name and MRN.
  - id: eth-01
    domain: ethics
    type: truefalse
    prompt: A patient may see their own record.
    answer: true
    explanation: HIPAA gives the right of access.
  - id: eth-02
    domain: ethics
    type: likert
    prompt: How sure are you about privacy rules?
    anchors: [Not at all, A little, Somewhat, Mostly, Completely]
)";

QVariant role(const QAbstractItemModel &model, int row, int role)
{
    return model.index(row, 0).data(role);
}

QStringList paletteStates(const QuestionPaletteModel &palette)
{
    QStringList states;
    for (int row = 0; row < palette.rowCount(); ++row)
        states << role(palette, row, QuestionPaletteModel::StateRole).toString();
    return states;
}

} // namespace

class TestAttemptAdapters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createProfile_data();
    void createProfile();
    void profileCountsFollowAttempts();
    void currentProfileFollowsTheDatabase();
    void practiceAttempt();
    void assessmentHidesFeedback();
    void changesAreDurableBeforeTheyAreSignalled();
    void paletteState_data();
    void paletteState();
    void navigationBounds_data();
    void navigationBounds();
    void shortcutDigits();
    void resumeRestoresTheAttempt();
    void elapsedTimeIsStoredPeriodically();
    void badQuizFile();
    void corruptedDatabaseIsLeftUnchanged();
    void configuredPathFromEnvironment();
    void shippedQuiz();

private:
    QString writeQuiz(const QString &mode);
    std::unique_ptr<AttemptController> startedController(const QString &mode);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LearnerDatabase> m_db;
    qint64 m_profile = 0;
};

void TestAttemptAdapters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<LearnerDatabase>(m_dir->filePath(QStringLiteral("hitready.sqlite")));
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorText()));
    m_profile = m_db->storage()->createProfile(QStringLiteral("Ana"))->id;
}

void TestAttemptAdapters::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestAttemptAdapters::writeQuiz(const QString &mode)
{
    const QString path = m_dir->filePath(QStringLiteral("mini-%1.yaml").arg(mode));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QString::fromUtf8(miniQuiz).arg(mode).toUtf8());
    return path;
}

std::unique_ptr<AttemptController> TestAttemptAdapters::startedController(const QString &mode)
{
    auto controller = std::make_unique<AttemptController>();
    controller->setDatabase(m_db.get());
    if (!controller->start(writeQuiz(mode), m_profile))
        qWarning() << controller->errorText();
    return controller;
}

void TestAttemptAdapters::createProfile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("created");
    QTest::addColumn<QString>("storedAs");
    QTest::addRow("new name") << "Ben" << true << "Ben";
    QTest::addRow("spaces are tidied") << "  Carla   Diaz " << true << "Carla Diaz";
    QTest::addRow("empty") << "" << false << "";
    QTest::addRow("only spaces") << "   " << false << "";
    QTest::addRow("taken") << "Ana" << false << "";
    QTest::addRow("taken, other case") << "aNA" << false << "";
    QTest::addRow("too long") << QString(ProfileListModel::maxNameLength + 1, u'x') << false << "";
    QTest::addRow("longest allowed") << QString(ProfileListModel::maxNameLength, u'y') << true
                                     << QString(ProfileListModel::maxNameLength, u'y');
}

void TestAttemptAdapters::createProfile()
{
    QFETCH(QString, name);
    QFETCH(bool, created);
    QFETCH(QString, storedAs);
    ProfileListModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setDatabase(m_db.get());
    QCOMPARE(model.count(), 1);
    QCOMPARE(model.createProfile(name), created);
    QCOMPARE(model.errorText().isEmpty(), created);
    QCOMPARE(model.count(), created ? 2 : 1);
    QCOMPARE(inserted.count(), created ? 1 : 0);
    if (created) {
        const int row = model.indexOfId(m_db->storage()->profileByName(storedAs)->id);
        QVERIFY(row >= 0);
        QCOMPARE(role(model, row, ProfileListModel::NameRole).toString(), storedAs);
        QCOMPARE(role(model, row, ProfileListModel::UnfinishedAttemptsRole).toInt(), 0);
    }
}

void TestAttemptAdapters::profileCountsFollowAttempts()
{
    ProfileListModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setDatabase(m_db.get());
    QVERIFY(model.createProfile(QStringLiteral("Zoe")));
    const int ana = model.indexOfId(m_profile);
    QCOMPARE(role(model, ana, ProfileListModel::UnfinishedAttemptsRole).toInt(), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto controller = startedController(QStringLiteral("assessment"));
    QVERIFY(controller->isActive());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(role(model, ana, ProfileListModel::UnfinishedAttemptsRole).toInt(), 1);
    QCOMPARE(role(model, ana, ProfileListModel::LatestUnfinishedAttemptRole).toLongLong(),
             controller->attemptId());
    QVERIFY(controller->submit());
    QCOMPARE(role(model, ana, ProfileListModel::UnfinishedAttemptsRole).toInt(), 0);
    QCOMPARE(role(model, model.indexOfId(m_profile) == 0 ? 1 : 0,
                  ProfileListModel::UnfinishedAttemptsRole)
                 .toInt(),
             0);
}

// The home screen binds to the chosen profile's properties: they change (and say so) when an
// attempt starts, is left and is submitted, and when another program changed the database.
void TestAttemptAdapters::currentProfileFollowsTheDatabase()
{
    ProfileListModel model;
    model.setDatabase(m_db.get());
    QSignalSpy current(&model, &ProfileListModel::currentChanged);
    model.setCurrentIndex(model.indexOfId(m_profile));
    QCOMPARE(model.currentId(), m_profile);
    QCOMPARE(model.currentUnfinishedAttempt(), qint64(0));
    QCOMPARE(current.count(), 1);

    auto controller = startedController(QStringLiteral("assessment"));
    const qint64 id = controller->attemptId();
    QCOMPARE(model.currentUnfinishedAttempt(), id);
    QCOMPARE(current.count(), 2);
    controller->close(); // "Save and leave"
    QCOMPARE(model.currentUnfinishedAttempt(), id);
    QCOMPARE(current.count(), 2);
    QVERIFY(controller->resume(id));
    QVERIFY(controller->submit());
    QCOMPARE(model.currentUnfinishedAttempt(), qint64(0));
    QCOMPARE(current.count(), 3);

    // Another connection starts an attempt: refresh() (home shown again) picks it up.
    QString error;
    auto other = *Storage::open(m_db->path());
    QVERIFY(other);
    Quiz quiz;
    quiz.id = QStringLiteral("elsewhere");
    const Result<qint64> elsewhere = other->startAttempt(m_profile, quiz, QuizMode::Assessment, 1);
    QVERIFY2(elsewhere, qPrintable(elsewhere.errorMessage()));
    QCOMPARE(model.currentUnfinishedAttempt(), qint64(0));
    model.refresh();
    QCOMPARE(model.currentUnfinishedAttempt(), *elsewhere);
    QCOMPARE(current.count(), 4);
    model.setCurrentIndex(-1);
    QCOMPARE(model.currentId(), qint64(0));
    QCOMPARE(model.currentUnfinishedAttempt(), qint64(0));
}

void TestAttemptAdapters::practiceAttempt()
{
    auto c = startedController(QStringLiteral("practice"));
    Tester optionsTester(c->current()->options(), Tester::FailureReportingMode::QtTest);
    Tester paletteTester(c->palette(), Tester::FailureReportingMode::QtTest);
    QCOMPARE(c->current()->itemType(), QStringLiteral("likert")); // self-ratings come first
    QVERIFY(c->goTo(1));
    QSignalSpy answerSpy(c->current(), &AttemptItem::answerChanged);
    QSignalSpy itemSpy(c.get(), &AttemptController::positionChanged);
    QSignalSpy countSpy(c.get(), &AttemptController::answeredCountChanged);
    QVERIFY2(c->isActive(), qPrintable(c->errorText()));
    QCOMPARE(c->quizTitle(), QStringLiteral("Mini quiz"));
    QVERIFY(c->practiceMode());
    QCOMPARE(c->count(), 4);
    QCOMPARE(c->position(), 1);
    QCOMPARE(c->current()->itemType(), QStringLiteral("single"));
    QCOMPARE(c->current()->domainTitle(), QStringLiteral("Attention to detail"));
    QCOMPARE(c->current()->options()->count(), 3);
    QVERIFY(!c->feedback()->isVisible());
    QVERIFY(c->feedback()->explanation().isEmpty());
    QCOMPARE(role(*c->current()->options(), 1, OptionListModel::CorrectRole).toBool(), false);
    QCOMPARE(role(*c->current()->options(), 2, OptionListModel::ShortcutRole).toInt(), 3);

    // Single: a wrong answer shows the feedback at once and is then final.
    QVERIFY(c->answerSingle(QStringLiteral("a")));
    QCOMPARE(answerSpy.count(), 1);
    QCOMPARE(countSpy.count(), 1);
    QVERIFY(c->current()->isAnswered());
    QVERIFY(c->feedback()->isVisible());
    QCOMPARE(c->feedback()->verdict(), PracticeFeedback::Verdict::NotCorrect);
    QCOMPARE(c->feedback()->explanation(), QStringLiteral("The second date is in the future."));
    QCOMPARE(role(*c->current()->options(), 0, OptionListModel::SelectedRole).toBool(), true);
    QCOMPARE(role(*c->current()->options(), 0, OptionListModel::FeedbackRole).toString(),
             QStringLiteral("Look again."));
    QCOMPARE(role(*c->current()->options(), 1, OptionListModel::CorrectRole).toBool(), true);
    QVERIFY(!c->answerSingle(QStringLiteral("b")));
    QVERIFY(!c->errorText().isEmpty());
    QVERIFY(!c->toggleOption(QStringLiteral("a"))); // wrong type for this item
    QCOMPARE(c->answeredCount(), 1);

    // Multiple: feedback waits for checkAnswer().
    QVERIFY(c->next());
    QCOMPARE(itemSpy.count(), 1);
    QCOMPARE(c->current()->itemType(), QStringLiteral("multiple"));
    QVERIFY(c->errorText().isEmpty());
    QVERIFY(c->toggleOption(QStringLiteral("c")));
    QVERIFY(c->toggleOption(QStringLiteral("b")));
    QVERIFY(c->toggleOption(QStringLiteral("b")));
    QVERIFY(c->toggleOption(QStringLiteral("a")));
    QVERIFY(!c->feedback()->isVisible());
    QCOMPARE(c->session()->answerFor(QStringLiteral("det-02")),
             Answer{QStringList({QStringLiteral("a"), QStringLiteral("c")})});
    QVERIFY(c->checkAnswer());
    QVERIFY(c->feedback()->isVisible());
    QCOMPARE(c->feedback()->verdict(), PracticeFeedback::Verdict::Correct);

    // True/false through its two option rows; flag it.
    QVERIFY(c->next());
    QCOMPARE(c->current()->options()->count(), 2);
    QCOMPARE(role(*c->current()->options(), 0, OptionListModel::OptionIdRole).toString(),
             QStringLiteral("true"));
    QVERIFY(c->chooseOption(QStringLiteral("true")));
    QCOMPARE(c->feedback()->verdict(), PracticeFeedback::Verdict::Correct);
    QVERIFY(c->setFlagged(true));
    QVERIFY(c->current()->isFlagged());
    QCOMPARE(c->flaggedCount(), 1);

    // Likert: anchors, no options, a self-rating (no feedback; may change).
    QVERIFY(!c->next()); // the true/false item is the last
    QVERIFY(c->goTo(0));
    QCOMPARE(c->current()->itemType(), QStringLiteral("likert"));
    QCOMPARE(c->current()->anchors().size(), 5);
    QCOMPARE(c->current()->options()->count(), 0);
    QVERIFY(!c->answerRating(6));
    QVERIFY(c->answerRating(2));
    QVERIFY(c->answerRating(4));
    QCOMPARE(c->current()->rating(), 4);
    QVERIFY(!c->feedback()->isVisible());
    QVERIFY(c->clearAnswer());
    QCOMPARE(c->current()->rating(), 0);

    QCOMPARE(paletteStates(*c->palette()),
             QStringList({"empty", "answered", "answered", "flagged"}));
    QCOMPARE(role(*c->palette(), 0, QuestionPaletteModel::IsCurrentRole).toBool(), true);
    const QVariantList review = c->reviewList();
    QCOMPARE(review.size(), 2);
    QCOMPARE(review.at(0).toMap().value("itemId").toString(), QStringLiteral("eth-02"));
    QCOMPARE(review.at(0).toMap().value("answered").toBool(), false);
    QCOMPARE(review.at(1).toMap().value("number").toInt(), 4);
    QCOMPARE(review.at(1).toMap().value("flagged").toBool(), true);

    QSignalSpy submitted(c.get(), &AttemptController::submittedChanged);
    QVERIFY(c->submit());
    QCOMPARE(submitted.count(), 1);
    QVERIFY(c->isSubmitted());
    QVERIFY(c->report());
    QVERIFY(!c->answerRating(3));
    QVERIFY(!c->next());
    const Result<Report> stored = reportForAttempt(*m_db->storage(), c->attemptId());
    QVERIFY(stored);
    QCOMPARE(*stored, *c->report());
    QCOMPARE(stored->domain(QStringLiteral("detail"))->percent, 50.0);
    QCOMPARE(stored->domain(QStringLiteral("ethics"))->percent, 100.0);
}

void TestAttemptAdapters::assessmentHidesFeedback()
{
    auto c = startedController(QStringLiteral("assessment"));
    Tester optionsTester(c->current()->options(), Tester::FailureReportingMode::QtTest);
    QVERIFY(!c->practiceMode());
    QVERIFY(c->goTo(1));
    QVERIFY(c->answerSingle(QStringLiteral("b")));
    QVERIFY(!c->feedback()->isVisible());
    QCOMPARE(c->feedback()->verdict(), PracticeFeedback::Verdict::NotCorrect);
    QVERIFY(c->feedback()->explanation().isEmpty());
    for (int row = 0; row < c->current()->options()->count(); ++row) {
        QCOMPARE(role(*c->current()->options(), row, OptionListModel::CorrectRole).toBool(), false);
        QVERIFY(role(*c->current()->options(), row, OptionListModel::FeedbackRole)
                    .toString()
                    .isEmpty());
    }
    QVERIFY(c->answerSingle(QStringLiteral("a"))); // may change its mind
    QVERIFY(c->next());
    QVERIFY(c->previous());
    QCOMPARE(role(*c->current()->options(), 0, OptionListModel::SelectedRole).toBool(), true);
    QVERIFY(!c->feedback()->isVisible());
    QVERIFY(!c->checkAnswer());
}

void TestAttemptAdapters::changesAreDurableBeforeTheyAreSignalled()
{
    auto c = startedController(QStringLiteral("assessment"));
    const QString path = m_db->path();
    QStringList seen;
    const auto readBack = [&] {
        // A second connection sees only what is committed.
        std::unique_ptr<Storage> other = *Storage::open(path);
        const auto record = other->attempt(c->attemptId());
        const Quiz quiz = c->session()->quiz();
        const auto responses = other->responses(c->attemptId(), quiz);
        const auto flags = other->flags(c->attemptId());
        seen << QStringLiteral("%1:%2:%3")
                    .arg(record->position)
                    .arg(responses->size())
                    .arg(flags->size());
    };
    QVERIFY(c->goTo(1));
    connect(c->current(), &AttemptItem::answerChanged, this, readBack);
    connect(c->current(), &AttemptItem::flagChanged, this, readBack);
    QVERIFY(c->answerSingle(QStringLiteral("b")));
    QVERIFY(c->setFlagged(true));
    QVERIFY(c->next()); // answer and flag signals for the new item: position 2 stored
    QCOMPARE(seen, QStringList({"1:1:0", "1:1:1", "2:1:1", "2:1:1"}));
}

void TestAttemptAdapters::paletteState_data()
{
    QTest::addColumn<bool>("answered");
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<QString>("state");
    QTest::addRow("empty") << false << false << "empty";
    QTest::addRow("answered") << true << false << "answered";
    QTest::addRow("flagged") << false << true << "flagged";
    QTest::addRow("answered and flagged") << true << true << "flagged";
}

void TestAttemptAdapters::paletteState()
{
    QFETCH(bool, answered);
    QFETCH(bool, flagged);
    QFETCH(QString, state);
    auto c = startedController(QStringLiteral("assessment"));
    Tester tester(c->palette(), Tester::FailureReportingMode::QtTest);
    QSignalSpy changed(c->palette(), &QAbstractItemModel::dataChanged);
    QVERIFY(c->goTo(3));          // the true/false item
    QCOMPARE(changed.count(), 2); // row 0 no longer current, row 3 current
    changed.clear();
    if (answered)
        QVERIFY(c->answerTrueFalse(false));
    if (flagged)
        QVERIFY(c->setFlagged(true));
    QCOMPARE(changed.count(), int(answered) + int(flagged));
    QCOMPARE(role(*c->palette(), 3, QuestionPaletteModel::StateRole).toString(), state);
    QCOMPARE(role(*c->palette(), 3, QuestionPaletteModel::NumberRole).toInt(), 4);
    QCOMPARE(role(*c->palette(), 3, QuestionPaletteModel::AnsweredRole).toBool(), answered);
    QCOMPARE(role(*c->palette(), 3, QuestionPaletteModel::FlaggedRole).toBool(), flagged);
    QCOMPARE(c->reviewList().size(), answered && !flagged ? 3 : 4);
}

void TestAttemptAdapters::navigationBounds_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("moved");
    QTest::addColumn<int>("to");
    QTest::addRow("previous at the first") << 0 << "previous" << false << 0;
    QTest::addRow("next at the first") << 0 << "next" << true << 1;
    QTest::addRow("next at the last") << 3 << "next" << false << 3;
    QTest::addRow("previous at the last") << 3 << "previous" << true << 2;
    QTest::addRow("go to before the first") << 1 << "goTo:-1" << false << 1;
    QTest::addRow("go to past the last") << 1 << "goTo:4" << false << 1;
    QTest::addRow("go to the last") << 1 << "goTo:3" << true << 3;
}

void TestAttemptAdapters::navigationBounds()
{
    QFETCH(int, from);
    QFETCH(QString, action);
    QFETCH(bool, moved);
    QFETCH(int, to);
    auto c = startedController(QStringLiteral("assessment"));
    QVERIFY(c->goTo(from));
    QSignalSpy itemSpy(c.get(), &AttemptController::positionChanged);
    bool result = false;
    if (action == QLatin1String("next"))
        result = c->next();
    else if (action == QLatin1String("previous"))
        result = c->previous();
    else
        result = c->goTo(action.section(u':', 1).toInt());
    QCOMPARE(result, moved);
    QCOMPARE(c->position(), to);
    QCOMPARE(itemSpy.count(), moved ? 1 : 0);
    QCOMPARE(m_db->storage()->attempt(c->attemptId())->position, to);
}

void TestAttemptAdapters::shortcutDigits()
{
    auto c = startedController(QStringLiteral("assessment"));
    QVERIFY(c->chooseByShortcut(5));
    QCOMPARE(c->current()->rating(), 5);
    QVERIFY(c->next());
    QVERIFY(c->chooseByShortcut(2));
    QCOMPARE(c->session()->answerFor(QStringLiteral("det-01")), Answer{QStringLiteral("b")});
    QVERIFY(!c->chooseByShortcut(4));
    QVERIFY(c->next());
    QVERIFY(c->chooseByShortcut(1));
    QVERIFY(c->chooseByShortcut(3));
    QCOMPARE(c->session()->answerFor(QStringLiteral("det-02")),
             Answer{QStringList({QStringLiteral("a"), QStringLiteral("c")})});
    QVERIFY(c->next());
    QVERIFY(c->chooseByShortcut(2));
    QCOMPARE(c->session()->answerFor(QStringLiteral("eth-01")), Answer{false});
    QCOMPARE(c->answeredCount(), 4);
    QVERIFY(c->reviewList().isEmpty());
}

void TestAttemptAdapters::resumeRestoresTheAttempt()
{
    qint64 id = 0;
    {
        auto c = startedController(QStringLiteral("practice"));
        id = c->attemptId();
        QVERIFY(c->goTo(1));
        QVERIFY(c->answerSingle(QStringLiteral("c")));
        QVERIFY(c->next());
        QVERIFY(c->toggleOption(QStringLiteral("b")));
        QVERIFY(c->setFlagged(true));
        QVERIFY(c->goTo(3));
        QTest::qWait(20);
    } // destroyed: stores the running time
    AttemptController c;
    Tester paletteTester(c.palette(), Tester::FailureReportingMode::QtTest);
    c.setDatabase(m_db.get());
    QSignalSpy attemptSpy(&c, &AttemptController::attemptChanged);
    QVERIFY(!c.resume(id + 100));
    QVERIFY(!c.errorText().isEmpty());
    QVERIFY(c.resume(id));
    QCOMPARE(attemptSpy.count(), 1);
    QVERIFY(c.errorText().isEmpty());
    QCOMPARE(c.position(), 3);
    QCOMPARE(c.answeredCount(), 2);
    QCOMPARE(c.flaggedCount(), 1);
    QVERIFY(c.elapsedMs() >= 20);
    QCOMPARE(paletteStates(*c.palette()), QStringList({"empty", "answered", "flagged", "empty"}));
    QVERIFY(c.goTo(2)); // answered before the restart: its feedback shows, and it is final
    QVERIFY(c.feedback()->isVisible());
    QCOMPARE(c.feedback()->verdict(), PracticeFeedback::Verdict::NotCorrect);
    QVERIFY(!c.toggleOption(QStringLiteral("a")));
}

void TestAttemptAdapters::elapsedTimeIsStoredPeriodically()
{
    auto c = startedController(QStringLiteral("assessment"));
    c->setElapsedSaveInterval(30);
    QSignalSpy elapsed(c.get(), &AttemptController::elapsedMsChanged);
    QVERIFY(elapsed.wait(2000));
    QVERIFY(m_db->storage()->attempt(c->attemptId())->elapsedMs > 0);
    QCOMPARE(m_db->storage()->attempt(c->attemptId())->position, 0);
}

void TestAttemptAdapters::badQuizFile()
{
    const QString path = m_dir->filePath(QStringLiteral("bad.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hitready: 1\nid: BAD ID\nitems: [\n");
    file.close();
    AttemptController c;
    c.setDatabase(m_db.get());
    QSignalSpy error(&c, &AttemptController::errorTextChanged);
    QVERIFY(!c.start(path, m_profile));
    QCOMPARE(error.count(), 1);
    QVERIFY2(c.errorText().contains(QStringLiteral("bad.yaml")), qPrintable(c.errorText()));
    QVERIFY(!c.isActive());
    QVERIFY(!c.start(m_dir->filePath(QStringLiteral("missing.yaml")), m_profile));
    QVERIFY(!c.next());
    QVERIFY(!c.submit());
    QCOMPARE(*m_db->storage()->unfinishedAttempts(m_profile), QList<AttemptRecord>());
}

void TestAttemptAdapters::corruptedDatabaseIsLeftUnchanged()
{
    const QString path = m_dir->filePath(QStringLiteral("corrupt.sqlite"));
    QByteArray bytes("SQLite format 3");
    bytes.append('\0');
    bytes.append(QByteArray(4096, '\x5a'));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const QString other = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile notes(other);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a database\n");
    notes.close();

    for (const QString &target : {path, other}) {
        QFile original(target);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        LearnerDatabase db(target);
        QVERIFY(!db.isOpen());
        QVERIFY(!db.storage());
        QVERIFY2(db.errorText().contains(QFileInfo(target).fileName()), qPrintable(db.errorText()));
        ProfileListModel profiles;
        profiles.setDatabase(&db);
        QCOMPARE(profiles.count(), 0);
        QVERIFY(!profiles.createProfile(QStringLiteral("Ana")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
    }
}

void TestAttemptAdapters::configuredPathFromEnvironment()
{
    const QByteArray saved = qgetenv("HITREADY_DB");
    qputenv("HITREADY_DB", m_dir->filePath(QStringLiteral("env.sqlite")).toUtf8());
    LearnerDatabase db;
    QCOMPARE(db.path(), m_dir->filePath(QStringLiteral("env.sqlite")));
    QVERIFY(db.isOpen());
    QSignalSpy aboutToChange(&db, &LearnerDatabase::storageAboutToChange);
    AttemptController c;
    c.setDatabase(&db);
    QVERIFY(db.open(m_db->path()));
    QCOMPARE(aboutToChange.count(), 1);
    if (saved.isEmpty())
        qunsetenv("HITREADY_DB");
    else
        qputenv("HITREADY_DB", saved);
}

void TestAttemptAdapters::shippedQuiz()
{
    AttemptController c;
    Tester optionsTester(c.current()->options(), Tester::FailureReportingMode::QtTest);
    Tester paletteTester(c.palette(), Tester::FailureReportingMode::QtTest);
    c.setDatabase(m_db.get());
    QVERIFY2(c.start(QStringLiteral(HITREADY_QUIZ_DIR "/hit-readiness.yaml"), m_profile),
             qPrintable(c.errorText()));
    QVERIFY(c.count() > 10);
    for (int i = 0; i < c.count(); ++i) {
        QCOMPARE(c.position(), i);
        QVERIFY(!c.current()->prompt().isEmpty());
        // Each type through the call its delegate makes.
        const QString type = c.current()->itemType();
        bool answered = false;
        if (type == QLatin1String("ordering")) {
            answered = c.moveStep(0, 1);
        } else if (type == QLatin1String("matching")) {
            const MatchListModel &left = *c.current()->matchLeft();
            const QString rightId = c.current()->matchChoiceIds().at(1);
            answered = c.setMatch(role(left, 0, MatchListModel::LeftIdRole).toString(), rightId);
            QCOMPARE(role(left, 0, MatchListModel::ChosenIdRole).toString(), rightId);
            QCOMPARE(role(left, 0, MatchListModel::ChoiceIndexRole).toInt(), 1);
        } else if (type == QLatin1String("numeric")) {
            QVERIFY(!c.answerTyped(QStringLiteral("12,5"))); // a comma is explained, not stored
            QVERIFY(!c.current()->isAnswered());
            answered = c.answerTyped(QStringLiteral("12.5"));
            QCOMPARE(c.current()->typedAnswer(), QStringLiteral("12.5"));
        } else if (type == QLatin1String("text")) {
            answered = c.answerTyped(QStringLiteral("E11.9"));
        } else if (type == QLatin1String("hottext")) {
            QVERIFY(c.current()->hotParts()->count() > 0);
            answered = c.chooseByShortcut(1);
        } else {
            answered = c.chooseByShortcut(type == QLatin1String("likert") ? 3 : 1);
        }
        QVERIFY2(answered, qPrintable(type + QStringLiteral(": ") + c.errorText()));
        QVERIFY2(c.current()->isAnswered(), qPrintable(type));
        if (!c.current()->stimulusTitle().isEmpty())
            QVERIFY(c.current()->hasStimulus());
        if (i % 7 == 0)
            QVERIFY(c.setFlagged(true));
        QCOMPARE(c.next(), i + 1 < c.count());
    }
    QCOMPARE(c.answeredCount(), c.count());
    QCOMPARE(c.reviewList().size(), c.flaggedCount());
    QVERIFY(c.submit());
    QCOMPARE(*reportForAttempt(*m_db->storage(), c.attemptId()), *c.report());
}

QTEST_GUILESS_MAIN(TestAttemptAdapters)
#include "tst_attemptadapters.moc"
