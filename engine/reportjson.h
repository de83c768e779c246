#pragma once
// The JSON faces of scoring: answers files in, reports out (hitready-cli score --json).

#include "plan.h"
#include "problem.h"

#include <QJsonObject>

namespace hitready {

// Reads `{ "<item id>": answer }`; every unknown id or ill-typed answer is a problem. For a
// quiz with `confidence: true` an answer may also be `{"answer": X, "confidence": "high"}`
// ("low", "medium" or "high"); those confidences go to *confidences when it is not null.
Responses responsesFromJson(const QByteArray &bytes, const QString &fileName, const Quiz &quiz,
                            Problems *problems, Confidences *confidences = nullptr);

// {"quiz", "hash", "overall": {"percent", "level"}, "domains": [...], "recommendations": [...]};
// confidence quizzes add "cbm": {"average", "calibration": {"low": {"answered", "right"}, ...}}
// to "overall" and to each domain.
QJsonObject reportToJson(const Quiz &quiz, const QString &hash, const Report &report,
                         const Plan &plan);

} // namespace hitready
