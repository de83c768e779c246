#include "apptranslations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace hitready {

bool installAppTranslations(QCoreApplication *app)
{
    auto *translator = new QTranslator(app);
    const bool loaded = translator->load(QLocale(), QStringLiteral("hitready"), QStringLiteral("_"),
                                         QStringLiteral(":/i18n")) ||
                        translator->load(QStringLiteral(":/i18n/hitready_en.qm"));
    if (!loaded || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace hitready
