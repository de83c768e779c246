#pragma once
// The sentences HIT Ready builds from the engine's numbers, in the learner's language: the
// reasons a recommendation was given, a percent with its level, points, self-ratings,
// certainty and calibration, the uncertainty band of a domain score, and the time-limit
// notices. The engine hands over structured values (Reason, Report, DomainBand); the words come
// from Qt Linguist (context "Words"), and numbers are written once, here, the way the
// language writes them (QLocale: "58%" in English, "58 %" or "58,5 %" where a translation
// says so). The app's adapters, the PDF and hitready-cli all take their sentences from here.

#include "plan.h"
#include "report.h"
#include "teststats.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace hitready {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(Words)

public:
    // `language`: the language the interface words are in (the one useAppLanguage()
    // installed). It decides how numbers are written (QLocale of the language; C for one
    // QLocale does not know, such as Hmong) and which language the quiz texts inside a
    // sentence are taken in (show()). Empty: the default QLocale and the quiz's own language.
    explicit Words(const QString &language = QString());

    const QString &language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }

    // A quiz text in this language, else the quiz's own (show()'s first language).
    QString quizText(const Quiz &quiz, const Text &text) const;
    // A domain's title in this language; its id when it has none.
    QString domainTitle(const Quiz &quiz, const QString &domainId) const;

    // ---- numbers -------------------------------------------------------------------------
    // `value` rounded to at most `decimals` places, without trailing zeros: 3.7, 15, 1,234.5.
    QString number(double value, int decimals = 2) const;
    // A percent with exactly `decimals` places: "58%" (0), "83.3%" (1); with up to two more
    // where fewer would round a score onto 0% or 100% that is not there ("99.6%", "0.4%").
    QString percent(double percent, int decimals = 0) const;
    // percent(), or "no scored items" when there is none.
    QString percentOrNone(const std::optional<double> &percent, int decimals = 0) const;
    // "58% (Developing)"; just the percent without a level; "no scored items" without a
    // percent (and then no level either).
    QString percentWithLevel(const std::optional<double> &percent, const QString &level,
                             int decimals = 0) const;
    // What the level `percent` falls in means, in plain words: the description of its band in
    // `bands` (the quiz's or a domain's), in this language; empty when there is none.
    QString levelDescription(const Quiz &quiz, const QList<LevelBand> &bands,
                             const std::optional<double> &percent) const;
    // Points earned of the points there were, to one place: "3.7 / 15" (3.66667 earned); more
    // places only where one would show none or all of them ("14.96 / 15").
    QString points(double earned, double max) const;
    // A self-rating on the five-point scale, to at most `decimals` places (a mean has them):
    // "4 of 5", "3.5 of 5".
    QString rating(double rating, int decimals = 1) const;

    // ---- recommendations -----------------------------------------------------------------
    // Why a recommendation was given, as a sentence the learner reads: "Your overall score,
    // 72%, is 70% or more.", "Your score in Ethics and privacy, 58%, is under 60%." The learner's
    // number is written as precisely as it takes to tell it from the bound (59.6% is not shown as
    // 60% against a bound of 60%). A `max` just under a whole number (59.99) is read as the author
    // means it: "below 60%".
    QString reason(const Reason &reason, const Quiz &quiz) const;
    // The reason line of a recommendation without conditions.
    QString givenToEveryLearner() const;

    // ---- certainty-based marking ---------------------------------------------------------
    // One sentence per confidence level that has answers, most sure first: "When you were
    // very sure, you were right 9 of 10 times."
    QStringList calibration(const CalibrationByLevel &calibration) const;
    // "Certainty-weighted score: 1.8 per question, on a scale from -6 to 3 (...)."
    QString certaintyScore(double cbmAverage) const;
    // "You rated yourself 4 of 5 in Coding; you scored 42%." (whether to say it is
    // ResultSummary::ratingDisagrees()).
    QString selfRatingGap(const QString &domainTitle, double rating, double percent) const;

    // ---- uncertainty ---------------------------------------------------------------------
    // The band around a domain score: "About ±15 points" from the quiz's measurement error
    // over `attempts` finished attempts, or "Likely between 0% and 43%" (the Wilson interval)
    // from the learner's own `scoredItems`; empty without a band.
    QString band(const DomainBand &band, int scoredItems, qint64 attempts) const;

    // ---- time limits ---------------------------------------------------------------------
    // Before an attempt starts: "Time limit: 45 minutes; the attempt is submitted when it
    // runs out."
    QString timeLimitNotice(double minutes) const;
    // The clock beside each question: "12:05 left" (seconds rounded up, so it shows 0:00
    // only when the time is up).
    QString timeLeft(qint64 ms) const;
    // The time ran out while the learner was answering.
    QString timeUpNotice() const;
    // The time had run out while the attempt was closed; it is submitted on resuming.
    QString timeRanOutWhileAwayNotice() const;

private:
    static QString percentOf(const QString &number); // "58" -> "58%"
    QString overallReason(const QString &value, const QString &min, const QString &max,
                          bool below) const;
    QString domainReason(const QString &title, const QString &value, const QString &min,
                         const QString &max, bool below) const;
    QString selfRatingReason(const QString &title, const QString &value, const QString &min,
                             const QString &max, bool below) const;

    QString m_language;
    QLocale m_locale;
};

} // namespace hitready
