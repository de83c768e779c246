// hand-in and collect: a class without a server. A learner writes their finished attempts to a
// hand-in file; the instructor collects the files into the class database.

#include "commands.h"
#include "handin.h"
#include "storage.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace hitready::cli {

namespace {

QCommandLineOption databaseOption(const QString &what)
{
    return QCommandLineOption(QStringLiteral("db"),
                              QStringLiteral("%1 (default: %2).")
                                  .arg(what, QDir::toNativeSeparators(Storage::defaultPath())),
                              QStringLiteral("PATH"));
}

QString attemptsText(qsizetype n, const char *adjective)
{
    return QStringLiteral("%1 %2 attempt%3")
        .arg(n)
        .arg(QLatin1String(adjective))
        .arg(n == 1 ? "" : "s");
}

// The profile to hand in: the one named, or the database's only one.
Result<QString> profileToHandIn(const Storage &storage, const QString &named)
{
    if (!named.isEmpty()) {
        const Result<Profile> profile = storage.profileByName(named); // as stored: "ana" is Ana
        if (!profile)
            return profile.error();
        return profile->name;
    }
    const Result<QList<Profile>> profiles = storage.profiles();
    if (!profiles)
        return profiles.error();
    if (profiles->size() == 1)
        return profiles->first().name;
    if (profiles->isEmpty())
        return Error(
            ErrorKind::NotFound,
            QStringLiteral("%1 holds no profile").arg(QDir::toNativeSeparators(storage.path())));
    QStringList names;
    for (const Profile &p : *profiles)
        names.append(p.name);
    return Error(
        ErrorKind::Refused,
        QStringLiteral("%1 holds several profiles (%2): choose one with --profile NAME")
            .arg(QDir::toNativeSeparators(storage.path()), names.join(QLatin1String(", "))));
}

} // namespace

int handIn(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption = databaseOption(QStringLiteral("The learner's database"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Whose attempts (default: the database's only profile)."),
        QStringLiteral("NAME"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("The hand-in file to write."),
                                          QStringLiteral("FILE"));
    parser.addOptions({dbOption, profileOption, outputOption});
    if (auto exit = parseCommandLine(
            parser, arguments,
            QStringLiteral("Writes a learner's finished attempts, with the quiz versions they "
                           "were taken on, to one hand-in file for the instructor, who adds it "
                           "to the class with 'hitready-cli collect'. The file is JSON with a "
                           "SHA-256 checksum (docs/hand-in-format.md).\nExit 0: written; 1: no "
                           "such profile, or nothing to hand in; 2: usage, or a file could not "
                           "be read or written."),
            QString(), QString(), 0, 0))
        return *exit;
    if (!parser.isSet(outputOption)) {
        err() << "hitready-cli hand-in: -o FILE is required\n";
        return Usage;
    }
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Storage::defaultPath();
    // Opening creates a missing database; there is nothing to hand in from one.
    Result<std::unique_ptr<Storage>> opened =
        QFileInfo::exists(path)
            ? Storage::open(path)
            : Result<std::unique_ptr<Storage>>(Error(
                  ErrorKind::NotFound,
                  QStringLiteral("%1: no such database").arg(QDir::toNativeSeparators(path))));
    if (!opened) {
        err() << "hitready-cli hand-in: " << opened.error().message << '\n';
        return Unreadable;
    }
    const Result<QString> profile = profileToHandIn(**opened, parser.value(profileOption));
    const QString output = parser.value(outputOption);
    const Result<qsizetype> written =
        profile ? writeHandInFile(**opened, *profile, output) : Result<qsizetype>(profile.error());
    if (!written) {
        err() << "hitready-cli hand-in: " << written.error().message << '\n';
        return written.error().kind == ErrorKind::Io ? Unreadable : ProblemsFound;
    }
    out() << "Wrote " << attemptsText(*written, "finished") << " of " << *profile << " to "
          << QDir::toNativeSeparators(output) << ".\n";
    return Ok;
}

int collect(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption = databaseOption(QStringLiteral("The class database"));
    parser.addOption(dbOption);
    if (auto exit = parseCommandLine(
            parser, arguments,
            QStringLiteral("Adds learners' hand-in files (from 'hitready-cli hand-in' or the "
                           "app's Hand in results) to the class database. Each file is checked "
                           "whole (JSON, format version, checksum, quiz versions, answers) and "
                           "stored whole or not at all; a file collected again adds nothing.\n"
                           "Exit 0: every file collected; 1: a file was refused (the others "
                           "are stored); 2: usage, or the database could not be opened."),
            QStringLiteral("FILE..."), QStringLiteral("Hand-in files (.json)."), 1, INT_MAX))
        return *exit;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Storage::defaultPath();
    Result<std::unique_ptr<Storage>> opened = Storage::open(path);
    if (!opened) {
        err() << "hitready-cli collect: " << opened.error().message << '\n';
        return Unreadable;
    }
    // Each refusal is printed below with its file; storage's own log line would repeat it.
    QLoggingCategory::setFilterRules(QStringLiteral("hitready.storage.warning=false"));
    HandInCollector collector(**opened);
    qsizetype added = 0, already = 0, refused = 0;
    const QStringList files = parser.positionalArguments();
    const Status committed = collector.collectAll(files, [&](qsizetype i, const auto &collected) {
        const QString shown = QDir::toNativeSeparators(files[i]);
        if (!collected) {
            ++refused;
            err() << shown << ": refused, nothing of it was stored: " << collected.error().message
                  << '\n';
            return;
        }
        added += collected->added;
        already += collected->unchanged;
        out() << shown << ": " << attemptsText(collected->added, "new") << " of "
              << collected->profileName;
        if (collected->unchanged > 0)
            out() << ", " << collected->unchanged << " already there";
        if (collected->updated > 0)
            out() << ", " << collected->updated << " brought up to date";
        out() << ".\n";
    });
    if (!committed) {
        out().flush();
        err() << "hitready-cli collect: " << committed.error().message
              << "; nothing of these files was stored\n";
        return Unreadable;
    }
    if (files.size() > 1)
        out() << "Collected " << files.size() - refused << " of " << files.size() << " files into "
              << QDir::toNativeSeparators(path) << ": " << attemptsText(added, "new") << ", "
              << already << " already there, " << refused << " file" << (refused == 1 ? "" : "s")
              << " refused.\n";
    out().flush();
    err().flush();
    return refused > 0 ? ProblemsFound : Ok;
}

} // namespace hitready::cli
