#pragma once
// A question bank from another quiz tool written as a HIT Ready quiz file: the one way the CLI's
// `convert` and the app's "Import a question bank…" turn an import into YAML.

#include "interchange.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace hitready {

// The imported quiz as the quiz file `targetName`: comments at the top say where it came from
// (`sourceName`, by `importedBy`) and what the author must still add (levels,
// recommendations), and the bytes are checked to load (an Error with the loader's problems, at
// `targetName`, if they do not: a fault of the writer, never of the input).
Result<QByteArray> importedQuizFile(const ImportedQuiz &imported, const QString &sourceName,
                                    const QString &importedBy, const QString &targetName);

} // namespace hitready
