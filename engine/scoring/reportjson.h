#pragma once
// The JSON faces of scoring: answers files in, reports out (hitready-cli score --json).

#include "plan.h"
#include "problem.h"

#include <QJsonObject>

namespace hitready {

// Reads `{ "<item id>": answer }`; every unknown id or ill-typed answer is a problem. An answer
// may also be wrapped, `{"answer": X, "confidence": "high"}` ("low", "medium" or "high"; only
// for a quiz with `confidence: true`); those confidences go to *confidences when it is not
// null. An object whose keys are exactly "answer", or "answer" and "confidence", is always the
// wrapper, never a matching answer: such a matching answer is written {"answer": {...}}.
Responses responsesFromJson(const QByteArray &bytes, const QString &fileName, const Quiz &quiz,
                            Problems *problems, Confidences *confidences = nullptr);

// {"quiz", "hash", "overall": {"percent", "level"}, "domains": [...], "recommendations": [...]};
// confidence quizzes add "cbm": {"average", "calibration": {"low": {"answered", "right"}, ...}}
// to "overall" and to each domain. A recommendation's "reasons" are data, never words, so the
// report is the same in every language: [{"condition": "domain", "domain": "ethics",
// "value": 58.3, "max": 59.99}, ...]; an empty list: the step is given to every learner.
QJsonObject reportToJson(const Quiz &quiz, const QString &hash, const Report &report,
                         const Plan &plan);

} // namespace hitready
