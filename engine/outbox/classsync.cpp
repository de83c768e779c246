#include "classsync.h"

#include "logging.h"
#include "outbox.h"
#include "storage.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QSet>
#include <algorithm>

namespace hitready {

namespace {

QString digest(const QStringList &fields)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_0);
    stream << fields; // length-prefixed: no two field lists give the same bytes
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64());
}

QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The attempt as the server stores it, without the local database's ids.
QString recordDigest(const AttemptRecord &a, const QString &profileName)
{
    return digest({a.uuid, profileName, a.quizId, a.quizHash, QString::number(int(a.mode)),
                   QString::number(a.seed), timestamp(a.started),
                   a.finished ? timestamp(*a.finished) : QString(), QString::number(a.position),
                   QString::number(a.elapsedMs), a.itemOrder.join(QLatin1Char('\n'))});
}

QString itemDigest(const TransferredResponse &r)
{
    return digest({r.answer, r.answeredAt, r.flagged ? QStringLiteral("1") : QString(),
                   r.confidence ? QString::number(*r.confidence) : QString()});
}

SentDigests digestsOf(const AttemptTransfer &transfer)
{
    SentDigests digests;
    digests.record = recordDigest(transfer.attempt, transfer.profileName);
    for (const TransferredResponse &response : transfer.responses)
        digests.items.insert(response.itemId, itemDigest(response));
    return digests;
}

int changedItems(const SentDigests &now, const SentDigests &sent)
{
    QSet<QString> ids(now.items.keyBegin(), now.items.keyEnd());
    for (auto it = sent.items.keyBegin(); it != sent.items.keyEnd(); ++it)
        ids.insert(*it);
    return int(std::count_if(ids.cbegin(), ids.cend(), [&](const QString &id) {
        return now.items.value(id) != sent.items.value(id);
    }));
}

struct Outgoing
{
    AttemptTransfer transfer;
    SentDigests digests;
    int changedItems = 0;
    bool claimed = false; // the outbox knows the attempt already
};

// What differs between the local copy and what the server confirmed.
struct Difference
{
    QStringList discards; // UUIDs
    QList<Outgoing> attempts;
};

Result<Difference> difference(const Storage &local, const QHash<QString, SentDigests> &sent)
{
    const Result<QList<Profile>> profiles = local.profiles();
    if (!profiles)
        return profiles.error();
    QList<std::pair<AttemptRecord, QString>> records;
    for (const Profile &profile : *profiles) {
        const Result<QList<AttemptRecord>> attempts = local.attempts(profile.id);
        if (!attempts)
            return attempts.error();
        for (const AttemptRecord &attempt : *attempts)
            records.append({attempt, profile.name});
    }
    std::sort(records.begin(), records.end(),
              [](const auto &a, const auto &b) { return a.first.id < b.first.id; });
    Difference difference;
    QSet<QString> present;
    for (const auto &[record, profileName] : std::as_const(records)) {
        present.insert(record.uuid);
        const auto confirmed = sent.constFind(record.uuid);
        const bool claimed = confirmed != sent.cend();
        // A finished attempt takes no more changes: once confirmed, it is never read again.
        if (claimed && record.isFinished() &&
            confirmed->record == recordDigest(record, profileName))
            continue;
        Result<AttemptTransfer> transfer = local.exportAttempt(record.id);
        if (!transfer)
            return transfer.error();
        SentDigests digests = digestsOf(*transfer);
        if (claimed && *confirmed == digests)
            continue;
        const int items = changedItems(digests, claimed ? *confirmed : SentDigests());
        difference.attempts.append({std::move(*transfer), std::move(digests), items, claimed});
    }
    for (auto it = sent.cbegin(); it != sent.cend(); ++it)
        if (!present.contains(it.key()))
            difference.discards.append(it.key());
    difference.discards.sort();
    return difference;
}

Result<Difference> differenceWith(const Storage &local, const Outbox &outbox)
{
    const Result<QHash<QString, SentDigests>> sent = outbox.sent();
    if (!sent)
        return sent.error();
    return difference(local, *sent);
}

Error fromServer(const Error &error)
{
    return error.context(QStringLiteral("the class server"));
}

// Discards the server's copy of an attempt discarded here. A finished one is kept: it was
// finished elsewhere, and finished attempts are never deleted.
Result<bool> discardOnServer(Storage &remote, const QString &uuid)
{
    const Result<qint64> id = remote.attemptIdByUuid(uuid);
    if (!id)
        return id.error().kind == ErrorKind::NotFound ? Result<bool>(false)
                                                      : Result<bool>(fromServer(id.error()));
    const Result<AttemptRecord> record = remote.attempt(*id);
    if (!record)
        return fromServer(record.error());
    if (record->isFinished()) {
        qCWarning(lcOutbox) << "attempt" << uuid
                            << "was discarded here but is finished on the server: kept there";
        return false;
    }
    if (const Status discarded = remote.discardAttempt(*id); !discarded)
        return fromServer(discarded.error());
    return true;
}

} // namespace

Result<PendingChanges> pendingChanges(const Storage &local, const Outbox &outbox)
{
    const Result<Difference> diff = differenceWith(local, outbox);
    if (!diff)
        return diff.error();
    PendingChanges pending;
    pending.discards = int(diff->discards.size());
    pending.attempts = int(diff->attempts.size());
    for (const Outgoing &attempt : diff->attempts)
        pending.items += attempt.changedItems;
    return pending;
}

Result<SyncReport> sendPending(const Storage &local, Outbox &outbox, Storage &remote)
{
    const Result<Difference> diff = differenceWith(local, outbox);
    if (!diff)
        return diff.error();
    SyncReport report;
    for (const QString &uuid : diff->discards) {
        const Result<bool> discarded = discardOnServer(remote, uuid);
        if (!discarded)
            return discarded.error();
        if (const Status forgotten = outbox.forget(uuid); !forgotten)
            return forgotten.error();
        report.discarded += *discarded ? 1 : 0;
    }
    QHash<QString, Quiz> quizzes; // by content hash
    for (const Outgoing &outgoing : diff->attempts) {
        const AttemptRecord &attempt = outgoing.transfer.attempt;
        if (!quizzes.contains(attempt.quizHash)) {
            Result<Quiz> quiz = local.snapshot(attempt.quizHash);
            if (!quiz)
                return quiz.error();
            quizzes.insert(attempt.quizHash, std::move(*quiz));
        }
        if (!outgoing.claimed)
            if (const Status claimed = outbox.claim(attempt.uuid); !claimed)
                return claimed.error();
        const Result<MergeOutcome> merged =
            remote.mergeAttempt(quizzes.value(attempt.quizHash), outgoing.transfer);
        if (!merged)
            return fromServer(merged.error());
        if (const Status confirmed = outbox.confirm(attempt.uuid, outgoing.digests); !confirmed)
            return confirmed.error();
        switch (*merged) {
        case MergeOutcome::Added:
            ++report.added;
            break;
        case MergeOutcome::Updated:
            ++report.updated;
            break;
        case MergeOutcome::Unchanged:
            ++report.unchanged;
            break;
        }
        report.items += outgoing.changedItems;
        qCDebug(lcOutbox) << "attempt" << attempt.uuid << "sent:" << outgoing.changedItems
                          << "items";
    }
    return report;
}

} // namespace hitready
