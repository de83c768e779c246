#include "resultsummary.h"

#include <algorithm>

#include <cmath>

namespace hitready {

double ResultSummary::ratingAsPercent(double rating)
{
    return (rating - 1) * 25;
}

bool ResultSummary::ratingDisagrees(double rating, double percent)
{
    return std::abs(ratingAsPercent(rating) - percent) >= disagreementPoints;
}

QString ResultSummary::selfRatingGapSentence(const QString &domainTitle, double rating,
                                             double percent, const Words &words)
{
    return ratingDisagrees(rating, percent) ? words.selfRatingGap(domainTitle, rating, percent)
                                            : QString();
}

bool ResultSummary::isStraightLining(const QList<int> &ratings)
{
    if (ratings.size() < straightLiningMinimum)
        return false;
    return std::all_of(ratings.cbegin(), ratings.cend(),
                       [&](int r) { return r == ratings.first(); });
}

QString ResultSummary::straightLiningSentence(const QList<int> &ratings, const Words &words)
{
    if (!isStraightLining(ratings))
        return {};
    //: %1 the one rating given to every self-rating question, e.g. "3 of 5"
    return tr("You gave every self-rating question the same answer (%1). Self-ratings help "
              "most when each one describes that area alone; consider whether they all fit.")
        .arg(words.rating(ratings.first()));
}

QString ResultSummary::disclaimer()
{
    return tr("These results are for your own exploration and planning. They are not a "
              "screening, hiring or admission decision, and they do not certify any skill.");
}

QString ResultSummary::kindTitle(const QString &kindName)
{
    if (kindName == QLatin1String("training"))
        return tr("Training");
    if (kindName == QLatin1String("certification"))
        return tr("Certifications");
    if (kindName == QLatin1String("experience"))
        return tr("Experience");
    if (kindName == QLatin1String("course"))
        return tr("Courses");
    return kindName;
}

QStringList ResultSummary::kindOrder()
{
    return {QStringLiteral("training"), QStringLiteral("certification"),
            QStringLiteral("experience"), QStringLiteral("course")};
}

} // namespace hitready
