#pragma once
// What the live preview (hitready --preview) makes of a quiz file an author is editing: the
// quiz as the preview shows it (every item, in file order, answerable with feedback), and which
// items an edit touched, so the preview can jump to the one the author just changed.

#include "quiz.h"
#include "sourcemap.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace hitready {

// `quiz` made to show every item once, in file order, with practice feedback: no draw, no item
// shuffle, no time limit, practice mode. Option shuffling and confidence stay, as a learner
// sees them.
Quiz previewQuiz(const Quiz &quiz);

// A version of a quiz file: its bytes and where its entries stand.
struct SourceVersion
{
    QByteArray bytes;
    QList<SourceEntry> entries; // sourceEntries(bytes, ...)
};

// The ids of the items whose own lines differ between `before` and `after` (compared by text,
// so an item that only moved down because an earlier one grew is unchanged), new items
// included, in the file order of `after`. An item whose stimulus changed counts as changed
// (`afterQuiz`, the quiz loaded from `after`, says which stimulus an item shows).
QStringList changedItems(const SourceVersion &before, const SourceVersion &after,
                         const Quiz &afterQuiz);

// The id of the item whose lines hold `line` in `entries` (a problem's line), or "" when the
// line is in no item (or in a stimulus: then its first item, if any).
QString itemAtLine(const Quiz &quiz, const QList<SourceEntry> &entries, int line);

} // namespace hitready
