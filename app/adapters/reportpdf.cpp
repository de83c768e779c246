#include "reportpdf.h"
#include "pdffile.h"

#include "answerreviewrows.h"
#include "attemptshapetext.h"
#include "displaysettings.h"
#include "planmodel.h"
#include "resultsmodel.h"
#include "resultsummary.h"
#include "uilogging.h"

#include <QBuffer>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace hitready {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Quiz prompts are often YAML block scalars whose line breaks carry meaning (small tables).
QString escLines(const QString &text)
{
    return esc(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString paragraph(const QString &text, const QString &style = {})
{
    if (text.isEmpty())
        return {};
    const QString attr = style.isEmpty() ? QString() : QStringLiteral(" style=\"%1\"").arg(style);
    return QStringLiteral("<p%1>%2</p>\n").arg(attr, esc(text));
}

// The second language, quieter than the first as on screen (grey italics, 7:1 on white).
const QString secondStyle = QStringLiteral("color:#555555; font-style:italic; font-weight:normal");

// The second language on a line of its own under the first; nothing when there is none.
QString second(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<br/><span style=\"%1\">%2</span>").arg(secondStyle, escLines(text));
}

QString linkHtml(const PlanLink &link)
{
    const bool web = link.url.startsWith(QLatin1String("https://")) ||
                     link.url.startsWith(QLatin1String("http://"));
    if (!web) // the loader allows only http(s); anything else is shown, never linked
        return esc(link.title) + QStringLiteral(" (") + esc(link.url) + QLatin1Char(')') +
               second(link.titleSecond);
    return QStringLiteral("<a href=\"%1\">%2</a> (%1)").arg(esc(link.url), esc(link.title)) +
           second(link.titleSecond);
}

QString domainTable(const QList<DomainRow> &rows, const Words &words)
{
    QString h = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "width=\"100%\">\n<tr>");
    for (const QString &head :
         {ReportPdf::tr("Area"), ReportPdf::tr("Score"), ReportPdf::tr("Points"),
          ReportPdf::tr("Level"), ReportPdf::tr("Your self-rating")})
        h += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(head));
    h += QStringLiteral("</tr>\n");
    for (const DomainRow &row : rows) {
        const QString percent =
            row.percent ? words.percent(*row.percent) : ReportPdf::tr("not scored");
        const QString points = row.max > 0 ? words.points(row.earned, row.max) : QString();
        const QString rating = row.selfRating ? words.rating(*row.selfRating) : QString();
        // The level's description (what it means for the learner) under the level.
        const QString meaning = row.levelDescription.isEmpty()
                                    ? QString()
                                    : QStringLiteral("<br/>%1").arg(esc(row.levelDescription)) +
                                          second(row.levelDescriptionSecond);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                 .arg(esc(row.title) + second(row.titleSecond), esc(percent), esc(points),
                      esc(row.level) + second(row.levelSecond) + meaning, esc(rating));
    }
    return h + QStringLiteral("</table>\n");
}

QString planHtml(const QList<PlanRow> &rows)
{
    if (rows.isEmpty())
        return paragraph(ReportPdf::tr("This quiz gives no recommendation for these results."));
    QString h;
    QString section;
    for (const PlanRow &row : rows) {
        if (row.kindTitle != section) {
            section = row.kindTitle;
            h += QStringLiteral("<h3>%1</h3>\n").arg(esc(section));
        }
        h += QStringLiteral("<p><b>%1</b>%2</p>\n").arg(esc(row.title), second(row.titleSecond));
        if (!row.text.isEmpty())
            h += QStringLiteral("<p>%1%2</p>\n").arg(escLines(row.text), second(row.textSecond));
        if (!row.reasons.isEmpty()) {
            QStringList reasons;
            for (const QString &reason : row.reasons)
                reasons.append(esc(reason));
            //: followed by the conditions that selected a recommendation
            h += QStringLiteral("<p><i>%1</i> %2</p>\n")
                     .arg(esc(ReportPdf::tr("Why:")), reasons.join(QStringLiteral("; ")));
        }
        if (!row.links.isEmpty()) {
            h += QStringLiteral("<ul>\n");
            for (const PlanLink &link : row.links)
                h += QStringLiteral("<li>%1</li>\n").arg(linkHtml(link));
            h += QStringLiteral("</ul>\n");
        }
    }
    return h;
}

