#pragma once
// The writer of one QTI 3 item file (qtiexport.cpp: declarations, outcomes, response
// processing and the whole item; qtiitembody.cpp: the item body with its interaction).

#include "interchange.h"
#include "quiz.h"

#include <QXmlStreamWriter>

namespace hitready::interchange {

class ItemWriter
{
public:
    ItemWriter(const Quiz &quiz, const Item &item, QList<ExportWarning> &warnings)
        : m_quiz(quiz), m_item(item), m_warnings(warnings), m_xml(&m_bytes)
    {}
    std::optional<QByteArray> run();

private:
    QString t(const Text &value) const { return m_quiz.text(value); }
    void warn(const QString &message) { m_warnings.append({m_item.id, message}); }
    void start(const char *name) { m_xml.writeStartElement(QLatin1String(name)); }
    void attribute(const char *name, const QString &value)
    {
        m_xml.writeAttribute(QLatin1String(name), value);
    }
    void value(const QString &v) { m_xml.writeTextElement(QStringLiteral("qti-value"), v); }
    void paragraphs(const QString &text)
    {
        for (const QString &line : text.split(u'\n')) {
            start("p");
            m_xml.writeCharacters(line);
            m_xml.writeEndElement();
        }
    }
    void declaration(const char *cardinality, const char *baseType, const QStringList &correct);
    void mapping(const QList<std::pair<QString, double>> &entries, bool caseSensitive = true);
    void outcomes();
    void body();
    void processing();
    // SCORE = points when `condition` (written by the caller) holds, else 0.
    template <class Condition> void allOrNothing(Condition condition);

    const Quiz &m_quiz;
    const Item &m_item;
    QList<ExportWarning> &m_warnings;
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
};

} // namespace hitready::interchange
