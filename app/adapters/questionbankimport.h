#pragma once
// The instructor view's "Import a question bank…": a GIFT, Moodle XML or QTI 3 file (or a HIT
// Ready quiz file) read and written as a new quiz file into the learner's quiz folder, never
// over a file that is there. What did not come across is listed, each at its line in the bank.
// A bank that cannot be read writes nothing and says why, line by line.

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class QuestionBankImport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(QuestionBankImport)
    // Where the quiz file is written (the quiz catalogue's user folder).
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    // After importFile(): the quiz file written (empty when nothing was).
    Q_PROPERTY(QString writtenPath READ writtenPath NOTIFY finished)
    // One sentence on the outcome, for the page and a screen reader.
    Q_PROPERTY(QString summary READ summary NOTIFY finished)
    // "bank.gift:12:3: …": what did not come across, or why nothing was written.
    Q_PROPERTY(QStringList details READ details NOTIFY finished)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY finished)

public:
    explicit QuestionBankImport(QObject *parent = nullptr);

    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    QString writtenPath() const { return m_writtenPath; }
    QString summary() const { return m_summary; }
    QStringList details() const { return m_details; }
    bool succeeded() const { return !m_writtenPath.isEmpty(); }

    // Reads the bank at `source` (a path or a file: URL); true when a quiz file was written.
    Q_INVOKABLE bool importFile(const QUrl &source);

signals:
    void folderChanged();
    void finished();

private:
    bool refuse(const QString &summary, const QStringList &details = {});

    QString m_folder;
    QString m_writtenPath;
    QString m_summary;
    QStringList m_details;
};

} // namespace hitready
