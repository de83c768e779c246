#include "attemptshapetext.h"

#include <cmath>

namespace hitready {

namespace {

bool whole(double value)
{
    return std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e9;
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

QString AttemptShapeText::questions(const AttemptShape &shape)
{
    const QString total = tr("%n questions", nullptr, shape.items);
    if (shape.selfRatings == 0)
        return total;
    //: %1 = "64 questions", %2 = number of scored questions, %3 = "4 self-ratings"
    return tr("%1 (%2 scored, %3)")
        .arg(total, QString::number(shape.questions),
             tr("%n self-ratings", nullptr, shape.selfRatings));
}

QString AttemptShapeText::draw(const AttemptShape &shape)
{
    if (!shape.isDrawn())
        return {};
    //: %n = number of scored questions in an attempt, %1 = how many there are to draw from
    return tr("Each attempt draws its %n scored questions at random from %1, so two attempts "
              "differ.",
              nullptr, shape.questions)
        .arg(shape.poolQuestions);
}

QString AttemptShapeText::points(const AttemptShape &shape)
{
    if (shape.minPoints != shape.maxPoints)
        //: the points an attempt is worth depend on the questions drawn: %1 least, %2 most
        return tr("%1 to %2 points").arg(number(shape.minPoints), number(shape.maxPoints));
    if (whole(shape.maxPoints))
        return tr("%n points", nullptr, int(std::lround(shape.maxPoints)));
    return tr("%1 points").arg(number(shape.maxPoints));
}

QString AttemptShapeText::duration(const AttemptShape &shape)
{
    return tr("about %n minutes", nullptr, shape.estimatedMinutes());
}

QString AttemptShapeText::timeLimit(const AttemptShape &shape)
{
    if (!shape.timeLimitMinutes)
        return {};
    if (whole(*shape.timeLimitMinutes))
        return tr("%n minutes", nullptr, int(std::lround(*shape.timeLimitMinutes)));
    return tr("%1 minutes").arg(number(*shape.timeLimitMinutes));
}

QString AttemptShapeText::summary(const AttemptShape &shape)
{
    const QString time = shape.timeLimitMinutes
                             //: %1 = e.g. "30 minutes"
                             ? tr("time limit %1").arg(timeLimit(shape))
                             : duration(shape);
    //: the quiz card: %1 = "64 questions (60 scored, 4 self-ratings)", %2 = "about 50 minutes"
    return tr("%1 · %2").arg(questions(shape), time);
}

QString AttemptShapeText::introduction(const AttemptShape &shape)
{
    QStringList sentences;
    //: %1 = "64 questions (60 scored, 4 self-ratings)", %2 = "60 points"
    sentences.append(tr("%1, worth %2.").arg(questions(shape), points(shape)));
    if (const QString drawn = draw(shape); !drawn.isEmpty())
        sentences.append(drawn);
    if (shape.timeLimitMinutes)
        //: %1 = "about 50 minutes", %2 = "30 minutes"
        sentences.append(tr("It takes %1; the time limit is %2, and when it runs out the quiz "
                            "is submitted with the answers given.")
                             .arg(duration(shape), timeLimit(shape)));
    else
        //: %1 = "about 50 minutes"
        sentences.append(
            tr("It takes %1; you can stop at any time and continue later.").arg(duration(shape)));
    return sentences.join(QLatin1Char(' '));
}

QString AttemptShapeText::attempt(const AttemptShape &shape)
{
    //: %1 = "64 questions (60 scored, 4 self-ratings)", %2 = "60 points"
    return tr("This attempt had %1, worth %2.").arg(questions(shape), points(shape));
}

} // namespace hitready
