// A Quiz as Moodle XML: each domain a category, the item id as name and idnumber, points as
// defaultgrade, texts as plain_text (so that nothing in them is read as HTML).

#include "giftformat.h"

#include <QLocale>
#include <QXmlStreamWriter>

namespace hitready::interchange {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// Moodle's fractions are percents with up to 7 significant digits (33.33333).
QString fraction(double percent)
{
    return QString::number(percent, 'g', 7);
}

class MoodleWriter
{
public:
    explicit MoodleWriter(const Quiz &quiz) : m_quiz(quiz), m_xml(&m_out.bytes) {}
    ExportedQuiz run();

private:
    void text(const char *element, const QString &value)
    {
        m_xml.writeStartElement(QLatin1String(element));
        m_xml.writeAttribute(QStringLiteral("format"), QStringLiteral("plain_text"));
        m_xml.writeTextElement(QStringLiteral("text"), value);
        m_xml.writeEndElement();
    }
    QString t(const Text &value) const { return m_quiz.text(value); }
    void answer(double percent, const QString &value, const Text &feedback)
    {
        m_xml.writeStartElement(QStringLiteral("answer"));
        m_xml.writeAttribute(QStringLiteral("fraction"), fraction(percent));
        m_xml.writeAttribute(QStringLiteral("format"), QStringLiteral("plain_text"));
        m_xml.writeTextElement(QStringLiteral("text"), value);
        if (!feedback.isEmpty())
            text("feedback", t(feedback));
        m_xml.writeEndElement();
    }
    void warn(const Item &item, const QString &message)
    {
        m_out.warnings.append({item.id, message});
    }
    bool item(const Item &item);

