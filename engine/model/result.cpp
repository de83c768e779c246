#include "result.h"

#include <QtGlobal>

namespace hitready::detail {

void resultMisuse(const char *what, const QString &error)
{
    if (error.isEmpty())
        qFatal("hitready::Result misused: %s", what);
    qFatal("hitready::Result misused: %s (%s)", what, qPrintable(error));
}

} // namespace hitready::detail
