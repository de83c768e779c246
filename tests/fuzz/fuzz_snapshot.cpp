// Snapshot thaw on any bytes (a damaged database): a reason or a quiz; a thawed quiz
// re-freezes to bytes that thaw to the same quiz.

#include "fuzzcheck.h"
#include "snapshot.h"

using namespace hitready;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<Quiz> quiz = thawQuiz(fuzz::bytesOf(data, size), &error);
    fuzz::require(quiz.has_value() == error.isEmpty(), "a reason exactly when nothing thaws",
                  error);
    if (!quiz)
        return 0;
    const QByteArray frozen = freezeQuiz(*quiz);
    const std::optional<Quiz> again = thawQuiz(frozen, &error);
    fuzz::require(again.has_value(), "a thawed quiz thaws again from its own snapshot", error);
    fuzz::require(contentHash(*again) == contentHash(*quiz), "re-thawing keeps the content hash");
    fuzz::require(freezeQuiz(*again) == frozen, "re-freezing gives the same bytes");
    return 0;
}
