#include "importedfile.h"

#include "loader.h"
#include "quizyaml.h"

#include <QFileInfo>

namespace hitready {

namespace {

// What `hitready-cli lint` and the app will want that no other format carries.
QStringList authorNotes(const Quiz &quiz, const QString &sourceName, const QString &importedBy)
{
    QStringList notes{QStringLiteral("Imported from %1 by %2.")
                          .arg(QFileInfo(sourceName).fileName(), importedBy)};
    if (quiz.levels.isEmpty())
        notes << QStringLiteral("To add: `levels` (bands of the overall percent, e.g. "
                                "{min: 0, label: Emerging}), shown with each result.");
    if (quiz.recommendations.isEmpty())
        notes << QStringLiteral("To add: `recommendations` (next steps by score); see "
                                "docs/quiz-format.md.");
    return notes;
}

} // namespace

Result<QByteArray> importedQuizFile(const ImportedQuiz &imported, const QString &sourceName,
                                    const QString &importedBy, const QString &targetName)
{
    Result<QByteArray> yaml =
        quizToYaml(imported.quiz, authorNotes(imported.quiz, sourceName, importedBy));
    if (!yaml)
        return yaml.error();
    if (Result<Quiz> check = loadQuiz(*yaml, targetName); !check)
        return Error(ErrorKind::Failed,
                     QStringLiteral("the converted quiz does not load; nothing written"),
                     check.error().problems);
    return yaml;
}

} // namespace hitready
