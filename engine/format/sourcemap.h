#pragma once
// Where each item, stimulus and recommendation of a quiz file stands, read from the YAML tree
// without loading the quiz: what an author's tools need to point at a line (the preview jumps
// to the item whose lines changed and selects the item a problem is in; warnings name the line
// and column of the text that gives an answer away).

#include <QByteArray>
#include <QList>
#include <QString>

namespace hitready {

// One scalar of an entry: its path inside the entry ("prompt", "prompt/es", "options/1/text/en",
// "feedback/dis") and where its value starts (1-based).
struct SourceScalar
{
    QString path;
    int line = 0;
    int column = 0;
    bool operator==(const SourceScalar &) const = default;
};

struct SourceEntry
{
    enum class Kind { Item, Stimulus, Recommendation };
    Kind kind = Kind::Item;
    QString id;        // empty when the entry has no scalar `id`
    int firstLine = 0; // the line its list entry starts on
    int lastLine = 0;  // the line before the next entry (or the next top-level key, or the end)
    QList<SourceScalar> scalars; // in file order
    bool operator==(const SourceEntry &) const = default;

    // The scalar at `path`, or null.
    const SourceScalar *scalar(QStringView path) const;
};

// Every entry of the top-level `stimuli`, `items` and `recommendations` lists, in file order;
// empty when `bytes` is not YAML or not a mapping. Lists that are malformed give what they can.
QList<SourceEntry> sourceEntries(const QByteArray &bytes, const QString &fileName);

// The entry whose lines hold `line`, or null.
const SourceEntry *entryAtLine(const QList<SourceEntry> &entries, int line);

} // namespace hitready

namespace hitready {

// A line of the file as the author wrote it, its indentation left out: `column` is where `text`
// starts (1-based, in characters as libyaml counts them).
struct WrittenLine
{
    int line = 0;
    int column = 0;
    QString text;
    bool operator==(const WrittenLine &) const = default;
};

// The lines each scalar of `starts` (where its value starts, as SourceScalar gives it) is
// written on: a block scalar's content lines after its `|` or `>`, a quoted or plain scalar's
// lines from its start to its last character; empty for a position that starts no scalar. What
// a check reads that cares about the author's layout: a table that `>` folds into one line is
// still rows in the file.
QList<QList<WrittenLine>> writtenLines(const QByteArray &bytes, const QString &fileName,
                                       const QList<std::pair<int, int>> &starts);

} // namespace hitready
