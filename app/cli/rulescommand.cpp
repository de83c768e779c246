// rules: what a quiz's recommendation rules do over the whole score space, for its author.

#include "commands.h"
#include "loader.h"
#include "reporttext.h"
#include "ruleanalysis.h"
#include "sourcemap.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

namespace hitready::cli {

namespace {

// 33.75, 70, 49.995: as many decimals as the number has, up to three.
QString percent(double value)
{
    QString text = QString::number(value, 'f', 3);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString levelName(const Quiz &quiz, const ScoreProfile &profile)
{
    return profile.overallBand >= 0 ? quiz.text(quiz.levels[profile.overallBand].label) : QString();
}

// "overall 33.75% (Emerging): detail 60, ethics 0, analysis 0, coding 75; self-rating coding 4".
// A self-rating not given is said ("coding none") only where `skipped` asks: in a gap, where
// the skipped likert item may be why nothing is given; in a rule's example it is no reason.
QString profileText(const Quiz &quiz, const QStringList &ratedDomains, const ScoreProfile &p,
                    bool skipped = false)
{
    QString text = QStringLiteral("overall ") +
                   (p.overallPercent ? percent(*p.overallPercent) + u'%' : QStringLiteral("none"));
    if (p.overallBand >= 0)
        text += QStringLiteral(" (") + levelName(quiz, p) + u')';
    QStringList parts;
    for (const Domain &d : quiz.domains)
        if (p.domainPercents.contains(d.id))
            parts.append(d.id + u' ' + percent(p.domainPercents.value(d.id)));
    if (!parts.isEmpty())
        text += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    QStringList ratings;
    for (const QString &domain : ratedDomains)
        if (p.selfRatings.contains(domain) || skipped)
            ratings.append(domain + u' ' +
                           (p.selfRatings.contains(domain) ? percent(p.selfRatings.value(domain))
                                                           : QStringLiteral("none")));
    if (!ratings.isEmpty())
        text += QStringLiteral("; self-rating ") + ratings.join(QStringLiteral(", "));
    return text;
}

QString conditionText(const Condition &c)
{
    QString text = c.kind == Condition::Kind::Overall ? QStringLiteral("overall")
                   : c.kind == Condition::Kind::SelfRating
                       ? QStringLiteral("self_rating ") + c.domain
                       : QStringLiteral("domain ") + c.domain;
    if (c.min)
        text += QStringLiteral(" min ") + percent(*c.min);
    if (c.max)
        text += QStringLiteral(" max ") + percent(*c.max);
    return text;
}

QString whyText(const DeadCondition &dead)
{
    switch (dead.why) {
    case DeadCondition::Why::NoScoredItems:
        return QStringLiteral("domain '%1' has no scored items, so it never has a percent")
            .arg(dead.condition.domain);
    case DeadCondition::Why::NoSelfRatings:
        return QStringLiteral("domain '%1' has no likert items, so it never has a self-rating")
            .arg(dead.condition.domain);
    case DeadCondition::Why::NoOverall:
        return QStringLiteral("the quiz has no scored items, so there is no overall percent");
    case DeadCondition::Why::OutOfReach:
        break;
    }
    return QStringLiteral("no score profile meets its bounds");
}

// Where a recommendation's `when` (or a condition at `path` inside it) stands in the file:
// its first scalar, else the recommendation's id; 0 when the file has no such entry.
std::pair<int, int> whereIs(const QList<SourceEntry> &entries, const QString &id,
                            const QString &path)
{
    for (const SourceEntry &entry : entries) {
        if (entry.kind != SourceEntry::Kind::Recommendation || entry.id != id)
            continue;
        for (const SourceScalar &scalar : entry.scalars)
            if (scalar.path == path || scalar.path.startsWith(path + u'/'))
                return {scalar.line, scalar.column};
        if (const SourceScalar *idScalar = entry.scalar(u"id"))
            return {idScalar->line, idScalar->column};
        return {entry.firstLine, 1};
    }
    return {0, 0};
}

Problems warningsOf(const QString &file, const QList<SourceEntry> &entries, const Quiz &quiz,
                    const RuleAnalysis &analysis)
{
    Problems warnings;
    QString id, path = QStringLiteral("when");
    const auto warn = [&](const QString &message) {
        const auto [line, column] = whereIs(entries, id, path);
        warnings.append(Problem{file, line, column, QStringLiteral("warning: ") + message});
    };
    for (const RuleFinding &f : analysis.rules) {
        id = f.recommendationId;
        path = QStringLiteral("when");
        if (f.conditional && !f.canHold)
            warn(QStringLiteral("recommendation '%1' is never given: no score profile meets "
                                "its 'when'")
                     .arg(f.recommendationId));
        if (f.certificationAtLowestBand)
            warn(QStringLiteral("certification '%1' is recommended to a learner at the lowest "
                                "overall level (%2), e.g. %3")
                     .arg(f.recommendationId, levelName(quiz, *f.lowest),
                          profileText(quiz, analysis.ratedDomains, *f.lowest)));
        for (const DeadCondition &dead : f.deadConditions) {
            path = dead.path;
            warn(QStringLiteral("recommendation '%1': the condition at %2 (%3) never holds: %4")
                     .arg(f.recommendationId, dead.path, conditionText(dead.condition),
                          whyText(dead)));
        }
    }
    return warnings;
}

void printAnalysis(QTextStream &s, const Quiz &quiz, const RuleAnalysis &analysis)
{
    s << "Recommendation rules of " << quiz.id << ": " << analysis.profiles
      << " score profiles (domain percents every " << percent(analysis.step)
      << " and at the bounds the rules name";
    if (!analysis.ratedDomains.isEmpty())
        s << "; self-ratings of " << analysis.ratedDomains.join(QStringLiteral(", "))
          << " 1-5, at their bounds, and none";
    s << ")\n\nLowest overall percent at which each recommendation is given\n";
    for (const RuleFinding &f : analysis.rules) {
        s << "  " << f.recommendationId.leftJustified(20) << ' '
          << recommendationKindName(f.kind).leftJustified(13) << ' ';
        if (!f.conditional)
            s << "always (no condition)";
        else if (!f.lowest)
            s << "never";
        else
            s << profileText(quiz, analysis.ratedDomains, *f.lowest);
        s << '\n';
    }
    if (!analysis.hasConditional) {
        s << "\nNo recommendation has a condition: every learner gets the same ones.\n";
        return;
    }
    const RuleGaps &gaps = analysis.gaps;
    s << "\nProfiles given no conditional recommendation: ";
    if (gaps.uncovered == 0) {
        s << "none\n";
        return;
    }
    s << gaps.uncovered << " of " << analysis.profiles << '\n';
    s << "  overall " << percent(gaps.overallMin.value_or(0)) << "% to "
      << percent(gaps.overallMax.value_or(0)) << '%';
    QStringList ranges;
    for (const Domain &d : quiz.domains)
        if (gaps.domains.contains(d.id))
            ranges.append(d.id + u' ' + percent(gaps.domains.value(d.id).first) +
                          QStringLiteral(" to ") + percent(gaps.domains.value(d.id).second));
    if (!ranges.isEmpty())
        s << "; " << ranges.join(QStringLiteral(", "));
    s << '\n';
    for (const ScoreProfile &example : gaps.examples)
        s << "  e.g. " << profileText(quiz, analysis.ratedDomains, example, true) << '\n';
}

} // namespace

int rules(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the analysis as JSON."));
    const QCommandLineOption stepOption(
        QStringLiteral("step"),
        QStringLiteral("Try domain percents every N points (default 5), besides the bounds "
                       "the rules name."),
        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({jsonOption, stepOption});
    if (auto exit = parseCommandLine(
            parser, arguments,
            QStringLiteral("Shows what a quiz's recommendation rules do over every score "
                           "profile: the lowest overall percent at which each recommendation is "
                           "given, the profiles given none, certifications recommended at the "
                           "lowest overall level, and rules that never hold.\nExit 0: no "
                           "warnings; 1: warnings; 2: usage, or the file does not load."),
            QStringLiteral("FILE"), QStringLiteral("A quiz file (.yaml)."), 1, 1))
        return *exit;
    bool ok = false;
    const double step = parser.value(stepOption).toDouble(&ok);
    if (!ok || step < 1 || step > 100) {
        err() << "hitready-cli rules: --step must be a number from 1 to 100, not '"
              << parser.value(stepOption) << "'\n";
        err().flush();
        return Usage;
    }
    const QString file = parser.positionalArguments().first();
    const Result<Quiz> result = loadQuizFile(file);
    if (!result) {
        out() << problemsText(result.error().problems);
        out().flush();
        err() << "hitready-cli rules: " << file << " does not load\n";
        err().flush();
        return Unreadable;
    }
    QElapsedTimer timer;
    timer.start();
    const RuleAnalysis analysis = analyseRules(*result, RuleSpaceOptions{step});
    const qint64 elapsed = timer.elapsed();
    QFile source(file);
    const QList<SourceEntry> entries = source.open(QIODevice::ReadOnly)
                                           ? sourceEntries(source.readAll(), file)
                                           : QList<SourceEntry>{};
    const Problems warnings = warningsOf(file, entries, *result, analysis);
    if (parser.isSet(jsonOption)) {
        out() << QJsonDocument(ruleAnalysisJson(*result, analysis)).toJson();
    } else {
        printAnalysis(out(), *result, analysis);
        if (!warnings.isEmpty())
            out() << '\n' << problemsText(warnings);
    }
    out().flush();
    err() << warnings.size() << (warnings.size() == 1 ? " warning" : " warnings") << " ("
          << analysis.profiles << " profiles in " << elapsed << " ms)\n";
    err().flush();
    return warnings.isEmpty() ? Ok : ProblemsFound;
}

} // namespace hitready::cli
