#include "giftparse.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace hitready {

const char *giftKindName(GiftQuestion::Kind kind)
{
    switch (kind) {
    case GiftQuestion::Kind::Category:
        return "category";
    case GiftQuestion::Kind::Description:
        return "description";
    case GiftQuestion::Kind::Essay:
        return "essay";
    case GiftQuestion::Kind::MultipleChoice:
        return "multiple choice";
    case GiftQuestion::Kind::TrueFalse:
        return "true/false";
    case GiftQuestion::Kind::ShortAnswer:
        return "short answer";
    case GiftQuestion::Kind::Numerical:
        return "numerical";
    case GiftQuestion::Kind::Matching:
        return "matching";
    }
    return "";
}

namespace {

using Kind = GiftQuestion::Kind;

// One question's lines (blank lines end it, // comment lines are left out), each character
// with its offset in the file so that every problem is reported where it is.
struct Block
{
    QString text;
    QList<int> offsets;
    QStringList comments;
};

qsizetype findUnescaped(QStringView s, qsizetype from, QStringView needle)
{
    for (qsizetype i = from; i < s.size(); ++i) {
        if (s[i] == u'\\') {
            ++i;
            continue;
        }
        if (s.mid(i).startsWith(needle))
            return i;
    }
    return -1;
}

QString unescape(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\\' && i + 1 < s.size()) {
            const QChar next = s[i + 1];
            if (QStringView(u"~=#{}:\\").contains(next)) {
                out += next;
                ++i;
                continue;
            }
            if (next == u'n') {
                out += u'\n';
                ++i;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

std::optional<double> number(QStringView s)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(s.trimmed(), &ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

class GiftParser
{
public:
    GiftParser(const QString &text, const QString &fileName) : m_file(text), m_name(fileName)
    {
        m_lineStarts.append(0);
        for (qsizetype i = 0; i < text.size(); ++i)
            if (text[i] == u'\n')
                m_lineStarts.append(int(i + 1));
    }
    GiftParse parse();

private:
    void problem(int fileOffset, const QString &message)
    {
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), fileOffset);
        const int line = int(it - m_lineStarts.cbegin());
        m_out.problems.append({m_name, line, fileOffset - m_lineStarts.at(line - 1) + 1, message});
    }
    void locate(int fileOffset, int &line, int &column) const
    {
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), fileOffset);
        line = int(it - m_lineStarts.cbegin());
        column = fileOffset - m_lineStarts.at(line - 1) + 1;
    }
    void block(const Block &b);
    bool answers(const Block &b, qsizetype begin, qsizetype end, GiftQuestion &q);
    bool numerical(const Block &b, qsizetype begin, qsizetype end, GiftQuestion &q);
    bool answer(const Block &b, qsizetype begin, qsizetype end, GiftAnswer &a);

    const QString &m_file;
    QString m_name;
    QList<int> m_lineStarts;
    GiftParse m_out;
};

GiftParse GiftParser::parse()
{
    Block current;
    QStringList comments;
    const auto flush = [&] {
        if (!current.text.isEmpty())
            block(current);
        current = Block();
    };
    for (qsizetype l = 0; l < m_lineStarts.size(); ++l) {
        const qsizetype start = m_lineStarts.at(l);
        qsizetype end = l + 1 < m_lineStarts.size() ? m_lineStarts.at(l + 1) - 1 : m_file.size();
        if (end > start && m_file.at(end - 1) == u'\r')
            --end;
        const QStringView line = QStringView(m_file).mid(start, end - start);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            flush();
            comments.clear();
            continue;
        }
        if (trimmed.startsWith(u"//")) {
            if (current.text.isEmpty())
                comments.append(trimmed.mid(2).trimmed().toString());
            continue;
        }
        if (current.text.isEmpty()) {
            current.comments = comments;
            comments.clear();
        } else {
            current.text += u'\n';
            current.offsets.append(int(start - 1));
        }
        current.text += line;
        for (qsizetype i = start; i < end; ++i)
            current.offsets.append(int(i));
    }
    flush();
    return m_out;
}

