// The authoring preview (hitready --preview): a quiz file edited by another program, as the
// preview window's QuizPreview follows it - saves in place and by rename, the item kept or
// jumped to, errors over the last good version, problems that select their item, and no write
// to the learner database. changedItems() (engine/authoring/previewedits.h) table-style.

#include "learnerdatabase.h"
#include "loader.h"
#include "previewedits.h"
#include "quizpreview.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;

namespace {

// Three scored items in a domain that draws 2 of them, a self-rating, a time limit and shuffled
// items: the preview must still show all four, in the order a learner meets them (self-ratings
// first, then the file's order), with practice feedback.
const char *const quizText = R"(hitready: 1
id: preview-test
title: Preview test
language: en
mode: assessment
time_limit: 30
shuffle: {items: true}
domains:
  - {id: detail, title: Attention to detail, draw: 2}
  - {id: ethics, title: Ethics and privacy}
items:
  - id: det-01
    domain: detail
    type: single
    prompt: Which date is wrong?
    options:
      - {id: a, text: The first}
      - {id: b, text: The second, correct: true}
    explanation: The second date is in the future.
  - id: det-02
    domain: detail
    type: truefalse
    prompt: A record may be amended.
    answer: true
    explanation: Amendments are appended.
  - id: det-03
    domain: detail
    type: numeric
    prompt: How many days from 3 May to 10 May?
    answer: 7
    unit: days
    explanation: Ten minus three.
  - id: eth-01
    domain: ethics
    type: likert
    prompt: How sure are you about privacy rules?
    anchors: [Not at all, A little, Somewhat, Mostly, Completely]
)";

QString replaced(QString text, const QString &from, const QString &to)
{
    Q_ASSERT(text.contains(from));
    return text.replace(from, to);
}

bool saveInPlace(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text.toUtf8()) == text.toUtf8().size();
}

// What many editors do: write a new file beside it and rename it over the old one.
bool saveByRename(const QString &path, const QString &text)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit();
}

QStringList itemIds(const PreviewItemModel &items)
{
    QStringList ids;
    for (const PreviewItemModel::Row &row : items.rows())
        ids << row.itemId;
    return ids;
}

} // namespace

class TestQuizPreview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEveryItemInFileOrder();
    void answersScoreWithPracticeFeedback();
    void saveKeepsTheItemOnScreen();
    void saveJumpsToTheChangedItem();
    void followsSavesByRename();
    void errorsKeepTheLastGoodVersion();
    void problemSelectsItsItem();
    void answerLeaksAreWarnings();
    void unreadableFileFirst();
    void writesNothingToTheLearnerDatabase();
    void changedItems_data();
    void changedItems();

private:
    std::unique_ptr<QuizPreview> openPreview();
    // Saves and waits for the reload it causes.
    bool saveAndWait(QuizPreview &preview, const QString &text, bool byRename = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestQuizPreview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("quiz.yaml"));
    QVERIFY(saveInPlace(m_path, QString::fromUtf8(quizText)));
}

void TestQuizPreview::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<QuizPreview> TestQuizPreview::openPreview()
{
    auto preview = std::make_unique<QuizPreview>();
    new QAbstractItemModelTester(
        preview->items(), QAbstractItemModelTester::FailureReportingMode::QtTest, preview.get());
    new QAbstractItemModelTester(
        preview->problems(), QAbstractItemModelTester::FailureReportingMode::QtTest, preview.get());
    preview->setFilePath(m_path);
    return preview;
}

bool TestQuizPreview::saveAndWait(QuizPreview &preview, const QString &text, bool byRename)
{
    QSignalSpy reloaded(&preview, &QuizPreview::reloaded);
    if (!(byRename ? saveByRename(m_path, text) : saveInPlace(m_path, text)))
        return false;
    return reloaded.wait(5000);
}

void TestQuizPreview::showsEveryItemInFileOrder()
{
    const auto preview = openPreview();
    QVERIFY(preview->hasQuiz());
    QVERIFY(!preview->showingOlderVersion());
    QCOMPARE(preview->quizTitle(), QStringLiteral("Preview test"));
    QCOMPARE(itemIds(*preview->items()), (QStringList{"eth-01", "det-01", "det-02", "det-03"}));
    QCOMPARE(preview->attempt()->count(), 4);
    QVERIFY(preview->attempt()->practiceMode());
    QCOMPARE(preview->attempt()->timer()->property("limited").toBool(), false);
    QCOMPARE(preview->selectedItemId(), QStringLiteral("eth-01"));
    QCOMPARE(preview->items()->rows().at(1).label, QStringLiteral("Which date is wrong?"));
    QCOMPARE(preview->items()->rows().at(3).itemType, QStringLiteral("numeric"));
}

