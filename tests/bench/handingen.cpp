// Writes one hand-in file per profile of a database (the fixture of collect-bench.sh): the
// same writeHandInFile() that `hitready-cli hand-in` runs, without a process per learner.
// Usage: hitready-handingen DATABASE OUTPUT_FOLDER

#include "handin.h"
#include "storage.h"

#include <QCoreApplication>
#include <QDir>
#include <cstdio>

using namespace hitready;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: hitready-handingen DATABASE OUTPUT_FOLDER\n");
        return 2;
    }
    const Result<std::unique_ptr<Storage>> storage = Storage::open(args[1]);
    const Result<QList<Profile>> profiles =
        storage ? (*storage)->profiles() : Result<QList<Profile>>(storage.error());
    if (!profiles) {
        std::fprintf(stderr, "%s\n", qPrintable(profiles.errorMessage()));
        return 2;
    }
    const QDir out(args[2]);
    QDir().mkpath(out.path());
    for (const Profile &p : *profiles) {
        const Result<qsizetype> written =
            writeHandInFile(**storage, p.name, out.filePath(p.name + QStringLiteral(".json")));
        if (!written) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(p.name),
                         qPrintable(written.errorMessage()));
            return 1;
        }
    }
    std::printf("%lld hand-in files in %s\n", qint64(profiles->size()), qPrintable(out.path()));
    return 0;
}
