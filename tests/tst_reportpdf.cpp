// The PDF report: written, a real PDF, carrying the learner's results and plan, and never
// passing quiz or learner text through as markup.

#include "apptranslations.h"
#include "displaysettings.h"
#include "pdffile.h"
#include "reportpdf.h"
#include "resultsummary.h"
#include "session.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace hitready;

namespace {

const QString hostile =
    QStringLiteral("<script>alert(1)</script><img src=http://evil.example/x.png>");

Text en(const QString &s)
{
    return Text::plain(QStringLiteral("en"), s);
}

Quiz quiz(const QString &title = QStringLiteral("Mini readiness"))
{
    Quiz q;
    q.id = QStringLiteral("mini");
    q.title = en(title);
    q.version = QStringLiteral("2026.1");
    Domain coding;
    coding.id = QStringLiteral("coding");
    coding.title = en(QStringLiteral("Medical coding familiarity"));
    coding.levels = {{0, en(QStringLiteral("Emerging")),
                      en(QStringLiteral("A coding course is the usual first step."))},
                     {75, en(QStringLiteral("Ready"))}};
    q.domains = {coding};
    Item single;
    single.id = QStringLiteral("cod-01");
    single.domain = coding.id;
    single.prompt = en(QStringLiteral("Which code set is for inpatient procedures?"));
    single.explanation = en(QStringLiteral("ICD-10-PCS covers inpatient procedures."));
    for (const char *id : {"a", "b"}) {
        Option o;
        o.id = QLatin1String(id);
        o.text = en(o.id);
        o.correct = o.id == QLatin1String("b");
        single.options.append(o);
    }
    Item rating;
    rating.id = QStringLiteral("cod-02");
    rating.domain = coding.id;
    rating.type = ItemType::Likert;
    rating.prompt = en(QStringLiteral("How familiar are you with codes?"));
    for (int r = 1; r <= 5; ++r)
        rating.anchors.append(en(QString::number(r)));
    q.items = {single, rating};
    q.levels = {{0, en(QStringLiteral("Not yet")), en(QStringLiteral("Start with the basics."))},
                {70, en(QStringLiteral("Ready"))}};
    Recommendation r;
    r.id = QStringLiteral("coding-course");
    r.kind = RecommendationKind::Course;
    r.title = en(QStringLiteral("Take an introductory coding course"));
    r.text = en(QStringLiteral("Start with ICD-10-CM basics."));
    Condition low;
    low.kind = Condition::Kind::DomainPercent;
    low.domain = coding.id;
    low.max = 60;
    r.when = low;
    r.links = {{en(QStringLiteral("AHIMA")), QStringLiteral("https://www.ahima.org/")}};
    q.recommendations = {r};
    return q;
}

const QString draftNotice =
    QStringLiteral("This translation has not yet been checked by a fluent reviewer.");
// How the report sets the second language apart (reportpdf.cpp).
const QString secondSpan =
    QStringLiteral("<span style=\"color:#555555; font-style:italic; font-weight:normal\">");

void addText(Text &text, const QString &language, const QString &words)
{
    text.byLanguage.insert(language, words);
}

// quiz() with Spanish (a draft, with a note) beside its texts, except the explanation of
// cod-01 and the link title (the same words in both); Hmong is listed as reviewed.
Quiz bilingualQuiz()
{
    Quiz q = quiz();
    const QString es = QStringLiteral("es");
    addText(q.title, es, QStringLiteral("Preparación mini"));
    addText(q.domains[0].title, es, QStringLiteral("Familiaridad con la codificación médica"));
    addText(q.domains[0].levels[0].label, es, QStringLiteral("Inicial"));
    addText(q.domains[0].levels[1].label, es, QStringLiteral("Lista"));
    addText(q.levels[0].label, es, QStringLiteral("Todavía no"));
    addText(q.levels[0].description, es, QStringLiteral("Empiece por lo básico."));
    addText(q.domains[0].levels[0].description, es,
            QStringLiteral("Un curso de codificación es el primer paso habitual."));
    addText(q.levels[1].label, es, QStringLiteral("Lista"));
    addText(q.items[0].prompt, es,
            QStringLiteral("¿Qué sistema de códigos es para los procedimientos hospitalarios?"));
    addText(q.items[1].prompt, es, QStringLiteral("¿Conoce los códigos?"));
    addText(q.recommendations[0].title, es,
            QStringLiteral("Tome un curso de introducción a la codificación"));
    addText(q.recommendations[0].text, es, QStringLiteral("Empiece con lo básico de ICD-10-CM."));
    addText(q.recommendations[0].links[0].title, es, QStringLiteral("AHIMA"));
    q.translations.insert(
        es, {Translation::Status::Draft, QStringLiteral("Traducción <b>automática</b>.")});
    q.translations.insert(QStringLiteral("hmn"), {Translation::Status::Reviewed, {}});
    return q;
}

// A finished attempt of `q`: cod-01 wrong (coding 0%), self-rating 4.
std::unique_ptr<FinishedAttempt> finished(const Quiz &q)
{
    auto attempt = std::make_unique<FinishedAttempt>();
    attempt->quiz = q;
    attempt->report = score(q, Responses{{QStringLiteral("cod-01"), Answer{QStringLiteral("a")}},
                                         {QStringLiteral("cod-02"), Answer{4}}});
    attempt->plan = recommend(attempt->quiz, attempt->report);
    attempt->profileName = QStringLiteral("Ana");
    attempt->record.started = QDateTime::currentDateTimeUtc();
    return attempt;
}

// Every number the report gives (percents, points, ratings), in order.
QStringList numbersOf(const QString &html)
{
    static const QRegularExpression number(
        QStringLiteral(R"(\d+(\.\d+)?%|\d+(\.\d+)? / \d+(\.\d+)?|\d+(\.\d+)? of 5)"));
    QStringList numbers;
    for (const QRegularExpressionMatch &match : number.globalMatch(html))
        numbers.append(match.captured());
    return numbers;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(installAppTranslations(QCoreApplication::instance())); }
    void init();
    void savesAPdfWithResultsAndPlan();
    void acceptsAFileUrl();
    void pdfPath_data();
    void pdfPath();
    void savedNoteNamesFolderAndFile();
    void addsPdfSuffixWhenMissing();
    void failuresSetErrorText();
    void quizAndLearnerTextIsEscaped();
    void suggestedFileName_data();
    void suggestedFileName();
    void suggestedFileNameFollowsTheAttempt();
    void bothLanguagesSideBySide();
    void draftTranslationNotice_data();
    void draftTranslationNotice();
    void sameNumbersInEveryLanguage_data();
    void sameNumbersInEveryLanguage();
    void savesInTheLanguagesChosen();

private:
    qint64 take(const Quiz &quiz);
    // The attempt as a results screen loads it, for the PDF to share.
    std::unique_ptr<AttemptResults> load(qint64 attemptId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage> m_storage;
    qint64 m_profile = 0;
};

void TestReportPdf::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_storage = *Storage::open(m_dir->filePath(QStringLiteral("hitready.sqlite")));
    QVERIFY(m_storage);
    m_profile = m_storage->createProfile(QStringLiteral("Ana"))->id;
}

