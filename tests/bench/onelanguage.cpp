#include "onelanguage.h"

#include <QByteArrayList>
#include <QRegularExpression>

namespace hitready::bench {

namespace {

qsizetype indentOf(const QByteArray &line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == ' ')
        ++i;
    return i;
}

bool isBlank(const QByteArray &line)
{
    return line.trimmed().isEmpty();
}

// The lines of `lines` from `from` that belong to the entry starting there: those after it
// that are blank or indented deeper than `indent`.
qsizetype entryEnd(const QByteArrayList &lines, qsizetype from, qsizetype indent)
{
    qsizetype end = from + 1;
    while (end < lines.size() && (isBlank(lines.at(end)) || indentOf(lines.at(end)) > indent))
        ++end;
    return end;
}

} // namespace

QByteArray keepOneLanguage(const QByteArray &yaml, const QByteArray &language)
{
    // A text-map entry in another language: `  es: ...` or `  - es: ...`, any 2-3 letter code.
    static const QRegularExpression otherEntry(QStringLiteral("^( *)(- )?([a-z]{2,3}):( |$)"));
    const QByteArrayList lines = yaml.split('\n');
    QByteArrayList kept;
    for (qsizetype i = 0; i < lines.size();) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith("translations:")) {
            i = entryEnd(lines, i, 0);
            continue;
        }
        const auto m = otherEntry.match(QString::fromUtf8(line));
        if (m.hasMatch() && m.captured(3).toUtf8() != language && kept.size() > 0 &&
            m.captured(2).isEmpty()) {
            // Only inside a map whose earlier entry is `language` (a text map), never a key
            // such as `id:` that happens to be short.
            const qsizetype indent = m.capturedLength(1);
            bool inTextMap = false;
            for (qsizetype k = kept.size() - 1; k >= 0; --k) {
                const QByteArray &previous = kept.at(k);
                if (isBlank(previous) || indentOf(previous) > indent)
                    continue;
                // The column of its key: after the dash of a list entry.
                const QByteArray entry = previous.mid(indentOf(previous));
                const bool dashed = entry.startsWith("- ");
                const qsizetype column = indentOf(previous) + (dashed ? 2 : 0);
                if (column > indent)
                    continue;
                inTextMap =
                    column == indent && entry.mid(dashed ? 2 : 0).startsWith(language + ':');
                break;
            }
            if (inTextMap) {
                i = entryEnd(lines, i, indent);
                continue;
            }
        }
        kept.append(line);
        ++i;
    }
    // `key:` followed by a lone `  language: value` (and its deeper lines): `key: value`.
    QByteArrayList out;
    const QByteArray own = language + ':';
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const QByteArray &line = kept.at(i);
        const qsizetype indent = indentOf(line);
        const bool bareKey = line.endsWith(':') && !line.trimmed().startsWith('#');
        if (bareKey && i + 1 < kept.size()) {
            const QByteArray &next = kept.at(i + 1);
            const qsizetype childIndent = indentOf(next);
            const qsizetype end = entryEnd(kept, i + 1, childIndent);
            const bool alone = end >= kept.size() || indentOf(kept.at(end)) <= indent;
            if (childIndent > indent && next.mid(childIndent).startsWith(own) && alone) {
                out.append(line + next.mid(childIndent + own.size()));
                ++i;
                continue;
            }
        }
        // `- language: value` alone in its map: `- value`.
        const QByteArray dashOwn = "- " + own;
        if (line.mid(indent).startsWith(dashOwn)) {
            const qsizetype end = entryEnd(kept, i, indent + 2);
            const bool alone = end >= kept.size() || indentOf(kept.at(end)) <= indent;
            if (alone) {
                out.append(line.left(indent) + "-" + line.mid(indent + dashOwn.size()));
                continue;
            }
        }
        out.append(line);
    }
    return out.join('\n');
}

} // namespace hitready::bench
