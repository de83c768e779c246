#include "responselabel.h"

#include "answer.h"

namespace hitready {

namespace {

constexpr qsizetype longestText = 60; // characters of an option's text in a label

QString shortened(QString text)
{
    text = text.simplified();
    return text.size() > longestText ? text.left(longestText - 3) + QStringLiteral("...") : text;
}

QString optionLabel(const Quiz &quiz, const Item &item, const QString &id)
{
    for (const Option &o : item.options)
        if (o.id == id)
            return id + QStringLiteral(". ") + shortened(quiz.text(o.text));
    return id;
}

QString spanLabel(const Item &item, const QString &id)
{
    for (const HotSpan &s : item.spans)
        if (s.id == id)
            return shortened(s.text);
    return id;
}

} // namespace

QString responseLabel(const Quiz &quiz, const Item &item, const QString &encoded)
{
    bool ok = false;
    const Answer answer = decodeAnswer(item, encoded, &ok);
    if (!ok || answer.isEmpty())
        return encoded;
    QStringList parts;
    switch (item.type) {
    case ItemType::Single:
        return optionLabel(quiz, item, std::get<QString>(answer.value));
    case ItemType::Multiple:
        for (const QString &id : std::get<QStringList>(answer.value))
            parts.append(optionLabel(quiz, item, id));
        return parts.join(QStringLiteral("; "));
    case ItemType::TrueFalse:
        return std::get<bool>(answer.value) ? QStringLiteral("True") : QStringLiteral("False");
    case ItemType::HotText:
        for (const QString &id : std::get<QStringList>(answer.value))
            parts.append(spanLabel(item, id));
        return parts.join(QStringLiteral("; "));
    case ItemType::Ordering:
        return std::get<QStringList>(answer.value).join(QStringLiteral(" → "));
    case ItemType::Matching:
        for (const auto &[left, right] : std::get<Matches>(answer.value))
            parts.append(left + QStringLiteral(" → ") + right);
        return parts.join(QStringLiteral(", "));
    default:
        return encoded;
    }
}

} // namespace hitready
