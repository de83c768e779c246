#pragma once
// A quiz frozen into bytes, so a past attempt is always read against the quiz it was taken on.
//
// The bytes are a small header (magic, snapshot format, byte-order mark, Boost archive
// version) followed by a Boost.Serialization binary archive. They come from our own database
// but are never trusted: thawing checks sizes before allocating, catches every exception and
// sanity-checks the result.

#include "quiz.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace hitready {

// Identifies the encoding produced by freezeQuiz(); stored next to each snapshot.
QString snapshotFormatName();

QByteArray freezeQuiz(const Quiz &quiz);

// The quiz in `bytes`, or nullopt with a one-line reason in *error (when error is not null).
std::optional<Quiz> thawQuiz(const QByteArray &bytes, QString *error = nullptr);

// How many times thawQuiz() has run on the calling thread: decoding is the costly part of reading a
// past attempt, and tests pin how often a screen pays it.
quint64 thawQuizCalls();

} // namespace hitready
