// A Quiz written as GIFT: the item types GIFT has, each domain as a $CATEGORY, explanations as
// general feedback; everything GIFT cannot hold is listed as a warning.

#include "giftformat.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace hitready::interchange {

namespace {

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\n') {
            out += QLatin1String("\\n");
            continue;
        }
        if (QStringView(u"~=#{}:\\").contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// A pattern made only of literal text and '.*' as Moodle's wildcard answer, else nothing.
std::optional<QString> wildcardOf(const QString &pattern)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'\\' && i + 1 < pattern.size() && !pattern[i + 1].isLetterOrNumber()) {
            out += pattern[i + 1] == u'*' ? QStringLiteral("\\*") : QString(pattern[i + 1]);
            ++i;
        } else if (c == u'.' && i + 1 < pattern.size() && pattern[i + 1] == u'*') {
            out += u'*';
            ++i;
        } else if (QStringView(u".^$|?*+()[]{}\\").contains(c)) {
            return std::nullopt;
        } else {
            out += c;
        }
    }
    return out;
}

class GiftWriter
{
public:
    explicit GiftWriter(const Quiz &quiz) : m_quiz(quiz) {}
    ExportedQuiz run();

private:
    QString text(const Text &t) { return escaped(m_quiz.text(t)); }
    void warn(const Item &item, const QString &message)
    {
        m_out.warnings.append({item.id, message});
    }
    bool answers(const Item &item, QString &block);

    const Quiz &m_quiz;
    ExportedQuiz m_out;
};

bool GiftWriter::answers(const Item &item, QString &block)
{
    switch (item.type) {
    case ItemType::Single:
    case ItemType::Multiple: {
        qsizetype right = 0;
        for (const Option &o : item.options)
            right += o.correct;
        // Compiled once: a pattern built per item was a quarter of a 5,000-question export.
        static const QRegularExpression trailingZeros(QStringLiteral("\\.?0+$"));
        const QString share =
            right > 0 ? QString::number(100.0 / double(right), 'f', 5).remove(trailingZeros)
                      : QString();
        for (const Option &o : item.options) {
            block += QLatin1String("\n\t");
            if (item.type == ItemType::Single)
                block += o.correct ? u'=' : u'~';
            else
                block += QLatin1String(o.correct ? "~%" : "~%-") + share + u'%';
            block += text(o.text);
            if (!o.feedback.isEmpty())
                block += u'#' + text(o.feedback);
        }
        return true;
    }
    case ItemType::TrueFalse:
        block += item.answer ? QLatin1String("TRUE") : QLatin1String("FALSE");
        return true;
    case ItemType::Numeric: {
        const double tolerance = item.numeric.percent
                                     ? item.numeric.tolerance / 100 * std::abs(item.numeric.answer)
                                     : item.numeric.tolerance;
        block += u'#' + number(item.numeric.answer);
        if (tolerance != 0)
            block += u':' + number(tolerance);
        if (!item.numeric.unit.isEmpty())
            warn(item, QStringLiteral("the unit '%1' is not exported: GIFT has no units")
                           .arg(item.numeric.unit));
        return true;
    }
    case ItemType::Text: {
        const TextKey &key = item.textKey;
        QStringList entries;
        // GIFT has no escape for '->': an answer with one reads back as a matching pair.
        const auto arrow = [&](const QString &answer) {
            if (!answer.contains(QLatin1String("->")))
                return false;
            warn(item, QStringLiteral("the accepted answer '%1' is not exported: GIFT reads '->' "
                                      "as a matching pair")
                           .arg(answer));
            return true;
        };
        for (const QString &accept : key.accept)
            if (!arrow(accept))
                entries.append(escaped(accept).replace(u'*', QLatin1String("\\*")));
        for (const QString &pattern : key.patterns) {
            const auto wildcard = wildcardOf(pattern);
            if (wildcard && !arrow(*wildcard))
                entries.append(
                    escaped(*wildcard).replace(QLatin1String("\\\\*"), QLatin1String("\\*")));
            else if (!wildcard)
                warn(item, QStringLiteral("the pattern '%1' is not exported: GIFT short answers "
                                          "know only the '*' wildcard")
                               .arg(pattern));
        }
        if (key.caseSensitive)
            warn(item, QStringLiteral("case_sensitive is not exported: GIFT short answers "
                                      "ignore case"));
        if (key.spaces != SpaceMode::Trim)
            warn(item, QStringLiteral("spaces: %1 is not exported: Moodle compares spaces as "
                                      "typed, trimmed")
                           .arg(spaceModeName(key.spaces)));
        if (entries.isEmpty()) {
            warn(item, QStringLiteral("not exported: no accepted answer GIFT can write"));
            return false;
        }
        for (const QString &entry : entries)
            block += QLatin1String("\n\t=") + entry;
        return true;
    }
    case ItemType::Matching:
        for (const Entry &left : item.left) {
            const Entry *right = item.rightEntry(left.match);
            block += QLatin1String("\n\t=") + text(left.text) + QLatin1String(" -> ") +
                     (right ? text(right->text) : QString());
        }
        for (const Entry &right : item.right) {
            bool used = false;
            for (const Entry &left : item.left)
                used = used || left.match == right.id;
            if (!used)
                block += QLatin1String("\n\t= -> ") + text(right.text);
        }
        return true;
    case ItemType::Likert:
    case ItemType::Ordering:
    case ItemType::HotText:
        warn(item, QStringLiteral("not exported: GIFT has no %1 question")
                       .arg(item.type == ItemType::Likert     ? QStringLiteral("self-rating")
                            : item.type == ItemType::Ordering ? QStringLiteral("ordering")
                                                              : QStringLiteral("hottext")));
        return false;
    }
    return false;
}

