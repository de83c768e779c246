#pragma once
// The languages a learner reads a quiz in: the first language always, and optionally a second
// one shown under it in a quieter style ("side by side"). Pure lookups on Text; the app, the
// CLI and the PDF report all pick the words to show through show().

#include "quiz.h"

namespace hitready {

struct Reading
{
    QString first;  // a language code ("es"); empty: the quiz's own language
    QString second; // empty: no second language
    bool operator==(const Reading &) const = default;
};

// One text as shown: `first` in the first language (else the quiz's language, else any), and
// `second` in the second language only when the text has it and it is not the language
// `first` is already in. `second` is empty when there is nothing more to show.
struct ShownText
{
    QString first;
    QString firstLanguage;
    QString second;
    QString secondLanguage;
    bool operator==(const ShownText &) const = default;
    // For a screen reader or a terminal: the first, then the second on its own line.
    QString spoken() const { return second.isEmpty() ? first : first + u'\n' + second; }
};

ShownText show(const Text &text, const Reading &reading, const QString &quizLanguage);

// The quiz's own language and then every other language that any of its texts are in, each once.
QStringList contentLanguages(const Quiz &quiz);

} // namespace hitready
