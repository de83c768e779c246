#pragma once
// What the interchange tests compare: the quizzes to convert, and the part of a quiz GIFT and
// Moodle XML keep, as lines.

#include "quiz.h"

#include <QDir>
#include <QRegularExpression>
#include <QStringList>

namespace hitready::test {

inline const QString fixtures = QStringLiteral(HITREADY_FIXTURES);
inline const QString shipped = QStringLiteral(HITREADY_QUIZZES);

// A pattern GIFT can write: literal text and '.*' only.
inline bool isWildcard(const QString &pattern)
{
    static const QRegularExpression other(
        QStringLiteral(R"((?<!\\)[\^$|?+()\[\]{}]|(?<![\\])\.(?!\*))"));
    return !pattern.contains(other);
}

// What GIFT keeps of a quiz (Moodle XML: `withPoints`, and no source), one line per fact, items of
// the types GIFT has, in order; the ids GIFT does not carry (options, matching entries, domains)
// are left out, domains are named by title.
inline QStringList giftView(const Quiz &quiz, bool withPoints = false)
{
    QStringList view;
    const auto t = [&](const Text &text) {
        return quiz.text(text).trimmed();
    };
    for (const Item &item : quiz.items) {
        QStringList patterns;
        for (const QString &p : item.textKey.patterns)
            if (isWildcard(p))
                patterns << p;
        if (item.type == ItemType::Likert || item.type == ItemType::Ordering ||
            item.type == ItemType::HotText ||
            (item.type == ItemType::Text && item.textKey.accept.isEmpty() && patterns.isEmpty()))
            continue;
        const Domain *domain = quiz.domain(item.domain);
        view << QStringLiteral("item %1 %2 in '%3': %4")
                    .arg(item.id, itemTypeName(item.type), domain ? t(domain->title) : QString(),
                         t(item.prompt));
        view << QStringLiteral("  explanation: %1").arg(t(item.explanation));
        if (withPoints)
            view << QStringLiteral("  points: %1").arg(item.points);
        else
            view << QStringLiteral("  source: %1").arg(item.source);
        for (const Option &o : item.options)
            view << QStringLiteral("  option %1 %2 #%3")
                        .arg(o.correct)
                        .arg(t(o.text), t(o.feedback));
        switch (item.type) {
        case ItemType::TrueFalse:
            view << QStringLiteral("  answer %1").arg(item.answer);
            break;
        case ItemType::Numeric:
            view << QStringLiteral("  %1 +- %2")
                        .arg(item.numeric.answer)
                        .arg(item.numeric.allowance(), 0, 'g', 6);
            break;
        case ItemType::Text:
            view << QStringLiteral("  accept %1; patterns %2")
                        .arg(item.textKey.accept.join(u'|'), patterns.join(u'|'));
            break;
        case ItemType::Matching:
            for (const Entry &left : item.left)
                view << QStringLiteral("  %1 -> %2")
                            .arg(t(left.text), t(item.rightEntry(left.match)->text));
            for (const Entry &right : item.right)
                view << QStringLiteral("  right %1").arg(t(right.text));
            break;
        default:
            break;
        }
    }
    return view;
}

// What a QTI 3 package keeps of a quiz, one line per fact: items of the types it holds, with
// ids, points and domains (by title); texts with their runs of white space as one space.
inline QStringList qtiView(const Quiz &quiz)
{
    QStringList view;
    const auto t = [&](const Text &text) {
        return quiz.text(text).simplified();
    };
    for (const Item &item : quiz.items) {
        if (item.type == ItemType::Likert ||
            (item.type == ItemType::Text && item.textKey.accept.isEmpty()))
            continue;
        const Domain *domain = quiz.domain(item.domain);
        view << QStringLiteral("item %1 %2 in '%3' (%4 points): %5")
                    .arg(item.id, itemTypeName(item.type), domain ? t(domain->title) : QString())
                    .arg(item.points)
                    .arg(t(item.prompt));
        view << QStringLiteral("  explanation: %1").arg(t(item.explanation));
        for (const Option &o : item.options)
            view << QStringLiteral("  option %1 %2 %3").arg(o.id).arg(o.correct).arg(t(o.text));
        switch (item.type) {
        case ItemType::TrueFalse:
            view << QStringLiteral("  answer %1").arg(item.answer);
            break;
        case ItemType::Numeric:
            view << QStringLiteral("  %1 +- %2 %3")
                        .arg(item.numeric.answer)
                        .arg(item.numeric.allowance(), 0, 'g', 6)
                        .arg(item.numeric.unit);
            break;
        case ItemType::Text:
            view << QStringLiteral("  accept %1 case %2")
                        .arg(item.textKey.accept.join(u'|'))
                        .arg(item.textKey.caseSensitive);
            break;
        case ItemType::Ordering:
            for (const Entry &step : item.steps)
                view << QStringLiteral("  step %1 %2").arg(step.id, t(step.text));
            break;
        case ItemType::HotText:
            view << QStringLiteral("  text %1").arg(t(item.hotText));
            for (const HotSpan &span : item.spans)
                view << QStringLiteral("  span %1 %2 %3").arg(span.id, span.text).arg(span.correct);
            break;
        case ItemType::Matching:
            for (const Entry &left : item.left)
                view << QStringLiteral("  %1 -> %2")
                            .arg(t(left.text), t(item.rightEntry(left.match)->text));
            for (const Entry &right : item.right)
                view << QStringLiteral("  right %1").arg(t(right.text));
            break;
        default:
            break;
        }
    }
    return view;
}

inline QStringList quizFiles()
{
    QStringList files;
    for (const QString &name : QDir(shipped).entryList({QStringLiteral("*.yaml")}))
        files << shipped + u'/' + name;
    for (const char *name : {"item-types.yaml", "bilingual.yaml", "bilingual-items.yaml",
                             "words-bilingual.yaml", "app/every-item-type.yaml", "app/timed.yaml"})
        files << fixtures + u'/' + QString::fromLatin1(name);
    return files;
}

} // namespace hitready::test
