#pragma once
// The JSON faces of scoring: answers files in, reports out (hitready-cli score --json).

#include "plan.h"
#include "problem.h"

#include <QJsonObject>

namespace hitready {

// Reads `{ "<item id>": answer }`; every unknown id or ill-typed answer is a problem.
Responses responsesFromJson(const QByteArray &bytes, const QString &fileName, const Quiz &quiz,
                            Problems *problems);

// {"quiz", "hash", "overall": {"percent", "level"}, "domains": [...], "recommendations": [...]}
QJsonObject reportToJson(const Quiz &quiz, const QString &hash, const Report &report,
                         const Plan &plan);

} // namespace hitready
