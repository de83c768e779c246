#pragma once
// The app's own translations (Qt Linguist, app/i18n/hitready_<lang>.ts, built into :/i18n):
// the system language's when there is one, else English, whose only entries are the plural
// forms of counted phrases ("1 attempt", "2 attempts").

class QCoreApplication;

namespace hitready {

// Installs the translation on `app`; false if none could be loaded.
bool installAppTranslations(QCoreApplication *app);

} // namespace hitready