QString costlyHtml(const QList<DomainRow> &rows)
{
    QString h;
    for (const DomainRow &row : rows) {
        if (row.costlyItems.isEmpty())
            continue;
        h += QStringLiteral("<h3>%1%2</h3>\n<ul>\n").arg(esc(row.title), second(row.titleSecond));
        for (const CostlyItem &item : row.costlyItems) {
            h += QStringLiteral("<li>%1%2").arg(escLines(item.prompt), second(item.promptSecond));
            if (!item.explanation.isEmpty())
                h += QStringLiteral("<br/><i>%1</i>%2")
                         .arg(escLines(item.explanation), second(item.explanationSecond));
            h += QStringLiteral("</li>\n");
        }
        h += QStringLiteral("</ul>\n");
    }
    return h;
}

} // namespace

ReportPdf::ReportPdf(QObject *parent) : QObject(parent) {}

void ReportPdf::setResults(AttemptResults *results)
{
    followResults(this, m_source, results, &ReportPdf::resultsChanged);
}

QString ReportPdf::suggestedFileName() const
{
    const FinishedAttempt *attempt = m_source ? m_source->attempt().get() : nullptr;
    return attempt ? suggestedFileNameFor(attempt->profileName, attempt->takenAt())
                   : suggestedFileNameFor({}, {});
}

QString ReportPdf::suggestedFileNameFor(const QString &profileName, const QDateTime &takenAt)
{
    // A learner's name may hold anything; keep the file name portable.
    QString name;
    for (const QChar c : profileName.simplified())
        name += (c.isPrint() && !QStringLiteral("\\/:*?\"<>|").contains(c)) ? c : QChar(u'_');
    name = name.left(60).trimmed();
    QStringList parts{QStringLiteral("HIT Ready")};
    if (!name.isEmpty())
        parts.append(name);
    if (takenAt.isValid())
        parts.append(takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    return parts.join(QStringLiteral(" - ")) + QStringLiteral(".pdf");
}

void ReportPdf::setLanguage(const QString &language)
{
    if (language == m_reading.first)
        return;
    m_reading.first = language;
    emit languageChanged();
}

void ReportPdf::setSecondLanguage(const QString &language)
{
    if (language == m_reading.second)
        return;
    m_reading.second = language;
    emit secondLanguageChanged();
}

QStringList ReportPdf::draftLanguages(const Quiz &quiz, const Reading &reading)
{
    QStringList drafts;
    for (const QString &language : {reading.first, reading.second}) {
        // The quiz's own language is the original, never a translation.
        const auto translation = quiz.translations.constFind(language);
        if (language.isEmpty() || language == quiz.language || drafts.contains(language) ||
            translation == quiz.translations.cend() ||
            translation->status != Translation::Status::Draft)
            continue;
        drafts.append(language);
    }
    return drafts;
}

QString ReportPdf::html(const FinishedAttempt &attempt, const Reading &reading, bool withAnswers)
{
    const Quiz &quiz = attempt.quiz;
    const QList<DomainRow> rows = domainRows(quiz, attempt.report, reading);
    const ShownText title = show(quiz.title, reading, quiz.language);
    QString h = QStringLiteral("<html><body>\n");
    h += QStringLiteral("<h1>%1%2</h1>\n").arg(esc(title.first), second(title.second));
    for (const QString &language : draftLanguages(quiz, reading)) {
        const QString note = quiz.translations.value(language).note;
        //: %1 = the name of a language, e.g. "Español"; the notice of a draft translation follows
        h += QStringLiteral("<p style=\"%1\"><b>%2</b> %3%4</p>\n")
                 .arg(QStringLiteral("color:#7a4100"),
                      esc(tr("%1:").arg(DisplaySettings::languageName(language))),
                      esc(tr("This translation has not yet been checked by a fluent reviewer.")),
                      note.isEmpty() ? QString() : QLatin1Char(' ') + esc(note));
    }
    //: %1 the learner's name
    h += paragraph(tr("Learner: %1").arg(attempt.profileName));
    //: %1 the date and time the quiz was submitted
    h += paragraph(
        tr("Taken: %1")
            .arg(QLocale().toString(attempt.takenAt().toLocalTime(), QLocale::LongFormat)));
    if (!quiz.version.isEmpty())
        //: %1 the quiz author's version label, e.g. "2026.1"
        h += paragraph(tr("Quiz version: %1").arg(quiz.version));
    h += paragraph(ResultSummary::disclaimer(), QStringLiteral("color:#444444"));

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Results")));
    if (attempt.report.overallPercent) {
        const ShownText level = attempt.report.overallLevel
                                    ? show(*attempt.report.overallLevel, reading, quiz.language)
                                    : ShownText{};
        const QString overall =
            Words(reading.first).percentWithLevel(attempt.report.overallPercent, level.first);
        //: %1 the overall percent, possibly followed by its level
        h += QStringLiteral("<p><b>%1</b>%2</p>\n")
                 .arg(esc(tr("Overall: %1").arg(overall)), second(level.second));
        const ShownText meaning =
            levelDescription(quiz, quiz.levels, attempt.report.overallPercent, reading);
        if (!meaning.first.isEmpty())
            h += QStringLiteral("<p>%1%2</p>\n").arg(esc(meaning.first), second(meaning.second));
    }
    h += paragraph(AttemptShapeText::attempt(attempt.shape()));
    h += domainTable(rows, Words(reading.first));
    for (const DomainRow &row : rows)
        h += paragraph(row.selfRatingGap);
    h += paragraph(ResultSummary::straightLiningSentence(attempt.selfRatings()));

    const QString costly = costlyHtml(rows);
    if (!costly.isEmpty())
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("What cost the most points"))) + costly;

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Next steps")));
    h += planHtml(planRows(quiz, attempt.plan, reading));
    if (withAnswers) {
        //: the report section with every question, the learner's answer and the right one
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Your answers")));
        h += answerReviewHtml(reviewRows(attempt, reading));
    }
    return h + QStringLiteral("</body></html>\n");
}