// cod-01 answered wrong (coding 0%), self-rating 4.
qint64 TestReportPdf::take(const Quiz &quiz)
{
    auto session = AttemptSession::start(*m_storage, quiz, m_profile, QuizMode::Assessment, 1);
    if (!session)
        qFatal("attempt failed: %s", qPrintable(session.errorMessage()));
    Status done = session->answer(QStringLiteral("cod-01"), Answer{QStringLiteral("a")});
    if (done)
        done = session->answer(QStringLiteral("cod-02"), Answer{4});
    if (done)
        if (const Result<Report> submitted = session->submit(); !submitted)
            done = submitted.error();
    if (!done)
        qFatal("attempt failed: %s", qPrintable(done.errorMessage()));
    return session->attemptId();
}

std::unique_ptr<AttemptResults> TestReportPdf::load(qint64 attemptId)
{
    auto results = std::make_unique<AttemptResults>();
    results->setStorage(m_storage.get());
    if (!results->load(attemptId))
        qFatal("load: %s", qPrintable(results->errorText()));
    return results;
}

void TestReportPdf::savesAPdfWithResultsAndPlan()
{
    const auto results = load(take(quiz()));
    ReportPdf pdf;
    pdf.setResults(results.get());
    const QString path = m_dir->filePath(QStringLiteral("report.pdf"));
    QVERIFY2(pdf.save(path), qPrintable(pdf.errorText()));
    QVERIFY(pdf.errorText().isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 1000);
    QCOMPARE(file.read(4), QByteArray("%PDF"));

    // What save() lays out: the same function builds the HTML.
    const QString html = ReportPdf::html(*results->attempt());
    for (const QString &expected :
         {QStringLiteral("Ana"), QStringLiteral("Mini readiness"), QStringLiteral("2026.1"),
          QStringLiteral("Medical coding familiarity"), QStringLiteral("Emerging"),
          // What the levels mean (issue 15): the domain's under its level, the overall one.
          QStringLiteral("Emerging<br/>A coding course is the usual first step."),
          QStringLiteral("<p>Start with the basics.</p>"), QStringLiteral("4 of 5"),
          QStringLiteral("Take an introductory coding course"),
          QStringLiteral("Your score in Medical coding familiarity, 0%, is 60% or less."),
          QStringLiteral("href=\"https://www.ahima.org/\""),
          QStringLiteral("ICD-10-PCS covers inpatient procedures."),
          ResultSummary::disclaimer().toHtmlEscaped(),
          // The attempt's shape, as the intro and the results screen word it.
          QStringLiteral("This attempt had 2 questions (1 scored, 1 self-rating), worth 1 point."),
          ResultSummary::selfRatingGapSentence(QStringLiteral("Medical coding familiarity"), 4, 0)})
        QVERIFY2(html.contains(expected), qPrintable(expected));

    // The PDF's own text, where poppler's pdftotext happens to be installed.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        qInfo("pdftotext not installed: the PDF text is checked through its HTML only");
        return;
    }
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Ana")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Take an introductory coding course")), qPrintable(text));
}

