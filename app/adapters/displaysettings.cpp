#include "displaysettings.h"

#include "apptranslations.h"

#include <QLocale>
#include <QQmlEngine>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>

namespace hitready {

namespace {
const QString scaleKey = QStringLiteral("display/textScale");
const QString contrastKey = QStringLiteral("display/highContrast");
const QString languageKey = QStringLiteral("display/language");
const QString secondLanguageKey = QStringLiteral("display/secondLanguage");

// A second language worth showing: one HIT Ready has, and not the first one.
QString validSecond(const QString &code, const QString &first)
{
    return code != first && appLanguages().contains(code) ? code : QString();
}
} // namespace

DisplaySettings::DisplaySettings(QObject *parent) : DisplaySettings(settingsPath(), parent) {}

DisplaySettings::DisplaySettings(const QString &path, QObject *parent)
    : QObject(parent), m_path(path)
{
    const QSettings settings(m_path, QSettings::IniFormat);
    m_textScale = validScale(settings.value(scaleKey, 1.0).toDouble());
    m_highContrast = settings.value(contrastKey, false).toBool();
    m_languageChosen = settings.contains(languageKey);
    m_language = appLanguageFor(settings.value(languageKey).toString());
    m_secondLanguage = validSecond(settings.value(secondLanguageKey).toString(), m_language);
}

QString DisplaySettings::settingsPath()
{
    const QString fromEnvironment = qEnvironmentVariable("HITREADY_SETTINGS");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/display.conf");
}

double DisplaySettings::validScale(double scale)
{
    if (!std::isfinite(scale))
        return minimumScale;
    const double stepped = std::round(scale / scaleStep) * scaleStep;
    return std::clamp(stepped, minimumScale, maximumScale);
}

void DisplaySettings::setTextScale(double scale)
{
    const double valid = validScale(scale);
    if (qFuzzyCompare(valid, m_textScale))
        return;
    m_textScale = valid;
    save();
    emit textScaleChanged();
}

void DisplaySettings::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    save();
    emit highContrastChanged();
}

void DisplaySettings::setLanguage(const QString &code)
{
    const QString language = appLanguageFor(code);
    if (language == m_language)
        return;
    m_language = language;
    m_languageChosen = true;
    useAppLanguage(m_language);
    if (m_secondLanguage == m_language)
        m_secondLanguage.clear();
    save();
    emit languageChanged();
    emit secondLanguageChanged();
    // Every qsTr binding of the engine that made this singleton takes the new words at once.
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate();
}

void DisplaySettings::setSecondLanguage(const QString &code)
{
    const QString second = validSecond(code, m_language);
    if (second == m_secondLanguage)
        return;
    m_secondLanguage = second;
    save();
    emit secondLanguageChanged();
}

QString DisplaySettings::languageName(const QString &code)
{
    // QLocale has no Hmong, and its names of the others are the ones wanted here.
    if (code == u"hmn")
        return QStringLiteral("Hmoob");
    if (code == u"en")
        return QStringLiteral("English");
    if (code == u"es") // QLocale's own name for "es" is "español de España"
        return QStringLiteral("Español");
    const QLocale locale(code);
    if (locale.language() == QLocale::C || locale.nativeLanguageName().isEmpty())
        return code;
    QString name = locale.nativeLanguageName();
    name[0] = name.at(0).toUpper();
    return name;
}

QVariantList DisplaySettings::languages()
{
    QVariantList list;
    for (const QString &code : appLanguages())
        list.append(QVariantMap{{QStringLiteral("code"), code},
                                {QStringLiteral("name"), languageName(code)}});
    return list;
}

void DisplaySettings::save() const
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(scaleKey, m_textScale);
    settings.setValue(contrastKey, m_highContrast);
    if (m_languageChosen) // else the system language keeps deciding
        settings.setValue(languageKey, m_language);
    settings.setValue(secondLanguageKey, m_secondLanguage);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qWarning("hitready: display settings could not be saved to %s", qPrintable(m_path));
}

} // namespace hitready
