// hitready-appbench: the learner app's budgets, measured on the real app (make bench).
//   start to first frame: `hitready --first-frame-time` spawned offscreen, median of 7 runs,
//     both as the app measures it (from main()) and as seen from outside (process start to
//     the line it prints);
//   peak RSS of a 100-item attempt: a child process loads the app's QML, takes a generated
//     100-item quiz by keyboard to its results, and reports getrusage()'s peak; median of 3.

#include "quizgenerator.h"
#include "session.h"
#include "storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

Q_IMPORT_QML_PLUGIN(HitReadyPlugin)

namespace {

// A folder with a fresh database, settings and (for the attempt) a 100-item quiz.
QProcessEnvironment environmentIn(const QTemporaryDir &dir, const QString &run)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HITREADY_DB"), dir.filePath(run + QStringLiteral(".sqlite")));
    env.insert(QStringLiteral("HITREADY_SETTINGS"), dir.filePath(run + QStringLiteral(".conf")));
    env.insert(QStringLiteral("HITREADY_USER_QUIZ_DIR"), dir.filePath(QStringLiteral("mine")));
    return env;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

QString list(const QList<double> &values)
{
    QStringList out;
    for (double v : values)
        out.append(QString::number(v, 'f', 0));
    return out.join(QStringLiteral(", "));
}

void key(QQuickWindow *window, Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
{
    QTest::keyClick(window, k, m);
    QTest::qWait(5);
}

// The child: one whole attempt, then its peak resident set size in KiB on stdout.
int runAttempt(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/HitReady/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window || !QTest::qWaitForWindowExposed(window))
        return 1;
    for (const char c : QByteArrayLiteral("Bench"))
        if (c)
            QTest::keyClick(window, c);
    key(window, Qt::Key_Return); // add the profile
    key(window, Qt::Key_Return); // the quiz
    QTest::qWait(500);
    key(window, Qt::Key_Return); // start
    QTest::qWait(500);
    for (int i = 0; i < 100; ++i) {
        key(window, Qt::Key_1);
        key(window, Qt::Key_N, Qt::AltModifier);
    }
    key(window, Qt::Key_R, Qt::AltModifier);
    QTest::qWait(500);
    key(window, Qt::Key_Return);
    QTest::qWait(300);
    key(window, Qt::Key_Return);
    QTest::qWait(800); // the results page, its charts and the plan
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    // Only a finished attempt with every answer counts as a measurement.
    const auto opened = hitready::Storage::open(qEnvironmentVariable("HITREADY_DB"));
    const auto &storage = *opened;
    const auto profile =
        opened ? storage->profileByName(QStringLiteral("Bench")).toOptional() : std::nullopt;
    const auto attempts = profile ? storage->attempts(profile->id).toOptional() : std::nullopt;
    hitready::Quiz quiz;
    if (!attempts || attempts->size() != 1 || !attempts->first().isFinished() ||
        !hitready::reportForAttempt(*storage, attempts->first().id, &quiz) ||
        storage->responses(attempts->first().id, quiz)->size() != 100) {
        std::fprintf(stderr, "the attempt did not finish with 100 answers\n");
        return 1;
    }
    std::printf("peak-rss-kb %ld\n", usage.ru_maxrss);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--attempt-child") == 0)
        return runAttempt(argc, argv);

    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QList<double> inside, outside, rss;
    for (int run = 0; run < 7; ++run) {
        QProcess process;
        process.setProcessEnvironment(environmentIn(dir, QStringLiteral("start-%1").arg(run)));
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(HITREADY_APP), {QStringLiteral("--first-frame-time")});
        QByteArray line;
        while (!line.contains('\n') && process.waitForReadyRead(30000))
            line += process.readAllStandardOutput();
        outside.append(double(clock.elapsed()));
        process.waitForFinished(30000);
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() < 4) {
            std::fprintf(stderr, "hitready printed no first-frame time: %s\n",
                         process.readAllStandardError().constData());
            return 1;
        }
        inside.append(words.at(3).toDouble());
    }
    std::printf("start to first frame (offscreen, 7 runs): median %.0f ms from main() [%s], "
                "%.0f ms from process start [%s]; budget 600 ms\n",
                median(inside), qPrintable(list(inside)), median(outside),
                qPrintable(list(outside)));

    QDir(dir.path()).mkpath(QStringLiteral("quiz"));
    QFile quiz(dir.filePath(QStringLiteral("quiz/hundred.yaml")));
    if (!quiz.open(QIODevice::WriteOnly) || quiz.write(hitready::bench::generateQuizYaml(100)) < 0)
        return 1;
    quiz.close();
    for (int run = 0; run < 3; ++run) {
        QProcess child;
        QProcessEnvironment env = environmentIn(dir, QStringLiteral("attempt-%1").arg(run));
        env.insert(QStringLiteral("HITREADY_QUIZ_DIR"), dir.filePath(QStringLiteral("quiz")));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--attempt-child")});
        child.waitForFinished(120000);
        const QList<QByteArray> words = child.readAllStandardOutput().simplified().split(' ');
        if (child.exitCode() != 0 || words.size() < 2) {
            std::fprintf(stderr, "the attempt child failed: %s\n",
                         child.readAllStandardError().constData());
            return 1;
        }
        rss.append(words.at(1).toDouble() / 1024.0);
    }
    std::printf(
        "peak RSS during a 100-item attempt (3 runs): median %.0f MiB [%s]; budget 150 MB\n",
        median(rss), qPrintable(list(rss)));
    return 0;
}