void TestReportPdf::acceptsAFileUrl()
{
    const auto results = load(take(quiz()));
    ReportPdf pdf;
    pdf.setResults(results.get());
    const QString path = m_dir->filePath(QStringLiteral("from url.pdf"));
    QVERIFY2(pdf.save(QUrl::fromLocalFile(path).toString()), qPrintable(pdf.errorText()));
    QVERIFY(QFile::exists(path));
}

void TestReportPdf::pdfPath_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("path");
    QTest::addRow("path without suffix") << "/tmp/report"
                                         << "/tmp/report.pdf";
    QTest::addRow("path with suffix") << "/tmp/report.pdf"
                                      << "/tmp/report.pdf";
    QTest::addRow("suffix in capitals kept") << "/tmp/REPORT.PDF"
                                             << "/tmp/REPORT.PDF";
    QTest::addRow("other suffix: .pdf added") << "/tmp/report.txt"
                                              << "/tmp/report.txt.pdf";
    QTest::addRow("dot in a folder name") << "/tmp/v1.2/report"
                                          << "/tmp/v1.2/report.pdf";
    QTest::addRow("file URL without suffix") << "file:///home/ana/My%20reports/HIT Ready - Ana"
                                             << "/home/ana/My reports/HIT Ready - Ana.pdf";
    QTest::addRow("file URL with suffix") << "file:///tmp/a.pdf"
                                          << "/tmp/a.pdf";
    QTest::addRow("name ending in pdf without dot") << "/tmp/mypdf"
                                                    << "/tmp/mypdf.pdf";
    QTest::addRow("nothing chosen") << ""
                                    << "";
}

void TestReportPdf::pdfPath()
{
    QFETCH(QString, chosen);
    QFETCH(QString, path);
    QCOMPARE(PdfFile::path(chosen), path);
}

void TestReportPdf::savedNoteNamesFolderAndFile()
{
    QCOMPARE(PdfFile::savedNote(QStringLiteral("/home/ana/Documents/HIT Ready - Ana.pdf")),
             QStringLiteral("Saved “HIT Ready - Ana.pdf” in the folder /home/ana/Documents."));
}

