#include "reportjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hitready {

namespace {

// Line and column (1-based) of a byte offset, for JSON syntax errors.
std::pair<int, int> position(const QByteArray &bytes, qsizetype offset)
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < std::min(offset, bytes.size()); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

Answer answerFromJson(const Item &item, const QJsonValue &value, QString *problem)
{
    Answer answer;
    switch (item.type) {
    case ItemType::Single:
        if (value.isString())
            answer.value = value.toString();
        break;
    case ItemType::Multiple:
        if (value.isArray()) {
            QStringList ids;
            for (const QJsonValue &v : value.toArray()) {
                if (!v.isString()) {
                    *problem = QStringLiteral("expected a list of option ids");
                    return {};
                }
                ids.append(v.toString());
            }
            answer.value = ids;
        }
        break;
    case ItemType::TrueFalse:
        if (value.isBool())
            answer.value = value.toBool();
        break;
    case ItemType::Likert:
        if (value.isDouble() && value.toDouble() == double(value.toInt()))
            answer.value = value.toInt();
        break;
    }
    if (answer.isEmpty() && !value.isNull()) {
        static const char *const expected[] = {"an option id (a string)", "a list of option ids",
                                               "true or false", "a whole number from 1 to 5"};
        *problem = QStringLiteral("expected %1").arg(QLatin1String(expected[int(item.type)]));
        return {};
    }
    *problem = answerProblem(item, answer);
    return problem->isEmpty() ? answer : Answer{};
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue label(const Quiz &quiz, const std::optional<Text> &text)
{
    return text ? QJsonValue(quiz.text(*text)) : QJsonValue();
}

} // namespace

Responses responsesFromJson(const QByteArray &bytes, const QString &fileName, const Quiz &quiz,
                            Problems *problems)
{
    Responses responses;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = position(bytes, error.offset);
        problems->append({fileName, line, column,
                          QStringLiteral("not valid JSON: %1").arg(error.errorString())});
        return responses;
    }
    if (!doc.isObject()) {
        problems->append({fileName, 1, 1,
                          QStringLiteral("answers must be a JSON object "
                                         "{\"<item id>\": answer, ...}")});
        return responses;
    }
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Item *item = quiz.item(it.key());
        if (!item) {
            problems->append(
                {fileName, 0, 0,
                 QStringLiteral("unknown item id '%1' (not in quiz '%2')").arg(it.key(), quiz.id)});
            continue;
        }
        QString problem;
        Answer answer = answerFromJson(*item, it.value(), &problem);
        if (!problem.isEmpty())
            problems->append({fileName, 0, 0,
                              QStringLiteral("item '%1' (%2): %3")
                                  .arg(item->id, itemTypeName(item->type), problem)});
        else if (!answer.isEmpty())
            responses.insert(item->id, answer);
    }
    return responses;
}

QJsonObject reportToJson(const Quiz &quiz, const QString &hash, const Report &report,
                         const Plan &plan)
{
    QJsonArray domains;
    for (const DomainResult &d : report.domains)
        domains.append(QJsonObject{{"id", d.domainId},
                                   {"earned", d.earned},
                                   {"max", d.max},
                                   {"percent", optionalNumber(d.percent)},
                                   {"level", label(quiz, d.level)},
                                   {"self_rating", optionalNumber(d.selfRating)}});
    QJsonArray recommendations;
    for (const PlannedStep &step : plan) {
        QJsonArray reasons;
        for (const Reason &reason : step.reasons)
            reasons.append(describe(reason, quiz));
        if (step.reasons.isEmpty())
            reasons.append(QStringLiteral("given to every learner"));
        recommendations.append(
            QJsonObject{{"id", step.recommendation->id},
                        {"kind", recommendationKindName(step.recommendation->kind)},
                        {"title", quiz.text(step.recommendation->title)},
                        {"reasons", reasons}});
    }
    return {{"quiz", quiz.id},
            {"hash", hash},
            {"overall", QJsonObject{{"percent", optionalNumber(report.overallPercent)},
                                    {"level", label(quiz, report.overallLevel)}}},
            {"domains", domains},
            {"recommendations", recommendations}};
}

} // namespace hitready
