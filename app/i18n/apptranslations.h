#pragma once
// The app's and the CLI's own words in the learner's language (Qt Linguist,
// app/i18n/hitready_<code>.ts, compiled into :/i18n). English needs only its plural forms
// ("1 attempt", "2 attempts"); every other language translates every string.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace hitready {

// The interface languages HIT Ready has, by code ("en", "es", "hmn"), English first.
QStringList appLanguages();

// The language to use for `requested`: itself when HIT Ready has it; for "" the system
// language when HIT Ready has it; else "en".
QString appLanguageFor(const QString &requested);

// Installs the words of appLanguageFor(requested), replacing the ones installed by an earlier
// call; returns the language installed ("" when not even English could be loaded). The app
// calls QQmlEngine::retranslate() after it.
QString useAppLanguage(const QString &requested);

// useAppLanguage("") for `app`; false if no translation could be loaded.
bool installAppTranslations(QCoreApplication *app);

} // namespace hitready
