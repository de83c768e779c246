#pragma once
// Reads a format-1 quiz file into a Quiz, collecting every problem an author should fix.

#include "problem.h"
#include "quiz.h"

#include <QByteArray>
#include <optional>

namespace hitready {

struct LoadResult
{
    std::optional<Quiz> quiz; // set only when there are no problems
    Problems problems;        // in file order
    bool unreadable = false;  // the file could not be opened or read at all
};

inline constexpr qint64 maxQuizFileBytes = 16 * 1024 * 1024;

LoadResult loadQuizFile(const QString &path);
LoadResult loadQuiz(const QByteArray &bytes, const QString &fileName);

} // namespace hitready
