#pragma once
// Sending a class's local copy (classlocation.h) to the class server: every attempt whose
// record (position, time, finish) or items (answers, flags, confidences) differ from what the
// server confirmed (outbox.h) is merged there whole with Storage::mergeAttempt, and every
// unfinished attempt the learner discarded here ("Start over") is discarded there.
//
// Order: discards first (a profile has one unfinished attempt per quiz, so the old one must
// go before its replacement arrives), then attempts in the order they were started. Exactly
// once: an attempt is merged by its UUID, so sending it again after a failure or a crash stores
// nothing twice; the outbox confirms an attempt only after the server took it.
//
// The server is any Storage: a PostgreSQL URL in a class, an SQLite file in tests.

#include "result.h"

namespace hitready {

class Outbox;
class Storage;

// What the local copy holds that the server does not (yet).
struct PendingChanges
{
    int attempts = 0; // attempts with something not yet on the server
    int items = 0;    // items of those attempts whose answer, flag or confidence changed
    int discards = 0; // attempts discarded here that the server may still hold
    bool isEmpty() const { return attempts == 0 && discards == 0; }
    bool operator==(const PendingChanges &) const = default;
};

// What one successful sendPending() did.
struct SyncReport
{
    int added = 0;     // attempts the server did not have
    int updated = 0;   // attempts the server brought up to date
    int unchanged = 0; // attempts the server had as they are (sent before; confirmed now)
    int discarded = 0; // attempts the server deleted
    int items = 0;     // changed items sent
    int sent() const { return added + updated + unchanged + discarded; }
};

Result<PendingChanges> pendingChanges(const Storage &local, const Outbox &outbox);
// Sends everything pending, in order, and confirms each attempt in the outbox as the server
// takes it. The first refusal stops it (what was sent before stays confirmed; the rest stays
// pending) and is returned, prefixed with "the class server".
Result<SyncReport> sendPending(const Storage &local, Outbox &outbox, Storage &remote);

} // namespace hitready
