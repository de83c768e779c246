#include "xmltree.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace hitready::interchange {

const XmlElement *XmlElement::child(QStringView childName) const
{
    for (const XmlElement &c : children)
        if (c.name == childName)
            return &c;
    return nullptr;
}

QList<const XmlElement *> XmlElement::all(QStringView childName) const
{
    QList<const XmlElement *> out;
    for (const XmlElement &c : children)
        if (c.name == childName)
            out.append(&c);
    return out;
}

namespace {

void collect(const XmlElement &e, QString &out)
{
    static const QStringList blocks = {QStringLiteral("p"),  QStringLiteral("div"),
                                       QStringLiteral("li"), QStringLiteral("tr"),
                                       QStringLiteral("h1"), QStringLiteral("h2"),
                                       QStringLiteral("h3"), QStringLiteral("blockquote")};
    if (e.name.isEmpty()) {
        out += e.text;
        return;
    }
    if (e.name == QLatin1String("br")) {
        out += u'\n';
        return;
    }
    const bool block = blocks.contains(e.name);
    if (block && !out.isEmpty() && !out.endsWith(u'\n'))
        out += u'\n';
    if (e.name == QLatin1String("li"))
        out += QLatin1String("- ");
    for (const XmlElement &c : e.children)
        collect(c, out);
    if (block && !out.endsWith(u'\n'))
        out += u'\n';
}

bool readElement(QXmlStreamReader &xml, XmlElement &node, int depth, int maxDepth)
{
    node.name = xml.name().toString();
    node.attributes = xml.attributes();
    node.line = int(xml.lineNumber());
    node.column = int(xml.columnNumber());
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (depth >= maxDepth) {
                xml.raiseError(QStringLiteral("elements nested more than %1 deep").arg(maxDepth));
                return false;
            }
            XmlElement child;
            if (!readElement(xml, child, depth + 1, maxDepth))
                return false;
            node.children.append(std::move(child));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!node.children.isEmpty() && node.children.last().name.isEmpty())
                node.children.last().text += xml.text();
            else
                node.children.append({QString(), xml.text().toString(), {}, {}, 0, 0});
            break;
        case QXmlStreamReader::EndElement:
            return true;
        case QXmlStreamReader::EntityReference:
            xml.raiseError(
                QStringLiteral("an entity reference (&%1;) is not expanded").arg(xml.name()));
            return false;
        default:
            break;
        }
    }
    return false;
}

} // namespace

QString XmlElement::plainText() const
{
    QString out;
    collect(*this, out);
    QStringList lines;
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r]+"));
    for (QString line : out.split(u'\n')) {
        line = line.replace(spaces, QStringLiteral(" ")).trimmed();
        if (!line.isEmpty())
            lines << line;
    }
    return lines.join(u'\n');
}

XmlDocument readXml(const QByteArray &bytes, const QString &fileName, int maxDepth)
{
    QXmlStreamReader xml(bytes);
    XmlDocument doc;
    bool sawRoot = false;
    while (!xml.atEnd() && !xml.hasError() && !sawRoot) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            xml.raiseError(QStringLiteral("a DOCTYPE is not read (no entity is expanded or "
                                          "fetched)"));
            break;
        }
        if (token == QXmlStreamReader::StartElement) {
            sawRoot = true;
            readElement(xml, doc.root, 1, maxDepth);
        }
    }
    // Nothing but comments and spaces may follow the root.
    while (!xml.hasError() && !xml.atEnd())
        xml.readNext();
    if (xml.hasError() || !sawRoot)
        doc.problem = Problem{fileName, int(xml.lineNumber()), int(xml.columnNumber()),
                              xml.hasError() ? xml.errorString()
                                             : QStringLiteral("no root element: not XML")};
    return doc;
}

QString xmlRootName(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes.left(4096));
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement)
            return xml.name().toString();
        if (token == QXmlStreamReader::Invalid)
            break;
    }
    return {};
}

} // namespace hitready::interchange
