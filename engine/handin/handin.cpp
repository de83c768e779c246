#include "handin.h"

#include <QFile>
#include <QSaveFile>
#include <algorithm>

namespace hitready {

Result<HandIn> handInOf(const Storage &storage, const QString &profileName)
{
    const Result<Profile> profile = storage.profileByName(profileName);
    if (!profile)
        return profile.error();
    const Result<QList<AttemptRecord>> attempts = storage.attempts(profile->id);
    if (!attempts)
        return attempts.error();
    HandIn handIn{profile->name, QDateTime::currentDateTimeUtc(), {}, {}};
    for (const AttemptRecord &a : *attempts) {
        if (!a.isFinished())
            continue;
        Result<AttemptTransfer> transfer = storage.exportAttempt(a.id);
        if (!transfer)
            return transfer.error();
        if (!handIn.quizzes.contains(a.quizHash)) {
            Result<Quiz> quiz = storage.snapshot(a.quizHash);
            if (!quiz)
                return quiz.error().context(QStringLiteral("attempt %1").arg(a.id));
            handIn.quizzes.insert(a.quizHash, std::move(*quiz));
        }
        handIn.attempts.append(std::move(*transfer));
    }
    if (handIn.attempts.isEmpty())
        return Error(ErrorKind::Refused,
                     QStringLiteral("%1 has no finished attempt to hand in").arg(profile->name));
    std::reverse(handIn.attempts.begin(), handIn.attempts.end()); // attempts() is newest first
    return handIn;
}

Result<qsizetype> writeHandInFile(const Storage &storage, const QString &profileName,
                                  const QString &path)
{
    const Result<HandIn> handIn = handInOf(storage, profileName);
    if (!handIn)
        return handIn.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorKind::Io,
                     QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(writeHandIn(*handIn));
    if (!file.commit())
        return Error(ErrorKind::Io,
                     QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return handIn->attempts.size();
}

Result<CollectedFile> HandInCollector::collect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, QStringLiteral("cannot read it: %1").arg(file.errorString()));
    if (file.size() > maxHandInBytes)
        return Error(ErrorKind::Refused, QStringLiteral("larger than a hand-in file can be"));
    const Result<HandIn> handIn = readHandIn(file.readAll(), &m_known);
    if (!handIn)
        return handIn.error();
    const Result<QList<MergeOutcome>> merged =
        m_storage.mergeAttempts(handIn->quizzes, handIn->attempts);
    if (!merged)
        return merged.error();
    CollectedFile collected{handIn->profileName};
    collected.added = merged->count(MergeOutcome::Added);
    collected.unchanged = merged->count(MergeOutcome::Unchanged);
    collected.updated = merged->count(MergeOutcome::Updated);
    return collected;
}

Status HandInCollector::collectAll(
    const QStringList &paths,
    const std::function<void(qsizetype, const Result<CollectedFile> &)> &collected)
{
    return m_storage.mergeBatch([&] {
        for (qsizetype i = 0; i < paths.size(); ++i)
            collected(i, collect(paths[i]));
    });
}

} // namespace hitready
