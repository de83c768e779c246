#pragma once
// Ids for what an import makes: items from titles, domains from categories, options by letter.

#include <QSet>
#include <QString>

namespace hitready::interchange {

// `text` in [a-z0-9-] (domain and quiz ids), empty when nothing is left.
QString slug(const QString &text);
// `text` in [A-Za-z0-9_.-] (item ids), empty when nothing is left.
QString itemSlug(const QString &text);
// a, b, ... z, o27, o28 ...
QString optionId(qsizetype index);

// Hands out ids unique within one list: the wanted one, else wanted-2, wanted-3 ...
class UniqueIds
{
public:
    QString take(const QString &wanted);

private:
    QSet<QString> m_taken;
};

} // namespace hitready::interchange
