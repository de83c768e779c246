// The learner app as a person uses it, keyboard only: profile, quiz, answers, review, submit,
// results. Checks what was stored against the engine's own scoring, that no screen cuts text
// off or is hard to see (contrast, focus ring), and saves a screenshot of every screen at
// 800x600 and 1280x800, and at 800x600 with 200% text and with the high-contrast theme, into
// build/screenshots/; and once more in a 640x480 window at 200%, where the question must
// still get most of the height.

#include "attemptcontroller.h"
#include "layoutcheck.h"
#include "session.h"
#include "storage.h"

#include <QDir>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>

Q_IMPORT_QML_PLUGIN(HitReadyPlugin)

using namespace hitready;

class TestLearnerApp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;

    QString m_look; // "" at 100%, else e.g. "-200pct-contrast"

    void shoot(QQuickWindow *window, const QString &name)
    {
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::qWait(600); // let StackView transitions finish
        // A layout's polish after a resize may still be pending: then nothing may be clipped.
        QTRY_VERIFY_WITH_TIMEOUT(test::clippedTexts(window->contentItem()).isEmpty(), 5000);
        const QStringList clipped = test::clippedTexts(window->contentItem());
        QVERIFY2(clipped.isEmpty(),
                 qPrintable(name + QStringLiteral(": ") + clipped.join(QStringLiteral("; "))));
        const QString folder = QStringLiteral(HITREADY_SCREENSHOTS);
        QDir().mkpath(folder);
        const QImage image = window->grabWindow();
        QVERIFY(!image.isNull());
        QStringList unreadable = test::lowContrastTexts(window->contentItem(), image);
        const QString focus = test::hiddenFocus(window, image);
        if (!focus.isEmpty())
            unreadable.append(focus);
        QVERIFY(image.save(QStringLiteral("%1/%2-%3x%4%5.png")
                               .arg(folder, name)
                               .arg(window->width())
                               .arg(window->height())
                               .arg(m_look)));
        QVERIFY2(unreadable.isEmpty(),
                 qPrintable(name + m_look + QStringLiteral(": ") + unreadable.join("; ")));
    }

    void key(QQuickWindow *window, Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QTest::keyClick(window, k, m);
        QTest::qWait(20);
    }

    // The first visible item under `root` (in the scene, not the object tree) that `match` takes.
    static QQuickItem *findItem(QQuickItem *root, const std::function<bool(QQuickItem *)> &match)
    {
        for (QQuickItem *child : root->childItems()) {
            if (!child->isVisible())
                continue;
            if (match(child))
                return child;
            if (QQuickItem *found = findItem(child, match))
                return found;
        }
        return nullptr;
    }

    // Scrolls the home page to the card of the broken quiz file and shoots it: its message
    // must be as readable as any text.
    void shootBrokenQuiz(QQuickWindow *window)
    {
        QQuickItem *message = findItem(window->contentItem(), [](QQuickItem *t) {
            return t->property("text").toString().startsWith(
                QStringLiteral("This quiz file has a problem"));
        });
        QVERIFY(message);
        QQuickItem *flickable = message->parentItem();
        while (flickable && !flickable->inherits("QQuickFlickable"))
            flickable = flickable->parentItem();
        QVERIFY(flickable);
        auto *content = flickable->property("contentItem").value<QQuickItem *>();
        const qreal y = message->mapToItem(content, QPointF(0, 0)).y();
        flickable->setProperty("contentY", std::max(0.0, y - flickable->height() / 2));
        shoot(window, QStringLiteral("1b-home-broken-quiz"));
        flickable->setProperty("contentY", 0);
    }

    // The question's scrolling area takes most of the window's height (at least half), at
    // every size and text size: what is around it (header, progress, navigation) stays compact.
    void expectQuestionGetsTheHeight(QQuickWindow *window, const QString &what)
    {
        QQuickItem *scroll = findItem(window->contentItem(), [](QQuickItem *i) {
            return i->objectName() == QLatin1String("questionScroll");
        });
        QVERIFY(scroll);
        const double share = scroll->height() / window->height();
        QVERIFY2(share >= 0.5, qPrintable(QStringLiteral("%1: the question gets %2 of %3 px")
                                              .arg(what)
                                              .arg(qRound(scroll->height()))
                                              .arg(window->height())));
    }

    // Presses the button `objectName` as by Tab and Enter.
    void press(QQuickWindow *window, const char *objectName)
    {
        QQuickItem *button = findItem(window->contentItem(), [objectName](QQuickItem *i) {
            return i->objectName() == QLatin1String(objectName);
        });
        QVERIFY2(button, objectName);
        button->forceActiveFocus(Qt::TabFocusReason);
        key(window, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A broken quiz file among the learner's own, so home shows its problem.
        QDir().mkpath(m_dir.filePath(QStringLiteral("my-quizzes")));
        QFile broken(m_dir.filePath(QStringLiteral("my-quizzes/broken.yaml")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("hitready: 1\nid: broken\ntitle: Broken quiz\nitems: [\n");
    }

    void wholeAttemptByKeyboard_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("textScale");
        QTest::addColumn<bool>("highContrast");
        QTest::addRow("800x600") << QSize(800, 600) << 1.0 << false;
        QTest::addRow("1280x800") << QSize(1280, 800) << 1.0 << false;
        QTest::newRow("800x600 at 200%") << QSize(800, 600) << 2.0 << false;
        QTest::newRow("800x600 at 200%, high contrast") << QSize(800, 600) << 2.0 << true;
        QTest::newRow("640x480 at 200%") << QSize(640, 480) << 2.0 << false;
    }

    void wholeAttemptByKeyboard()
    {
        QFETCH(QSize, size);
        QFETCH(double, textScale);
        QFETCH(bool, highContrast);
        m_look =
            textScale == 1.0 ? QString() : QStringLiteral("-%1pct").arg(qRound(textScale * 100));
        if (highContrast)
            m_look += QStringLiteral("-contrast");
        // A new database and settings file each run: the app starts as on a new computer
        // whose learner chose this text size and theme last time.
        const QString run = QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_');
        m_database = m_dir.filePath(QStringLiteral("learner-%1.sqlite").arg(run));
        qputenv("HITREADY_DB", m_database.toUtf8());
        const QString settingsFile = m_dir.filePath(QStringLiteral("display-%1.conf").arg(run));
        {
            QSettings settings(settingsFile, QSettings::IniFormat);
            settings.setValue(QStringLiteral("display/textScale"), textScale);
            settings.setValue(QStringLiteral("display/highContrast"), highContrast);
        }
        qputenv("HITREADY_SETTINGS", settingsFile.toUtf8());
        qputenv("HITREADY_USER_QUIZ_DIR", m_dir.filePath(QStringLiteral("my-quizzes")).toUtf8());
        QQmlApplicationEngine engine;
        engine.load(QUrl(QStringLiteral("qrc:/HitReady/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        window->resize(size);
        shoot(window, QStringLiteral("1-home"));
        shootBrokenQuiz(window);

        // A new profile (the name field has focus on an empty database), then the first quiz.
        const QString name = QStringLiteral("Learner %1").arg(run);
        for (const QChar c : name)
            QTest::keyClick(window, c.toLatin1());
        key(window, Qt::Key_Return);
        shoot(window, QStringLiteral("2-home-with-profile"));
        key(window, Qt::Key_Return); // the quiz card has focus
        shoot(window, QStringLiteral("3-intro"));
        key(window, Qt::Key_Return); // "Start the quiz"
        shoot(window, QStringLiteral("4-question"));
        expectQuestionGetsTheHeight(window, QStringLiteral("the first question"));

        // Answer the first five questions, flag the third, then go to review.
        auto *attempt = window->findChild<AttemptController *>();
        QVERIFY(attempt);
        for (int i = 0; i < 5; ++i) {
            // The keys each item type's delegate takes (the draw and order are random).
            const QString type = attempt->current()->itemType();
            if (type == QLatin1String("numeric") || type == QLatin1String("text"))
                for (const char c : {'1', '2', '.', '5'})
                    QTest::keyClick(window, c);
            else if (type == QLatin1String("ordering"))
                key(window, Qt::Key_Down, Qt::ControlModifier);
            else if (type == QLatin1String("matching"))
                key(window, Qt::Key_Down);
            else
                key(window, Qt::Key_1);
            QVERIFY2(attempt->current()->isAnswered(), qPrintable(type));
            if (i == 2)
                key(window, Qt::Key_F, Qt::AltModifier);
            key(window, Qt::Key_N, Qt::AltModifier);
        }
        shoot(window, QStringLiteral("5-question-later"));
        expectQuestionGetsTheHeight(window, QStringLiteral("the sixth question"));
        key(window, Qt::Key_R, Qt::AltModifier);
        shoot(window, QStringLiteral("6-review"));
        key(window, Qt::Key_Return); // "Submit my answers" has focus
        shoot(window, QStringLiteral("7-confirm"));
        key(window, Qt::Key_Return); // "Yes" has focus
        QTest::qWait(100);
        shoot(window, QStringLiteral("8-results"));
        key(window, Qt::Key_Return); // "See your next steps"
        shoot(window, QStringLiteral("9-next-steps"));
        press(window, "backButton"); // to the results
        QTest::qWait(600);
        press(window, "homeButton");
        QTest::qWait(600);
        press(window, "historyButton");
        shoot(window, QStringLiteral("10-history"));

        // What was stored: one finished attempt with five answers and one flag, scored by the
        // engine exactly as the results screen showed.
        QString error;
        auto storage = *Storage::open(m_database);
        QVERIFY(storage);
        const auto profile = storage->profileByName(name);
        QVERIFY(profile);
        const auto attempts = storage->attempts(profile->id);
        QVERIFY(attempts);
        QCOMPARE(attempts->size(), 1);
        QVERIFY(attempts->first().isFinished());
        Quiz quiz;
        const auto report = reportForAttempt(*storage, attempts->first().id, &quiz);
        QVERIFY(report);
        const auto responses = storage->responses(attempts->first().id, quiz);
        QCOMPARE(responses->size(), 5);
        QCOMPARE(storage->flags(attempts->first().id)->size(), 1);
        QVERIFY(report->overallPercent.has_value());
    }
};

QTEST_MAIN(TestLearnerApp)
#include "tst_learnerapp.moc"
