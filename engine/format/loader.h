#pragma once
// Reads a format-1 quiz file into a Quiz, collecting every problem an author should fix.

#include "problem.h"
#include "quiz.h"
#include "result.h"

#include <QByteArray>

namespace hitready {

inline constexpr qint64 maxQuizFileBytes = 16 * 1024 * 1024;

// The quiz, or an Error listing every problem in file order (Error::problems, never empty):
// ErrorKind::Io when the file could not be opened or read at all, else ErrorKind::Invalid.
// Error::message names the file and the first problem.
Result<Quiz> loadQuizFile(const QString &path);
Result<Quiz> loadQuiz(const QByteArray &bytes, const QString &fileName);

// The problems a load found: none when it gave a quiz.
inline const Problems &problemsOf(const Result<Quiz> &loaded)
{
    static const Problems none;
    return loaded ? none : loaded.error().problems;
}

} // namespace hitready
