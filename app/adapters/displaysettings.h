#pragma once
// The learner's display settings - text size and the high-contrast theme - kept between runs.
// Theme.qml reads them; the header bar's controls write them.

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class DisplaySettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(DisplaySettings)
    // 1.0 .. 2.0 (100-200%), in steps of 0.25.
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)

public:
    static constexpr double minimumScale = 1.0;
    static constexpr double maximumScale = 2.0;
    static constexpr double scaleStep = 0.25;

    // Reads settingsPath() (the user's config file unless $HITREADY_SETTINGS names another).
    explicit DisplaySettings(QObject *parent = nullptr);
    explicit DisplaySettings(const QString &path, QObject *parent = nullptr);

    // $HITREADY_SETTINGS, else <config folder>/hitready.conf.
    static QString settingsPath();
    // A stored or requested scale brought into range and onto a step (NaN: 100%).
    static double validScale(double scale);

    double textScale() const { return m_textScale; }
    void setTextScale(double scale);
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);

signals:
    void textScaleChanged();
    void highContrastChanged();

private:
    void save() const;

    QString m_path;
    double m_textScale = 1.0;
    bool m_highContrast = false;
};

} // namespace hitready
