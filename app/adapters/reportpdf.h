#pragma once
// "Save as PDF": one attempt's results and next steps as a printable report, laid out from
// HTML by QTextDocument and written with QPdfWriter. Every text from the quiz file or the
// learner is HTML-escaped, since quiz files are untrusted.

#include "attemptresults.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class ReportPdf : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(ReportPdf)
    // The finished attempt saved (shared with its results and next steps).
    Q_PROPERTY(
        hitready::AttemptResults *results READ results WRITE setResults NOTIFY resultsChanged)
    // "HIT Ready - Ana - 2026-11-22.pdf"; "HIT Ready.pdf" while no attempt is known.
    Q_PROPERTY(QString suggestedFileName READ suggestedFileName NOTIFY resultsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit ReportPdf(QObject *parent = nullptr);

    AttemptResults *results() const { return m_source; }
    // Saves what `results` holds; not owned.
    void setResults(AttemptResults *results);

    // Writes the report of the attempt shown to `filePath` (a local path or a file: URL, as a
    // FileDialog gives), replacing the file only once the whole PDF is written.
    Q_INVOKABLE bool save(const QString &filePath);

    QString suggestedFileName() const;
    QString errorText() const { return m_error; }

    // The report as HTML (what save() lays out), for tests and previews.
    static QString html(const FinishedAttempt &attempt);
    static QString suggestedFileNameFor(const QString &profileName, const QDateTime &takenAt);
    static bool writePdf(const QString &html, const QString &title, const QString &filePath,
                         QString *error);

signals:
    void resultsChanged();
    void errorTextChanged();

private:
    void setError(const QString &error);

    QPointer<AttemptResults> m_source;
    QString m_error;
};

} // namespace hitready
