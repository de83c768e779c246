#include "simulatedanswers.h"

#include "report.h"

#include <algorithm>
#include <cmath>

namespace hitready {

namespace {

// Recursive descent over the pattern subset of patternExample(): each rule returns the text
// it contributes, or nullopt when the pattern leaves the subset.
class ExampleWriter
{
public:
    explicit ExampleWriter(const QString &pattern) : m_p(pattern) {}

    std::optional<QString> write()
    {
        const std::optional<QString> text = alternatives();
        return text && m_at == m_p.size() ? text : std::nullopt;
    }

private:
    bool atEnd() const { return m_at >= m_p.size(); }
    bool next(QChar c) const { return !atEnd() && m_p.at(m_at) == c; }

    // The first alternative; the others are parsed only to find where the group ends.
    std::optional<QString> alternatives()
    {
        const std::optional<QString> first = sequence();
        while (first && next(QLatin1Char('|'))) {
            ++m_at;
            if (!sequence())
                return std::nullopt;
        }
        return first;
    }

    std::optional<QString> sequence()
    {
        QString text;
        while (!atEnd() && !next(QLatin1Char('|')) && !next(QLatin1Char(')'))) {
            const std::optional<QString> one = atom();
            const std::optional<int> count = one ? quantifier() : std::nullopt;
            if (!count)
                return std::nullopt;
            text += one->repeated(*count);
        }
        return text;
    }

    std::optional<QString> atom()
    {
        const QChar c = m_p.at(m_at++);
        switch (c.unicode()) {
        case '(': {
            if (next(QLatin1Char('?'))) { // only (?:...); lookarounds and named groups are out
                if (m_at + 1 >= m_p.size() || m_p.at(m_at + 1) != QLatin1Char(':'))
                    return std::nullopt;
                m_at += 2;
            }
            const std::optional<QString> inner = alternatives();
            if (!inner || !next(QLatin1Char(')')))
                return std::nullopt;
            ++m_at;
            return inner;
        }
        case '[':
            return characterClass();
        case '\\':
            return atEnd() ? std::nullopt : escape(m_p.at(m_at++));
        case '.':
            return QStringLiteral("a");
        case '^':
        case '$':
            return QString();
        case '*':
        case '+':
        case '?':
        case '{':
        case ')':
        case '|':
            return std::nullopt;
        default:
            return QString(c);
        }
    }

    static std::optional<QString> escape(QChar e)
    {
        switch (e.unicode()) {
        case 'd':
            return QStringLiteral("0");
        case 'w':
        case 'D':
        case 'S':
            return QStringLiteral("a");
        case 'W':
            return QStringLiteral("-");
        case 's':
            return QStringLiteral(" ");
        case 'n':
            return QStringLiteral("\n");
        case 't':
            return QStringLiteral("\t");
        case 'b': // a word boundary: the scorer's check decides whether the text still fits
        case 'A':
        case 'z':
        case 'Z':
            return QString();
        default:
            if (e.isLetterOrNumber())
                return std::nullopt; // \p{..}, \x41, back references and the like
            return QString(e);
        }
    }

    // The least count of a quantifier after an atom (1 without one).
    std::optional<int> quantifier()
    {
        int count = 1;
        if (next(QLatin1Char('?')) || next(QLatin1Char('*'))) {
            count = 0;
            ++m_at;
        } else if (next(QLatin1Char('+'))) {
            ++m_at;
        } else if (next(QLatin1Char('{'))) {
            const qsizetype close = m_p.indexOf(QLatin1Char('}'), m_at);
            if (close < 0)
                return std::nullopt;
            const QString bounds = m_p.mid(m_at + 1, close - m_at - 1);
            bool ok = false;
            count = bounds.section(QLatin1Char(','), 0, 0).toInt(&ok);
            if (!ok || count < 0 || count > maxTextAnswerLength)
                return std::nullopt;
            m_at = close + 1;
        } else {
            return count;
        }
        if (next(QLatin1Char('?')) || next(QLatin1Char('+')))
            ++m_at; // lazy or possessive: the same least count
        return count;
    }

    // One character of a class (a literal, or an escape standing for a set): its ranges.
    std::optional<QList<std::pair<QChar, QChar>>> classItem()
    {
        if (atEnd())
            return std::nullopt;
        QChar c = m_p.at(m_at++);
        if (c == QLatin1Char('[') && next(QLatin1Char(':')))
            return std::nullopt; // POSIX classes
        if (c == QLatin1Char('\\')) {
            if (atEnd())
                return std::nullopt;
            c = m_p.at(m_at++);
            if (c == QLatin1Char('d'))
                return QList<std::pair<QChar, QChar>>{{u'0', u'9'}};
            if (c == QLatin1Char('w'))
                return QList<std::pair<QChar, QChar>>{
                    {u'a', u'z'}, {u'A', u'Z'}, {u'0', u'9'}, {u'_', u'_'}};
            if (c == QLatin1Char('s'))
                return QList<std::pair<QChar, QChar>>{{u' ', u' '}};
            if (c.isLetterOrNumber())
                return std::nullopt;
        }
        QChar last = c;
        if (next(QLatin1Char('-')) && m_at + 1 < m_p.size() && m_p.at(m_at + 1) != u']') {
            last = m_p.at(m_at + 1);
            m_at += 2;
            if (last == QLatin1Char('\\') || last < c)
                return std::nullopt;
        }
        return QList<std::pair<QChar, QChar>>{{c, last}};
    }

