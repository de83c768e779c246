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
                                             double percent)
{
    if (!ratingDisagrees(rating, percent))
        return {};
    //: %1 a self-rating such as "4 of 5", %2 a domain title, %3 a percent such as "42%"
    return tr("You rated yourself %1 in %2; you scored %3.")
        .arg(ratingText(rating), domainTitle, percentText(percent));
}

QStringList ResultSummary::calibrationSentences(const QList<int> &answered, const QList<int> &right)
{
    QStringList sentences;
    for (qsizetype level = 0; level < std::min(answered.size(), right.size()); ++level) {
        if (answered.at(level) <= 0)
            continue;
        //: %n = answers at this level; %1 = how many were right
        switch (level) {
        case 0:
            sentences.append(tr("When you were not sure, you were right %1 of %n time(s).", nullptr,
                                answered.at(level))
                                 .arg(right.at(level)));
            break;
        case 1:
            sentences.append(tr("When you were fairly sure, you were right %1 of %n time(s).",
                                nullptr, answered.at(level))
                                 .arg(right.at(level)));
            break;
        default:
            sentences.append(tr("When you were very sure, you were right %1 of %n time(s).",
                                nullptr, answered.at(level))
                                 .arg(right.at(level)));
        }
    }
    return sentences;
}

QString ResultSummary::certaintyScoreSentence(double cbmAverage)
{
    //: certainty-based marking: %1 is the mean mark per question, between -6 and 3
    return tr("Certainty-weighted score: %1 per question, on a scale from -6 to 3 (1 is every "
              "answer right but not sure; 3 is every answer right and very sure).")
        .arg(QString::number(cbmAverage, 'f', 1));
}

bool ResultSummary::isStraightLining(const QList<int> &ratings)
{
    if (ratings.size() < straightLiningMinimum)
        return false;
    return std::all_of(ratings.cbegin(), ratings.cend(),
                       [&](int r) { return r == ratings.first(); });
}

QString ResultSummary::straightLiningSentence(const QList<int> &ratings)
{
    if (!isStraightLining(ratings))
        return {};
    //: %1 the one rating given to every self-rating question, e.g. "3 of 5"
    return tr("You gave every self-rating question the same answer (%1). Self-ratings help "
              "most when each one describes that area alone; consider whether they all fit.")
        .arg(ratingText(ratings.first()));
}

QString ResultSummary::disclaimer()
{
    return tr("These results are for your own exploration and planning. They are not a "
              "screening, hiring or admission decision, and they do not certify any skill.");
}

QString ResultSummary::percentText(double percent)
{
    //: a whole percent, e.g. "42%"
    return tr("%1%").arg(qRound(percent));
}

QString ResultSummary::ratingText(double rating)
{
    const double rounded = std::round(rating * 10) / 10;
    const QString value = rounded == std::floor(rounded) ? QString::number(int(rounded))
                                                         : QString::number(rounded, 'f', 1);
    //: a self-rating on a five-point scale, e.g. "4 of 5"
    return tr("%1 of 5").arg(value);
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
