// A Quiz as a QTI 3.0 content package: one item file per item, with response processing that
// scores as HIT Ready does (the standard templates where they fit), and imsmanifest.xml whose
// organization names the quiz and groups the items by domain.

#include "qtiformat.h"
#include "qtiitemwriter.h"

#include <QLocale>
#include <QXmlStreamWriter>

namespace hitready::interchange {

namespace {

const QString rpTemplates = QStringLiteral("https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/");

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

void ItemWriter::declaration(const char *cardinality, const char *baseType,
                             const QStringList &correct)
{
    start("qti-response-declaration");
    attribute("identifier", QStringLiteral("RESPONSE"));
    attribute("cardinality", QLatin1String(cardinality));
    attribute("base-type", QLatin1String(baseType));
    if (!correct.isEmpty()) {
        start("qti-correct-response");
        for (const QString &v : correct)
            value(v);
        m_xml.writeEndElement();
    }
}

void ItemWriter::mapping(const QList<std::pair<QString, double>> &entries, bool caseSensitive)
{
    start("qti-mapping");
    attribute("default-value", QStringLiteral("0"));
    attribute("lower-bound", QStringLiteral("0"));
    attribute("upper-bound", number(m_item.points));
    for (const auto &[key, mapped] : entries) {
        start("qti-map-entry");
        attribute("map-key", key);
        attribute("mapped-value", number(mapped));
        if (!caseSensitive)
            attribute("case-sensitive", QStringLiteral("false"));
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void ItemWriter::outcomes()
{
    start("qti-outcome-declaration");
    attribute("identifier", QStringLiteral("SCORE"));
    attribute("cardinality", QStringLiteral("single"));
    attribute("base-type", QStringLiteral("float"));
    m_xml.writeEndElement();
    start("qti-outcome-declaration");
    attribute("identifier", QStringLiteral("MAXSCORE"));
    attribute("cardinality", QStringLiteral("single"));
    attribute("base-type", QStringLiteral("float"));
    start("qti-default-value");
    value(number(m_item.points));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    if (!m_item.explanation.isEmpty()) { // the outcome the explanation's modal feedback names
        start("qti-outcome-declaration");
        attribute("identifier", QStringLiteral("FEEDBACK"));
        attribute("cardinality", QStringLiteral("single"));
        attribute("base-type", QStringLiteral("identifier"));
        m_xml.writeEndElement();
    }
}

template <class Condition> void ItemWriter::allOrNothing(Condition condition)
{
    start("qti-response-processing");
    start("qti-response-condition");
    start("qti-response-if");
    condition();
    start("qti-set-outcome-value");
    attribute("identifier", QStringLiteral("SCORE"));
    start("qti-base-value");
    attribute("base-type", QStringLiteral("float"));
    m_xml.writeCharacters(number(m_item.points));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    start("qti-response-else");
    start("qti-set-outcome-value");
    attribute("identifier", QStringLiteral("SCORE"));
    start("qti-base-value");
    attribute("base-type", QStringLiteral("float"));
    m_xml.writeCharacters(QStringLiteral("0"));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

void ItemWriter::processing()
{
    const auto matchCorrect = [&] {
        start("qti-match");
        start("qti-variable");
        attribute("identifier", QStringLiteral("RESPONSE"));
        m_xml.writeEndElement();
        start("qti-correct");
        attribute("identifier", QStringLiteral("RESPONSE"));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    };
    const auto templated = [&](const char *name) {
        start("qti-response-processing");
        attribute("template", rpTemplates + QLatin1String(name));
        m_xml.writeEndElement();
    };
    switch (m_item.type) {
    case ItemType::Single:
    case ItemType::TrueFalse:
    case ItemType::Ordering:
        if (m_item.points == 1)
            templated("match_correct.xml");
        else
            allOrNothing(matchCorrect);
        break;
    case ItemType::Numeric:
        allOrNothing([&] {
            start("qti-equal");
            attribute("tolerance-mode", m_item.numeric.percent ? QStringLiteral("relative")
                                                               : QStringLiteral("absolute"));
            const QString tolerance = number(m_item.numeric.tolerance);
            attribute("tolerance", tolerance + u' ' + tolerance);
            start("qti-variable");
            attribute("identifier", QStringLiteral("RESPONSE"));
            m_xml.writeEndElement();
            start("qti-correct");
            attribute("identifier", QStringLiteral("RESPONSE"));
            m_xml.writeEndElement();
            m_xml.writeEndElement();
        });
        break;
    default:
        templated("map_response.xml");
        break;
    }
}

std::optional<QByteArray> ItemWriter::run()
{
    if (m_item.type == ItemType::Likert) {
        warn(QStringLiteral("not exported: likert items are self-ratings, which QTI items do "
                            "not score"));
        return std::nullopt;
    }
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(2);
    m_xml.writeStartDocument();
    m_xml.writeDefaultNamespace(QLatin1String(qtiNamespace));
    start("qti-assessment-item");
    attribute("identifier", m_item.id);
    attribute("title", m_item.id);
    attribute("adaptive", QStringLiteral("false"));
    attribute("time-dependent", QStringLiteral("false"));
    attribute("xml:lang", m_quiz.language);
    QList<std::pair<QString, double>> entries;
    switch (m_item.type) {
    case ItemType::Single: {
        QStringList right;
        for (const Option &o : m_item.options)
            if (o.correct)
                right << o.id;
        declaration("single", "identifier", right);
        break;
    }
    case ItemType::Multiple:
    case ItemType::HotText: {
        // Each right choice a share of the points, each wrong one chosen minus a share.
        QList<std::pair<QString, bool>> choices;
        for (const Option &o : m_item.options)
            choices.append({o.id, o.correct});
        for (const HotSpan &span : m_item.spans)
            choices.append({span.id, span.correct});
        QStringList right;
        for (const auto &[id, correct] : choices)
            if (correct)
                right << id;
        declaration("multiple", "identifier", right);
        const double share = m_item.points / double(std::max<qsizetype>(right.size(), 1));
        for (const auto &[id, correct] : choices)
            entries.append({id, correct ? share : -share});
        mapping(entries);
        break;
    }
    case ItemType::TrueFalse:
        declaration("single", "identifier",
                    {m_item.answer ? QStringLiteral("true") : QStringLiteral("false")});
        break;
    case ItemType::Ordering: {
        QStringList order;
        for (const Entry &step : m_item.steps)
            order << step.id;
        declaration("ordered", "identifier", order);
        if (m_item.steps.size() > 2)
            warn(QStringLiteral("QTI scores the order all or nothing: HIT Ready's credit for "
                                "each right neighbour is not kept"));
        break;
    }
    case ItemType::Matching: {
        QStringList pairs;
        const double share = m_item.points / double(std::max<qsizetype>(m_item.left.size(), 1));
        for (const Entry &left : m_item.left) {
            pairs << left.id + u' ' + left.match;
            entries.append({left.id + u' ' + left.match, share});
        }
        declaration("multiple", "directedPair", pairs);
        mapping(entries);
        break;
    }
    case ItemType::Numeric:
        declaration("single", "float", {number(m_item.numeric.answer)});
        break;
    case ItemType::Text: {
        const TextKey &key = m_item.textKey;
        declaration("single", "string",
                    key.accept.isEmpty() ? QStringList() : key.accept.mid(0, 1));
        for (const QString &accept : key.accept)
            entries.append({accept, m_item.points});
        mapping(entries, key.caseSensitive);
        for (const QString &pattern : key.patterns)
            warn(QStringLiteral("the pattern '%1' is not exported: QTI mappings hold exact "
                                "answers")
                     .arg(pattern));
        if (key.accept.isEmpty()) {
            warn(QStringLiteral("not exported: no exact accepted answer QTI can hold"));
            return std::nullopt;
        }
        if (key.spaces != SpaceMode::Trim)
            warn(QStringLiteral("spaces: %1 is not exported").arg(spaceModeName(key.spaces)));
        break;
    }
    default:
        break;
    }
    m_xml.writeEndElement(); // the response declaration
    outcomes();
    body();
    processing();
    if (!m_item.explanation.isEmpty()) {
        start("qti-modal-feedback");
        attribute("outcome-identifier", QStringLiteral("FEEDBACK"));
        attribute("identifier", QStringLiteral("explanation"));
        attribute("show-hide", QStringLiteral("hide"));
        start("qti-content-body");
        paragraphs(t(m_item.explanation));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
    for (const Option &o : m_item.options)
        if (!o.feedback.isEmpty()) {
            warn(QStringLiteral("option feedback is not exported"));
            break;
        }
    for (const HotSpan &span : m_item.spans)
        if (!span.feedback.isEmpty()) {
            warn(QStringLiteral("span feedback is not exported"));
            break;
        }
    if (!m_item.stimulus.isEmpty())
        warn(QStringLiteral("the shared stimulus '%1' is not exported").arg(m_item.stimulus));
    return m_bytes;
}

std::optional<QByteArray> qtiItemXml(const Quiz &quiz, const Item &item,
                                     QList<ExportWarning> &warnings)
{
    return ItemWriter(quiz, item, warnings).run();
}

} // namespace hitready::interchange
