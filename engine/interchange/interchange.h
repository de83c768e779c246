#pragma once
// Quizzes to and from other quiz tools' formats (GIFT, Moodle XML and QTI 3.0), with everything
// that does not map reported as a warning, never dropped silently.

#include "problem.h"
#include "quiz.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace hitready {

enum class QuizFormat { Yaml, Gift, Moodle, Qti3 };

// "yaml", "gift", "moodle", "qti3".
QString quizFormatName(QuizFormat format);
std::optional<QuizFormat> quizFormatFromName(const QString &name);
// The format a file name's extension stands for: .yaml/.yml, .gift/.txt, .xml (Moodle XML),
// .zip (a QTI 3 package); nullopt for another.
std::optional<QuizFormat> quizFormatOfPath(const QString &path);
// The format of a file that exists: as quizFormatOfPath(), but an .xml file whose root element
// is <qti-assessment-item> is a QTI 3 item.
std::optional<QuizFormat> quizFormatOfFile(const QString &path, const QByteArray &bytes);

// A quiz read from another format, with what did not map (each at its line in the file).
struct ImportedQuiz
{
    Quiz quiz;
    Problems warnings;
};

// Reads `bytes` (named `fileName` in problems; the quiz id and title come from its base name).
// An Error (kind Invalid, every located problem) when the file cannot be read as that format.
Result<ImportedQuiz> importQuiz(const QByteArray &bytes, const QString &fileName,
                                QuizFormat format);

// What an export could not hold: about the item `itemId` (empty: the whole quiz).
struct ExportWarning
{
    QString itemId;
    QString message;
    bool operator==(const ExportWarning &) const = default;
};

struct ExportedQuiz
{
    QByteArray bytes;
    QList<ExportWarning> warnings;
};

Result<ExportedQuiz> exportQuiz(const Quiz &quiz, QuizFormat format);

// The id a quiz imported from `fileName` gets: its base name in [a-z0-9-], "imported" when
// nothing of it is left.
QString quizIdForFile(const QString &fileName);

} // namespace hitready
