#include "reportjson.h"
#include "jsonkeys.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace hitready {

namespace {

// An answers file with a million unknown ids gets the first few named and a count, not a
// million lines.
constexpr qsizetype maxListedProblems = 20;

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
    bool unanswered = value.isNull(); // also "", [] and {}: nothing chosen
    switch (item.type) {
    case ItemType::Single:
        if (value.isString())
            answer.value = value.toString();
        unanswered = unanswered || value == QJsonValue(QString());
        break;
    case ItemType::Multiple:
    case ItemType::Ordering:
    case ItemType::HotText:
        if (const auto ids = stringList(value)) {
            answer.value = *ids;
            unanswered = unanswered || ids->isEmpty(); // [] chooses nothing: see Answer::isEmpty
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

// The wrapped form: an object whose keys are exactly "answer", or "answer" and "confidence".
// Matching answers are objects too; one whose only left ids are "answer" (and "confidence")
// must itself be wrapped, {"answer": {"answer": "dx"}}, so the rule never depends on the item.
bool isWrapped(const QJsonValue &value)
{
    if (!value.isObject())
        return false;
    const QStringList keys = value.toObject().keys();
    return keys.contains(QLatin1String("answer")) &&
           std::all_of(keys.cbegin(), keys.cend(), [](const QString &key) {
               return key == QLatin1String("answer") || key == QLatin1String("confidence");
           });
}

// `{"answer": X, "confidence": "low" | "medium" | "high"}` wraps an answer X (see isWrapped());
// other values are answers themselves. Returns the answer part, and the confidence in
// *confidence. A quiz without `confidence: true` takes the wrapper without a confidence.
QJsonValue unwrapConfidence(const Quiz &quiz, const Item &item, const QJsonValue &value,
                            std::optional<int> *confidence, QString *problem)
{
    if (!isWrapped(value))
        return value;
    const QJsonObject object = value.toObject();
    const QJsonValue level = object.value(QLatin1String("confidence"));
    const bool hasLevel = !level.isUndefined() && !level.isNull();
    if (hasLevel && !quiz.confidence) {
        *problem = QStringLiteral("quiz '%1' does not ask for confidence (no 'confidence: true'); "
                                  "give the answer alone")
                       .arg(quiz.id);
        return {};
    }
    if (hasLevel) {
        if (!item.isScored()) {
            *problem = QStringLiteral("a self-rating takes no confidence");
            return {};
        }
        *confidence = confidenceFromName(level.toString());
        if (!level.isString() || !*confidence) {
            *problem = QStringLiteral("confidence must be \"low\", \"medium\" or \"high\"");
            return {};
        }
    }
    return object.value(QLatin1String("answer"));
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue label(const Quiz &quiz, const std::optional<Text> &text)
{
    return text ? QJsonValue(quiz.text(*text)) : QJsonValue();
}

QJsonObject cbmJson(const std::optional<double> &average, const CalibrationByLevel &calibration)
{
    QJsonObject levels;
    for (int level = lowConfidence; level <= highConfidence; ++level) {
        const Calibration &c = calibration[size_t(level - 1)];
        levels.insert(confidenceName(level),
                      QJsonObject{{"answered", c.answered}, {"right", c.right}});
    }
    return {{"average", optionalNumber(average)}, {"calibration", levels}};
}

// A reason as data, the same in every language: {"condition": "overall" | "domain" |
// "self_rating", "domain" (not for overall), "value", "min" and/or "max" (the bounds given)}.
QJsonObject reasonJson(const Reason &reason)
{
    QJsonObject object;
    switch (reason.kind) {
    case Condition::Kind::DomainPercent:
        object.insert(QStringLiteral("condition"), QStringLiteral("domain"));
        object.insert(QStringLiteral("domain"), reason.domain);
        break;
    case Condition::Kind::SelfRating:
        object.insert(QStringLiteral("condition"), QStringLiteral("self_rating"));
        object.insert(QStringLiteral("domain"), reason.domain);
        break;
    case Condition::Kind::Overall:
    case Condition::Kind::All:
    case Condition::Kind::Any:
        object.insert(QStringLiteral("condition"), QStringLiteral("overall"));
        break;
    }
    object.insert(QStringLiteral("value"), reason.value);
    if (reason.min)
        object.insert(QStringLiteral("min"), *reason.min);
    if (reason.max)
        object.insert(QStringLiteral("max"), *reason.max);
    return object;
}

} // namespace

Responses responsesFromJson(const QByteArray &bytes, const QString &fileName, const Quiz &quiz,
                            Problems *problems, Confidences *confidences)
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
    if (const RepeatedKeys repeated = repeatedKeys(bytes, maxListedProblems); repeated.total > 0) {
        for (const RepeatedKey &key : repeated.first)
            problems->append({fileName, key.line, key.column,
                              QStringLiteral("key '%1' appears twice in one object (first on "
                                             "line %2): give each answer once")
                                  .arg(key.key)
                                  .arg(key.firstLine)});
        if (repeated.total > repeated.first.size())
            problems->append({fileName, 0, 0,
                              QStringLiteral("... and %1 more repeated keys")
                                  .arg(repeated.total - repeated.first.size())});
        return responses;
    }
    const QJsonObject object = doc.object();
    qsizetype unknown = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Item *item = quiz.item(it.key());
        if (!item) {
            if (unknown++ < maxListedProblems)
                problems->append({fileName, 0, 0,
                                  QStringLiteral("unknown item id '%1' (not in quiz '%2')")
                                      .arg(it.key(), quiz.id)});
            continue;
        }
        QString problem;
        std::optional<int> confidence;
        const QJsonValue value = unwrapConfidence(quiz, *item, it.value(), &confidence, &problem);
        const Answer answer = problem.isEmpty() ? answerFromJson(*item, value, &problem) : Answer{};
        if (!problem.isEmpty() && item->type == ItemType::Matching && isWrapped(it.value()))
            problem += QStringLiteral(" (an object whose only keys are \"answer\" and "
                                      "\"confidence\" is read as {\"answer\": X, "
                                      "\"confidence\": ...}: write {\"answer\": {...}})");
        if (!problem.isEmpty()) {
            problems->append({fileName, 0, 0,
                              QStringLiteral("item '%1' (%2): %3")
                                  .arg(item->id, itemTypeName(item->type), problem)});
            continue;
        }
        if (!answer.isEmpty())
            responses.insert(item->id, answer);
        if (confidence && confidences)
            confidences->insert(item->id, *confidence);
    }
    if (unknown > maxListedProblems)
        problems->append(
            {fileName, 0, 0,
             QStringLiteral("... and %1 more unknown item ids").arg(unknown - maxListedProblems)});
    return responses;
}

QJsonObject reportToJson(const Quiz &quiz, const QString &hash, const Report &report,
                         const Plan &plan)
{
    QJsonArray domains;
    for (const DomainResult &d : report.domains) {
        QJsonObject domain{{"id", d.domainId},
                           {"earned", d.earned},
                           {"max", d.max},
                           {"percent", optionalNumber(d.percent)},
                           {"level", label(quiz, d.level)},
                           {"self_rating", optionalNumber(d.selfRating)}};
        if (quiz.confidence)
            domain.insert(QStringLiteral("cbm"), cbmJson(d.cbmAverage, d.calibration));
        domains.append(domain);
    }
    QJsonArray recommendations;
    for (const PlannedStep &step : plan) {
        QJsonArray reasons;
        for (const Reason &reason : step.reasons)
            reasons.append(reasonJson(reason)); // none: given to every learner
        recommendations.append(
            QJsonObject{{"id", step.recommendation->id},
                        {"kind", recommendationKindName(step.recommendation->kind)},
                        {"title", quiz.text(step.recommendation->title)},
                        {"reasons", reasons}});
    }
    QJsonObject overall{{"percent", optionalNumber(report.overallPercent)},
                        {"level", label(quiz, report.overallLevel)}};
    if (quiz.confidence)
        overall.insert(QStringLiteral("cbm"), cbmJson(report.cbmAverage, report.calibration));
    return {{"quiz", quiz.id},
            {"hash", hash},
            {"overall", overall},
            {"domains", domains},
            {"recommendations", recommendations}};
}

} // namespace hitready
