#include "pipetables.h"

#include "sourcemap.h"

#include <QHash>
#include <algorithm>

namespace hitready {

namespace {

bool isSeparatorRow(QStringView line)
{
    if (!line.contains(u'|') || line.count(u'-') < 3)
        return false;
    return std::all_of(line.begin(), line.end(), [](QChar c) {
        return c == u'|' || c == u'-' || c == u':' || c == u' ' || c == u'\t';
    });
}

bool isRow(QStringView line)
{
    return line.contains(u'|') &&
           std::any_of(line.begin(), line.end(), [](QChar c) { return c != u'|' && !c.isSpace(); });
}

// One text a learner reads that may hold a table: most hold no `|` at all and are never looked
// up in the file.
struct Candidate
{
    qsizetype item = 0;
    QString what;              // "the prompt", "option b", ...
    QString path, plainPath;   // of its scalar in the item's entry (sourcemap.h)
    std::pair<int, int> start; // where that scalar starts, once found
};

void addCandidates(QList<Candidate> &into, qsizetype item, const QString &what, const Text &text,
                   const QString &path)
{
    for (auto it = text.byLanguage.cbegin(); it != text.byLanguage.cend(); ++it)
        if (it.value().contains(u'|') && it.value().count(u'|') >= 2)
            into.append({item, what, path + u'/' + it.key(), path, {}});
}

QString message(const QString &what, const QString &itemId)
{
    return QStringLiteral(
               "%1 of %2 holds a table drawn with '|' characters: its columns do not line up "
               "on screen and the review and the PDF run its rows together; put the table in "
               "a 'stimuli' entry (table: with columns and rows) and name it in the item's "
               "'stimulus'")
        .arg(what, itemId);
}

} // namespace

qsizetype firstPipeTableRow(const QStringList &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isSeparatorRow(lines[i]))
            return i;
        if (isRow(lines[i]) && i + 1 < lines.size() && isRow(lines[i + 1]))
            return i;
    }
    return -1;
}

QList<AuthoringWarning> pipeTableWarnings(const Quiz &quiz, const QByteArray &bytes,
                                          const QString &fileName)
{
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < quiz.items.size(); ++i) {
        const Item &item = quiz.items[i];
        addCandidates(candidates, i, QStringLiteral("the prompt"), item.prompt,
                      QStringLiteral("prompt"));
        for (qsizetype o = 0; o < item.options.size(); ++o) {
            const Option &option = item.options[o];
            const QString path = QStringLiteral("options/%1/").arg(o);
            addCandidates(candidates, i, QStringLiteral("option ") + option.id, option.text,
                          path + QStringLiteral("text"));
            addCandidates(candidates, i, QStringLiteral("the feedback of option ") + option.id,
                          option.feedback, path + QStringLiteral("feedback"));
        }
        addCandidates(candidates, i, QStringLiteral("the explanation"), item.explanation,
                      QStringLiteral("explanation"));
    }
    if (candidates.isEmpty())
        return {};

    QHash<QString, const SourceEntry *> entries;
    const QList<SourceEntry> source = sourceEntries(bytes, fileName);
    for (const SourceEntry &entry : source)
        if (entry.kind == SourceEntry::Kind::Item)
            entries.insert(entry.id, &entry);
    QList<std::pair<int, int>> starts;
    for (Candidate &c : candidates) {
        const SourceEntry *entry = entries.value(quiz.items[c.item].id);
        const SourceScalar *scalar = entry ? entry->scalar(c.path) : nullptr;
        if (!scalar && entry)
            scalar = entry->scalar(c.plainPath); // a plain string in the quiz's language
        c.start = scalar ? std::pair(scalar->line, scalar->column) : std::pair(0, 0);
        starts.append(c.start);
    }
    const QList<QList<WrittenLine>> written = writtenLines(bytes, fileName, starts);

    QList<AuthoringWarning> warnings;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        QStringList lines;
        for (const WrittenLine &l : written[i])
            lines.append(l.text);
        const qsizetype row = firstPipeTableRow(lines);
        if (row < 0)
            continue;
        const Candidate &c = candidates[i];
        const QString &id = quiz.items[c.item].id;
        warnings.append({id, written[i][row].line, written[i][row].column, message(c.what, id)});
    }
    std::stable_sort(warnings.begin(), warnings.end(), [](const auto &a, const auto &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return warnings;
}

QList<AuthoringWarning> authoringWarnings(const Quiz &quiz, const QByteArray &bytes,
                                          const QString &fileName)
{
    QList<AuthoringWarning> warnings = answerLeakWarnings(quiz, bytes, fileName);
    warnings.append(pipeTableWarnings(quiz, bytes, fileName));
    std::stable_sort(warnings.begin(), warnings.end(), [](const auto &a, const auto &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return warnings;
}

} // namespace hitready