bool ReportPdf::writePdf(const QString &html, const QString &title, const QString &filePath,
                         QString *error)
{
    // QPdfWriter closes the device it writes to, which a QSaveFile does not allow: lay the
    // PDF out in memory, then replace the file in one step.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("HIT Ready"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(filePath, file.errorString());
        return false;
    }
    return true;
}

QString ReportPdf::currentHtml() const
{
    const FinishedAttempt *attempt = m_source ? m_source->attempt().get() : nullptr;
    return attempt ? html(*attempt, m_reading, m_includeAnswers) : QString();
}

bool ReportPdf::save(const QString &filePath)
{
    const QString path = PdfFile::path(filePath);
    const FinishedAttempt *attempt = m_source ? m_source->attempt().get() : nullptr;
    const qint64 attemptId = attempt ? attempt->record.id : 0;
    QString error;
    if (!attempt)
        error = m_source && !m_source->errorText().isEmpty() ? m_source->errorText()
                                                             : tr("No results are shown.");
    if (attempt &&
        writePdf(currentHtml(), show(attempt->quiz.title, m_reading, attempt->quiz.language).first,
                 path, &error)) {
        qCInfo(lcUi) << "report of attempt" << attemptId << "saved to" << path;
        setError({});
        return true;
    }
    qCWarning(lcUi) << "report of attempt" << attemptId << "not saved:" << error;
    //: %1 the reason
    setError(tr("The report was not saved: %1").arg(error));
    return false;
}

void ReportPdf::setIncludeAnswers(bool include)
{
    if (include == m_includeAnswers)
        return;
    m_includeAnswers = include;
    emit includeAnswersChanged();
}

void ReportPdf::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorTextChanged();
}

} // namespace hitready
