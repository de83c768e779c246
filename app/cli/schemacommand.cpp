// schema: the quiz format as a JSON Schema, for editors with a YAML language server.

#include "commands.h"

#include <QFile>

namespace hitready::cli {

int schema(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto exit = parseCommandLine(
            parser, arguments,
            QStringLiteral("Prints the JSON Schema (draft 2020-12) of the quiz format. Save it "
                           "next to your quizzes (hitready-cli schema > quiz.schema.json) and "
                           "point your editor's YAML language server to it for completion and "
                           "hover help; see docs/authoring.md, \"Editor support\"."),
            QString(), QString(), 0, 0))
        return *exit;
    // Compiled in (app/CMakeLists.txt): the schema always matches this program's loader.
    QFile file(QStringLiteral(":/hitready/quiz.schema.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "hitready-cli schema: the schema is missing from this build\n";
        err().flush();
        return Unreadable;
    }
    out() << QString::fromUtf8(file.readAll());
    out().flush();
    return Ok;
}

} // namespace hitready::cli
