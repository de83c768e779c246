#include "answer.h"
#include "quiz.h"

#include <QSet>

namespace hitready {

QString answerProblem(const Item &item, const Answer &answer)
{
    const auto &v = answer.value;
    if (answer.isEmpty())
        return {};
    switch (item.type) {
    case ItemType::Single:
        if (!std::holds_alternative<QString>(v))
            return QStringLiteral("expected one option id (a string)");
        if (!item.option(std::get<QString>(v)))
            return QStringLiteral("no option '%1' in item '%2'").arg(std::get<QString>(v), item.id);
        return {};
    case ItemType::Multiple: {
        if (!std::holds_alternative<QStringList>(v))
            return QStringLiteral("expected a list of option ids");
        QSet<QString> seen;
        for (const QString &id : std::get<QStringList>(v)) {
            if (!item.option(id))
                return QStringLiteral("no option '%1' in item '%2'").arg(id, item.id);
            if (seen.contains(id))
                return QStringLiteral("option '%1' chosen twice").arg(id);
            seen.insert(id);
        }
        return {};
    }
    case ItemType::TrueFalse:
        return std::holds_alternative<bool>(v) ? QString()
                                               : QStringLiteral("expected true or false");
    case ItemType::Likert:
        if (!std::holds_alternative<int>(v) || std::get<int>(v) < 1 || std::get<int>(v) > 5)
            return QStringLiteral("expected a whole number from 1 to 5");
        return {};
    }
    return QStringLiteral("unknown item type");
}

QString encodeAnswer(const Answer &answer)
{
    return std::visit(
        [](const auto &v) -> QString {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return {};
            else if constexpr (std::is_same_v<T, QString>)
                return v;
            else if constexpr (std::is_same_v<T, QStringList>)
                return v.join(QLatin1Char(','));
            else if constexpr (std::is_same_v<T, bool>)
                return v ? QStringLiteral("true") : QStringLiteral("false");
            else
                return QString::number(v);
        },
        answer.value);
}

Answer decodeAnswer(const Item &item, const QString &encoded, bool *ok)
{
    const QString text = encoded.trimmed();
    Answer answer;
    bool good = true;
    if (!text.isEmpty()) {
        switch (item.type) {
        case ItemType::Single:
            answer.value = text;
            break;
        case ItemType::Multiple: {
            QStringList ids;
            for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                ids.append(part.trimmed());
            answer.value = ids;
            break;
        }
        case ItemType::TrueFalse: {
            const QString t = text.toLower();
            if (t == QLatin1String("true") || t == QLatin1String("t"))
                answer.value = true;
            else if (t == QLatin1String("false") || t == QLatin1String("f"))
                answer.value = false;
            else
                good = false;
            break;
        }
        case ItemType::Likert: {
            const int rating = text.toInt(&good);
            if (good)
                answer.value = rating;
            break;
        }
        }
        if (good && !answerProblem(item, answer).isEmpty())
            good = false;
        if (!good)
            answer = {};
    }
    if (ok)
        *ok = good;
    return answer;
}

} // namespace hitready