void TestQuizPreview::answersScoreWithPracticeFeedback()
{
    const auto preview = openPreview();
    QVERIFY(preview->select(QStringLiteral("det-01")));
    QCOMPARE(preview->pointsText(), QStringLiteral("Not answered yet: 0 / 1 points."));
    QSignalSpy points(preview.get(), &QuizPreview::pointsChanged);
    QVERIFY(preview->attempt()->answerSingle(QStringLiteral("a")));
    QVERIFY(!points.isEmpty());
    QCOMPARE(preview->pointsText(), QStringLiteral("Points: 0 / 1"));
    QVERIFY(preview->attempt()->feedback()->isVisible());
    QCOMPARE(preview->attempt()->feedback()->explanation(),
             QStringLiteral("The second date is in the future."));
    QVERIFY(preview->select(QStringLiteral("det-03")));
    QVERIFY(preview->attempt()->answerTyped(QStringLiteral("7")));
    QCOMPARE(preview->pointsText(), QStringLiteral("Points: 1 / 1"));
    QVERIFY(preview->select(QStringLiteral("eth-01")));
    QCOMPARE(preview->pointsText(), QStringLiteral("A self-rating: it scores no points."));
}

void TestQuizPreview::saveKeepsTheItemOnScreen()
{
    const auto preview = openPreview();
    QVERIFY(preview->select(QStringLiteral("det-03")));
    // Only the title changes: no item's lines do.
    QVERIFY(saveAndWait(*preview, replaced(QString::fromUtf8(quizText), "title: Preview test",
                                           "title: Preview test, edited")));
    QCOMPARE(preview->quizTitle(), QStringLiteral("Preview test, edited"));
    // The rule explorer is given every version that loads.
    QVERIFY(preview->ruleExplorer()->hasQuiz());
    QCOMPARE(preview->ruleExplorer()->quizTitle(), QStringLiteral("Preview test, edited"));
    QCOMPARE(preview->selectedItemId(), QStringLiteral("det-03"));
    QCOMPARE(preview->selectedIndex(), 3);
    for (const PreviewItemModel::Row &row : preview->items()->rows())
        QVERIFY2(!row.changed, qPrintable(row.itemId));
}

void TestQuizPreview::saveJumpsToTheChangedItem()
{
    const auto preview = openPreview();
    QVERIFY(preview->select(QStringLiteral("eth-01")));
    QVERIFY(saveAndWait(*preview, replaced(QString::fromUtf8(quizText), "A record may be amended.",
                                           "A record may be amended by its author.")));
    QCOMPARE(preview->selectedItemId(), QStringLiteral("det-02"));
    QCOMPARE(preview->attempt()->current()->prompt(),
             QStringLiteral("A record may be amended by its author."));
    QVERIFY(preview->items()->rows().at(preview->items()->rowOf(QStringLiteral("det-02"))).changed);
    QVERIFY(
        !preview->items()->rows().at(preview->items()->rowOf(QStringLiteral("det-01"))).changed);
}

void TestQuizPreview::followsSavesByRename()
{
    const auto preview = openPreview();
    QString text = QString::fromUtf8(quizText);
    // Twice: after a rename the watcher must follow the new file, not the replaced one.
    for (const QString &title : {QStringLiteral("Renamed once"), QStringLiteral("Renamed twice")}) {
        text.replace(QRegularExpression(QStringLiteral("^title: [^\n]*"),
                                        QRegularExpression::MultilineOption),
                     "title: " + title);
        QVERIFY2(saveAndWait(*preview, text, true), qPrintable(title));
        QCOMPARE(preview->quizTitle(), title);
    }
    // And saves in place still show after the renames.
    QVERIFY(saveAndWait(*preview, replaced(text, "title: Renamed twice", "title: In place")));
    QCOMPARE(preview->quizTitle(), QStringLiteral("In place"));
}

void TestQuizPreview::errorsKeepTheLastGoodVersion()
{
    const auto preview = openPreview();
    QVERIFY(preview->select(QStringLiteral("det-02")));
    // det-03 loses its answer.
    const QString broken = replaced(QString::fromUtf8(quizText), "    answer: 7\n", QString());
    QVERIFY(saveAndWait(*preview, broken));
    QVERIFY(preview->hasQuiz());
    QVERIFY(preview->showingOlderVersion());
    QVERIFY(preview->errorCount() >= 1);
    QCOMPARE(preview->items()->rowCount(), 4);
    QCOMPARE(preview->selectedItemId(), QStringLiteral("det-02"));
    const PreviewProblemModel::Row &problem = preview->problems()->rows().first();
    QVERIFY(!problem.warning);
    QCOMPARE(problem.line, 26); // "  - id: det-03", the item missing its answer
    QCOMPARE(problem.itemId, QStringLiteral("det-03"));
    const QString shown =
        preview->problems()->index(0).data(PreviewProblemModel::TextRole).toString();
    QVERIFY2(shown.startsWith(QStringLiteral("%1:%2: ").arg(problem.line).arg(problem.column)),
             qPrintable(shown));

    // Fixed: the new version shows, at the item that changed.
    QVERIFY(saveAndWait(*preview, replaced(QString::fromUtf8(quizText), "answer: 7", "answer: 8")));
    QVERIFY(!preview->showingOlderVersion());
    QCOMPARE(preview->problems()->rowCount(), 0);
    QCOMPARE(preview->selectedItemId(), QStringLiteral("det-03"));
}

