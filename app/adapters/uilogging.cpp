#include "uilogging.h"

namespace hitready {

Q_LOGGING_CATEGORY(lcUi, "hitready.ui", QtInfoMsg)

} // namespace hitready
