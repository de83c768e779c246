#pragma once
// A Quiz written back as a format-1 quiz file that the loader reads as the same Quiz.

#include "quiz.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

namespace hitready {

// The quiz as YAML, keys in the order docs/quiz-format.md gives them, each `header` line as a
// comment at the top. Texts in one language are plain strings, others `{en: ..., es: ...}`.
Result<QByteArray> quizToYaml(const Quiz &quiz, const QStringList &header = {});

} // namespace hitready