    std::optional<QString> characterClass()
    {
        const bool negated = next(QLatin1Char('^'));
        m_at += negated;
        QList<std::pair<QChar, QChar>> ranges;
        while (ranges.isEmpty() || !next(QLatin1Char(']'))) { // a leading ] is a literal
            const auto item = classItem();
            if (!item)
                return std::nullopt;
            ranges += *item;
        }
        ++m_at;
        if (!negated)
            return QString(ranges.first().first);
        for (const QChar c : QStringLiteral("a0A_-. ")) {
            const bool inside = std::any_of(ranges.cbegin(), ranges.cend(), [c](const auto &r) {
                return r.first <= c && c <= r.second;
            });
            if (!inside)
                return QString(c);
        }
        return std::nullopt;
    }

    const QString &m_p;
    qsizetype m_at = 0;
};

// Adds `answer` to `list` when it is a new, well-formed answer and the scorer gives it the
// marks (`right`) or nothing (not `right`).
void addChecked(const Item &item, QList<Answer> &list, const Answer &answer, bool right)
{
    if (answer.isEmpty() || list.contains(answer) || !answerProblem(item, answer).isEmpty())
        return;
    if ((itemPoints(item, answer) > 0) == right)
        list.append(answer);
}

Answer typed(const QString &text)
{
    Answer a;
    if (!text.isEmpty())
        a.value = text;
    return a;
}

Answer typed(double value)
{
    Answer a;
    a.value = value;
    return a;
}

TypedAnswers numericAnswers(const Item &item)
{
    const NumericKey &key = item.numeric;
    const double x = key.answer;
    TypedAnswers answers;
    addChecked(item, answers.right, typed(x), true);
    QList<double> mistakes{x * 10, x / 10}; // a slipped decimal point
    if (key.unit.trimmed() == QLatin1String("%") && x > 0 && x < 100)
        mistakes << x / 100 << 100 - x;          // a fraction instead of a percent; the other share
    mistakes << std::round(x) << x + 1 << x - 1; // rounded too early; off by one
    for (double m : mistakes) {
        m = QString::number(m, 'g', 10).toDouble(); // as typed: 8.3 x 10 is 83, no binary tail
        if (std::abs(m - x) > 2 * key.allowance())  // clearly outside, not a borderline miss
            addChecked(item, answers.wrong, typed(m), false);
    }
    if (answers.wrong.isEmpty()) { // e.g. an answer of 0 with a tolerance of 1
        const double tolerance = key.percent ? key.tolerance / 100 * std::abs(x) : key.tolerance;
        addChecked(item, answers.wrong, typed(x + 10 * tolerance + 1), false);
    }
    return answers;
}

TypedAnswers textAnswers(const Item &item)
{
    const TextKey &key = item.textKey;
    TypedAnswers answers;
    if (!key.accept.isEmpty())
        addChecked(item, answers.right, typed(key.accept.first()), true);
    for (qsizetype p = 0; answers.right.isEmpty() && p < key.patterns.size(); ++p)
        if (const std::optional<QString> example = patternExample(key.patterns.at(p)))
            addChecked(item, answers.right, typed(*example), true);
    if (answers.right.isEmpty())
        return answers;
    const QString text = std::get<QString>(answers.right.first().value);
    addChecked(item, answers.right, typed(text.toLower()), true);
    addChecked(item, answers.right, typed(text + QLatin1Char(' ')), true);

    addChecked(item, answers.wrong, typed(text.chopped(1)), false);
    QString bare;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            bare.append(c);
    addChecked(item, answers.wrong, typed(bare), false);
    if (text.size() >= 2) {
        QString swapped = text;
        const qsizetype at = (text.size() - 1) / 2;
        std::swap(swapped[at], swapped[at + 1]);
        addChecked(item, answers.wrong, typed(swapped), false);
    }
    QString digit = text, letter = text;
    for (qsizetype i = text.size() - 1; i >= 0; --i)
        if (const int d = text.at(i).digitValue(); d >= 0) {
            digit[i] = QChar(u'0' + (d + 1) % 10);
            break;
        }
    for (QChar &c : letter)
        if (c.isLetter() && c.toLower() >= u'a' && c.toLower() <= u'z') {
            c = c.toLower() == u'z' ? QChar(c.unicode() - 25) : QChar(c.unicode() + 1);
            break;
        }
    addChecked(item, answers.wrong, typed(digit), false);
    addChecked(item, answers.wrong, typed(letter), false);
    return answers;
}

} // namespace

std::optional<QString> patternExample(const QString &pattern)
{
    return ExampleWriter(pattern).write();
}

TypedAnswers typedAnswers(const Item &item)
{
    switch (item.type) {
    case ItemType::Numeric:
        return numericAnswers(item);
    case ItemType::Text:
        return textAnswers(item);
    default:
        return {};
    }
}

} // namespace hitready
