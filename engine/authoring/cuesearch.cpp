#include "internal/answercues.h"

#include <QRegularExpression>
#include <algorithm>

namespace hitready {

qsizetype alphanumerics(QStringView s)
{
    qsizetype n = 0;
    for (QChar c : s)
        n += c.isLetterOrNumber();
    return n;
}

namespace {

// Two terms of a pair count as "together" when at most this many characters stand between
// them: "subsequent encounter (7th character D)" has 16, "BID = twice a day" 3; a sentence
// that merely names both in passing is usually longer.
constexpr qsizetype pairWindow = 40;

struct Match
{
    qsizetype start = 0;
    qsizetype end = 0;
};

bool boundaryBefore(const QString &text, qsizetype at, QChar first)
{
    if (at == 0 || !first.isLetterOrNumber())
        return true;
    const QChar before = text[at - 1];
    if (before.isLetterOrNumber())
        return false;
    // "5 mg" is not in "0.5 mg", nor 521 in 52.521.
    return !(first.isDigit() && (before == u'.' || before == u',') && at >= 2 &&
             text[at - 2].isDigit());
}

bool boundaryAfter(const QString &text, qsizetype end, QChar last)
{
    if (end >= text.size() || !last.isLetterOrNumber())
        return true;
    const QChar after = text[end];
    if (after.isLetterOrNumber())
        return false;
    return !(last.isDigit() && (after == u'.' || after == u',') && end + 1 < text.size() &&
             text[end + 1].isDigit());
}

// A capital letter that starts a sentence and is followed by a word is the article or a
// pronoun ("A patient has..."), not the letter a code uses.
bool isArticle(const QString &text, qsizetype at, qsizetype end)
{
    qsizetype b = at - 1;
    while (b >= 0 && text[b] == u' ')
        --b;
    const bool sentenceStart = b < 0 || QStringLiteral(".?!:\n").contains(text[b]);
    return sentenceStart && end + 1 < text.size() && text[end] == u' ' && text[end + 1].isLower();
}

QList<Match> occurrences(const QStringList &variants, const QString &text)
{
    QList<Match> found;
    for (const QString &v : variants) {
        // Terms of one or two letters ("A", "PO") are codes: their case matters, or every
        // article "a" would be the 7th character A.
        const Qt::CaseSensitivity cs =
            alphanumerics(v) <= 2 ? Qt::CaseSensitive : Qt::CaseInsensitive;
        for (qsizetype at = text.indexOf(v, 0, cs); at >= 0; at = text.indexOf(v, at + 1, cs)) {
            const qsizetype end = at + v.size();
            if (!boundaryBefore(text, at, v.front()) || !boundaryAfter(text, end, v.back()))
                continue;
            if (alphanumerics(v) == 1 && isArticle(text, at, end))
                continue;
            found.append({at, end});
        }
    }
    return found;
}

} // namespace

QStringView caseFolded(QStringView word, QString &buffer)
{
    const bool ascii =
        std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        buffer = word.toString().toCaseFolded();
        return buffer;
    }
    buffer.resize(word.size());
    QChar *to = buffer.data();
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        to[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
    }
    return buffer;
}

QString withoutHotMarkers(const QString &text)
{
    if (!text.contains(u'[')) // a character search first: most texts have no marker
        return text;
    static const QRegularExpression marker(QStringLiteral("\\[\\[[^|\\]]*\\|([^\\]]*)\\]\\]"));
    return QString(text).replace(marker, QStringLiteral("\\1"));
}

std::optional<QString> findCue(const AnswerCue &cue, const QString &text)
{
    if (cue.terms.isEmpty())
        return std::nullopt;
    const QList<Match> a = occurrences(cue.terms[0], text);
    if (a.isEmpty())
        return std::nullopt;
    const auto quote = [&text](const Match &m) {
        return u'"' + text.mid(m.start, m.end - m.start) + u'"';
    };
    if (cue.terms.size() == 1)
        return quote(a.first());
    for (const Match &x : a)
        for (const Match &y : occurrences(cue.terms[1], text)) {
            const bool near = y.start >= x.end ? y.start - x.end <= pairWindow
                                               : x.start >= y.end && x.start - y.end <= pairWindow;
            if (near)
                return quote(x) + QStringLiteral(" with ") + quote(y);
        }
    return std::nullopt;
}

} // namespace hitready
