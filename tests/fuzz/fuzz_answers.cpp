// Answers JSON (hitready-cli score --answers) on any bytes, against a quiz of every item type
// and a confidence quiz: problems or answers; every accepted answer fits its item, survives
// its stored form (encode, then decode) and scores within the item's points.

#include "fuzzcheck.h"
#include "loader.h"
#include "report.h"
#include "reportjson.h"

#include <vector>

using namespace hitready;

namespace {

std::vector<Quiz> quizzes;

void check(const Quiz &quiz, const QByteArray &bytes)
{
    Problems problems;
    Confidences confidences;
    const Responses responses =
        responsesFromJson(bytes, QStringLiteral("fuzz.json"), quiz, &problems, &confidences);
    for (auto it = responses.cbegin(); it != responses.cend(); ++it) {
        const Item *item = quiz.item(it.key());
        fuzz::require(item != nullptr, "answers name items of the quiz", it.key());
        fuzz::require(!it.value().isEmpty(), "an empty answer is no answer", it.key());
        fuzz::require(answerProblem(*item, it.value()).isEmpty(), "an accepted answer fits",
                      it.key());
        const QString stored = encodeAnswer(it.value());
        bool ok = false;
        const Answer readBack = decodeAnswer(*item, stored, &ok);
        fuzz::require(ok && readBack == it.value() && !readBack.isEmpty(),
                      "an accepted answer survives its stored form",
                      it.key() + QStringLiteral(": ") + stored);
    }
    QStringList items;
    for (const Item &item : quiz.items)
        items.append(item.id);
    const Report report = score(quiz, responses, items, confidences);
    for (const ItemScore &s : report.items) {
        fuzz::require(s.earned >= 0 && s.earned <= s.max, "an item earns 0 to its points",
                      s.itemId);
        fuzz::require(s.answered == responses.contains(s.itemId),
                      "answered exactly when an answer was accepted", s.itemId);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    for (const char *name : {"/app/every-item-type.yaml", "/item-types.yaml"}) {
        Result<Quiz> loaded = loadQuizFile(QStringLiteral(HITREADY_FIXTURES) + QLatin1String(name));
        fuzz::require(loaded.has_value(), "the fuzz quizzes load", name);
        quizzes.push_back(std::move(*loaded));
    }
    Result<Quiz> sampler =
        loadQuizFile(QStringLiteral(HITREADY_QUIZ_DIR "/pharmacy-tech-sampler.yaml"));
    fuzz::require(sampler && sampler->confidence, "the confidence quiz loads");
    quizzes.push_back(std::move(*sampler));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    for (const Quiz &quiz : quizzes)
        check(quiz, bytes);
    return 0;
}
