// The PDF report: written, a real PDF, carrying the learner's results and plan, and never
// passing quiz or learner text through as markup.

#include "apptranslations.h"
#include "pdffile.h"
#include "reportpdf.h"
#include "resultsummary.h"
#include "session.h"

#include <QFile>
#include <QProcess>
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
    coding.levels = {{0, en(QStringLiteral("Emerging"))}, {75, en(QStringLiteral("Ready"))}};
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
    q.levels = {{0, en(QStringLiteral("Not yet"))}, {70, en(QStringLiteral("Ready"))}};
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
          QStringLiteral("4 of 5"), QStringLiteral("Take an introductory coding course"),
          QStringLiteral("Your score in Medical coding familiarity, 0%, is at most 60%."),
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

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