    const Quiz &m_quiz;
    ExportedQuiz m_out;
    QXmlStreamWriter m_xml;
};

bool MoodleWriter::item(const Item &item)
{
    static const QHash<ItemType, QString> types = {
        {ItemType::Single, QStringLiteral("multichoice")},
        {ItemType::Multiple, QStringLiteral("multichoice")},
        {ItemType::TrueFalse, QStringLiteral("truefalse")},
        {ItemType::Text, QStringLiteral("shortanswer")},
        {ItemType::Numeric, QStringLiteral("numerical")},
        {ItemType::Matching, QStringLiteral("matching")},
    };
    if (!types.contains(item.type)) {
        warn(item, QStringLiteral("not exported: Moodle XML has no %1 question (without plugins)")
                       .arg(itemTypeName(item.type)));
        return false;
    }
    QStringList shortAnswers;
    if (item.type == ItemType::Text) {
        for (const QString &accept : item.textKey.accept)
            shortAnswers << QString(accept).replace(u'*', QLatin1String("\\*"));
        for (const QString &pattern : item.textKey.patterns) {
            // Literal text and '.*' only: Moodle's '*' wildcard.
            QString wildcard;
            bool ok = true;
            for (qsizetype i = 0; i < pattern.size() && ok; ++i) {
                const QChar c = pattern[i];
                if (c == u'\\' && i + 1 < pattern.size() && !pattern[i + 1].isLetterOrNumber())
                    wildcard += pattern[++i] == u'*' ? QStringLiteral("\\*") : QString(pattern[i]);
                else if (c == u'.' && i + 1 < pattern.size() && pattern[i + 1] == u'*')
                    wildcard += pattern[++i];
                else if (QStringView(u".^$|?*+()[]{}\\").contains(c))
                    ok = false;
                else
                    wildcard += c;
            }
            if (ok)
                shortAnswers << wildcard;
            else
                warn(item, QStringLiteral("the pattern '%1' is not exported: Moodle short answers "
                                          "know only the '*' wildcard")
                               .arg(pattern));
        }
        if (shortAnswers.isEmpty()) {
            warn(item, QStringLiteral("not exported: no accepted answer Moodle can hold"));
            return false;
        }
        if (item.textKey.spaces != SpaceMode::Trim)
            warn(item, QStringLiteral("spaces: %1 is not exported")
                           .arg(spaceModeName(item.textKey.spaces)));
    }
    m_xml.writeStartElement(QStringLiteral("question"));
    m_xml.writeAttribute(QStringLiteral("type"), types.value(item.type));
    m_xml.writeStartElement(QStringLiteral("name"));
    m_xml.writeTextElement(QStringLiteral("text"), item.id);
    m_xml.writeEndElement();
    text("questiontext", t(item.prompt));
    text("generalfeedback", t(item.explanation));
    m_xml.writeTextElement(QStringLiteral("defaultgrade"), number(item.points));
    m_xml.writeTextElement(QStringLiteral("penalty"), QStringLiteral("0"));
    m_xml.writeTextElement(QStringLiteral("hidden"), QStringLiteral("0"));
    m_xml.writeTextElement(QStringLiteral("idnumber"), item.id);
    switch (item.type) {
    case ItemType::Single:
    case ItemType::Multiple: {
        qsizetype right = 0;
        for (const Option &o : item.options)
            right += o.correct;
        const double share = 100.0 / double(std::max<qsizetype>(right, 1));
        const bool single = item.type == ItemType::Single;
        m_xml.writeTextElement(QStringLiteral("single"),
                               single ? QStringLiteral("true") : QStringLiteral("false"));
        m_xml.writeTextElement(QStringLiteral("shuffleanswers"), item.keepOptionOrder
                                                                     ? QStringLiteral("false")
                                                                     : QStringLiteral("true"));
        m_xml.writeTextElement(QStringLiteral("answernumbering"), QStringLiteral("abc"));
        for (const Option &o : item.options)
            answer(single ? (o.correct ? 100 : 0) : (o.correct ? share : -share), t(o.text),
                   o.feedback);
        break;
    }
    case ItemType::TrueFalse:
        answer(item.answer ? 100 : 0, QStringLiteral("true"), {});
        answer(item.answer ? 0 : 100, QStringLiteral("false"), {});
        break;
    case ItemType::Text:
        m_xml.writeTextElement(QStringLiteral("usecase"), item.textKey.caseSensitive
                                                              ? QStringLiteral("1")
                                                              : QStringLiteral("0"));
        for (const QString &entry : shortAnswers)
            answer(100, entry, {});
        break;
    case ItemType::Numeric: {
        m_xml.writeStartElement(QStringLiteral("answer"));
        m_xml.writeAttribute(QStringLiteral("fraction"), QStringLiteral("100"));
        m_xml.writeTextElement(QStringLiteral("text"), number(item.numeric.answer));
        m_xml.writeTextElement(QStringLiteral("tolerance"),
                               number(item.numeric.percent ? item.numeric.tolerance / 100 *
                                                                 std::abs(item.numeric.answer)
                                                           : item.numeric.tolerance));
        m_xml.writeEndElement();
        if (!item.numeric.unit.isEmpty()) {
            m_xml.writeStartElement(QStringLiteral("units"));
            m_xml.writeStartElement(QStringLiteral("unit"));
            m_xml.writeTextElement(QStringLiteral("multiplier"), QStringLiteral("1"));
            m_xml.writeTextElement(QStringLiteral("unit_name"), item.numeric.unit);
            m_xml.writeEndElement();
            m_xml.writeEndElement();
            // The learner's unit is optional and not graded: HIT Ready shows it beside the box.
            m_xml.writeTextElement(QStringLiteral("showunits"), QStringLiteral("3"));
            m_xml.writeTextElement(QStringLiteral("unitsleft"), QStringLiteral("0"));
        }
        break;
    }
    case ItemType::Matching: {
        m_xml.writeTextElement(QStringLiteral("shuffleanswers"), item.keepOptionOrder
                                                                     ? QStringLiteral("false")
                                                                     : QStringLiteral("true"));
        const auto pair = [&](const QString &left, const QString &right) {
            m_xml.writeStartElement(QStringLiteral("subquestion"));
            m_xml.writeAttribute(QStringLiteral("format"), QStringLiteral("plain_text"));
            m_xml.writeTextElement(QStringLiteral("text"), left);
            m_xml.writeStartElement(QStringLiteral("answer"));
            m_xml.writeTextElement(QStringLiteral("text"), right);
            m_xml.writeEndElement();
            m_xml.writeEndElement();
        };
        for (const Entry &left : item.left)
            pair(t(left.text),
                 item.rightEntry(left.match) ? t(item.rightEntry(left.match)->text) : QString());
        for (const Entry &right : item.right) {
            bool used = false;
            for (const Entry &left : item.left)
                used = used || left.match == right.id;
            if (!used)
                pair(QString(), t(right.text));
        }
        break;
    }
    default:
        break;
    }
    m_xml.writeEndElement();
    if (!item.stimulus.isEmpty())
        warn(item, QStringLiteral("the shared stimulus '%1' is not exported").arg(item.stimulus));
    if (!item.source.isEmpty())
        warn(item, QStringLiteral("the source is not exported"));
    return true;
}

ExportedQuiz MoodleWriter::run()
{
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(2);
    m_xml.writeStartDocument();
    m_xml.writeComment(QStringLiteral(" %1 (%2), written by HIT Ready ")
                           .arg(t(m_quiz.title), m_quiz.id)
                           .replace(QLatin1String("--"), QLatin1String("- -")));
    m_xml.writeStartElement(QStringLiteral("quiz"));
    const auto quizWarning = [&](bool holds, const QString &what) {
        if (holds)
            m_out.warnings.append({QString(), QStringLiteral("%1: not exported (Moodle XML "
                                                             "questions have no place for it)")
                                                  .arg(what)});
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
    quizWarning(!m_quiz.translations.isEmpty(),
                QStringLiteral("texts in languages other than '%1'").arg(m_quiz.language));
    QString domain;
    for (const Item &i : m_quiz.items) {
        if (i.domain != domain && i.type != ItemType::Likert && i.type != ItemType::Ordering &&
            i.type != ItemType::HotText) {
            domain = i.domain;
            const Domain *d = m_quiz.domain(domain);
            m_xml.writeStartElement(QStringLiteral("question"));
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("category"));
            m_xml.writeStartElement(QStringLiteral("category"));
            m_xml.writeTextElement(
                QStringLiteral("text"),
                QStringLiteral("$course$/top/") +
                    QString(d ? t(d->title) : domain).replace(u'/', QLatin1String("//")));
            m_xml.writeEndElement();
            m_xml.writeTextElement(QStringLiteral("idnumber"), domain);
            m_xml.writeEndElement();
        }
        item(i);
    }
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
    return m_out;
}

} // namespace

ExportedQuiz exportMoodleXml(const Quiz &quiz)
{
    return MoodleWriter(quiz).run();
}

} // namespace hitready::interchange
