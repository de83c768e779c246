#include "result.h"

#include <QtGlobal>

namespace hitready::detail {

void resultMisuse(const char *what)
{
    qFatal("hitready::Result misused: %s", what);
}

} // namespace hitready::detail
