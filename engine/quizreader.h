#pragma once
// The parts of the loader that read one section each; shared by loader.cpp,
// itemreader.cpp and planreader.cpp only.

#include "nodereader.h"

#include <QSet>

namespace hitready::detail {

// Reads the items list; `domains` are the domain ids declared in the file.
QList<Item> readItems(NodeReader &reader, const YamlNode &list, const QSet<QString> &domains);

// Reads the recommendations list.
QList<Recommendation> readRecommendations(NodeReader &reader, const YamlNode &list,
                                          const QSet<QString> &domains);

} // namespace hitready::detail