void GiftParser::block(const Block &b)
{
    const QString &s = b.text;
    qsizetype pos = 0;
    while (pos < s.size() && s[pos].isSpace())
        ++pos;
    if (s.mid(pos).startsWith(QLatin1String("$CATEGORY:"))) {
        qsizetype lineEnd = s.indexOf(u'\n', pos);
        if (lineEnd < 0)
            lineEnd = s.size();
        GiftQuestion category;
        category.kind = Kind::Category;
        category.category = s.mid(pos + 10, lineEnd - pos - 10).trimmed();
        locate(b.offsets.at(pos), category.line, category.column);
        m_out.questions.append(category);
        if (lineEnd >= s.size())
            return;
        Block rest;
        rest.text = s.mid(lineEnd + 1);
        rest.offsets = b.offsets.mid(lineEnd + 1);
        block(rest);
        return;
    }
    GiftQuestion q;
    q.comments = b.comments;
    q.format = QStringLiteral("moodle");
    locate(b.offsets.at(pos), q.line, q.column);
    if (s.mid(pos).startsWith(u"::")) {
        const qsizetype close = findUnescaped(s, pos + 2, u"::");
        if (close < 0) {
            problem(b.offsets.at(pos), QStringLiteral("the title ::... has no closing '::' (a "
                                                      "':' inside a title is written '\\:')"));
            return;
        }
        q.title = unescape(QStringView(s).mid(pos + 2, close - pos - 2)).trimmed();
        pos = close + 2;
        while (pos < s.size() && s[pos].isSpace())
            ++pos;
    }
    static const QRegularExpression formatTag(
        QStringLiteral("^\\[(html|moodle|plain|markdown)\\]"));
    if (const auto m = formatTag.match(QStringView(s).mid(pos)); m.hasMatch()) {
        q.format = m.captured(1);
        pos += m.capturedLength();
    }
    const qsizetype open = findUnescaped(s, pos, u"{");
    if (open < 0) {
        q.kind = Kind::Description;
        q.stem = unescape(QStringView(s).mid(pos)).trimmed();
        m_out.questions.append(q);
        return;
    }
    const qsizetype close = findUnescaped(s, open + 1, u"}");
    if (close < 0) {
        problem(b.offsets.at(open), QStringLiteral("this '{' has no closing '}' before the "
                                                   "question ends (a blank line ends it)"));
        return;
    }
    if (const qsizetype inner = findUnescaped(s, open + 1, u"{"); inner >= 0 && inner < close) {
        problem(b.offsets.at(inner),
                QStringLiteral("a '{' inside the answers: write '\\{' for a brace in a text"));
        return;
    }
    if (const qsizetype again = findUnescaped(s, close + 1, u"{"); again >= 0) {
        problem(b.offsets.at(again), QStringLiteral("a second answer block in one question: "
                                                    "GIFT has one per question"));
        return;
    }
    const QString after = s.mid(close + 1);
    q.embedded = !after.trimmed().isEmpty();
    q.stem = unescape(q.embedded ? QString(s.mid(pos, open - pos) + QStringLiteral("_____") + after)
                                 : s.mid(pos, open - pos))
                 .trimmed();
    if (answers(b, open + 1, close, q))
        m_out.questions.append(q);
}

bool GiftParser::answers(const Block &b, qsizetype begin, qsizetype end, GiftQuestion &q)
{
    const QStringView s = QStringView(b.text);
    if (const qsizetype general = findUnescaped(s.left(end), begin, u"####"); general >= 0) {
        q.generalFeedback = unescape(s.mid(general + 4, end - general - 4)).trimmed();
        end = general;
    }
    const QStringView content = s.mid(begin, end - begin);
    const QStringView trimmed = content.trimmed();
    if (trimmed.isEmpty()) {
        q.kind = Kind::Essay;
        return true;
    }
    if (trimmed.startsWith(u'#')) {
        q.kind = Kind::Numerical;
        return numerical(b, findUnescaped(s.left(end), begin, u"#") + 1, end, q);
    }
    const bool tilde = findUnescaped(content, 0, u"~") >= 0;
    const bool arrow = findUnescaped(content, 0, u"->") >= 0;
    static const QRegularExpression truth(QStringLiteral("^(T|F|TRUE|FALSE)\\s*(#|$)"));
    if (tilde) {
        q.kind = Kind::MultipleChoice;
    } else if (arrow && findUnescaped(content, 0, u"=") >= 0) {
        q.kind = Kind::Matching;
    } else if (const auto m = truth.match(trimmed); m.hasMatch()) {
        q.kind = Kind::TrueFalse;
        q.truth = m.captured(1).startsWith(u'T');
        qsizetype at = findUnescaped(s.left(end), begin, u"#");
        while (at >= 0) {
            const qsizetype next = findUnescaped(s.left(end), at + 1, u"#");
            q.truthFeedback.append(
                unescape(s.mid(at + 1, (next < 0 ? end : next) - at - 1)).trimmed());
            at = next;
        }
        if (q.truthFeedback.size() > 2) {
            problem(b.offsets.at(begin), QStringLiteral("a true/false answer takes at most two "
                                                        "feedbacks (#wrong#right)"));
            return false;
        }
        return true;
    } else {
        q.kind = Kind::ShortAnswer;
    }
    // Split at each unescaped '=' (and '~' for multiple choice).
    QList<qsizetype> starts;
    for (qsizetype i = begin; i < end; ++i) {
        if (s[i] == u'\\') {
            ++i;
            continue;
        }
        if (s[i] == u'=' || (s[i] == u'~' && q.kind == Kind::MultipleChoice))
            starts.append(i);
    }
    const QStringView lead = s.mid(begin, (starts.isEmpty() ? end : starts.first()) - begin);
    if (!lead.trimmed().isEmpty()) {
        if (q.kind != Kind::ShortAnswer) {
            qsizetype at = begin;
            while (s[at].isSpace())
                ++at;
            problem(b.offsets.at(at),
                    QStringLiteral("an answer must start with '=' (right) or '~' (wrong)"));
            return false;
        }
        // Moodle reads text before the first '=' of a short answer as an accepted answer.
        GiftAnswer first;
        first.marked = true;
        if (!answer(b, begin, starts.isEmpty() ? end : starts.first(), first))
            return false;
        q.answers.append(first);
    }
    for (qsizetype i = 0; i < starts.size(); ++i) {
        GiftAnswer a;
        a.marked = s[starts.at(i)] == u'=';
        if (!answer(b, starts.at(i) + 1, i + 1 < starts.size() ? starts.at(i + 1) : end, a))
            return false;
        locate(b.offsets.at(starts.at(i)), a.line, a.column);
        if (q.kind == Kind::Matching) {
            const qsizetype arrowAt = a.text.indexOf(QLatin1String("->"));
            if (arrowAt < 0) {
                problem(b.offsets.at(starts.at(i)),
                        QStringLiteral("a matching pair is written '=left -> right'"));
                return false;
            }
            a.match = a.text.mid(arrowAt + 2).trimmed();
            a.text = a.text.left(arrowAt).trimmed();
        }
        q.answers.append(a);
    }
    if (q.kind == Kind::Matching && q.answers.size() < 2) {
        problem(b.offsets.at(begin), QStringLiteral("a matching question needs at least two "
                                                    "pairs"));
        return false;
    }
    return true;
}

