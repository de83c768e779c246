#include "quizreader.h"

#include <cmath>

// The keys that shape an attempt rather than the content: time_limit, confidence, shuffle and
// each domain's draw.

namespace hitready::detail {

void readAttemptRules(NodeReader &reader, const YamlNode &root, Quiz &quiz)
{
    if (const auto minutes = reader.number(root, u"time_limit")) {
        if (*minutes <= 0 || *minutes > maxTimeLimitMinutes)
            reader.problem(*root.value(u"time_limit"),
                           QStringLiteral("time_limit is in minutes: more than 0 and at most %1 "
                                          "(a week), not %2")
                               .arg(maxTimeLimitMinutes)
                               .arg(*minutes));
        else
            quiz.timeLimitMinutes = *minutes;
    }
    quiz.confidence = reader.boolean(root, u"confidence").value_or(false);
    const YamlNode *shuffle = root.value(u"shuffle");
    if (!shuffle || shuffle->isNull() ||
        !reader.expectMap(*shuffle, QStringLiteral("'shuffle' (write {items: true, options: "
                                                   "true})")))
        return;
    reader.checkKeys(*shuffle, QStringLiteral("'shuffle'"), {}, {"items", "options"});
    quiz.shuffleItems = reader.boolean(*shuffle, u"items").value_or(false);
    quiz.shuffleOptions = reader.boolean(*shuffle, u"options").value_or(false);
}

void readDraws(NodeReader &reader, const YamlNode &list, Quiz &quiz)
{
    qsizetype index = 0; // readDomains() made one Domain of each mapping in the list
    for (const auto &node : list.elements()) {
        if (!node->isMap())
            continue;
        Domain &domain = quiz.domains[index++];
        const auto draw = reader.number(*node, u"draw");
        if (!draw)
            continue;
        const YamlNode &at = *node->value(u"draw");
        const auto scored =
            std::count_if(quiz.items.cbegin(), quiz.items.cend(),
                          [&](const Item &i) { return i.domain == domain.id && i.isScored(); });
        if (scored == 0)
            reader.problem(
                at, QStringLiteral("domain '%1' has no scored items to draw from").arg(domain.id));
        else if (*draw != std::floor(*draw) || *draw < 1 || *draw > double(scored))
            reader.problem(at, QStringLiteral("draw must be a whole number from 1 to %1 (the "
                                              "scored items of domain '%2'), not %3")
                                   .arg(scored)
                                   .arg(domain.id)
                                   .arg(*draw));
        else
            domain.draw = int(*draw);
    }
}

} // namespace hitready::detail
