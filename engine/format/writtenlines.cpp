// writtenLines() (sourcemap.h): the lines of the file a scalar is written on, for checks that read
// the author's layout rather than the value libyaml folds.

#include "scalarposition.h"
#include "sourcemap.h"
#include "yamltree.h"

#include <QHash>

namespace hitready {

namespace {

qint64 key(int line, int column)
{
    return (qint64(line) << 32) | quint32(column);
}

void collect(const YamlNode &node, int depth, const QHash<qint64, qsizetype> &wanted,
             QHash<qsizetype, const YamlNode *> &found)
{
    if (depth > 64)
        return;
    if (node.isScalar()) {
        if (const auto it = wanted.constFind(key(node.line, node.column)); it != wanted.cend())
            found.insert(*it, &node);
        return;
    }
    for (const auto &[k, value] : node.entries())
        collect(*value, depth + 1, wanted, found);
    for (const YamlNode *element : node.elements())
        collect(*element, depth + 1, wanted, found);
}

// Whether ScalarPositions can find this character where it is written.
bool locatable(QChar c)
{
    const char16_t u = c.unicode();
    return u > u' ' && u < 0x7F && u != u'\'' && u != u'"' && u != u'\\';
}

// The line a scalar's value ends on: that of its last character that can be located.
int lastLine(const YamlNode &scalar, const QString &value, const ScalarPositions &positions)
{
    const bool block =
        scalar.style == YamlNode::Style::Literal || scalar.style == YamlNode::Style::Folded;
    for (qsizetype i = value.size() - 1; i >= 0; --i) {
        if (!locatable(value[i]))
            continue;
        const auto [line, column] = positions.locate(scalar, value, i);
        // A block scalar's content never stands at its indicator; a plain one may at its start.
        if (line != scalar.line || column != scalar.column ||
            (scalar.style == YamlNode::Style::Plain && i == 0))
            return line;
    }
    return block ? scalar.line + 1 : scalar.line;
}

} // namespace

QList<QList<WrittenLine>> writtenLines(const QByteArray &bytes, const QString &fileName,
                                       const QList<std::pair<int, int>> &starts)
{
    QList<QList<WrittenLine>> lines(starts.size());
    QHash<qint64, qsizetype> wanted;
    for (qsizetype i = 0; i < starts.size(); ++i)
        wanted.insert(key(starts[i].first, starts[i].second), i);
    const YamlDocument doc = parseYaml(bytes, fileName);
    if (!doc.root || wanted.isEmpty())
        return lines;
    QHash<qsizetype, const YamlNode *> found;
    collect(*doc.root, 0, wanted, found);
    if (found.isEmpty())
        return lines;
    const QList<QByteArray> source = bytes.split('\n');
    const ScalarPositions positions(bytes);
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        const YamlNode &scalar = **it;
        const QString value = scalar.scalar();
        if (value.trimmed().isEmpty())
            continue;
        const bool block =
            scalar.style == YamlNode::Style::Literal || scalar.style == YamlNode::Style::Folded;
        const int first = block ? scalar.line + 1 : scalar.line;
        const int last = std::min(lastLine(scalar, value, positions), int(source.size()));
        const bool quoted = scalar.style == YamlNode::Style::SingleQuoted ||
                            scalar.style == YamlNode::Style::DoubleQuoted;
        const QChar quote = scalar.style == YamlNode::Style::SingleQuoted ? u'\'' : u'"';
        for (int line = first; line <= last; ++line) {
            QByteArray bytesOfLine = source[line - 1];
            if (bytesOfLine.endsWith('\r'))
                bytesOfLine.chop(1);
            QString text = QString::fromUtf8(bytesOfLine);
            int column = 1;
            if (line == scalar.line) { // the value starts after its key
                text = text.mid(scalar.column - 1);
                column = scalar.column;
                if (quoted && text.startsWith(quote)) { // the quotes are not the author's text
                    text.remove(0, 1);
                    ++column;
                }
            }
            while (text.endsWith(u' ') || text.endsWith(u'\t'))
                text.chop(1);
            if (quoted && line == last && text.endsWith(quote))
                text.chop(1);
            qsizetype indent = 0;
            while (indent < text.size() && (text[indent] == u' ' || text[indent] == u'\t'))
                ++indent;
            lines[it.key()].append({line, column + int(indent), text.mid(indent)});
        }
    }
    return lines;
}

} // namespace hitready
