#include "displaysettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>

namespace hitready {

namespace {
const QString scaleKey = QStringLiteral("display/textScale");
const QString contrastKey = QStringLiteral("display/highContrast");
} // namespace

DisplaySettings::DisplaySettings(QObject *parent) : DisplaySettings(settingsPath(), parent) {}

DisplaySettings::DisplaySettings(const QString &path, QObject *parent)
    : QObject(parent), m_path(path)
{
    const QSettings settings(m_path, QSettings::IniFormat);
    m_textScale = validScale(settings.value(scaleKey, 1.0).toDouble());
    m_highContrast = settings.value(contrastKey, false).toBool();
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

void DisplaySettings::save() const
{
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(scaleKey, m_textScale);
    settings.setValue(contrastKey, m_highContrast);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        qWarning("hitready: display settings could not be saved to %s", qPrintable(m_path));
}

} // namespace hitready
