#include "translationcoverage.h"
#include "reading.h"

#include <QHash>

#include <algorithm>

namespace hitready {

namespace {

// Calls `visit` on every text of the quiz that the file gives (see translationCoverage()).
template <typename Visit> void forEachText(const Quiz &quiz, Visit &&visit)
{
    const auto levels = [&](const QList<LevelBand> &bands) {
        for (const LevelBand &band : bands) {
            visit(band.label);
            visit(band.description);
        }
    };
    const auto entries = [&](const QList<Entry> &list) {
        for (const Entry &entry : list)
            visit(entry.text);
    };
    visit(quiz.title);
    visit(quiz.description);
    for (const Domain &domain : quiz.domains) {
        visit(domain.title);
        visit(domain.description);
        levels(domain.levels);
    }
    for (const Stimulus &stimulus : quiz.stimuli) {
        visit(stimulus.title);
        visit(stimulus.text);
        for (const Text &column : stimulus.columns)
            visit(column);
    }
    for (const Item &item : quiz.items) {
        visit(item.prompt);
        for (const Option &option : item.options) {
            visit(option.text);
            visit(option.feedback);
        }
        for (const Text &anchor : item.anchors)
            visit(anchor);
        entries(item.steps);
        entries(item.left);
        entries(item.right);
        visit(item.hotText);
        for (const HotSpan &span : item.spans)
            visit(span.feedback);
        visit(item.explanation);
    }
    levels(quiz.levels);
    for (const Recommendation &recommendation : quiz.recommendations) {
        visit(recommendation.title);
        visit(recommendation.text);
        for (const Link &link : recommendation.links)
            visit(link.title);
    }
}

} // namespace

QList<LanguageCoverage> translationCoverage(const Quiz &quiz)
{
    int texts = 0;
    QHash<QString, int> translated;
    forEachText(quiz, [&](const Text &text) {
        if (text.isEmpty())
            return;
        ++texts;
        for (auto it = text.byLanguage.keyBegin(); it != text.byLanguage.keyEnd(); ++it)
            ++translated[*it];
    });
    QStringList languages = contentLanguages(quiz);
    QStringList more; // languages only found beyond the texts contentLanguages() looks at
    for (auto it = translated.cbegin(); it != translated.cend(); ++it)
        if (!languages.contains(it.key()))
            more.append(it.key());
    languages += more;
    std::sort(languages.begin() + 1, languages.end());
    QList<LanguageCoverage> coverage;
    for (const QString &language : std::as_const(languages)) {
        LanguageCoverage c{language, translated.value(language), texts, std::nullopt};
        if (const auto it = quiz.translations.constFind(language); it != quiz.translations.cend())
            c.status = it->status;
        coverage.append(c);
    }
    return coverage;
}

} // namespace hitready
