#include "answer.h"
#include "quiz.h"

#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace hitready {

namespace {

// A list of ids, each at most once, each accepted by `known`.
template <class Known>
QString idListProblem(const QStringList &ids, const QString &what, const Item &item, Known known)
{
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!known(id))
            return QStringLiteral("no %1 '%2' in item '%3'").arg(what, id, item.id);
        if (seen.contains(id))
            return QStringLiteral("%1 '%2' chosen twice").arg(what, id);
        seen.insert(id);
    }
    return {};
}

qsizetype leftIndex(const Item &item, const QString &id)
{
    for (qsizetype i = 0; i < item.left.size(); ++i)
        if (item.left.at(i).id == id)
            return i;
    return -1;
}

QString matchesProblem(const Item &item, const Matches &pairs)
{
    qsizetype previous = -1;
    for (const auto &[left, right] : pairs) {
        const qsizetype index = leftIndex(item, left);
        if (index < 0)
            return QStringLiteral("no left entry '%1' in item '%2'").arg(left, item.id);
        if (index == previous)
            return QStringLiteral("left entry '%1' is matched twice").arg(left);
        if (index < previous)
            return QStringLiteral("pairs must follow the order of the left entries");
        if (!item.rightEntry(right))
            return QStringLiteral("no right entry '%1' in item '%2'").arg(right, item.id);
        previous = index;
    }
    return {};
}

template <class T> const T *as(const Answer &answer)
{
    return std::get_if<T>(&answer.value);
}

} // namespace

QString answerProblem(const Item &item, const Answer &answer)
{
    if (answer.isEmpty())
        return {};
    switch (item.type) {
    case ItemType::Single:
        if (!as<QString>(answer))
            return QStringLiteral("expected one option id (a string)");
        if (!item.option(*as<QString>(answer)))
            return QStringLiteral("no option '%1' in item '%2'").arg(*as<QString>(answer), item.id);
        return {};
    case ItemType::Multiple:
        if (!as<QStringList>(answer))
            return QStringLiteral("expected a list of option ids");
        return idListProblem(*as<QStringList>(answer), QStringLiteral("option"), item,
                             [&](const QString &id) { return item.option(id) != nullptr; });
    case ItemType::TrueFalse:
        return as<bool>(answer) ? QString() : QStringLiteral("expected true or false");
    case ItemType::Likert:
        if (!as<int>(answer) || *as<int>(answer) < 1 || *as<int>(answer) > 5)
            return QStringLiteral("expected a whole number from 1 to 5");
        return {};
    case ItemType::Ordering: {
        const QStringList *order = as<QStringList>(answer);
        QStringList every;
        for (const Entry &s : item.steps)
            every.append(s.id);
        const QString expected = QStringLiteral("expected every step id once, in your order "
                                                "(the steps are %1)")
                                     .arg(every.join(QLatin1Char(',')));
        if (!order)
            return expected;
        if (const QString problem =
                idListProblem(*order, QStringLiteral("step"), item,
                              [&](const QString &id) { return item.step(id) != nullptr; });
            !problem.isEmpty())
            return problem;
        return order->size() == item.steps.size() ? QString() : expected;
    }
    case ItemType::Matching:
        if (!as<Matches>(answer))
            return QStringLiteral("expected left id = right id pairs");
        return matchesProblem(item, *as<Matches>(answer));
    case ItemType::HotText:
        if (!as<QStringList>(answer))
            return QStringLiteral("expected a list of span ids");
        return idListProblem(*as<QStringList>(answer), QStringLiteral("span"), item,
                             [&](const QString &id) { return item.span(id) != nullptr; });
    case ItemType::Numeric:
        if (!as<double>(answer) || !std::isfinite(*as<double>(answer)))
            return QStringLiteral("expected a number");
        return {};
    case ItemType::Text:
        if (!as<QString>(answer))
            return QStringLiteral("expected a text");
        if (!as<QString>(answer)->isValidUtf16())
            return QStringLiteral("a text answer must be valid Unicode text");
        if (as<QString>(answer)->size() > maxTextAnswerLength)
            return QStringLiteral("a text answer may have at most %1 characters, not %2")
                .arg(maxTextAnswerLength)
                .arg(as<QString>(answer)->size());
        return {};
    }
    return QStringLiteral("unknown item type");
}

Matches inLeftOrder(const Item &item, Matches pairs)
{
    std::stable_sort(pairs.begin(), pairs.end(), [&](const auto &a, const auto &b) {
        const auto rank = [&](const QString &id) {
            const qsizetype i = leftIndex(item, id);
            return i < 0 ? item.left.size() : i;
        };
        return rank(a.first) < rank(b.first);
    });
    return pairs;
}

QString encodeAnswer(const Answer &answer)
{
    return std::visit(
        [](const auto &v) -> QString {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return {};
            } else if constexpr (std::is_same_v<T, QString>) {
                return v;
            } else if constexpr (std::is_same_v<T, QStringList>) {
                return v.join(QLatin1Char(','));
            } else if constexpr (std::is_same_v<T, bool>) {
                return v ? QStringLiteral("true") : QStringLiteral("false");
            } else if constexpr (std::is_same_v<T, double>) {
                return QString::number(v, 'g', QLocale::FloatingPointShortest);
            } else if constexpr (std::is_same_v<T, Matches>) {
                QStringList pairs;
                for (const auto &[left, right] : v)
                    pairs.append(left + QLatin1Char('=') + right);
                return pairs.join(QLatin1Char(','));
            } else {
                return QString::number(v);
            }
        },
        answer.value);
}

std::optional<double> parseNumber(const QString &typed)
{
    bool ok = false;
    const double value = typed.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

namespace {

QStringList idList(const QString &text)
{
    QStringList ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(part.trimmed());
    return ids;
}

std::optional<Matches> matchesFrom(const Item &item, const QString &text)
{
    Matches pairs;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList sides = part.split(QLatin1Char('='));
        if (sides.size() != 2 || sides.at(0).trimmed().isEmpty())
            return std::nullopt;
        pairs.append({sides.at(0).trimmed(), sides.at(1).trimmed()});
    }
    return inLeftOrder(item, pairs);
}

} // namespace

Answer decodeAnswer(const Item &item, const QString &encoded, bool *ok)
{
    const QString text = item.type == ItemType::Text ? encoded : encoded.trimmed();
    Answer answer;
    bool good = true;
    if (!text.isEmpty()) {
        switch (item.type) {
        case ItemType::Single:
        case ItemType::Text:
            answer.value = text;
            break;
        case ItemType::Multiple:
        case ItemType::Ordering:
        case ItemType::HotText:
            if (const QStringList ids = idList(text); !ids.isEmpty()) // "," is no answer
                answer.value = ids;
            break;
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
        case ItemType::Numeric:
            if (const auto number = parseNumber(text))
                answer.value = *number;
            else
                good = false;
            break;
        case ItemType::Matching:
            if (const auto pairs = matchesFrom(item, text); !pairs)
                good = false;
            else if (!pairs->isEmpty())
                answer.value = *pairs;
            break;
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
