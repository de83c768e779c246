#include "interchange.h"

#include "giftformat.h"
#include "importnames.h"
#include "loader.h"
#include "qtiformat.h"
#include "quizyaml.h"
#include "xmltree.h"

#include <QFileInfo>
#include <QStringDecoder>

namespace hitready {

QString quizFormatName(QuizFormat format)
{
    switch (format) {
    case QuizFormat::Yaml:
        return QStringLiteral("yaml");
    case QuizFormat::Gift:
        return QStringLiteral("gift");
    case QuizFormat::Moodle:
        return QStringLiteral("moodle");
    case QuizFormat::Qti3:
        return QStringLiteral("qti3");
    }
    return {};
}

std::optional<QuizFormat> quizFormatFromName(const QString &name)
{
    for (const QuizFormat f :
         {QuizFormat::Yaml, QuizFormat::Gift, QuizFormat::Moodle, QuizFormat::Qti3})
        if (quizFormatName(f) == name)
            return f;
    return std::nullopt;
}

std::optional<QuizFormat> quizFormatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return QuizFormat::Yaml;
    if (suffix == QLatin1String("gift") || suffix == QLatin1String("txt"))
        return QuizFormat::Gift;
    if (suffix == QLatin1String("xml"))
        return QuizFormat::Moodle;
    if (suffix == QLatin1String("zip"))
        return QuizFormat::Qti3;
    return std::nullopt;
}

std::optional<QuizFormat> quizFormatOfFile(const QString &path, const QByteArray &bytes)
{
    const std::optional<QuizFormat> byName = quizFormatOfPath(path);
    if (byName == QuizFormat::Moodle &&
        interchange::xmlRootName(bytes) == QLatin1String("qti-assessment-item"))
        return QuizFormat::Qti3;
    return byName;
}

QString quizIdForFile(const QString &fileName)
{
    const QString id = interchange::slug(QFileInfo(fileName).completeBaseName());
    return id.isEmpty() ? QStringLiteral("imported") : id;
}

Result<ImportedQuiz> importQuiz(const QByteArray &bytes, const QString &fileName, QuizFormat format)
{
    if (bytes.size() > maxQuizFileBytes)
        return Error(ErrorKind::Invalid,
                     QStringLiteral("%1: the file is over the 16 MiB quiz limit").arg(fileName),
                     {{fileName, 0, 0, QStringLiteral("the file is over the 16 MiB quiz limit")}});
    if (format == QuizFormat::Yaml) {
        Result<Quiz> quiz = loadQuiz(bytes, fileName);
        if (!quiz)
            return quiz.error();
        return ImportedQuiz{*quiz, {}};
    }
    if (format == QuizFormat::Moodle)
        return interchange::importMoodleXml(bytes, fileName);
    if (format == QuizFormat::Qti3)
        return interchange::importQti3(bytes, fileName);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // The line of the first byte that is not UTF-8 (no character spans a line break): the
        // first line that does not come back as the same bytes.
        int line = 0;
        for (const QByteArray &part : bytes.split('\n')) {
            ++line;
            if (QString::fromUtf8(part).toUtf8() != part)
                break;
        }
        const QString message = QStringLiteral("the file is not UTF-8 text (save it as UTF-8)");
        return Error(ErrorKind::Invalid,
                     QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message),
                     {{fileName, line, 1, message}});
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return interchange::importGift(text, fileName);
}

Result<ExportedQuiz> exportQuiz(const Quiz &quiz, QuizFormat format)
{
    if (format == QuizFormat::Gift)
        return interchange::exportGift(quiz);
    if (format == QuizFormat::Moodle)
        return interchange::exportMoodleXml(quiz);
    if (format == QuizFormat::Qti3)
        return interchange::exportQti3(quiz);
    Result<QByteArray> yaml = quizToYaml(quiz);
    if (!yaml)
        return yaml.error();
    return ExportedQuiz{*yaml, {}};
}

} // namespace hitready
