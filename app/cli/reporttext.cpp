#include "reporttext.h"

#include "cliwords.h"

#include <QTextStream>

namespace hitready::cli {

namespace {

// The terminal keeps one decimal: authors compare reports to a tenth of a percent.
constexpr int percentDecimals = 1;

QString levelWord(const Quiz &quiz, const std::optional<Text> &level, const Words &words)
{
    return level ? words.quizText(quiz, *level) : QString();
}

QString kindWord(RecommendationKind kind)
{
    switch (kind) {
    case RecommendationKind::Training:
        //: a kind of recommendation, shown in brackets before its title
        return Cli::tr("training");
    case RecommendationKind::Certification:
        //: a kind of recommendation, shown in brackets before its title
        return Cli::tr("certification");
    case RecommendationKind::Experience:
        //: a kind of recommendation, shown in brackets before its title
        return Cli::tr("experience");
    case RecommendationKind::Course:
        //: a kind of recommendation, shown in brackets before its title
        return Cli::tr("course");
    }
    return recommendationKindName(kind);
}

void domainLine(QTextStream &s, const Quiz &quiz, const DomainResult &d, const Words &words)
{
    s << "  " << words.domainTitle(quiz, d.domainId).leftJustified(32) << ' '
      << words.percentWithLevel(d.percent, levelWord(quiz, d.level, words), percentDecimals);
    if (d.scoredItems > 0)
        //: %1 points earned of the most there were, such as "3.7 / 15"
        s << "  " << Cli::tr("%1 points").arg(words.points(d.earned, d.max));
    if (d.selfRating)
        //: %1 the learner's mean self-rating in this area, such as "3.5 of 5"
        s << "  " << Cli::tr("self-rating %1").arg(words.rating(*d.selfRating));
    if (d.cbmAverage)
        //: certainty-based mark of this area, %1 a number from -6 to 3
        s << "  " << Cli::tr("certainty %1").arg(words.number(*d.cbmAverage, 1));
    s << '\n';
    const Domain *domain = quiz.domain(d.domainId);
    if (const QString meaning =
            domain ? words.levelDescription(quiz, domain->levels, d.percent) : QString();
        !meaning.isEmpty())
        s << "    " << meaning << '\n';
}

} // namespace

QString reportText(const Quiz &quiz, const Report &report, const Plan &plan, const Words &words)
{
    QString text;
    QTextStream s(&text);
    s << words.quizText(quiz, quiz.title) << "\n\n";
    //: %1 the overall percent, with its level when the quiz gives one: "72.0% (Ready)"
    s << Cli::tr("Overall: %1")
             .arg(words.percentWithLevel(report.overallPercent,
                                         levelWord(quiz, report.overallLevel, words),
                                         percentDecimals))
      << '\n';
    if (const QString meaning = words.levelDescription(quiz, quiz.levels, report.overallPercent);
        !meaning.isEmpty())
        s << meaning << '\n';
    if (report.cbmAverage) {
        s << words.certaintyScore(*report.cbmAverage) << '\n';
        for (const QString &sentence : words.calibration(report.calibration))
            s << sentence << '\n';
    }
    s << '\n';
    for (const DomainResult &d : report.domains)
        domainLine(s, quiz, d, words);
    s << '\n' << Cli::tr("Next steps:") << '\n';
    for (const PlannedStep &step : plan) {
        const Recommendation &r = *step.recommendation;
        s << "\n* [" << kindWord(r.kind) << "] " << words.quizText(quiz, r.title) << '\n';
        if (!r.text.isEmpty())
            s << "  " << words.quizText(quiz, r.text) << '\n';
        for (const Reason &reason : step.reasons)
            s << "  - " << words.reason(reason, quiz) << '\n';
        if (step.reasons.isEmpty())
            s << "  - " << words.givenToEveryLearner() << '\n';
        for (const Link &link : r.links)
            s << "  " << words.quizText(quiz, link.title) << ": " << link.url << '\n';
    }
    if (plan.isEmpty())
        s << "  " << Cli::tr("(this quiz gives no recommendation for these results)") << '\n';
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