void TestQuizPreview::problemSelectsItsItem()
{
    const auto preview = openPreview();
    QVERIFY(saveAndWait(*preview,
                        replaced(QString::fromUtf8(quizText), "type: truefalse", "type: yesno")));
    QVERIFY(preview->showingOlderVersion());
    const int row = 0;
    QCOMPARE(preview->problems()->rows().at(row).itemId, QStringLiteral("det-02"));
    QVERIFY(preview->selectProblem(row));
    QCOMPARE(preview->selectedItemId(), QStringLiteral("det-02"));
    QVERIFY(!preview->selectProblem(7));
}

void TestQuizPreview::answerLeaksAreWarnings()
{
    const auto preview = openPreview();
    QCOMPARE(preview->warningCount(), 0);
    // det-02's prompt states det-03's answer with its unit.
    QString text = replaced(QString::fromUtf8(quizText), "    answer: 7\n", "    answer: 120\n");
    text = replaced(text, "prompt: A record may be amended.",
                    "prompt: A record kept 120 days may be amended.");
    QVERIFY(saveAndWait(*preview, text));
    QVERIFY(!preview->showingOlderVersion());
    QCOMPARE(preview->errorCount(), 0);
    QCOMPARE(preview->warningCount(), 1);
    const PreviewProblemModel::Row &warning = preview->problems()->rows().first();
    QVERIFY(warning.warning);
    QCOMPARE(warning.itemId, QStringLiteral("det-02"));
    QCOMPARE(warning.line, 23); // det-02's prompt
    QVERIFY2(warning.message.contains(QStringLiteral("det-03")), qPrintable(warning.message));
    QVERIFY(preview->select(QStringLiteral("det-01")));
    QVERIFY(preview->selectProblem(0));
    QCOMPARE(preview->selectedItemId(), QStringLiteral("det-02"));
}

void TestQuizPreview::unreadableFileFirst()
{
    QuizPreview preview;
    preview.setFilePath(m_dir->filePath(QStringLiteral("missing.yaml")));
    QVERIFY(!preview.hasQuiz());
    QCOMPARE(preview.errorCount(), 1);
    QCOMPARE(preview.items()->rowCount(), 0);
    // Created later (the author saves it for the first time): it shows.
    QSignalSpy reloaded(&preview, &QuizPreview::reloaded);
    QVERIFY(
        saveInPlace(m_dir->filePath(QStringLiteral("missing.yaml")), QString::fromUtf8(quizText)));
    QTRY_VERIFY(preview.hasQuiz());
    QCOMPARE(preview.errorCount(), 0);
}

void TestQuizPreview::writesNothingToTheLearnerDatabase()
{
    const QString learnerDb = m_dir->filePath(QStringLiteral("learner.sqlite"));
    qputenv("HITREADY_DB", learnerDb.toUtf8());
    {
        const auto preview = openPreview();
        QVERIFY(preview->select(QStringLiteral("det-01")));
        QVERIFY(preview->attempt()->answerSingle(QStringLiteral("b")));
        QVERIFY(preview->attempt()->next());
        QVERIFY(saveAndWait(*preview,
                            replaced(QString::fromUtf8(quizText), "Which date", "Which one date")));
    }
    qunsetenv("HITREADY_DB");
    QVERIFY2(!QFile::exists(learnerDb), "previewing created the learner database");
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{"quiz.yaml"});
}

void TestQuizPreview::changedItems_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("changed");
    QTest::newRow("nothing") << QString() << QString() << QStringList();
    QTest::newRow("header only") << "title: Preview test"
                                 << "title: Other" << QStringList();
    QTest::newRow("a prompt") << "How many days"
                              << "How many whole days" << QStringList{"det-03"};
    QTest::newRow("a line added to the first item, later ones only move")
        << "    explanation: The second date is in the future.\n"
        << "    explanation: |-\n      The second date\n      is in the future.\n"
        << QStringList{"det-01"};
    QTest::newRow("an item added") << "  - id: eth-01\n"
                                   << "  - id: det-04\n    domain: detail\n    type: truefalse\n"
                                      "    prompt: New.\n    answer: false\n  - id: eth-01\n"
                                   << QStringList{"det-04"};
    QTest::newRow("an id renamed") << "id: det-02"
                                   << "id: det-02b" << QStringList{"det-02b"};
    QTest::newRow("two items, file order") << "anchors: [Not at all"
                                           << "anchors: [None at all" << QStringList{"eth-01"};
}

void TestQuizPreview::changedItems()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, changed);
    const QByteArray before = quizText;
    const QByteArray after =
        from.isEmpty() ? before : replaced(QString::fromUtf8(quizText), from, to).toUtf8();
    const Result<Quiz> loaded = loadQuiz(after, QStringLiteral("quiz.yaml"));
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
    const SourceVersion was{before, sourceEntries(before, QStringLiteral("quiz.yaml"))};
    const SourceVersion now{after, sourceEntries(after, QStringLiteral("quiz.yaml"))};
    QCOMPARE(hitready::changedItems(was, now, *loaded), changed);
}

QTEST_MAIN(TestQuizPreview)
#include "tst_quizpreview.moc"
