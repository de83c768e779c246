#include "questionbankimport.h"

#include "importedfile.h"
#include "interchange.h"
#include "loader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace hitready {

namespace {

// `<id>.yaml` in `folder`, or `<id>-2.yaml`, `<id>-3.yaml`… when that is taken.
QString freeQuizPath(const QDir &folder, const QString &id)
{
    QString path = folder.filePath(id + QStringLiteral(".yaml"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("%1-%2.yaml").arg(id).arg(n));
    return path;
}

} // namespace

QuestionBankImport::QuestionBankImport(QObject *parent) : QObject(parent) {}

void QuestionBankImport::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    emit folderChanged();
}

bool QuestionBankImport::refuse(const QString &summary, const QStringList &details)
{
    m_writtenPath.clear();
    m_summary = summary;
    m_details = details;
    emit finished();
    return false;
}

bool QuestionBankImport::importFile(const QUrl &source)
{
    const QString path = source.isLocalFile() ? source.toLocalFile() : source.toString();
    const QString name = QFileInfo(path).fileName();
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return refuse(tr("%1 cannot be read: %2").arg(name, input.errorString()));
    if (input.size() > maxQuizFileBytes)
        return refuse(
            tr("%1 is over the 16 MiB limit of a quiz file; nothing was imported.").arg(name));
    const QByteArray bytes = input.readAll();
    const std::optional<QuizFormat> format = quizFormatOfFile(path, bytes);
    if (!format)
        return refuse(tr("%1 is not a question bank HIT Ready reads: choose a GIFT file (.gift, "
                         ".txt), Moodle XML (.xml), a QTI 3 item (.xml) or package (.zip).")
                          .arg(name));

    const Result<ImportedQuiz> imported = importQuiz(bytes, path, *format);
    if (!imported) {
        QStringList lines;
        for (const Problem &p : imported.error().problems)
            lines << p.toString();
        return refuse(tr("%1 could not be read as %2; nothing was imported.")
                          .arg(name, quizFormatName(*format)),
                      lines.isEmpty() ? QStringList{imported.errorMessage()} : lines);
    }
    if (m_folder.isEmpty() || !QDir().mkpath(m_folder))
        return refuse(tr("The quiz folder %1 cannot be made.").arg(m_folder));
    const QString target = freeQuizPath(QDir(m_folder), imported->quiz.id);
    const Result<QByteArray> yaml =
        importedQuizFile(*imported, path, QStringLiteral("HIT Ready"), target);
    if (!yaml) {
        QStringList lines;
        for (const Problem &p : yaml.error().problems)
            lines << p.toString();
        return refuse(yaml.errorMessage(), lines);
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(*yaml) != yaml->size() || !file.commit())
        return refuse(tr("%1 cannot be written: %2").arg(target, file.errorString()));

    m_writtenPath = target;
    m_details.clear();
    for (const Problem &w : imported->warnings)
        m_details << w.toString();
    const int questions = static_cast<int>(imported->quiz.items.size());
    m_summary = tr("%n questions imported into %1.", nullptr, questions).arg(target);
    if (!m_details.isEmpty())
        m_summary +=
            QLatin1Char(' ') + tr("%n things did not come across; each is listed with its line.",
                                  nullptr, static_cast<int>(m_details.size()));
    emit finished();
    return true;
}

} // namespace hitready