ExportedQuiz GiftWriter::run()
{
    QString out = QStringLiteral("// %1 (%2), written by HIT Ready\n")
                      .arg(m_quiz.text(m_quiz.title), m_quiz.id);
    const auto quizWarning = [&](bool holds, const QString &what) {
        if (holds)
            m_out.warnings.append(
                {QString(),
                 QStringLiteral("%1: not exported (GIFT has no place for it)").arg(what)});
    };
    quizWarning(!m_quiz.levels.isEmpty() ||
                    std::any_of(m_quiz.domains.cbegin(), m_quiz.domains.cend(),
                                [](const Domain &d) { return !d.levels.isEmpty(); }),
                QStringLiteral("levels"));
    quizWarning(!m_quiz.recommendations.isEmpty(), QStringLiteral("recommendations"));
    quizWarning(!m_quiz.stimuli.isEmpty(), QStringLiteral("shared stimuli"));
    quizWarning(m_quiz.confidence, QStringLiteral("confidence questions"));
    quizWarning(m_quiz.timeLimitMinutes.has_value(), QStringLiteral("the time limit"));
    quizWarning(m_quiz.mode == QuizMode::Practice, QStringLiteral("mode: practice"));
    quizWarning(!m_quiz.description.isEmpty(), QStringLiteral("the description"));
    quizWarning(!m_quiz.translations.isEmpty(),
                QStringLiteral("texts in languages other than '%1'").arg(m_quiz.language));
    QString domain;
    for (const Item &item : m_quiz.items) {
        QString block;
        if (!answers(item, block))
            continue;
        if (item.domain != domain) {
            domain = item.domain;
            const Domain *d = m_quiz.domain(domain);
            const QString title = d ? m_quiz.text(d->title) : domain;
            out += QStringLiteral("\n$CATEGORY: $course$/top/%1\n")
                       .arg(QString(title).replace(u'/', QLatin1String("//")));
        }
        if (item.points != 1)
            warn(item, QStringLiteral("points: %1 not exported: GIFT questions have no marks")
                           .arg(number(item.points)));
        if (!item.stimulus.isEmpty())
            warn(item,
                 QStringLiteral("the shared stimulus '%1' is not exported").arg(item.stimulus));
        if (item.keepOptionOrder)
            warn(item, QStringLiteral("shuffle: false is not exported"));
        out += u'\n';
        if (!item.source.isEmpty())
            out += QStringLiteral("// source: %1\n").arg(QString(item.source).replace(u'\n', u' '));
        // Moodle reads tags in its default format as HTML: such texts are marked [plain].
        static const QRegularExpression tag(
            QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^>]*)?/?>|&[#a-zA-Z0-9]+;"));
        const QString prompt = text(item.prompt);
        const bool plain = prompt.contains(tag) || block.contains(tag) ||
                           m_quiz.text(item.explanation).contains(tag);
        out += QStringLiteral("::%1::%2 %3 {")
                   .arg(escaped(item.id), plain ? QStringLiteral("[plain]") : QString(), prompt);
        out += block;
        if (!item.explanation.isEmpty())
            out +=
                QLatin1String(block.contains(u'\n') ? "\n\t####" : "####") + text(item.explanation);
        out += QLatin1String(block.contains(u'\n') ? "\n}\n" : "}\n");
    }
    m_out.bytes = out.toUtf8();
    return m_out;
}

} // namespace

ExportedQuiz exportGift(const Quiz &quiz)
{
    return GiftWriter(quiz).run();
}

} // namespace hitready::interchange