// One answer after its '=' or '~': [%weight%] text [#feedback].
bool GiftParser::answer(const Block &b, qsizetype begin, qsizetype end, GiftAnswer &a)
{
    const QStringView s = QStringView(b.text);
    locate(b.offsets.at(begin), a.line, a.column);
    qsizetype pos = begin;
    while (pos < end && s[pos].isSpace())
        ++pos;
    if (pos < end && s[pos] == u'%') {
        const qsizetype close = s.indexOf(u'%', pos + 1);
        const auto weight =
            close > 0 && close < end ? number(s.mid(pos + 1, close - pos - 1)) : std::nullopt;
        if (!weight) {
            problem(b.offsets.at(pos), QStringLiteral("a weight is written %50% (a percent "
                                                      "between two '%' signs)"));
            return false;
        }
        a.weight = *weight;
        pos = close + 1;
    }
    const qsizetype hash = findUnescaped(s.left(end), pos, u"#");
    if (hash >= 0)
        a.feedback = unescape(s.mid(hash + 1, end - hash - 1)).trimmed();
    a.text = unescape(s.mid(pos, (hash < 0 ? end : hash) - pos)).trimmed();
    return true;
}

bool GiftParser::numerical(const Block &b, qsizetype begin, qsizetype end, GiftQuestion &q)
{
    const QStringView s = QStringView(b.text);
    QList<qsizetype> starts;
    for (qsizetype i = begin; i < end; ++i)
        if (s[i] == u'=')
            starts.append(i + 1);
    if (starts.isEmpty())
        starts.append(begin);
    else if (!s.mid(begin, starts.first() - 1 - begin).trimmed().isEmpty()) {
        problem(b.offsets.at(begin), QStringLiteral("several numerical answers each start with "
                                                    "'='"));
        return false;
    }
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype stop = i + 1 < starts.size() ? starts.at(i + 1) - 1 : end;
        GiftAnswer a;
        a.marked = true;
        if (!answer(b, starts.at(i), stop, a))
            return false;
        const QString value = a.text;
        const qsizetype range = value.indexOf(QLatin1String(".."));
        const qsizetype colon = value.indexOf(u':');
        bool ok = true;
        if (range >= 0) {
            a.low = number(QStringView(value).left(range));
            a.high = number(QStringView(value).mid(range + 2));
            ok = a.low && a.high && *a.low <= *a.high;
            if (ok) {
                a.number = (*a.low + *a.high) / 2;
                a.tolerance = (*a.high - *a.low) / 2;
            }
        } else {
            const auto n = number(colon >= 0 ? QStringView(value).left(colon) : QStringView(value));
            const std::optional<double> t =
                colon >= 0 ? number(QStringView(value).mid(colon + 1)) : std::optional(0.0);
            ok = n && t && *t >= 0;
            if (ok) {
                a.number = *n;
                a.tolerance = *t;
            }
        }
        if (!ok) {
            problem(b.offsets.at(starts.at(i)),
                    QStringLiteral("a numerical answer is written N, N:tolerance or low..high, "
                                   "not '%1'")
                        .arg(value));
            return false;
        }
        q.answers.append(a);
    }
    return true;
}

} // namespace

GiftParse parseGift(const QString &text, const QString &fileName)
{
    return GiftParser(text, fileName).parse();
}

} // namespace hitready
