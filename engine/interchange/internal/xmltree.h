#pragma once
// A small element tree read with QXmlStreamReader for the QTI reader: mixed content kept in
// order (text as nodes without a name), a DOCTYPE and entity references refused, depth limited.

#include "problem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QXmlStreamAttributes>

namespace hitready::interchange {

struct XmlElement
{
    QString name; // empty: a text node
    QString text; // text nodes only
    QXmlStreamAttributes attributes;
    QList<XmlElement> children;
    int line = 0, column = 0;

    QString attribute(const char *key) const
    {
        return attributes.value(QLatin1String(key)).toString();
    }
    const XmlElement *child(QStringView childName) const;
    QList<const XmlElement *> all(QStringView childName) const;
    // Every text inside, <br/> and block ends as line breaks, runs of spaces as one.
    QString plainText() const;
};

// The root element of `bytes`, or the problem (at its line and column) that stopped the reader.
// `maxDepth` levels of elements at most.
struct XmlDocument
{
    XmlElement root;
    std::optional<Problem> problem;
};
XmlDocument readXml(const QByteArray &bytes, const QString &fileName, int maxDepth = 32);

// The local name of the root element of `bytes` ("quiz", "qti-assessment-item"), empty when
// there is none in the first bytes.
QString xmlRootName(const QByteArray &bytes);

} // namespace hitready::interchange
