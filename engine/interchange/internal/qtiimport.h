#pragma once
// One QTI item file's element tree read into an item (qtiimport.cpp, qtiinteractions.cpp).

#include "problem.h"
#include "quiz.h"
#include "xmltree.h"

namespace hitready::interchange {

class QtiItemReader
{
public:
    QtiItemReader(const XmlElement &root, const QString &fileName, const QString &language);
    // The item (its id the item's identifier, no domain), or nullopt with the reason in warnings.
    std::optional<Item> run();
    Problems warnings;

private:
    void warn(const XmlElement &at, const QString &message);
    bool choice(const XmlElement &interaction, Item &item);
    bool order(const XmlElement &interaction, Item &item);
    bool match(const XmlElement &interaction, Item &item);
    bool textEntry(const XmlElement &interaction, Item &item);
    bool hottext(const XmlElement &interaction, Item &item);
    // The mapped value of `key`, when the mapping has it.
    std::optional<double> mapped(const QString &key) const;

    const XmlElement &m_root;
    QString m_fileName;
    QString m_language;
    QString m_cardinality, m_baseType;
    QStringList m_correct;
    QList<std::pair<QString, double>> m_mapping;
    bool m_caseSensitive = false;
    QString m_afterEntry; // the text after a text entry (a numeric item's unit)
};

} // namespace hitready::interchange
