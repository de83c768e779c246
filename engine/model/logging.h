#pragma once
// The engine's logging categories, each declared here and defined once (logging.cpp).
// Enable with QT_LOGGING_RULES, e.g. "hitready.storage.debug=true".

#include <QLoggingCategory>

namespace hitready {

Q_DECLARE_LOGGING_CATEGORY(lcLoader)  // "hitready.engine.loader": quiz files read
Q_DECLARE_LOGGING_CATEGORY(lcStorage) // "hitready.storage": the database, schema upgrades
Q_DECLARE_LOGGING_CATEGORY(lcSession) // "hitready.session": attempts resumed, repaired
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)  // "hitready.outbox": answers sent to a class server

} // namespace hitready
