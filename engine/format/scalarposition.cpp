#include "scalarposition.h"

namespace hitready {

namespace {

bool isContinuationByte(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

// The length of the line break at `at` (libyaml's breaks: \r\n, \r, \n, NEL, LS, PS), or 0.
qsizetype breakLength(const QByteArray &s, qsizetype at)
{
    const auto byte = [&](qsizetype i) {
        return i < s.size() ? uchar(s[i]) : 0;
    };
    if (byte(at) == '\r')
        return byte(at + 1) == '\n' ? 2 : 1;
    if (byte(at) == '\n')
        return 1;
    if (byte(at) == 0xC2 && byte(at + 1) == 0x85)
        return 2;
    if (byte(at) == 0xE2 && byte(at + 1) == 0x80 && (byte(at + 2) == 0xA8 || byte(at + 2) == 0xA9))
        return 3;
    return 0;
}

// Walks the source one character at a time, keeping libyaml's line and column.
struct Cursor
{
    const QByteArray &source;
    qsizetype at;
    int line;
    int column;

    bool atEnd() const { return at >= source.size(); }
    char byte() const { return source[at]; }
    void next()
    {
        if (const qsizetype length = breakLength(source, at)) {
            at += length;
            ++line;
            column = 1;
            return;
        }
        ++at;
        while (!atEnd() && isContinuationByte(source[at]))
            ++at;
        ++column;
    }
};

} // namespace

qsizetype ScalarPositions::lineStart(int line) const
{
    if (m_lineStarts.empty()) {
        // libyaml skips a UTF-8 byte-order mark before counting columns.
        m_lineStarts.push_back(m_source.startsWith("\xEF\xBB\xBF") ? 3 : 0);
        for (qsizetype i = 0; i < m_source.size();) {
            const qsizetype length = breakLength(m_source, i);
            i += length ? length : 1;
            if (length)
                m_lineStarts.push_back(i);
        }
    }
    return line >= 1 && size_t(line) <= m_lineStarts.size() ? m_lineStarts[size_t(line) - 1] : -1;
}

std::pair<int, int> ScalarPositions::locate(const YamlNode &scalar, const QString &value,
                                            qsizetype offset) const
{
    const std::pair<int, int> start{scalar.line, scalar.column};
    if (offset < 0 || offset >= value.size() || m_source.isEmpty())
        return start;
    const char16_t wanted = value.at(offset).unicode();
    if (wanted <= u' ' || wanted >= 0x7F || wanted == u'\'' || wanted == u'"' || wanted == u'\\')
        return start;
    // UTF-16 files are read by libyaml too, but our byte walk is UTF-8 only.
    if (m_source.startsWith("\xFF\xFE") || m_source.startsWith("\xFE\xFF"))
        return start;
    const auto occurrence = value.left(offset).count(QChar(wanted));

    Cursor c{m_source, lineStart(scalar.line), scalar.line, 1};
    if (c.at < 0)
        return start;
    while (c.column < scalar.column && !c.atEnd() && !breakLength(m_source, c.at))
        c.next();
    using Style = YamlNode::Style;
    if (scalar.style == Style::Literal || scalar.style == Style::Folded) {
        // Content starts on the line after the indicator, whose comment may hold anything.
        const int header = c.line;
        while (!c.atEnd() && c.line == header)
            c.next();
    }
    const bool quoted = scalar.style == Style::SingleQuoted || scalar.style == Style::DoubleQuoted;
    const char quote = scalar.style == Style::SingleQuoted ? '\'' : '"';
    bool opened = false;
    qsizetype seen = 0;
    while (!c.atEnd()) {
        const char b = c.byte();
        if (quoted && b == quote) {
            if (!opened) {
                opened = true;
            } else if (quote == '\'' && c.at + 1 < m_source.size() && m_source[c.at + 1] == '\'') {
                c.next(); // '' stands for one quote
            } else {
                return start; // the closing quote: damaged input or an escape we cannot follow
            }
        } else if (quote == '"' && quoted && b == '\\') {
            c.next();
            if (c.atEnd())
                return start;
            const char escape = c.byte();
            if (escape == 'x' || escape == 'u' || escape == 'U')
                return start; // may spell the wanted character
        } else if (b == char(wanted) && (!quoted || opened) && seen++ == occurrence) {
            return {c.line, c.column};
        }
        c.next();
    }
    return start;
}

} // namespace hitready
