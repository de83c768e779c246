// Moodle XML (<quiz><question type="...">...) read with QXmlStreamReader into GIFT's questions,
// then mapped exactly as GIFT is. A DOCTYPE is refused before anything is read from it: no
// entity is ever expanded and nothing is fetched.

#include "giftformat.h"
#include "richtext.h"

#include <QLocale>
#include <QXmlStreamReader>

namespace hitready::interchange {

namespace {

using Kind = GiftQuestion::Kind;

struct XmlNode
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    QList<XmlNode> children;
    int line = 0, column = 0;

    const XmlNode *child(QStringView childName) const
    {
        for (const XmlNode &c : children)
            if (c.name == childName)
                return &c;
        return nullptr;
    }
    QList<const XmlNode *> all(QStringView childName) const
    {
        QList<const XmlNode *> out;
        for (const XmlNode &c : children)
            if (c.name == childName)
                out.append(&c);
        return out;
    }
    // The text of <childName><text>...</text></childName> (or of <childName> itself).
    QString textOf(QStringView childName) const
    {
        const XmlNode *c = child(childName);
        if (!c)
            return {};
        const XmlNode *t = c->child(u"text");
        return (t ? t->text : c->text).trimmed();
    }
};

constexpr int maxDepth = 16;

class MoodleReader
{
public:
    MoodleReader(const QByteArray &bytes, const QString &fileName)
        : m_xml(bytes), m_fileName(fileName)
    {}
    Result<ImportedQuiz> run();

private:
    bool readNode(XmlNode &node, int depth);
    void warn(const XmlNode &at, const QString &message)
    {
        m_warnings.append({m_fileName, at.line, at.column, message});
    }
    QString plain(const XmlNode *element, const char *what);
    QString plain(const XmlNode &owner, QStringView childName, const char *what)
    {
        return plain(owner.child(childName), what);
    }
    void question(const XmlNode &node);
    void answers(const XmlNode &node, GiftQuestion &q, bool single);

    QXmlStreamReader m_xml;
    QString m_fileName;
    QString m_error;
    int m_errorLine = 0, m_errorColumn = 0;
    QList<GiftQuestion> m_questions;
    QList<QuestionExtras> m_extras;
    Problems m_warnings;
};

// A text element's content in its format ("html", "moodle_auto_format", "plain_text",
// "markdown") as plain text.
QString MoodleReader::plain(const XmlNode *c, const char *what)
{
    if (!c)
        return {};
    const QString format = c->attributes.value(QLatin1String("format")).toString();
    const QString giftFormat = format == QLatin1String("moodle_auto_format")
                                   ? QStringLiteral("moodle")
                               : format == QLatin1String("plain_text") ? QStringLiteral("plain")
                               : format == QLatin1String("markdown")   ? QStringLiteral("markdown")
                               : format.isEmpty()                      ? QStringLiteral("moodle")
                                                                       : QStringLiteral("html");
    const XmlNode *t = c->child(u"text");
    const PlainText converted = plainFromGift((t ? t->text : c->text).trimmed(), giftFormat);
    for (const QString &lost : converted.lost)
        warn(*c, QStringLiteral("%1: %2 has no plain-text form").arg(QLatin1String(what), lost));
    if (!c->all(u"file").isEmpty())
        warn(*c, QStringLiteral("%1: an embedded file is not imported").arg(QLatin1String(what)));
    return converted.text;
}

bool MoodleReader::readNode(XmlNode &node, int depth)
{
    node.name = m_xml.name().toString();
    node.attributes = m_xml.attributes();
    node.line = int(m_xml.lineNumber());
    node.column = int(m_xml.columnNumber());
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (depth >= maxDepth) {
                m_xml.raiseError(QStringLiteral("elements nested more than %1 deep").arg(maxDepth));
                return false;
            }
            XmlNode child;
            if (!readNode(child, depth + 1))
                return false;
            node.children.append(std::move(child));
            break;
        }
        case QXmlStreamReader::Characters:
            node.text += m_xml.text();
            break;
        case QXmlStreamReader::EndElement:
            return true;
        case QXmlStreamReader::EntityReference:
            m_xml.raiseError(
                QStringLiteral("an entity reference (&%1;) is not expanded").arg(m_xml.name()));
            return false;
        default:
            break;
        }
    }
    return false;
}

void MoodleReader::answers(const XmlNode &node, GiftQuestion &q, bool single)
{
    for (const XmlNode *a : node.all(u"answer")) {
        GiftAnswer answer;
        answer.line = a->line;
        answer.column = a->column;
        bool ok = false;
        const double fraction =
            QLocale::c().toDouble(a->attributes.value(QLatin1String("fraction")), &ok);
        answer.weight = ok ? fraction : 0.0;
        answer.marked = single && ok && std::abs(fraction - 100) < 1e-6;
        answer.text = plain(a, "answer");
        if (const QString feedback = plain(*a, u"feedback", "feedback"); !feedback.isEmpty())
            answer.feedback = feedback;
        q.answers.append(answer);
    }
}