// A name typed without ".pdf" in a save dialog, as a file: URL: the report lands in that
// folder with the suffix added.
void TestReportPdf::addsPdfSuffixWhenMissing()
{
    const auto results = load(take(quiz()));
    ReportPdf pdf;
    pdf.setResults(results.get());
    const QString typed = m_dir->filePath(QStringLiteral("my report"));
    QVERIFY2(pdf.save(QUrl::fromLocalFile(typed).toString()), qPrintable(pdf.errorText()));
    QVERIFY(QFile::exists(typed + QStringLiteral(".pdf")));
    QVERIFY(!QFile::exists(typed));
}

void TestReportPdf::failuresSetErrorText()
{
    ReportPdf pdf;
    QSignalSpy errorChanged(&pdf, &ReportPdf::errorTextChanged);
    const QString path = m_dir->filePath(QStringLiteral("report.pdf"));
    QVERIFY(!pdf.save(path)); // no results to save
    QVERIFY(!pdf.errorText().isEmpty());
    QCOMPARE(errorChanged.count(), 1);

    AttemptResults results;
    pdf.setResults(&results);
    QVERIFY(!results.load(1)); // no storage
    QVERIFY(!pdf.save(path));
    QVERIFY2(pdf.errorText().contains(results.errorText()), qPrintable(pdf.errorText()));

    results.setStorage(m_storage.get());
    QVERIFY(!results.load(4242)); // no such attempt
    QVERIFY(!pdf.save(path));
    QVERIFY2(pdf.errorText().contains(QStringLiteral("no attempt 4242")),
             qPrintable(pdf.errorText()));
    QVERIFY(!QFile::exists(path));

    QVERIFY(results.load(take(quiz())));
    const QString unwritable = m_dir->filePath(QStringLiteral("no/such/folder/report.pdf"));
    QVERIFY(!pdf.save(unwritable));
    QVERIFY2(pdf.errorText().contains(unwritable), qPrintable(pdf.errorText()));

    QVERIFY(pdf.save(path));
    QVERIFY(pdf.errorText().isEmpty());
}

void TestReportPdf::quizAndLearnerTextIsEscaped()
{
    Quiz q = quiz(hostile);
    q.version = hostile;
    q.domains[0].title = en(hostile);
    q.recommendations[0].title = en(hostile);
    q.recommendations[0].links[0].title = en(hostile);
    q.items[0].explanation = en(hostile);
    FinishedAttempt attempt;
    attempt.quiz = q;
    attempt.report = score(q, Responses{{QStringLiteral("cod-01"), Answer{QStringLiteral("a")}}});
    attempt.plan = recommend(attempt.quiz, attempt.report);
    QCOMPARE(attempt.plan.size(), 1); // the hostile title and link are in the PDF
    attempt.profileName = hostile;
    attempt.record.started = QDateTime::currentDateTimeUtc();

    const QString html = ReportPdf::html(attempt);
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=http://evil.example/x.png&gt;")));

    // And the hostile file still gives a PDF.
    QString error;
    QVERIFY2(
        ReportPdf::writePdf(html, hostile, m_dir->filePath(QStringLiteral("hostile.pdf")), &error),
        qPrintable(error));
}

void TestReportPdf::suggestedFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDateTime>("takenAt");
    QTest::addColumn<QString>("expected");
    const QDateTime day(QDate(2026, 11, 22), QTime(12, 0), Qt::LocalTime);
    QTest::addRow("name and date")
        << QStringLiteral("Ana") << day << QStringLiteral("HIT Ready - Ana - 2026-11-22.pdf");
    QTest::addRow("unsafe characters") << QStringLiteral("a/b:c*\"d\"") << day
                                       << QStringLiteral("HIT Ready - a_b_c__d_ - 2026-11-22.pdf");
    QTest::addRow("no name") << QString() << day << QStringLiteral("HIT Ready - 2026-11-22.pdf");
    QTest::addRow("no date") << QStringLiteral("Ana") << QDateTime()
                             << QStringLiteral("HIT Ready - Ana.pdf");
}

