#pragma once
// The attempt's shape (engine attemptShape()) in words, for the quiz card, the intro, the
// results screen and the PDF: one wording, so every screen says the same numbers.

#include "attemptshape.h"

#include <QCoreApplication>
#include <QString>

namespace hitready {

class AttemptShapeText
{
    Q_DECLARE_TR_FUNCTIONS(AttemptShapeText)

public:
    // "64 questions (60 scored, 4 self-ratings)"; "60 questions" without self-ratings.
    static QString questions(const AttemptShape &shape);
    // "Each attempt draws its 60 scored questions at random from 96 ..."; empty without draws.
    static QString draw(const AttemptShape &shape);
    // "60 points"; "58 to 62 points" when the draw decides.
    static QString points(const AttemptShape &shape);
    // "about 50 minutes"
    static QString duration(const AttemptShape &shape);
    // "30 minutes"; empty without a time limit.
    static QString timeLimit(const AttemptShape &shape);
    // The quiz card's line: questions · duration (or time limit).
    static QString summary(const AttemptShape &shape);
    // The intro's paragraph: questions, the draw, how long it takes and that it can be left.
    static QString introduction(const AttemptShape &shape);
    // The results screen and the PDF: "This attempt had 64 questions (...), worth 60 points."
    static QString attempt(const AttemptShape &shape);
};

} // namespace hitready
