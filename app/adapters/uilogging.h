#pragma once
// The logging category of the QML adapters, declared here and defined once (uilogging.cpp).
// Enable with QT_LOGGING_RULES="hitready.ui.debug=true".

#include <QLoggingCategory>

namespace hitready {

Q_DECLARE_LOGGING_CATEGORY(lcUi) // "hitready.ui": databases opened, attempts, results, reports

} // namespace hitready
