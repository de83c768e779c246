#include "apptranslations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace hitready {

namespace {

const QString folder = QStringLiteral(":/i18n");

QString qmFile(const QString &language)
{
    return folder + QStringLiteral("/hitready_") + language + QStringLiteral(".qm");
}

// The translator installed last; owned by the application object.
QPointer<QTranslator> &installed()
{
    static QPointer<QTranslator> translator;
    return translator;
}

} // namespace

QStringList appLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(folder).entryList({QStringLiteral("hitready_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(9, file.size() - 12)); // "hitready_" ... ".qm"
    languages.removeAll(QStringLiteral("en"));
    languages.prepend(QStringLiteral("en"));
    return languages;
}

QString appLanguageFor(const QString &requested)
{
    const QStringList have = appLanguages();
    if (!requested.isEmpty())
        return have.contains(requested) ? requested : QStringLiteral("en");
    for (const QString &name : QLocale().uiLanguages()) {
        const QString code = QLocale(name).name().section(u'_', 0, 0);
        if (have.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString useAppLanguage(const QString &requested)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return {};
    const QString language = appLanguageFor(requested);
    auto *translator = new QTranslator(app);
    if (!translator->load(qmFile(language)) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return {};
    }
    if (QTranslator *previous = installed()) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }
    installed() = translator;
    return language;
}

bool installAppTranslations(QCoreApplication *app)
{
    return app && !useAppLanguage(QString()).isEmpty();
}

} // namespace hitready
