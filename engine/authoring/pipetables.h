#pragma once
// Tables drawn with `|` in the texts a learner reads (a prompt, an option, its feedback, an
// explanation): a proportional font does not line their columns up and the review and the PDF
// flatten them, so the linter sends the author to a stimulus table (quiz-format.md, "Shared
// stimuli"). What an author reads as `FILE:LINE:COL: warning: ...` next to the answer leaks.

#include "answerleaks.h"

#include <QStringList>

namespace hitready {

// The index of the first row of the first pipe table in `lines` (one text's lines as written),
// or -1. A table is a separator row ("|---|---|", "--- | :---:") or two lines in a row that
// each hold a `|` with something else beside it; one "A | B" in a sentence is none.
qsizetype firstPipeTableRow(const QStringList &lines);

// One warning per text that holds a pipe table, at the table's first row. Sorted by line and
// column. `bytes` is the file the quiz was loaded from.
QList<AuthoringWarning> pipeTableWarnings(const Quiz &quiz, const QByteArray &bytes,
                                          const QString &fileName);

// Every warning of `lint` and the preview: answer leaks and pipe tables, by line and column.
QList<AuthoringWarning> authoringWarnings(const Quiz &quiz, const QByteArray &bytes,
                                          const QString &fileName);

} // namespace hitready
