#pragma once
// "Save as PDF": one attempt's results and next steps as a printable report, laid out from
// HTML by QTextDocument and written with QPdfWriter. Every text from the quiz file or the
// learner is HTML-escaped, since quiz files are untrusted.

#include "attemptresults.h"
#include "reading.h"

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
    // The learner's language and the second one shown under it ("" for none), as on screen.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString secondLanguage READ secondLanguage WRITE setSecondLanguage NOTIFY
                   secondLanguageChanged)
    // Whether the report ends with "Your answers": every question with the learner's answer,
    // the right answer and why (the answer review). On by default.
    Q_PROPERTY(bool includeAnswers READ includeAnswers WRITE setIncludeAnswers NOTIFY
                   includeAnswersChanged)

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
    QString language() const { return m_reading.first; }
    void setLanguage(const QString &language);
    QString secondLanguage() const { return m_reading.second; }
    void setSecondLanguage(const QString &language);
    bool includeAnswers() const { return m_includeAnswers; }
    void setIncludeAnswers(bool include);

    // The report as HTML (what save() lays out), for tests and previews: every quiz text in
    // the first language of `reading` and, under it in grey italics, the second.
    // With `withAnswers`, the answer review follows the next steps.
    static QString html(const FinishedAttempt &attempt, const Reading &reading = {},
                        bool withAnswers = false);
    // The languages of `reading` the report shows that the quiz marks `status: draft`, each
    // once: they carry a notice that no fluent reviewer has checked them.
    static QStringList draftLanguages(const Quiz &quiz, const Reading &reading);
    // html() of the attempt shown, in the languages now chosen: what save() writes.
    QString currentHtml() const;
    static QString suggestedFileNameFor(const QString &profileName, const QDateTime &takenAt);
    static bool writePdf(const QString &html, const QString &title, const QString &filePath,
                         QString *error);

signals:
    void resultsChanged();
    void errorTextChanged();
    void languageChanged();
    void secondLanguageChanged();
    void includeAnswersChanged();

private:
    void setError(const QString &error);

    QPointer<AttemptResults> m_source;
    QString m_error;
    Reading m_reading;
    bool m_includeAnswers = true;
};

} // namespace hitready
