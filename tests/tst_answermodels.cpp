// The answer models of the item on screen (ordering steps, matching entries, hottext parts) under
// QAbstractItemModelTester: an answer changes rows in place - a step move is one row move, a
// choice or a selection is dataChanged on its row only - never a reset. And the practice
// feedback of an answer built in steps: checkable, then the engine's verdict.

#include "attemptcontroller.h"
#include "hottextpartmodel.h"
#include "learnerdatabase.h"
#include "matchlistmodel.h"
#include "session.h"
#include "steplistmodel.h"
#include "storage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;

namespace {

using Tester = QAbstractItemModelTester;

QVariant role(const QAbstractItemModel &model, int row, int role)
{
    return model.index(row, 0).data(role);
}

QStringList column(const QAbstractItemModel &model, int r)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << role(model, row, r).toString();
    return values;
}

// Every signal a model sends about its rows.
struct RowSignals
{
    explicit RowSignals(const QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset),
          moved(model, &QAbstractItemModel::rowsMoved),
          changed(model, &QAbstractItemModel::dataChanged),
          inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved)
    {}
    QSignalSpy reset, moved, changed, inserted, removed;
};

QList<StepListModel::Step> steps(const QString &ids)
{
    QList<StepListModel::Step> list;
    for (const QString &id : ids.split(QLatin1Char(',')))
        list.append({id, id.toUpper()});
    return list;
}

} // namespace

Q_DECLARE_METATYPE(QList<StepListModel::Step>)

class TestAnswerModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LearnerDatabase> m_db;
    qint64 m_profile = 0;

    // A practice attempt of the fixture with every item type, on its first item of `type`.
    std::unique_ptr<AttemptController> onItem(const QString &type)
    {
        QFile source(QStringLiteral(HITREADY_FIXTURES "/item-types.yaml"));
        if (!source.open(QIODevice::ReadOnly))
            return nullptr;
        const QString path = m_dir->filePath(QStringLiteral("item-types.yaml"));
        QFile quiz(path);
        if (!quiz.open(QIODevice::WriteOnly))
            return nullptr;
        quiz.write(
            source.readAll().replace("id: item-types\n", "id: item-types\nmode: practice\n"));
        quiz.close();
        auto c = std::make_unique<AttemptController>();
        c->setDatabase(m_db.get());
        if (!c->start(path, m_profile))
            return nullptr;
        for (int i = 0; i < c->count(); ++i)
            if (c->goTo(i) && c->current()->itemType() == type)
                return c;
        return nullptr;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<LearnerDatabase>(m_dir->filePath(QStringLiteral("db.sqlite")));
        QVERIFY(m_db->isOpen());
        m_profile = m_db->storage()->createProfile(QStringLiteral("Ana"))->id;
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    // setSteps() on the same item: one move is one row move; the rest changes in place.
    void stepChanges_data()
    {
        QTest::addColumn<QList<StepListModel::Step>>("after");
        QTest::addColumn<int>("moves");
        QTest::addColumn<int>("changes");
        QTest::addColumn<int>("resets");
        QTest::addRow("same") << steps("a,b,c,d") << 0 << 0 << 0;
        QTest::addRow("first to last") << steps("b,c,d,a") << 1 << 0 << 0;
        QTest::addRow("last to first") << steps("d,a,b,c") << 1 << 0 << 0;
        QTest::addRow("one down") << steps("a,c,b,d") << 1 << 0 << 0;
        QTest::addRow("one up") << steps("b,a,c,d") << 1 << 0 << 0;
        QTest::addRow("two apart") << steps("b,a,d,c") << 0 << 0 << 1;
        QList<StepListModel::Step> retitled = steps("a,b,c,d");
        retitled[2].text = QStringLiteral("C, reworded");
        QTest::addRow("a text") << retitled << 0 << 1 << 0;
        QTest::addRow("one more") << steps("a,b,c,d,e") << 0 << 0 << 1;
    }
    void stepChanges()
    {
        QFETCH(QList<StepListModel::Step>, after);
        QFETCH(int, moves);
        QFETCH(int, changes);
        QFETCH(int, resets);
        StepListModel model;
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.setSteps(QStringLiteral("1/o"), steps("a,b,c,d"));
        RowSignals spies(&model);
        model.setSteps(QStringLiteral("1/o"), after);
        QCOMPARE(spies.moved.count(), moves);
        QCOMPARE(spies.changed.count(), changes);
        QCOMPARE(spies.reset.count(), resets);
        QStringList ids;
        for (const StepListModel::Step &step : after)
            ids << step.id;
        QCOMPARE(column(model, StepListModel::StepIdRole), ids);
        QCOMPARE(column(model, StepListModel::TextRole).at(2), after.at(2).text);
        // Another item is a reset, whatever its steps.
        model.setSteps(QStringLiteral("1/p"), after);
        QCOMPARE(spies.reset.count(), resets + 1);
    }

    // moveStep() moves one row of the steps model: the row, not the data, changes place.
    void moveStepIsARowMove()
    {
        auto c = onItem(QStringLiteral("ordering"));
        QVERIFY(c);
        StepListModel &model = *c->current()->steps();
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QCOMPARE(model.count(), 4);
        QStringList shown = column(model, StepListModel::StepIdRole);
        RowSignals spies(&model);
        QVERIFY(c->moveStep(0, 2));
        shown.move(0, 2);
        QCOMPARE(column(model, StepListModel::StepIdRole), shown);
        QCOMPARE(spies.moved.count(), 1);
        QCOMPARE(spies.moved.first().at(1).toInt(), 0); // start
        QCOMPARE(spies.moved.first().at(4).toInt(), 3); // destination row (before the move)
        QVERIFY(c->moveStep(3, 1));
        shown.move(3, 1);
        QCOMPARE(column(model, StepListModel::StepIdRole), shown);
        QCOMPARE(spies.moved.count(), 2);
        QCOMPARE(spies.moved.last().at(4).toInt(), 1);
        QVERIFY(c->keepStepOrder()); // the same order: nothing moves
        QCOMPARE(spies.moved.count(), 2);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.changed.count(), 0);
        QCOMPARE(c->session()->answerFor(QStringLiteral("eth-21")), Answer{shown});
        // Leaving resets the model to the next item's (none: it is not an ordering item).
        QVERIFY(c->next());
        QCOMPARE(spies.reset.count(), 1);
        QCOMPARE(model.count(), 0);
    }

    void matchIsOneRowChanged()
    {
        auto c = onItem(QStringLiteral("matching"));
        QVERIFY(c);
        MatchListModel &model = *c->current()->matchLeft();
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QCOMPARE(column(model, MatchListModel::LeftIdRole), QStringList({"icd", "pcs", "cpt"}));
        QCOMPARE(column(model, MatchListModel::ChosenIdRole), QStringList({"", "", ""}));
        const QStringList choiceIds = c->current()->matchChoiceIds();
        QCOMPARE(choiceIds.size(), 5); // "not matched yet" and four entries
        QCOMPARE(choiceIds.first(), QString());
        QCOMPARE(c->current()->matchChoices().size(), 5);
        RowSignals spies(&model);
        QVERIFY(c->setMatch(QStringLiteral("pcs"), QStringLiteral("inpt")));
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(spies.changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(spies.changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(role(model, 1, MatchListModel::ChosenIdRole).toString(), QStringLiteral("inpt"));
        QCOMPARE(role(model, 1, MatchListModel::ChoiceIndexRole).toInt(),
                 choiceIds.indexOf(QStringLiteral("inpt")));
        QVERIFY(c->setMatch(QStringLiteral("pcs"), QString()));
        QCOMPARE(spies.changed.count(), 2);
        QCOMPARE(role(model, 1, MatchListModel::ChoiceIndexRole).toInt(), 0);
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.moved.count(), 0);
    }

    void partIsOneRowChanged()
    {
        auto c = onItem(QStringLiteral("hottext"));
        QVERIFY(c);
        HotTextPartModel &model = *c->current()->hotParts();
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        QCOMPARE(column(model, HotTextPartModel::SpanIdRole),
                 QStringList({"dob", "sex", "adm", "dis"}));
        QCOMPARE(column(model, HotTextPartModel::NumberRole), QStringList({"1", "2", "3", "4"}));
        const QString shown = c->current()->hotText();
        for (int row = 0; row < model.count(); ++row) // each part is where the text has it
            QCOMPARE(shown.mid(role(model, row, HotTextPartModel::StartRole).toInt(),
                               role(model, row, HotTextPartModel::TextRole).toString().size()),
                     role(model, row, HotTextPartModel::TextRole).toString());
        QCOMPARE(model.extents().size(), 4);
        RowSignals spies(&model);
        QSignalSpy extents(&model, &HotTextPartModel::extentsChanged);
        QVERIFY(c->chooseByShortcut(4));
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(spies.changed.first().at(0).toModelIndex().row(), 3);
        QCOMPARE(spies.changed.first().at(2).value<QList<int>>(),
                 QList<int>{HotTextPartModel::SelectedRole});
        QVERIFY(c->toggleSpan(QStringLiteral("sex")));
        QCOMPARE(spies.changed.count(), 2);
        QCOMPARE(spies.changed.last().at(0).toModelIndex().row(), 1);
        QCOMPARE(column(model, HotTextPartModel::SelectedRole),
                 QStringList({"false", "true", "false", "true"}));
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(extents.count(), 0);
    }

    // Practice mode, an answer built in steps: "Check my answer" is offered until checked; then
    // the engine's verdict shows (partly right here: one of two right entries), and is final.
    void practiceFeedbackOfAnAnswerInSteps()
    {
        auto c = onItem(QStringLiteral("matching"));
        QVERIFY(c);
        PracticeFeedback &feedback = *c->feedback();
        QSignalSpy changed(&feedback, &PracticeFeedback::changed);
        QVERIFY(!feedback.isCheckable()); // nothing answered yet
        QVERIFY(c->setMatch(QStringLiteral("icd"), QStringLiteral("dx")));
        QVERIFY(changed.count() >= 1);
        QVERIFY(feedback.isCheckable());
        QVERIFY(!feedback.isVisible());
        QCOMPARE(feedback.verdict(), PracticeFeedback::Verdict::NotCorrect); // nothing shown yet
        QVERIFY(c->checkAnswer());
        QVERIFY(feedback.isVisible());
        QVERIFY(!feedback.isCheckable());
        QCOMPARE(feedback.verdict(), PracticeFeedback::Verdict::PartlyCorrect);
        QVERIFY(!c->setMatch(QStringLiteral("pcs"), QStringLiteral("inpt"))); // final
    }
};

QTEST_GUILESS_MAIN(TestAnswerModels)
#include "tst_answermodels.moc"
