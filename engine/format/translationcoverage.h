#pragma once
// How much of a quiz is translated into each language: what `hitready-cli info` tells an author
// before `lint --languages` points at each missing text.

#include "quiz.h"

#include <QList>
#include <optional>

namespace hitready {

struct LanguageCoverage
{
    QString language;
    int translated = 0; // texts that have this language
    int texts = 0;      // every text of the quiz (the same for every language)
    // From the quiz's `translations` block; none for the quiz's own language and for a
    // language the block does not list.
    std::optional<Translation::Status> status;
    bool operator==(const LanguageCoverage &) const = default;
};

// The quiz's language first, then every other language of its texts or its `translations`
// block, in code order. Texts are the ones `lint --languages` checks: titles, descriptions,
// prompts, options and their feedback, anchors, steps, matching entries, hottext records and
// span feedback, stimulus titles, texts and columns, explanations, level labels,
// recommendation titles and texts, and link titles; a key a file leaves out is no text.
QList<LanguageCoverage> translationCoverage(const Quiz &quiz);

} // namespace hitready
