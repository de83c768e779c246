#include "reporttext.h"

#include <QTextStream>

namespace hitready::cli {

namespace {

QString percentText(const std::optional<double> &percent)
{
    return percent ? QString::number(*percent, 'f', 1) + QLatin1Char('%')
                   : QStringLiteral("no scored items");
}

QString levelText(const Quiz &quiz, const std::optional<Text> &level)
{
    return level ? QStringLiteral(" (%1)").arg(quiz.text(*level)) : QString();
}

// "right 9 of 10 times at high confidence, ..." for the levels that were used.
QString calibrationText(const CalibrationByLevel &calibration)
{
    QStringList parts;
    for (int level = highConfidence; level >= lowConfidence; --level) {
        const Calibration &c = calibration[size_t(level - 1)];
        if (c.answered > 0)
            parts.append(QStringLiteral("%1: right %2 of %3")
                             .arg(confidenceName(level))
                             .arg(c.right)
                             .arg(c.answered));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString reportText(const Quiz &quiz, const Report &report, const Plan &plan)
{
    QString text;
    QTextStream s(&text);
    s << quiz.text(quiz.title) << "\n\n";
    s << "Overall: " << percentText(report.overallPercent) << levelText(quiz, report.overallLevel)
      << '\n';
    if (report.cbmAverage) {
        s << "Certainty-based mark: " << QString::number(*report.cbmAverage, 'f', 2)
          << " per point (from -6 to 3)\n";
        if (const QString calibration = calibrationText(report.calibration); !calibration.isEmpty())
            s << "How sure you were - " << calibration << '\n';
    }
    s << '\n';
    for (const DomainResult &d : report.domains) {
        const Domain *domain = quiz.domain(d.domainId);
        s << "  " << quiz.text(domain->title).leftJustified(32) << ' ' << percentText(d.percent)
          << levelText(quiz, d.level);
        if (d.scoredItems > 0)
            s << "  " << d.earned << '/' << d.max << " points";
        if (d.selfRating)
            s << "  self-rating " << QString::number(*d.selfRating, 'f', 1) << " of 5";
        if (d.cbmAverage)
            s << "  CBM " << QString::number(*d.cbmAverage, 'f', 2);
        s << '\n';
    }
    s << "\nNext steps:\n";
    for (const PlannedStep &step : plan) {
        const Recommendation &r = *step.recommendation;
        s << "\n* [" << recommendationKindName(r.kind) << "] " << quiz.text(r.title) << '\n';
        if (!r.text.isEmpty())
            s << "  " << quiz.text(r.text) << '\n';
        for (const Reason &reason : step.reasons)
            s << "  because " << describe(reason, quiz) << '\n';
        for (const Link &link : r.links)
            s << "  " << quiz.text(link.title) << ": " << link.url << '\n';
    }
    if (plan.isEmpty())
        s << "  (this quiz gives no recommendation for these results)\n";
    s.flush();
    return text;
}

QString problemsText(const Problems &problems)
{
    QString text;
    for (const Problem &p : problems)
        text += p.toString() + QLatin1Char('\n');
    return text;
}

} // namespace hitready::cli
