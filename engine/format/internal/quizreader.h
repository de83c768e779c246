#pragma once
// The parts of the loader that read one section each; shared by loader.cpp,
// itemreader.cpp and planreader.cpp only.

#include "nodereader.h"

#include <QSet>

namespace hitready::detail {

// Reads the items list; `domains` and `stimuli` are the ids declared in the file. Each item's
// subtree is given back to `document` once read (when the list is its releasable one).
QList<Item> readItems(NodeReader &reader, const YamlNode &list, const QSet<QString> &domains,
                      const QSet<QString> &stimuli, YamlDocument &document);

// The keys of the item types after the choice types, read into `item` (interactionreader.cpp).
void readOrdering(NodeReader &reader, const YamlNode &node, Item &item);
void readMatching(NodeReader &reader, const YamlNode &node, Item &item);
void readNumeric(NodeReader &reader, const YamlNode &node, Item &item);
void readTextKey(NodeReader &reader, const YamlNode &node, Item &item);
// hottextreader.cpp
void readHotText(NodeReader &reader, const YamlNode &node, Item &item);

// Reads the top-level stimuli list.
QList<Stimulus> readStimuli(NodeReader &reader, const YamlNode &list);

// Reads the recommendations list.
QList<Recommendation> readRecommendations(NodeReader &reader, const YamlNode &list,
                                          const QSet<QString> &domains);

// Reads time_limit, confidence and shuffle from the quiz's top level.
void readAttemptRules(NodeReader &reader, const YamlNode &root, Quiz &quiz);

// Reads each domain's `draw` in `list` (the domains list), once quiz.items are known: a draw
// is bounded by the domain's scored items.
void readDraws(NodeReader &reader, const YamlNode &list, Quiz &quiz);

} // namespace hitready::detail