void MoodleReader::question(const XmlNode &node)
{
    const QString type = node.attributes.value(QLatin1String("type")).toString();
    GiftQuestion q;
    q.line = node.line;
    q.column = node.column;
    q.format = QStringLiteral("plain");
    QuestionExtras extra;
    if (type == QLatin1String("category")) {
        q.kind = Kind::Category;
        q.category = node.textOf(u"category");
        m_questions.append(q);
        m_extras.append(extra);
        return;
    }
    q.title = node.textOf(u"name");
    extra.id = node.textOf(u"idnumber");
    q.stem = plain(node, u"questiontext", "question text");
    if (const QString general = plain(node, u"generalfeedback", "general feedback");
        !general.isEmpty())
        q.generalFeedback = general;
    bool ok = false;
    const double grade = QLocale::c().toDouble(node.textOf(u"defaultgrade"), &ok);
    if (ok)
        extra.points = grade;
    if (type == QLatin1String("multichoice")) {
        q.kind = Kind::MultipleChoice;
        const QString single = node.textOf(u"single");
        answers(node, q, single != QLatin1String("false") && single != QLatin1String("0"));
    } else if (type == QLatin1String("truefalse")) {
        q.kind = Kind::TrueFalse;
        GiftQuestion choices;
        answers(node, choices, false);
        QString right, wrong;
        for (const GiftAnswer &a : choices.answers) {
            const bool isRight = a.weight.value_or(0) > 0;
            if (isRight)
                q.truth = a.text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            (isRight ? right : wrong) = a.feedback.value_or(QString());
        }
        for (const QString &f : {wrong, right})
            if (!f.isEmpty())
                q.truthFeedback.append(f);
    } else if (type == QLatin1String("shortanswer")) {
        q.kind = Kind::ShortAnswer;
        extra.caseSensitive = node.textOf(u"usecase") == QLatin1String("1");
        answers(node, q, false);
    } else if (type == QLatin1String("numerical")) {
        q.kind = Kind::Numerical;
        answers(node, q, false);
        const QList<const XmlNode *> nodes = node.all(u"answer");
        for (qsizetype i = 0; i < q.answers.size(); ++i) {
            GiftAnswer &a = q.answers[i];
            bool isNumber = false;
            a.number = QLocale::c().toDouble(a.text, &isNumber);
            a.tolerance = QLocale::c().toDouble(nodes.at(i)->textOf(u"tolerance"));
            if (!isNumber) {
                warn(*nodes.at(i), QStringLiteral("the answer '%1' is not a number: not "
                                                  "imported")
                                       .arg(a.text));
                a.weight = 0.0; // left out below
            }
        }
        if (const XmlNode *units = node.child(u"units"))
            for (const XmlNode *unit : units->all(u"unit"))
                if (QLocale::c().toDouble(unit->textOf(u"multiplier")) == 1.0)
                    extra.unit = unit->textOf(u"unit_name");
    } else if (type == QLatin1String("matching")) {
        q.kind = Kind::Matching;
        for (const XmlNode *sub : node.all(u"subquestion")) {
            GiftAnswer pair;
            pair.line = sub->line;
            pair.column = sub->column;
            pair.text = plain(sub, "question");
            pair.match = sub->textOf(u"answer");
            pair.marked = true;
            q.answers.append(pair);
        }
    } else if (type == QLatin1String("essay")) {
        q.kind = Kind::Essay;
    } else if (type == QLatin1String("description")) {
        q.kind = Kind::Description;
    } else {
        warn(node, QStringLiteral("Moodle question type '%1'%2 not imported: HIT Ready has no "
                                  "such item")
                       .arg(type, q.title.isEmpty() ? QString()
                                                    : QStringLiteral(" ('%1')").arg(q.title)));
        return;
    }
    m_questions.append(q);
    m_extras.append(extra);
}

Result<ImportedQuiz> MoodleReader::run()
{
    bool sawRoot = false;
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            m_xml.raiseError(QStringLiteral("a DOCTYPE is not read (Moodle XML has none; no "
                                            "entity is expanded or fetched)"));
            break;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!sawRoot) {
            sawRoot = true;
            if (m_xml.name() != QLatin1String("quiz")) {
                m_xml.raiseError(QStringLiteral("the root element is <%1>, not Moodle's <quiz>")
                                     .arg(m_xml.name()));
                break;
            }
            continue;
        }
        XmlNode node;
        if (!readNode(node, 1))
            break;
        if (node.name == QLatin1String("question"))
            question(node);
        else
            warn(node,
                 QStringLiteral("<%1> is not a Moodle question: not imported").arg(node.name));
    }
    if (m_xml.hasError() || !sawRoot) {
        const QString message = m_xml.hasError()
                                    ? m_xml.errorString()
                                    : QStringLiteral("no <quiz> element: not Moodle XML");
        const Problem problem{m_fileName, int(m_xml.lineNumber()), int(m_xml.columnNumber()),
                              message};
        return Error(ErrorKind::Invalid, problem.toString(), {problem});
    }
    ImportedQuiz imported = quizFromQuestions(m_questions, m_extras, m_fileName);
    imported.warnings = m_warnings + imported.warnings;
    std::stable_sort(imported.warnings.begin(), imported.warnings.end(),
                     [](const Problem &a, const Problem &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    if (imported.quiz.items.isEmpty())
        return Error(
            ErrorKind::Invalid, QStringLiteral("%1: no question could be imported").arg(m_fileName),
            imported.warnings +
                Problems{{m_fileName, 0, 0, QStringLiteral("no question could be imported")}});
    return imported;
}

} // namespace

Result<ImportedQuiz> importMoodleXml(const QByteArray &bytes, const QString &fileName)
{
    return MoodleReader(bytes, fileName).run();
}

} // namespace hitready::interchange
