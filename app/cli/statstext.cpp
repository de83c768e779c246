#include "statstext.h"

#include <QStringList>

namespace hitready::cli {

namespace {

// A percentage as Moodle prints it (two decimals), or '-' when undefined.
QString percent(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) + QLatin1Char('%') : QStringLiteral("-");
}

QString plain(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : QStringLiteral("-");
}

QString cells(const QStringList &values, const QList<int> &widths)
{
    QString line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const int w = widths.value(i, 8);
        line +=
            i == 0 ? values[i].leftJustified(w) : QLatin1Char(' ') + values[i].rightJustified(w);
    }
    return line.trimmed() + QLatin1Char('\n');
}

QString responsesLine(const ItemStatistics &item)
{
    QStringList parts;
    for (const ResponseFrequency &r : item.responses)
        parts.append(QStringLiteral("%1%2 %3").arg(
            r.response.isEmpty() ? QStringLiteral("''") : r.response,
            r.correct.value_or(false) ? QStringLiteral("*") : QString(),
            QString::number(r.percent, 'f', 1) + u'%'));
    if (item.otherResponses > 0)
        parts.append(QStringLiteral("other %1").arg(item.otherResponses));
    parts.append(QStringLiteral("unanswered %1").arg(item.unanswered));
    return QStringLiteral("  %1: %2\n").arg(item.itemId, parts.join(QStringLiteral(", ")));
}

} // namespace

QString statisticsText(const QuizStatistics &stats)
{
    QString s;
    s += QStringLiteral("%1 (%2)\n").arg(stats.title, stats.quizId);
    s += QStringLiteral("Version %1, %2 finished attempts (%3)")
             .arg(stats.referenceHash.left(12))
             .arg(stats.attempts)
             .arg(stats.allAttempts ? QStringLiteral("all attempts")
                                    : QStringLiteral("first attempt per profile"));
    if (stats.versions.size() > 1)
        s += QStringLiteral(" over %1 versions").arg(stats.versions.size());
    s += QStringLiteral("\n\n");

    const QList<int> itemWidths{14, 12, 9, 7, 9, 8, 8, 8, 8, 9, 9};
    s += cells({QStringLiteral("Item"), QStringLiteral("Domain"), QStringLiteral("Type"),
                QStringLiteral("N"), QStringLiteral("Facility"), QStringLiteral("SD"),
                QStringLiteral("Guess"), QStringLiteral("Int.wt"), QStringLiteral("Eff.wt"),
                QStringLiteral("Discr."), QStringLiteral("Effic.")},
               itemWidths);
    for (const ItemStatistics &i : stats.items)
        s += cells({i.itemId, i.domain, itemTypeName(i.type), QString::number(i.attempts),
                    percent(i.facility), percent(i.sd), percent(i.randomGuessScore),
                    percent(i.intendedWeight),
                    i.negativeCovariance ? QStringLiteral("neg.cov") : percent(i.effectiveWeight),
                    percent(i.discriminationIndex), percent(i.discriminativeEfficiency)},
                   itemWidths);

    s += QStringLiteral("\nScores as % of each scope's marks\n");
    const QList<int> summaryWidths{14, 5, 7, 8, 8, 8, 8, 8, 8, 9, 8};
    s += cells({QStringLiteral("Scope"), QStringLiteral("Items"), QStringLiteral("N"),
                QStringLiteral("Mean"), QStringLiteral("Median"), QStringLiteral("SD"),
                QStringLiteral("Skew"), QStringLiteral("Kurt."), QStringLiteral("Alpha"),
                QStringLiteral("Err.ratio"), QStringLiteral("SEM")},
               summaryWidths);
    QList<const ScoreSummary *> summaries{&stats.test};
    for (const ScoreSummary &d : stats.domains)
        summaries.append(&d);
    for (const ScoreSummary *d : summaries)
        s += cells({d->scope, QString::number(d->items), QString::number(d->count),
                    percent(d->percentOf(d->mean)), percent(d->percentOf(d->median)),
                    percent(d->percentOf(d->sd)), plain(d->skewness), plain(d->kurtosis),
                    percent(d->alpha), percent(d->errorRatio), percent(d->percentOf(d->sem))},
                   summaryWidths);

    s += QStringLiteral("\nResponses (* the key)\n");
    for (const ItemStatistics &i : stats.items)
        s += responsesLine(i);

    QStringList flags;
    for (const ItemStatistics &i : stats.items)
        for (const StatisticsFlag &f : i.flags)
            flags.append(QStringLiteral("  %1: %2 - %3\n").arg(i.itemId, f.code, f.reason));
    for (const ScoreSummary *d : summaries)
        for (const StatisticsFlag &f : d->flags)
            flags.append(QStringLiteral("  %1: %2 - %3\n").arg(d->scope, f.code, f.reason));
    s += QStringLiteral("\nFlags (%1)\n").arg(flags.size()) + flags.join(QString());
    if (!stats.retiredItems.isEmpty())
        s += QStringLiteral("\nNot reported (removed or changed in version %1): %2\n")
                 .arg(stats.referenceHash.left(12), stats.retiredItems.join(QStringLiteral(", ")));
    return s;
}

} // namespace hitready::cli
