#pragma once
// What the importer fuzz targets assert of any input: problems, each located, or a quiz that the
// YAML writer writes as a file the loader reads back as the same quiz, and that every format
// exports without losing an item the format holds.

#include "fuzzcheck.h"
#include "interchange.h"
#include "loader.h"
#include "quizyaml.h"

#include <QSet>

namespace hitready::fuzz {

inline void checkImport(const QByteArray &bytes, const QString &fileName, QuizFormat format)
{
    const Result<ImportedQuiz> result = importQuiz(bytes, fileName, format);
    if (!result) {
        require(!result.error().problems.isEmpty(), "a refused file says why",
                result.error().message);
        for (const Problem &p : result.error().problems)
            require(p.line >= 0 && p.column >= 0 && !p.message.isEmpty(),
                    "every problem is located and says something", p.toString());
        return;
    }
    const Quiz &quiz = result->quiz;
    require(!quiz.items.isEmpty(), "an imported quiz has items");
    for (const Problem &p : result->warnings)
        require(p.line >= 0 && p.column >= 0 && !p.message.isEmpty(),
                "every warning is located and says something", p.toString());
    const Result<QByteArray> yaml = quizToYaml(quiz);
    require(yaml.has_value(), "the YAML writer writes every imported quiz",
            yaml ? QString() : yaml.errorMessage());
    const Result<Quiz> loaded = loadQuiz(*yaml, QStringLiteral("imported.yaml"));
    require(loaded.has_value(), "an imported quiz loads as written",
            (loaded ? QString() : loaded.errorMessage()) + u'\n' + QString::fromUtf8(*yaml));
    require(*loaded == quiz, "an imported quiz reads back as itself", QString::fromUtf8(*yaml));
    const Result<ExportedQuiz> again = exportQuiz(quiz, format);
    require(again.has_value(), "an imported quiz exports to its format");
    // Nothing is lost silently: an item that does not come back was named by the export.
    QSet<QString> named;
    for (const ExportWarning &w : again->warnings)
        if (w.message.startsWith(QLatin1String("not exported")))
            named.insert(w.itemId);
    const Result<ImportedQuiz> back = importQuiz(again->bytes, fileName, format);
    for (const Item &item : quiz.items)
        require((back && back->quiz.item(item.id)) || named.contains(item.id),
                "an imported quiz, exported again, keeps each item or says why",
                item.id + u'\n' + (back ? QString() : back.errorMessage()) + u'\n' +
                    QString::fromUtf8(again->bytes));
}

} // namespace hitready::fuzz
