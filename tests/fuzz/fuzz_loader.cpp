// The YAML loader on any bytes: problems or a quiz; a quiz freezes and thaws to itself.

#include "fuzzcheck.h"
#include "loader.h"
#include "snapshot.h"

using namespace hitready;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<Quiz> result = loadQuiz(fuzz::bytesOf(data, size), QStringLiteral("fuzz.yaml"));
    fuzz::require(result.has_value() == problemsOf(result).isEmpty(),
                  "a quiz exactly when there are no problems");
    for (const Problem &p : problemsOf(result))
        fuzz::require(p.line >= 0 && p.column >= 0 && !p.message.isEmpty(),
                      "every problem is located and says something", p.toString());
    if (!result)
        return 0;
    const QByteArray frozen = freezeQuiz(*result);
    QString error;
    const std::optional<Quiz> thawed = thawQuiz(frozen, &error);
    fuzz::require(thawed.has_value(), "a loaded quiz thaws from its snapshot", error);
    fuzz::require(contentHash(*thawed) == contentHash(*result),
                  "the thawed quiz has the loaded quiz's content hash");
    fuzz::require(freezeQuiz(*thawed) == frozen, "the thawed quiz freezes to the same bytes");
    return 0;
}
