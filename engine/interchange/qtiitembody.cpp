// The body of a QTI 3 item: the prompt as paragraphs, then the interaction of the item's type.

#include "qtiitemwriter.h"

#include "hottext.h"

namespace hitready::interchange {

void ItemWriter::body()
{
    start("qti-item-body");
    paragraphs(t(m_item.prompt));
    const auto interaction = [&](const char *name) {
        start(name);
        attribute("response-identifier", QStringLiteral("RESPONSE"));
    };
    const auto simple = [&](const char *name, const QString &id, const QString &text) {
        start(name);
        attribute("identifier", id);
        m_xml.writeCharacters(text);
        m_xml.writeEndElement();
    };
    switch (m_item.type) {
    case ItemType::Single:
    case ItemType::Multiple:
        interaction("qti-choice-interaction");
        attribute("max-choices",
                  m_item.type == ItemType::Single ? QStringLiteral("1") : QStringLiteral("0"));
        attribute("shuffle",
                  m_item.keepOptionOrder ? QStringLiteral("false") : QStringLiteral("true"));
        for (const Option &o : m_item.options)
            simple("qti-simple-choice", o.id, t(o.text));
        m_xml.writeEndElement();
        break;
    case ItemType::TrueFalse:
        interaction("qti-choice-interaction");
        attribute("max-choices", QStringLiteral("1"));
        attribute("shuffle", QStringLiteral("false"));
        simple("qti-simple-choice", QStringLiteral("true"), QStringLiteral("True"));
        simple("qti-simple-choice", QStringLiteral("false"), QStringLiteral("False"));
        m_xml.writeEndElement();
        break;
    case ItemType::Ordering:
        interaction("qti-order-interaction");
        attribute("shuffle", QStringLiteral("true"));
        for (const Entry &step : m_item.steps)
            simple("qti-simple-choice", step.id, t(step.text));
        m_xml.writeEndElement();
        break;
    case ItemType::Matching:
        interaction("qti-match-interaction");
        attribute("max-associations", QString::number(m_item.left.size()));
        attribute("shuffle",
                  m_item.keepOptionOrder ? QStringLiteral("false") : QStringLiteral("true"));
        for (const QList<Entry> *set : {&m_item.left, &m_item.right}) {
            start("qti-simple-match-set");
            for (const Entry &e : *set) {
                start("qti-simple-associable-choice");
                attribute("identifier", e.id);
                attribute("match-max",
                          set == &m_item.left ? QStringLiteral("1") : QStringLiteral("0"));
                m_xml.writeCharacters(t(e.text));
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        break;
    case ItemType::Numeric:
    case ItemType::Text:
        start("p");
        interaction("qti-text-entry-interaction");
        m_xml.writeEndElement();
        if (m_item.type == ItemType::Numeric && !m_item.numeric.unit.isEmpty())
            m_xml.writeCharacters(u' ' + m_item.numeric.unit);
        m_xml.writeEndElement();
        break;
    case ItemType::HotText: {
        // The shown text, each span a <qti-hottext>, line breaks as <br/>.
        interaction("qti-hottext-interaction");
        attribute("max-choices", QStringLiteral("0"));
        start("p");
        const HotTextMarkup markup = parseHotText(t(m_item.hotText));
        const auto characters = [&](QStringView text) {
            const QList<QStringView> lines = text.split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    m_xml.writeEmptyElement(QStringLiteral("br"));
                m_xml.writeCharacters(lines.at(i).toString());
            }
        };
        qsizetype at = 0;
        for (const HotSpan &span : markup.spans) {
            characters(QStringView(markup.shown).mid(at, span.start - at));
            simple("qti-hottext", span.id, span.text);
            at = span.start + span.text.size();
        }
        characters(QStringView(markup.shown).mid(at));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        break;
    }
    default:
        break;
    }
    m_xml.writeEndElement();
}

} // namespace hitready::interchange
