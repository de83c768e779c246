#pragma once
// The learner's display settings - text size, the high-contrast theme and the languages - kept
// between runs. Theme.qml and the adapters read them; the header bar's controls write them.

#include <QObject>
#include <QString>
#include <QVariantList>
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
    // The learner's language for the interface and the quiz texts: a code of appLanguages().
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // A second language shown under the first ("side by side"); "" shows one language only.
    Q_PROPERTY(QString secondLanguage READ secondLanguage WRITE setSecondLanguage NOTIFY
                   secondLanguageChanged)
    // The languages to choose from: [{code, name}], the name in its own language.
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

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
    QString language() const { return m_language; }
    // Installs the interface words of `code` (a language HIT Ready has, else the system's or
    // English) and retranslates the QML engine's every qsTr at once.
    void setLanguage(const QString &code);
    QString secondLanguage() const { return m_secondLanguage; }
    void setSecondLanguage(const QString &code);
    static QVariantList languages();
    // The name of a language in that language ("Español"); the code when HIT Ready has none.
    static QString languageName(const QString &code);

signals:
    void textScaleChanged();
    void highContrastChanged();
    void languageChanged();
    void secondLanguageChanged();

private:
    void save() const;

    QString m_path;
    double m_textScale = 1.0;
    bool m_highContrast = false;
    QString m_language;
    bool m_languageChosen = false; // the learner picked it (else: the system's, not saved)
    QString m_secondLanguage;
};

} // namespace hitready
