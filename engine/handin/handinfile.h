#pragma once
// The hand-in file format (docs/hand-in-format.md): a learner's finished attempts and the
// frozen quizzes they were taken on, as one JSON document with a format version and a SHA-256
// over its body. Pure functions over bytes; reading never trusts the bytes.

#include "result.h"
#include "storage.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace hitready {

struct HandIn
{
    QString profileName;             // whose attempts these are
    QDateTime handedIn;              // UTC, when the file was written
    QHash<QString, Quiz> quizzes;    // by contentHash(): every attempt's quiz version
    QList<AttemptTransfer> attempts; // finished, oldest first
};

// "hitready-hand-in", the value of the file's "format" member.
QString handInFormatName();
// The format version this program writes, and the newest it reads.
constexpr int handInFormatVersion = 1;
// A larger file is refused before it is parsed (about 20,000 attempts of 50 items).
constexpr qint64 maxHandInBytes = 256ll * 1024 * 1024;

// The file's bytes (UTF-8 JSON, indented for a reader, ending in a newline).
QByteArray writeHandIn(const HandIn &handIn);

// The hand-in in `bytes`, checked throughout: valid JSON without repeated keys, the format
// name and a known version, the checksum, every member with its type, every snapshot decoding
// to the quiz version it is said to be. Error kinds: Damaged (not JSON, checksum, a snapshot),
// Refused (another format or a newer version), Invalid (a member missing or of the wrong
// type). The message says what is wrong, and where for bad JSON ("line 3, column 14").
// `known` maps content hashes to quizzes already thawed and checked (an earlier file of the
// same collection): a snapshot with the same hash and the same text is not decoded again.
struct KnownSnapshot
{
    QString text; // base64, as in the file
    Quiz quiz;
};
Result<HandIn> readHandIn(const QByteArray &bytes, QHash<QString, KnownSnapshot> *known = nullptr);

} // namespace hitready
