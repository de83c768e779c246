// The instructor view's "Import a question bank…" (QuestionBankImport): a bank becomes a new
// quiz file in the quiz folder that loads, never over a file that is there; a bank that cannot
// be read, or is not one, writes nothing and says why with its lines.

#include "loader.h"
#include "questionbankimport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;

namespace {

const QString fixtures = QStringLiteral(HITREADY_FIXTURES);

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestQuestionBankImport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_folder = m_dir->filePath(QStringLiteral("my quizzes"));
        m_import.setFolder(m_folder);
    }

    void giftBankBecomesAQuizFileThatLoads()
    {
        QSignalSpy finished(&m_import, &QuestionBankImport::finished);
        QVERIFY(m_import.importFile(QUrl::fromLocalFile(fixtures + "/gift/choices.gift")));
        QCOMPARE(finished.size(), 1);
        QVERIFY(m_import.succeeded());
        QCOMPARE(m_import.writtenPath(), m_folder + QStringLiteral("/choices.yaml"));
        QCOMPARE(filesIn(m_folder), QStringList{QStringLiteral("choices.yaml")});
        const Result<Quiz> quiz = loadQuizFile(m_import.writtenPath());
        QVERIFY2(quiz, qPrintable(quiz.errorMessage()));
        QCOMPARE(quiz->items.size(), 5);
        QFile written(m_import.writtenPath());
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readLine().startsWith("# Imported from choices.gift by HIT Ready."));
        QVERIFY2(m_import.summary().startsWith(
                     QStringLiteral("5 questions imported into %1.").arg(m_import.writtenPath())),
                 qPrintable(m_import.summary()));
        // The weight that did not come across, at its line and column in the bank.
        QVERIFY2(m_import.details().join('\n').contains(QStringLiteral(
                     "choices.gift:18:123: the weight -100% of 'Employers' becomes -33.33%")),
                 qPrintable(m_import.details().join('\n')));
        QVERIFY(m_import.summary().contains(
            QStringLiteral("%1 things did not come across").arg(m_import.details().size())));
    }

    void aSecondImportKeepsTheFirst()
    {
        const QUrl bank = QUrl::fromLocalFile(fixtures + "/gift/choices.gift");
        QVERIFY(m_import.importFile(bank));
        QFile first(m_import.writtenPath());
        QVERIFY(first.open(QIODevice::ReadWrite));
        first.write("# edited by the author\n");
        first.close();
        QVERIFY(m_import.importFile(bank));
        QCOMPARE(m_import.writtenPath(), m_folder + QStringLiteral("/choices-2.yaml"));
        QVERIFY(m_import.importFile(bank));
        QCOMPARE(m_import.writtenPath(), m_folder + QStringLiteral("/choices-3.yaml"));
        QFile kept(m_folder + QStringLiteral("/choices.yaml"));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readLine(), QByteArray("# edited by the author\n"));
    }

    void moodleXmlBank()
    {
        QVERIFY2(m_import.importFile(QUrl::fromLocalFile(fixtures + "/moodle/" + m_moodle)),
                 qPrintable(m_import.summary() + m_import.details().join('\n')));
        QVERIFY(loadQuizFile(m_import.writtenPath()));
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("detail");
        QTest::newRow("GIFT that does not parse")
            << "broken.gift" << QByteArray("::q1:: Which? {=one ~two\n")
            << "broken.gift could not be read as gift; nothing was imported."
            << "broken.gift:1:";
        QTest::newRow("XML with a DOCTYPE")
            << "laughs.xml"
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY a \"aaaa\">]>\n"
                          "<quiz><question type=\"truefalse\"/></quiz>\n")
            << "laughs.xml could not be read as moodle; nothing was imported."
            << "laughs.xml:2:";
        QTest::newRow("not a bank")
            << "notes.pdf" << QByteArray("%PDF-1.4\n")
            << "notes.pdf is not a question bank HIT Ready reads" << QString();
        QTest::newRow("a zip that is not one")
            << "bank.zip" << QByteArray("PK\x03\x04 truncated")
            << "bank.zip could not be read as qti3; nothing was imported." << QString();
    }
    void refusalsWriteNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, summary);
        QFETCH(QString, detail);
        const QString path = m_dir->filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QVERIFY(m_import.importFile(QUrl::fromLocalFile(fixtures + "/gift/choices.gift")));
        const QStringList before = filesIn(m_folder);

        QSignalSpy finished(&m_import, &QuestionBankImport::finished);
        QVERIFY(!m_import.importFile(QUrl::fromLocalFile(path)));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!m_import.succeeded());
        QVERIFY(m_import.writtenPath().isEmpty());
        QVERIFY2(m_import.summary().startsWith(summary), qPrintable(m_import.summary()));
        if (!detail.isEmpty())
            QVERIFY2(m_import.details().join('\n').contains(detail),
                     qPrintable(m_import.details().join('\n')));
        QCOMPARE(filesIn(m_folder), before);
    }

    void overTheQuizLimitIsNotRead()
    {
        const QString path = m_dir->filePath(QStringLiteral("huge.gift"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(maxQuizFileBytes + 1));
        file.close();
        QVERIFY(!m_import.importFile(QUrl::fromLocalFile(path)));
        QCOMPARE(m_import.summary(), QStringLiteral("huge.gift is over the 16 MiB limit of a quiz "
                                                    "file; nothing was imported."));
        QVERIFY(filesIn(m_folder).isEmpty());
    }

    void aMissingFile()
    {
        QVERIFY(!m_import.importFile(QUrl::fromLocalFile(m_dir->filePath("gone.gift"))));
        QVERIFY2(m_import.summary().startsWith(QStringLiteral("gone.gift cannot be read: ")),
                 qPrintable(m_import.summary()));
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_folder;
    QuestionBankImport m_import;
    const QString m_moodle = QStringLiteral("bank.xml");
};

QTEST_GUILESS_MAIN(TestQuestionBankImport)
#include "tst_questionbankimport.moc"
