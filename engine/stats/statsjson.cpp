#include "statsjson.h"

#include <QJsonArray>
#include <QStringList>

namespace hitready {

namespace {

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray flagsJson(const QList<StatisticsFlag> &flags)
{
    QJsonArray list;
    for (const StatisticsFlag &f : flags)
        list.append(
            QJsonObject{{QStringLiteral("code"), f.code}, {QStringLiteral("reason"), f.reason}});
    return list;
}

QJsonObject itemJson(const ItemStatistics &item)
{
    QJsonArray responses;
    for (const ResponseFrequency &r : item.responses) {
        QJsonObject o{{QStringLiteral("response"), r.response},
                      {QStringLiteral("count"), double(r.count)},
                      {QStringLiteral("percent"), r.percent}};
        if (r.correct)
            o.insert(QStringLiteral("correct"), *r.correct);
        if (r.credit)
            o.insert(QStringLiteral("credit"), *r.credit);
        responses.append(o);
    }
    return {
        {QStringLiteral("id"), item.itemId},
        {QStringLiteral("domain"), item.domain},
        {QStringLiteral("type"), itemTypeName(item.type)},
        {QStringLiteral("maxMark"), item.maxMark},
        {QStringLiteral("attempts"), double(item.attempts)},
        {QStringLiteral("facility"), number(item.facility)},
        {QStringLiteral("sd"), number(item.sd)},
        {QStringLiteral("randomGuessScore"), number(item.randomGuessScore)},
        {QStringLiteral("intendedWeight"), item.intendedWeight},
        {QStringLiteral("effectiveWeight"), number(item.effectiveWeight)},
        {QStringLiteral("negativeCovariance"), item.negativeCovariance},
        {QStringLiteral("discriminationIndex"), number(item.discriminationIndex)},
        {QStringLiteral("discriminativeEfficiency"), number(item.discriminativeEfficiency)},
        {QStringLiteral("optionResponses"), item.optionBased},
        {QStringLiteral("responses"), responses},
        {QStringLiteral("otherResponses"), double(item.otherResponses)},
        {QStringLiteral("unanswered"), double(item.unanswered)},
        {QStringLiteral("flags"), flagsJson(item.flags)},
    };
}

QJsonObject summaryJson(const ScoreSummary &s)
{
    return {
        {QStringLiteral("scope"), s.scope},
        {QStringLiteral("items"), s.items},
        {QStringLiteral("maxMark"), s.maxMark},
        {QStringLiteral("count"), double(s.count)},
        {QStringLiteral("mean"), number(s.mean)},
        {QStringLiteral("meanPercent"), number(s.percentOf(s.mean))},
        {QStringLiteral("median"), number(s.median)},
        {QStringLiteral("medianPercent"), number(s.percentOf(s.median))},
        {QStringLiteral("sd"), number(s.sd)},
        {QStringLiteral("sdPercent"), number(s.percentOf(s.sd))},
        {QStringLiteral("skewness"), number(s.skewness)},
        {QStringLiteral("kurtosis"), number(s.kurtosis)},
        {QStringLiteral("alpha"), number(s.alpha)},
        {QStringLiteral("errorRatio"), number(s.errorRatio)},
        {QStringLiteral("sem"), number(s.sem)},
        {QStringLiteral("semPercent"), number(s.percentOf(s.sem))},
        {QStringLiteral("flags"), flagsJson(s.flags)},
    };
}

QString flagCodes(const QList<StatisticsFlag> &flags)
{
    QStringList codes;
    for (const StatisticsFlag &f : flags)
        codes.append(f.code);
    return codes.join(QLatin1Char(';'));
}

} // namespace

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvNumber(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 10) : QString();
}

QJsonObject statisticsToJson(const QuizStatistics &stats)
{
    QJsonArray versions, items, domains;
    for (const VersionUse &v : stats.versions)
        versions.append(QJsonObject{{QStringLiteral("hash"), v.hash},
                                    {QStringLiteral("attempts"), double(v.attempts)}});
    for (const ItemStatistics &item : stats.items)
        items.append(itemJson(item));
    for (const ScoreSummary &d : stats.domains)
        domains.append(summaryJson(d));
    return {
        {QStringLiteral("quiz"), stats.quizId},
        {QStringLiteral("title"), stats.title},
        {QStringLiteral("referenceHash"), stats.referenceHash},
        {QStringLiteral("attemptsUsed"),
         stats.allAttempts ? QStringLiteral("all") : QStringLiteral("first")},
        {QStringLiteral("attempts"), double(stats.attempts)},
        {QStringLiteral("versions"), versions},
        {QStringLiteral("retiredItems"), QJsonArray::fromStringList(stats.retiredItems)},
        {QStringLiteral("unreadableAnswers"), double(stats.unreadableAnswers)},
        {QStringLiteral("items"), items},
        {QStringLiteral("test"), summaryJson(stats.test)},
        {QStringLiteral("domains"), domains},
    };
}

QString statisticsCsv(const QuizStatistics &stats)
{
    QString csv = QStringLiteral(
        "kind,id,domain,type,items,max_mark,attempts,facility,sd_percent,random_guess_score,"
        "intended_weight,effective_weight,discrimination_index,discriminative_efficiency,"
        "unanswered,mean_percent,median_percent,skewness,kurtosis,alpha,error_ratio,"
        "sem_percent,flags\n");
    for (const ItemStatistics &i : stats.items)
        csv += QStringList{QStringLiteral("item"),
                           csvField(i.itemId),
                           csvField(i.domain),
                           itemTypeName(i.type),
                           QStringLiteral("1"),
                           csvNumber(i.maxMark),
                           QString::number(i.attempts),
                           csvNumber(i.facility),
                           csvNumber(i.sd),
                           csvNumber(i.randomGuessScore),
                           csvNumber(i.intendedWeight),
                           csvNumber(i.effectiveWeight),
                           csvNumber(i.discriminationIndex),
                           csvNumber(i.discriminativeEfficiency),
                           QString::number(i.unanswered),
                           {},
                           {},
                           {},
                           {},
                           {},
                           {},
                           {},
                           flagCodes(i.flags)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    QList<const ScoreSummary *> summaries{&stats.test};
    for (const ScoreSummary &d : stats.domains)
        summaries.append(&d);
    for (const ScoreSummary *s : summaries) {
        const bool test = s == &stats.test;
        csv += QStringList{test ? QStringLiteral("test") : QStringLiteral("domain"),
                           csvField(s->scope),
                           test ? QString() : csvField(s->scope),
                           {},
                           QString::number(s->items),
                           csvNumber(s->maxMark),
                           QString::number(s->count),
                           {},
                           csvNumber(s->percentOf(s->sd)),
                           {},
                           {},
                           {},
                           {},
                           {},
                           {},
                           csvNumber(s->percentOf(s->mean)),
                           csvNumber(s->percentOf(s->median)),
                           csvNumber(s->skewness),
                           csvNumber(s->kurtosis),
                           csvNumber(s->alpha),
                           csvNumber(s->errorRatio),
                           csvNumber(s->percentOf(s->sem)),
                           flagCodes(s->flags)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    }
    return csv;
}

} // namespace hitready
