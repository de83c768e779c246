#include "reading.h"

#include <QSet>

#include <algorithm>

namespace hitready {

ShownText show(const Text &text, const Reading &reading, const QString &quizLanguage)
{
    ShownText shown;
    if (text.byLanguage.isEmpty())
        return shown;
    const QString wanted = reading.first.isEmpty() ? quizLanguage : reading.first;
    if (text.byLanguage.contains(wanted))
        shown.firstLanguage = wanted;
    else if (text.byLanguage.contains(quizLanguage))
        shown.firstLanguage = quizLanguage;
    else
        shown.firstLanguage = text.byLanguage.firstKey();
    shown.first = text.byLanguage.value(shown.firstLanguage);
    if (!reading.second.isEmpty() && reading.second != shown.firstLanguage) {
        const QString second = text.byLanguage.value(reading.second);
        if (!second.isEmpty() && second != shown.first) {
            shown.second = second;
            shown.secondLanguage = reading.second;
        }
    }
    return shown;
}

namespace {

void collect(const Text &text, QStringList &languages, QSet<QString> &seen)
{
    for (auto it = text.byLanguage.cbegin(); it != text.byLanguage.cend(); ++it)
        if (!seen.contains(it.key())) {
            seen.insert(it.key());
            languages.append(it.key());
        }
}

} // namespace

QStringList contentLanguages(const Quiz &quiz)
{
    QStringList languages{quiz.language};
    QSet<QString> seen{quiz.language};
    for (auto it = quiz.translations.cbegin(); it != quiz.translations.cend(); ++it)
        if (!seen.contains(it.key())) {
            seen.insert(it.key());
            languages.append(it.key());
        }
    collect(quiz.title, languages, seen);
    collect(quiz.description, languages, seen);
    for (const Domain &domain : quiz.domains)
        collect(domain.title, languages, seen);
    for (const Item &item : quiz.items)
        collect(item.prompt, languages, seen);
    std::sort(languages.begin() + 1, languages.end());
    return languages;
}

} // namespace hitready
