#pragma once
// Items that give away another item's answer: the keyed answer of one item (a keyed option's
// text, an accepted text answer, a numeric answer with its unit, a matching pair, a term with
// its meaning) found in the prompt, options or stimulus of another item that can be in the same
// attempt, or - in a practice quiz, where explanations and feedback show after each answer - in
// the explanation or feedback of an item that can come before it. What an author reads as
// `FILE:LINE:COL: warning: ...` (hitready-cli lint) and in the preview.

#include "quiz.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hitready {

struct AuthoringWarning
{
    QString itemId; // the item whose text gives the answer away
    int line = 0;   // of the scalar that gives it away (0: unknown)
    int column = 0;
    QString message; // English, like the loader's problems
    bool operator==(const AuthoringWarning &) const = default;
};

// `bytes` is the file the quiz was loaded from (for positions via sourceEntries). Sorted by
// line and column.
QList<AuthoringWarning> answerLeakWarnings(const Quiz &quiz, const QByteArray &bytes,
                                           const QString &fileName);

} // namespace hitready