void TestReportPdf::suggestedFileName()
{
    QFETCH(QString, name);
    QFETCH(QDateTime, takenAt);
    QFETCH(QString, expected);
    QCOMPARE(ReportPdf::suggestedFileNameFor(name, takenAt), expected);
}

void TestReportPdf::suggestedFileNameFollowsTheAttempt()
{
    const qint64 attemptId = take(quiz());
    AttemptResults results;
    results.setStorage(m_storage.get());
    ReportPdf pdf;
    QSignalSpy changed(&pdf, &ReportPdf::resultsChanged);
    pdf.setResults(&results);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(pdf.suggestedFileName(), QStringLiteral("HIT Ready.pdf"));
    QVERIFY(results.load(attemptId));
    QCOMPARE(changed.count(), 2);
    const QString today = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    QCOMPARE(pdf.suggestedFileName(), QStringLiteral("HIT Ready - Ana - %1.pdf").arg(today));
}

// Side by side: each quiz text in the first language, the second under it in grey italics;
// a text without a translation (or with the same words) once, with no empty line.
void TestReportPdf::bothLanguagesSideBySide()
{
    const auto finishedAttempt = finished(bilingualQuiz());
    const FinishedAttempt &attempt = *finishedAttempt;
    const QString html = ReportPdf::html(attempt, {QStringLiteral("en"), QStringLiteral("es")});
    const QList<std::pair<QString, QString>> pairs{
        {QStringLiteral("Mini readiness"), QStringLiteral("Preparación mini")},
        {QStringLiteral("Medical coding familiarity"),
         QStringLiteral("Familiaridad con la codificación médica")},
        {QStringLiteral("Emerging"), QStringLiteral("Inicial")},
        {QStringLiteral("Not yet"), QStringLiteral("Todavía no")},
        {QStringLiteral("Start with the basics."), QStringLiteral("Empiece por lo básico.")},
        {QStringLiteral("A coding course is the usual first step."),
         QStringLiteral("Un curso de codificación es el primer paso habitual.")},
        {QStringLiteral("Which code set is for inpatient procedures?"),
         QStringLiteral("¿Qué sistema de códigos es para los procedimientos hospitalarios?")},
        {QStringLiteral("Take an introductory coding course"),
         QStringLiteral("Tome un curso de introducción a la codificación")},
        {QStringLiteral("Start with ICD-10-CM basics."),
         QStringLiteral("Empiece con lo básico de ICD-10-CM.")}};
    for (const auto &[english, spanish] : pairs) {
        const qsizetype first = html.indexOf(english.toHtmlEscaped());
        QVERIFY2(first >= 0, qPrintable(english));
        const qsizetype second = html.indexOf(secondSpan + spanish.toHtmlEscaped(), first);
        QVERIFY2(second > first, qPrintable(spanish + QStringLiteral(" under ") + english));
    }
    // Untranslated, or the same words: once, and no empty second line.
    QCOMPARE(html.count(QStringLiteral("ICD-10-PCS covers inpatient procedures.")), 1);
    QCOMPARE(html.count(QStringLiteral(">AHIMA<")), 1);
    QVERIFY(!html.contains(secondSpan + QStringLiteral("</span>")));

    // Spanish alone: no English where Spanish exists, English where it does not.
    const QString spanish = ReportPdf::html(attempt, {QStringLiteral("es"), {}});
    QVERIFY(spanish.contains(QStringLiteral("<h1>Preparación mini</h1>")));
    QVERIFY(!spanish.contains(QStringLiteral("Mini readiness")));
    QVERIFY(!spanish.contains(secondSpan));
    QVERIFY(spanish.contains(QStringLiteral("ICD-10-PCS covers inpatient procedures.")));
    // The quiz's own language with no second: as before this feature.
    QVERIFY(!ReportPdf::html(attempt).contains(QStringLiteral("Preparación")));
}

