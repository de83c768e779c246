#pragma once
// Finished attempts as CSV for spreadsheets and other tools (hitready-cli export): one line
// per attempt with its per-domain percents, or one line per stored answer. Columns are
// documented in docs/statistics.md.

#include "storage.h"

#include <QTextStream>

namespace hitready {

enum class ExportRows { Attempts, Responses };

// Streams the CSV to `out` in one pass over the answers; false with *error on a database or
// snapshot failure (lines written before it stay written).
bool exportAttemptsCsv(const Storage &storage, const AttemptSelection &selection, ExportRows rows,
                       QTextStream &out, QString *error);

} // namespace hitready
