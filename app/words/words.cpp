#include "words.h"

#include "reading.h"

#include <cmath>
#include <limits>

// Plural sentences are written in their English plural form ("%n questions") and marked as
// numerus: hitready_en.ts holds the singular, every other language its own forms, and a
// missing translation still never shows "question(s)".

namespace hitready {

namespace {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(value * scale) / scale;
    return r == 0 ? 0 : r; // never "-0"
}

// The places `value` is written with: `decimals`, or up to two more when fewer would round it
// onto `low` or `high` without it being there (99.6% is not "100%", 14.96 of 15 points is not
// "15 / 15", 0.3% is not "0%").
int placesBetween(double value, int decimals, double low, double high)
{
    int places = decimals;
    while (places < decimals + 2 && ((value != low && rounded(value, places) == low) ||
                                     (value != high && rounded(value, places) == high)))
        ++places;
    return places;
}

} // namespace

Words::Words(const QString &language)
    : m_language(language), m_locale(language.isEmpty() ? QLocale() : QLocale(language))
{}

QString Words::quizText(const Quiz &quiz, const Text &text) const
{
    return show(text, Reading{m_language, {}}, quiz.language).first;
}

QString Words::domainTitle(const Quiz &quiz, const QString &domainId) const
{
    const Domain *domain = quiz.domain(domainId);
    const QString title = domain ? quizText(quiz, domain->title) : QString();
    return title.isEmpty() ? domainId : title;
}

QString Words::number(double value, int decimals) const
{
    return m_locale.toString(rounded(value, decimals), 'f', QLocale::FloatingPointShortest);
}

QString Words::levelDescription(const Quiz &quiz, const QList<LevelBand> &bands,
                                const std::optional<double> &percent) const
{
    const LevelBand *band = percent ? bandFor(bands, *percent) : nullptr;
    return band ? quizText(quiz, band->description) : QString();
}

QString Words::percent(double percent, int decimals) const
{
    const int places = placesBetween(percent, decimals, 0, 100);
    return percentOf(m_locale.toString(rounded(percent, places), 'f', places));
}

QString Words::percentOf(const QString &number)
{
    //: a percent: %1 is the number, written the language's way ("58", "83.3"); write the
    //: percent sign as the language does ("58 %" in Spanish)
    return tr("%1%").arg(number);
}

QString Words::percentOrNone(const std::optional<double> &percent, int decimals) const
{
    //: in place of a percent: the area had no questions that count for points
    return percent ? this->percent(*percent, decimals) : tr("no scored items");
}

QString Words::percentWithLevel(const std::optional<double> &percent, const QString &level,
                                int decimals) const
{
    if (!percent || level.isEmpty())
        return percentOrNone(percent, decimals);
    //: %1 a percent such as "58%", %2 the level the quiz gives it, such as "Developing"
    return tr("%1 (%2)").arg(this->percent(*percent, decimals), level);
}

QString Words::points(double earned, double max) const
{
    //: points earned of the points there were: %1 earned, %2 the most there were, "3.7 / 15"
    return tr("%1 / %2").arg(number(earned, placesBetween(earned, 1, 0, max)), number(max, 1));
}

QString Words::rating(double rating, int decimals) const
{
    //: a self-rating on a five-point scale, e.g. "4 of 5" or "3.5 of 5"
    return tr("%1 of 5").arg(number(rating, decimals));
}

QString Words::givenToEveryLearner() const
{
    return tr("This step is suggested to every learner.");
}

QStringList Words::calibration(const CalibrationByLevel &calibration) const
{
    QStringList sentences;
    for (int level = highConfidence; level >= lowConfidence; --level) {
        const Calibration &c = calibration[size_t(level - 1)];
        if (c.answered <= 0)
            continue;
        switch (level) {
        case highConfidence:
            //: %n answers given as "very sure"; %1 how many of them were right
            sentences.append(
                tr("When you were very sure, you were right %1 of %n times.", nullptr, c.answered)
                    .arg(c.right));
            break;
        case lowConfidence:
            //: %n answers given as "not sure"; %1 how many of them were right
            sentences.append(
                tr("When you were not sure, you were right %1 of %n times.", nullptr, c.answered)
                    .arg(c.right));
            break;
        default:
            //: %n answers given as "fairly sure"; %1 how many of them were right
            sentences.append(
                tr("When you were fairly sure, you were right %1 of %n times.", nullptr, c.answered)
                    .arg(c.right));
        }
    }
    return sentences;
}

QString Words::certaintyScore(double cbmAverage) const
{
    //: certainty-based marking: %1 is the mean mark per question, between -6 and 3
    return tr("Certainty-weighted score: %1 per question, on a scale from -6 to 3 (1 is every "
              "answer right but not sure; 3 is every answer right and very sure).")
        .arg(m_locale.toString(rounded(cbmAverage, 1), 'f', 1));
}

QString Words::selfRatingGap(const QString &domainTitle, double rating, double percent) const
{
    //: %1 a self-rating such as "4 of 5", %2 a domain title, %3 a percent such as "42%"
    return tr("You rated yourself %1 in %2; you scored %3.")
        .arg(this->rating(rating), domainTitle, this->percent(percent));
}

QString Words::band(const DomainBand &band, int scoredItems, qint64 attempts) const
{
    switch (band.source) {
    case DomainBand::Source::Measurement:
        //: %1 percentage points either side of the score; %n finished attempts of the quiz
        return tr("About ±%1 points: the measurement error of this part of the quiz, from %n "
                  "attempts by all learners.",
                  nullptr, int(std::min<qint64>(attempts, std::numeric_limits<int>::max())))
            .arg(number(band.halfWidth, 0));
    case DomainBand::Source::Wilson:
        //: %1 and %2 percents such as "0%" and "43%": the range the learner's real score
        //: likely lies in (95%); %n scored questions in this area
        return tr("Likely between %1 and %2: from only %n questions, a score can be off by this "
                  "much.",
                  nullptr, scoredItems)
            .arg(percent(band.low), percent(band.high));
    case DomainBand::Source::None:
        break;
    }
    return {};
}

QString Words::timeLimitNotice(double minutes) const
{
    if (minutes == std::floor(minutes) && minutes <= std::numeric_limits<int>::max())
        //: %n the quiz's time limit in whole minutes
        return tr("Time limit: %n minutes; the attempt is submitted when it runs out.", nullptr,
                  int(minutes));
    //: %1 a number of minutes with a fraction, such as 7.5
    return tr("Time limit: %1 minutes; the attempt is submitted when it runs out.")
        .arg(number(minutes));
}

QString Words::timeLeft(qint64 ms) const
{
    const qint64 seconds = (std::max<qint64>(ms, 0) + 999) / 1000;
    const QString clock =
        QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    //: the time left in a timed quiz; %1 minutes:seconds, such as 12:05
    return tr("%1 left").arg(clock);
}

QString Words::timeUpNotice() const
{
    return tr("Time is up: the attempt is submitted with the answers given so far.");
}

QString Words::timeRanOutWhileAwayNotice() const
{
    return tr("The time limit had run out: the attempt was submitted with the answers given.");
}

} // namespace hitready
