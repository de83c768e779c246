// hitready: the learner app. All logic lives in the engine and the QML module's adapters.

#include "appidentity.h"
#include "apptranslations.h"
#include "displaysettings.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(HitReadyPlugin)

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    hitready::setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("HIT Ready"));
    // The learner's language from the settings (else the system's); DisplaySettings switches it.
    if (hitready::useAppLanguage(hitready::DisplaySettings().language()).isEmpty())
        qWarning("HIT Ready: the built-in translations could not be loaded");

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the first frame as a PNG and quit."),
                                        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    const QCommandLineOption firstFrame(
        QStringLiteral("first-frame-time"),
        QStringLiteral("Print how long the first frame took from the start of main(), and quit."));
    parser.addOption(firstFrame);
    // Read by LearnerDatabase; declared here so --help lists it.
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database file to use, or a class URL (postgresql://...)."),
                      QStringLiteral("PATH|URL")});
    const QCommandLineOption preview(
        QStringLiteral("preview"),
        QStringLiteral("Open the authoring preview of a quiz file: its items as a learner sees "
                       "them, reloaded on every save. Writes nothing to the learner database."),
        QStringLiteral("FILE"));
    parser.addOption(preview);
    parser.process(app);

    QQmlApplicationEngine engine;
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreated, &app,
        [&](QObject *object, const QUrl &) {
            auto *window = qobject_cast<QQuickWindow *>(object);
            if (!window)
                QCoreApplication::exit(1);
            else if (parser.isSet(firstFrame))
                QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
                    printf("first frame after %lld ms\n", qint64(sinceStart.elapsed()));
                    fflush(stdout);
                    QCoreApplication::exit(0);
                });
            else if (parser.isSet(screenshot))
                QObject::connect(
                    window, &QQuickWindow::frameSwapped, &app,
                    [&, window] {
                        const bool saved = window->grabWindow().save(parser.value(screenshot));
                        QCoreApplication::exit(saved ? 0 : 1);
                    },
                    Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    if (parser.isSet(preview)) {
        engine.setInitialProperties({{QStringLiteral("filePath"), parser.value(preview)}});
        engine.load(QUrl(QStringLiteral("qrc:/HitReady/PreviewWindow.qml")));
    } else {
        engine.load(QUrl(QStringLiteral("qrc:/HitReady/Main.qml")));
    }
    return QGuiApplication::exec();
}