void TestReportPdf::draftTranslationNotice_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QStringList>("drafts");
    QTest::addRow("the quiz's own") << QString() << QString() << QStringList{};
    QTest::addRow("English, the original") << "en" << QString() << QStringList{};
    QTest::addRow("Spanish, a draft") << "es" << QString() << QStringList{"es"};
    QTest::addRow("English + Spanish") << "en"
                                       << "es" << QStringList{"es"};
    QTest::addRow("Spanish + English") << "es"
                                       << "en" << QStringList{"es"};
    QTest::addRow("Hmong, reviewed") << "hmn" << QString() << QStringList{};
    QTest::addRow("Hmong + Spanish") << "hmn"
                                     << "es" << QStringList{"es"};
}

void TestReportPdf::draftTranslationNotice()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QStringList, drafts);
    const Quiz q = bilingualQuiz();
    QCOMPARE(ReportPdf::draftLanguages(q, {first, second}), drafts);
    const QString html = ReportPdf::html(*finished(q), {first, second});
    QCOMPARE(html.count(draftNotice), drafts.size());
    if (drafts.isEmpty())
        return;
    // Near the top, before the results; with the language's name and the author's note.
    const qsizetype notice = html.indexOf(draftNotice);
    QVERIFY(notice < html.indexOf(QStringLiteral("<h2>")));
    const qsizetype title = html.indexOf(QStringLiteral("</h1>"));
    const QString lead = html.mid(title, notice - title);
    const QString name = DisplaySettings::languageName(QStringLiteral("es"));
    QVERIFY2(lead.contains(QStringLiteral("<b>%1:</b>").arg(name)), qPrintable(lead));
    QVERIFY(html.contains(QStringLiteral("Traducción &lt;b&gt;automática&lt;/b&gt;.")));
    // A quiz that lists no translations has nothing to warn about.
    QVERIFY(!ReportPdf::html(*finished(quiz()), {first, second}).contains(draftNotice));
}

void TestReportPdf::sameNumbersInEveryLanguage_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addRow("en") << "en" << QString();
    QTest::addRow("es") << "es" << QString();
    QTest::addRow("en + es") << "en"
                             << "es";
    QTest::addRow("es + en") << "es"
                             << "en";
    QTest::addRow("hmn + es") << "hmn"
                              << "es";
}

void TestReportPdf::sameNumbersInEveryLanguage()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const auto finishedAttempt = finished(bilingualQuiz());
    const FinishedAttempt &attempt = *finishedAttempt;
    const QStringList numbers = numbersOf(ReportPdf::html(attempt));
    QVERIFY2(numbers.contains(QStringLiteral("0%")) && numbers.contains(QStringLiteral("0 / 1")) &&
                 numbers.contains(QStringLiteral("4 of 5")),
             qPrintable(numbers.join(QStringLiteral(", "))));
    QCOMPARE(numbersOf(ReportPdf::html(attempt, {first, second})), numbers);
}

// "Save as PDF" on the results screen: the report follows the languages the screen shows.
void TestReportPdf::savesInTheLanguagesChosen()
{
    const auto results = load(take(bilingualQuiz()));
    ReportPdf pdf;
    pdf.setResults(results.get());
    QSignalSpy language(&pdf, &ReportPdf::languageChanged);
    QSignalSpy second(&pdf, &ReportPdf::secondLanguageChanged);
    pdf.setLanguage(QStringLiteral("es"));
    pdf.setSecondLanguage(QStringLiteral("en"));
    pdf.setSecondLanguage(QStringLiteral("en"));
    QCOMPARE(language.count(), 1);
    QCOMPARE(second.count(), 1);
    const QString html = pdf.currentHtml();
    QCOMPARE(html,
             ReportPdf::html(*results->attempt(), {QStringLiteral("es"), QStringLiteral("en")},
                             pdf.includeAnswers()));
    QVERIFY(html.indexOf(QStringLiteral("Preparación mini")) <
            html.indexOf(secondSpan + QStringLiteral("Mini readiness")));
    const QString path = m_dir->filePath(QStringLiteral("bilingual.pdf"));
    QVERIFY2(pdf.save(path), qPrintable(pdf.errorText()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(4), QByteArray("%PDF"));
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
