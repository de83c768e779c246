#pragma once
// Hand-in files between databases: a learner writes their finished attempts to one file
// (handinfile.h), an instructor collects such files into the class database. Used alike by
// hitready-cli (hand-in, collect) and the app (Hand in results, Collect hand-in files).

#include "handinfile.h"
#include "storage.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>

namespace hitready {

// The finished attempts of the profile named `profileName` in `storage`, oldest first, with
// their quiz versions. ErrorKind::NotFound: no such profile; Refused: it has no finished
// attempt to hand in.
Result<HandIn> handInOf(const Storage &storage, const QString &profileName);

// Writes handInOf() to `path` (replaced whole, never half written); returns how many attempts
// the file holds.
Result<qsizetype> writeHandInFile(const Storage &storage, const QString &profileName,
                                  const QString &path);

// What collecting one file did.
struct CollectedFile
{
    QString profileName;
    qsizetype added = 0;     // attempts new to the database
    qsizetype unchanged = 0; // attempts it held already (collected before)
    qsizetype updated = 0;   // attempts it held unfinished, now brought up to date
};

// Collects hand-in files into one database; each file all or nothing. Keeps the quiz versions
// it has checked, so that a class's files, which share them, are decoded once.
class HandInCollector
{
public:
    explicit HandInCollector(Storage &storage) : m_storage(storage) {}

    // Reads, checks and stores the file at `path`. An error says why the file was refused
    // (kinds as readHandIn(), Io for a file that cannot be read) and means that nothing of it
    // was stored.
    Result<CollectedFile> collect(const QString &path);
    // Collects every file of `paths` in one transaction (Storage::mergeBatch), each file still
    // all or nothing; `collected(index, result)` runs per file, in order, once its merge is
    // done. The error is the commit's: then nothing was stored, whatever `collected` was told.
    Status
    collectAll(const QStringList &paths,
               const std::function<void(qsizetype, const Result<CollectedFile> &)> &collected);

private:
    Storage &m_storage;
    QHash<QString, KnownSnapshot> m_known;
};

} // namespace hitready
