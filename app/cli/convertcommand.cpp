// convert: a quiz from or to another quiz tool's format (GIFT, Moodle XML, QTI 3), every loss
// listed as a warning.

#include "cliwords.h"
#include "commands.h"

#include "importedfile.h"
#include "interchange.h"
#include "loader.h"
#include "sourcemap.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace hitready::cli {

namespace {

const char *const command = "hitready-cli convert: ";

int fail(int code, const QString &message)
{
    err() << command << message << '\n';
    err().flush();
    return code;
}

// Export warnings at the line of their item in the quiz file (YAML input), else at the file.
void printExportWarnings(const QList<ExportWarning> &warnings, const QByteArray &input,
                         const QString &inputPath)
{
    const QList<SourceEntry> entries = sourceEntries(input, inputPath);
    for (const ExportWarning &w : warnings) {
        const SourceEntry *entry = nullptr;
        for (const SourceEntry &e : entries)
            if (e.kind == SourceEntry::Kind::Item && e.id == w.itemId && !w.itemId.isEmpty())
                entry = &e;
        const QString where =
            entry ? QStringLiteral("%1:%2:1").arg(inputPath).arg(entry->firstLine) : inputPath;
        err() << where << ": warning: "
              << (w.itemId.isEmpty() ? QString() : QStringLiteral("item %1: ").arg(w.itemId))
              << w.message << '\n';
    }
}

} // namespace

int convert(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("The file to write (required)."),
                                          QStringLiteral("OUT"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QStringLiteral(
            "The format of IN: yaml, gift, moodle or qti3 (default: from its extension)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        QStringLiteral(
            "The format of OUT: yaml, gift, moodle or qti3 (default: from its extension)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         QStringLiteral("Overwrite OUT when it exists."));
    parser.addOptions({outputOption, fromOption, toOption, forceOption});
    if (auto exit = parseCommandLine(
            parser, arguments,
            QStringLiteral(
                "Converts a quiz between HIT Ready YAML (.yaml, .yml), GIFT (.gift, .txt), "
                "Moodle XML (.xml with a <quiz> root) and QTI 3.0 (an item .xml with a "
                "<qti-assessment-item> root, or a content package .zip). Everything the other "
                "format cannot hold is listed as "
                "FILE:LINE:COL: warning: message; a file that cannot be read as its format "
                "gives every problem as FILE:LINE:COL: message.\nExit 0: written (warnings "
                "allowed); 1: IN has problems or OUT exists (nothing written); 2: usage error, "
                "or a file cannot be read or written."),
            QStringLiteral("IN"), QStringLiteral("The quiz or question bank to convert."), 1, 1))
        return *exit;
    const auto usageError = [](const QString &what) {
        err() << command << what << "\nRun 'hitready-cli convert --help'.\n";
        err().flush();
        return Usage;
    };
    if (!parser.isSet(outputOption))
        return usageError(QStringLiteral("missing -o OUT"));
    const QString inputPath = parser.positionalArguments().constFirst();
    const QString outputPath = parser.value(outputOption);
    const auto formatOf = [&](const QCommandLineOption &option,
                              const QString &path) -> std::optional<QuizFormat> {
        return parser.isSet(option) ? quizFormatFromName(parser.value(option))
                                    : quizFormatOfPath(path);
    };
    std::optional<QuizFormat> from = formatOf(fromOption, inputPath);
    const std::optional<QuizFormat> to = formatOf(toOption, outputPath);
    if (!from)
        return usageError(
            parser.isSet(fromOption)
                ? QStringLiteral("--from %1: use yaml, gift, moodle or qti3")
                      .arg(parser.value(fromOption))
                : QStringLiteral("%1: unknown extension; say --from yaml, gift, moodle or qti3")
                      .arg(inputPath));
    if (!to)
        return usageError(
            parser.isSet(toOption)
                ? QStringLiteral("--to %1: use yaml, gift, moodle or qti3")
                      .arg(parser.value(toOption))
                : QStringLiteral("%1: unknown extension; say --to yaml, gift, moodle or qti3")
                      .arg(outputPath));
    if (QFileInfo::exists(outputPath) && !parser.isSet(forceOption))
        return fail(ProblemsFound,
                    QStringLiteral("%1 already exists; nothing written (choose another name, or "
                                   "add --force)")
                        .arg(outputPath));
    QFile input(inputPath);
    if (!input.open(QIODevice::ReadOnly))
        return fail(Unreadable, QStringLiteral("%1: %2").arg(inputPath, input.errorString()));
    if (input.size() > maxQuizFileBytes)
        return fail(ProblemsFound,
                    QStringLiteral("%1: the file is over the 16 MiB quiz limit").arg(inputPath));
    const QByteArray bytes = input.readAll();
    if (!parser.isSet(fromOption))
        from = quizFormatOfFile(inputPath, bytes); // .xml: Moodle's <quiz> or a QTI item

    Result<ImportedQuiz> imported = importQuiz(bytes, inputPath, *from);
    if (!imported) {
        for (const Problem &p : imported.error().problems)
            err() << p.toString() << '\n';
        if (imported.error().problems.isEmpty())
            err() << imported.error().message << '\n';
        err().flush();
        return ProblemsFound;
    }
    for (const Problem &w : imported->warnings) {
        Problem shown = w;
        shown.message = QStringLiteral("warning: ") + w.message;
        err() << shown.toString() << '\n';
    }
    QByteArray output;
    if (*to == QuizFormat::Yaml && *from != QuizFormat::Yaml) {
        // What is written must load: a check of the writer, not of the input.
        Result<QByteArray> yaml = importedQuizFile(
            *imported, inputPath, QStringLiteral("hitready-cli convert"), outputPath);
        if (!yaml) {
            for (const Problem &p : yaml.error().problems)
                err() << p.toString() << '\n';
            return fail(ProblemsFound, yaml.errorMessage());
        }
        output = *yaml;
    } else {
        Result<ExportedQuiz> exported = exportQuiz(imported->quiz, *to);
        if (!exported)
            return fail(ProblemsFound, exported.errorMessage());
        printExportWarnings(exported->warnings, bytes, inputPath);
        output = exported->bytes;
    }
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size() || !file.commit())
        return fail(Unreadable,
                    QStringLiteral("%1: cannot write: %2").arg(outputPath, file.errorString()));
    //: after a conversion: %1 = the file written, %2 = its format, n = questions imported
    err() << Cli::tr("Wrote %1 (%2, %n questions read).", nullptr,
                     static_cast<int>(imported->quiz.items.size()))
                 .arg(outputPath, quizFormatName(*to))
          << '\n';
    err().flush();
    return Ok;
}

} // namespace hitready::cli
