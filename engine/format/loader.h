#pragma once
// Reads a format-1 quiz file into a Quiz, collecting every problem an author should fix.

#include "problem.h"
#include "quiz.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

namespace hitready {

inline constexpr qint64 maxQuizFileBytes = 16 * 1024 * 1024;

// A language code as quiz files write them: [a-z]{2,3}, optionally '-' and a region or variant
// of 2 to 8 lower-case letters or digits ("es", "hmn", "es-mx"); lower case, like `language`.
bool isLanguageCode(QStringView code);

// What a load checks beyond the format itself.
struct LoadOptions
{
    // Languages every text must be translated into (`hitready-cli lint --languages es,hmn`):
    // each text without one is a problem at its FILE:LINE:COL. The quiz's own language is
    // always required and may be listed or not.
    QStringList requiredLanguages;
};

// The quiz, or an Error listing every problem in file order (Error::problems, never empty):
// ErrorKind::Io when the file could not be opened or read at all, else ErrorKind::Invalid.
// Error::message names the file and the first problem.
Result<Quiz> loadQuizFile(const QString &path, const LoadOptions &options = {});
// The bytes of a quiz file, read at once, or the Error loadQuizFile gives for a file it cannot
// read (ErrorKind::Io) or one over maxQuizFileBytes: for a caller that reads the source again
// after the load (lint's warnings), so the file is read once.
Result<QByteArray> readQuizFile(const QString &path);
Result<Quiz> loadQuiz(const QByteArray &bytes, const QString &fileName,
                      const LoadOptions &options = {});

// The problems a load found: none when it gave a quiz.
inline const Problems &problemsOf(const Result<Quiz> &loaded)
{
    static const Problems none;
    return loaded ? none : loaded.error().problems;
}

} // namespace hitready
