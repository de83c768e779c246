#pragma once
// The rules the results screens and the PDF share, built from plain numbers so that they
// (when a self-rating "disagrees", what counts as straight-lining) live in one tested place,
// free of the engine. The words of numbers and generated sentences are Words (app/words).

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "words.h"

namespace hitready {

class ResultSummary
{
    Q_DECLARE_TR_FUNCTIONS(ResultSummary)

public:
    // A self-rating r (1..5, possibly a mean) placed on the percent scale: (r - 1) x 25, so
    // 1 -> 0%, 3 -> 50%, 5 -> 100%.
    static double ratingAsPercent(double rating);
    // A self-rating disagrees with a measured percent when they lie a whole rating step
    // (25 points) or more apart: |ratingAsPercent(rating) - percent| >= 25.
    static constexpr double disagreementPoints = 25;
    static bool ratingDisagrees(double rating, double percent);
    // Words::selfRatingGap() ("You rated yourself 4 of 5 in Coding; you scored 42%.") when
    // they disagree, else empty.
    static QString selfRatingGapSentence(const QString &domainTitle, double rating, double percent,
                                         const Words &words = Words());

    // Straight-lining: at least this many answered self-ratings, all the same value.
    static constexpr int straightLiningMinimum = 3;
    static bool isStraightLining(const QList<int> &ratings);
    // The warning shown for straight-lining, or empty when `ratings` are not straight-lined.
    static QString straightLiningSentence(const QList<int> &ratings, const Words &words = Words());

    // The exploration-not-screening statement every results view and the PDF carry.
    static QString disclaimer();

    // Translated section title for a recommendation kind name ("training" -> "Training").
    static QString kindTitle(const QString &kindName);
    // The fixed order of recommendation kinds on the next-steps screen and in the PDF.
    static QStringList kindOrder();
};

} // namespace hitready
