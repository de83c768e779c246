#pragma once
// "Save as PDF": one attempt's results and next steps as a printable report, laid out from
// HTML by QTextDocument and written with QPdfWriter. Every text from the quiz file or the
// learner is HTML-escaped, since quiz files are untrusted.

#include "learnerdatabase.h"
#include "resultsmodel.h"
#include "storage.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class ReportPdf : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(ReportPdf)
    // The attempt suggestedFileName is for (save() takes its own id).
    // The app's database (the LearnerDatabase singleton in QML).
    Q_PROPERTY(
        hitready::LearnerDatabase *database READ database WRITE setDatabase NOTIFY databaseChanged)
    Q_PROPERTY(int attemptId READ attemptId WRITE setAttemptId NOTIFY attemptIdChanged)
    // "HIT Ready - Ana - 2026-11-22.pdf"; "HIT Ready.pdf" while no attempt is known.
    Q_PROPERTY(QString suggestedFileName READ suggestedFileName NOTIFY attemptIdChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit ReportPdf(QObject *parent = nullptr);

    // The storage attempts are read from; not owned, and it must outlive this object.
    void setStorage(Storage *storage);
    LearnerDatabase *database() const { return m_database; }
    void setDatabase(LearnerDatabase *database);

    // Writes the report of `attemptId` to `filePath` (a local path or a file: URL, as a
    // FileDialog gives), replacing the file only once the whole PDF is written.
    Q_INVOKABLE bool save(qint64 attemptId, const QString &filePath);

    qint64 attemptId() const { return m_attemptId; }
    void setAttemptId(qint64 attemptId);
    QString suggestedFileName() const { return m_suggestedFileName; }
    QString errorText() const { return m_error; }

    // The report as HTML (what save() lays out), for tests and previews.
    static QString html(const AttemptResults &results);
    static QString suggestedFileNameFor(const QString &profileName, const QDateTime &takenAt);
    static bool writePdf(const QString &html, const QString &title, const QString &filePath,
                         QString *error);

signals:
    void databaseChanged();
    void attemptIdChanged();
    void errorTextChanged();

private:
    QPointer<LearnerDatabase> m_database;
    void setError(const QString &error);
    void updateSuggestedFileName();

    Storage *m_storage = nullptr;
    qint64 m_attemptId = 0;
    QString m_suggestedFileName;
    QString m_error;
};

} // namespace hitready
