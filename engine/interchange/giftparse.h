#pragma once
// GIFT (Moodle's "General Import Format Technology") read into its own questions, before any
// mapping to a Quiz: what the reference parser (gift-pegjs) is compared with. Moodle's own
// importer is followed where the two differ (docs/interchange.md).

#include "problem.h"

#include <QList>
#include <QString>
#include <optional>

namespace hitready {

struct GiftAnswer
{
    QString text;                 // escapes resolved; matching: the left entry
    QString match;                // matching: the right entry
    bool marked = false;          // written with '=' (right), not '~'
    std::optional<double> weight; // %N% as written, in percent
    std::optional<QString> feedback;
    // numerical: the value and its tolerance (a range lo..hi is kept as written)
    double number = 0;
    double tolerance = 0;
    std::optional<double> low, high;
    int line = 0, column = 0;
};

struct GiftQuestion
{
    enum class Kind {
        Category,
        Description,
        Essay,
        MultipleChoice,
        TrueFalse,
        ShortAnswer,
        Numerical,
        Matching
    };
    Kind kind = Kind::Description;
    QString title;                // ::title::, escapes resolved; may be empty
    QString format;               // "moodle" (none given), "html", "markdown", "plain"
    QString stem;                 // the question text; "_____" where an answer block stood inside
    bool embedded = false;        // the answers stood inside the text (missing word)
    QString category;             // Category: the path after $CATEGORY:
    QList<GiftAnswer> answers;    // MultipleChoice, ShortAnswer, Numerical, Matching
    bool truth = false;           // TrueFalse
    QList<QString> truthFeedback; // TrueFalse: "#..." in file order (Moodle: wrong, then right)
    std::optional<QString> generalFeedback; // ####...
    QStringList comments;     // the // lines just before the question, without the "//"
    int line = 0, column = 0; // where the question starts
};

struct GiftParse
{
    QList<GiftQuestion> questions;
    Problems problems; // errors: a question with one is left out of `questions`
};

GiftParse parseGift(const QString &text, const QString &fileName);

const char *giftKindName(GiftQuestion::Kind kind);

} // namespace hitready
