#include "reportjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

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

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList ids;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            return std::nullopt;
        ids.append(v.toString());
    }
    return ids;
}

// {"left id": "right id", ...}; a null value leaves that entry unmatched.
std::optional<Matches> matches(const Item &item, const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    Matches pairs;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull())
            continue;
        if (!it.value().isString())
            return std::nullopt;
        pairs.append({it.key(), it.value().toString()});
    }
    return inLeftOrder(item, pairs);
}

const char *expectedShape(ItemType type)
{
    switch (type) {
    case ItemType::Single:
        return "an option id (a string)";
    case ItemType::Multiple:
        return "a list of option ids";
    case ItemType::TrueFalse:
        return "true or false";
    case ItemType::Likert:
        return "a whole number from 1 to 5";
    case ItemType::Ordering:
        return "a list of every step id, in order";
    case ItemType::Matching:
        return "an object {\"left id\": \"right id\", ...}";
    case ItemType::HotText:
        return "a list of span ids";
    case ItemType::Numeric:
        return "a number";
    case ItemType::Text:
        return "a string";
    }
    return "";
}

Answer answerFromJson(const Item &item, const QJsonValue &value, QString *problem)
{
    Answer answer;
    bool unanswered = value.isNull(); // also "" for text, {} for matching
    switch (item.type) {
    case ItemType::Single:
        if (value.isString())
            answer.value = value.toString();
        break;
    case ItemType::Multiple:
    case ItemType::Ordering:
    case ItemType::HotText:
        if (const auto ids = stringList(value))
            answer.value = *ids;
        break;
    case ItemType::TrueFalse:
        if (value.isBool())
            answer.value = value.toBool();
        break;
    case ItemType::Likert:
        if (value.isDouble() && value.toDouble() == double(value.toInt()))
            answer.value = value.toInt();
        break;
    case ItemType::Numeric:
        if (value.isDouble() && std::isfinite(value.toDouble()))
            answer.value = value.toDouble();
        break;
    case ItemType::Text:
        if (value.isString() && !value.toString().isEmpty())
            answer.value = value.toString();
        unanswered = unanswered || value == QJsonValue(QString());
        break;
    case ItemType::Matching:
        if (const auto pairs = matches(item, value); pairs && !pairs->isEmpty())
            answer.value = *pairs;
        else if (pairs)
            unanswered = true; // {} or only nulls: nothing matched
        break;
    }
    if (answer.isEmpty() && !unanswered) {
        *problem = QStringLiteral("expected %1").arg(QLatin1String(expectedShape(item.type)));
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
