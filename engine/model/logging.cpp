#include "logging.h"

namespace hitready {

Q_LOGGING_CATEGORY(lcLoader, "hitready.engine.loader", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "hitready.storage")
Q_LOGGING_CATEGORY(lcSession, "hitready.session")
Q_LOGGING_CATEGORY(lcOutbox, "hitready.outbox")

} // namespace hitready
