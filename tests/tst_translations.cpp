// The interface translations (app/i18n/hitready_<code>.ts): every shipped file is complete and
// keeps the source's placeholders, plural forms and markup; the compiled words load from
// :/i18n and give the expected words; appLanguages() offers exactly the shipped languages.

#include "apptranslations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace hitready;

namespace {

const QString i18nDir = QStringLiteral(HITREADY_I18N_DIR);

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;      // "" when finished, else "unfinished", "vanished", "obsolete"
    QStringList forms; // one text, or one per plural form
    qint64 line = 0;
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message")
            ts.messages.append(message);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1StringView("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            message.line = xml.lineNumber();
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (!message.numerus)
                message.forms = {xml.readElementText()};
        } else if (name == u"numerusform") {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList shippedTsFiles()
{
    return QDir(i18nDir).entryList({QStringLiteral("hitready_*.ts")}, QDir::Files, QDir::Name);
}

// Plural forms by Qt's rules: Hmong has no Qt locale and falls to the one-form rule, which
// is right for it (number is said with words, not endings).
int pluralForms(const QString &language)
{
    return language == u"hmn" ? 1 : 2;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:\\d+|n)"));
    QStringList found;
    for (const auto &match : placeholder.globalMatch(text))
        found.append(match.captured());
    found.removeDuplicates();
    return found;
}

QStringList markup(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][^>]*>|&[a-zA-Z]"));
    QStringList found;
    for (const auto &match : tag.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void compiledWords_data();
    void compiledWords();
    void translateInstalledLanguage_data();
    void translateInstalledLanguage();
    void appLanguagesAreTheShippedOnes();

    void cleanup() { useAppLanguage(QStringLiteral("en")); }
};

void TestTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::addColumn<int>("atLeast"); // entries: guards against an emptied file

    QTest::newRow("English plurals") << "hitready_en.ts"
                                     << "en" << true << 15;
    QTest::newRow("Spanish") << "hitready_es.ts"
                             << "es" << false << 300;
    QTest::newRow("Hmong") << "hitready_hmn.ts"
                           << "hmn" << false << 300;
}

void TestTranslations::tsFileIsComplete()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    QFETCH(int, atLeast);

    const TsFile ts = readTs(i18nDir + u'/' + file);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    QVERIFY2(ts.messages.size() >= atLeast, qPrintable(QString::number(ts.messages.size())));

    QStringList problems;
    for (const Message &m : ts.messages) {
        const QString where =
            QStringLiteral("%1:%2 %3 \"%4\": ").arg(file).arg(m.line).arg(m.context, m.source);
        if (pluralOnly && !m.numerus)
            continue; // English needs words only where a count changes them
        if (!m.type.isEmpty()) {
            problems.append(where + m.type);
            continue;
        }
        if (m.numerus && m.forms.size() != pluralForms(language))
            problems.append(where + QStringLiteral("%1 plural forms").arg(m.forms.size()));
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problems.append(where + QStringLiteral("empty"));
                continue;
            }
            for (const QString &placeholder : placeholders(m.source)) {
                if (!form.contains(placeholder))
                    problems.append(where + placeholder + QStringLiteral(" missing in ") + form);
            }
            if (markup(form) != markup(m.source))
                problems.append(where + QStringLiteral("markup differs in ") + form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::compiledWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count"); // -1: not a plural
    QTest::addColumn<QString>("expected");

    QTest::newRow("es button") << "es"
                               << "ReviewPage"
                               << "Yes" << -1 << "Sí";
    QTest::newRow("es glossary: attempt") << "es"
                                          << "hitready::QuizStatisticsModel"
                                          << "Attempts" << -1 << "Intentos";
    QTest::newRow("es one") << "es"
                            << "AttemptShapeText"
                            << "%n questions" << 1 << "%n pregunta";
    QTest::newRow("es many") << "es"
                             << "AttemptShapeText"
                             << "%n questions" << 5 << "%n preguntas";
    QTest::newRow("es zero is plural") << "es"
                                       << "AttemptShapeText"
                                       << "%n minutes" << 0 << "%n minutos";
    QTest::newRow("hmn button") << "hmn"
                                << "QuizPage"
                                << "Next" << -1 << "Tom ntej";
    QTest::newRow("hmn glossary: flag") << "hmn"
                                        << "QuizPage"
                                        << "Flag for review" << -1 << "Cim kom rov saib";
    QTest::newRow("hmn one") << "hmn"
                             << "AttemptShapeText"
                             << "%n questions" << 1 << "%n lo lus nug";
    QTest::newRow("hmn many, same form") << "hmn"
                                         << "AttemptShapeText"
                                         << "%n questions" << 7 << "%n lo lus nug";
    QTest::newRow("en one") << "en"
                            << "AttemptShapeText"
                            << "%n questions" << 1 << "%n question";
    QTest::newRow("en many") << "en"
                             << "AttemptShapeText"
                             << "%n questions" << 2 << "%n questions";
}

void TestTranslations::compiledWords()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, count);
    QFETCH(QString, expected);

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/hitready_%1.qm").arg(language)));
    QCOMPARE(translator.language(), language);
    QCOMPARE(translator.translate(qPrintable(context), qPrintable(source), nullptr, count),
             expected);
}

void TestTranslations::translateInstalledLanguage_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QString>("words");   // ReviewPage "Submit my answers"
    QTest::addColumn<QString>("counted"); // AttemptShapeText "%n questions" for 3

    QTest::newRow("es") << "es"
                        << "es"
                        << "Entregar mis respuestas"
                        << "3 preguntas";
    QTest::newRow("hmn") << "hmn"
                         << "hmn"
                         << "Xa kuv cov lus teb"
                         << "3 lo lus nug";
    QTest::newRow("en") << "en"
                        << "en"
                        << "Submit my answers"
                        << "3 questions";
    QTest::newRow("unknown falls to en") << "fr"
                                         << "en"
                                         << "Submit my answers"
                                         << "3 questions";
}

void TestTranslations::translateInstalledLanguage()
{
    QFETCH(QString, requested);
    QFETCH(QString, installed);
    QFETCH(QString, words);
    QFETCH(QString, counted);

    QCOMPARE(useAppLanguage(requested), installed);
    QCOMPARE(QCoreApplication::translate("ReviewPage", "Submit my answers"), words);
    QCOMPARE(QCoreApplication::translate("AttemptShapeText", "%n questions", nullptr, 3), counted);
}

void TestTranslations::appLanguagesAreTheShippedOnes()
{
    QCOMPARE(appLanguages(), (QStringList{"en", "es", "hmn"}));
    // Each shipped .ts is compiled into :/i18n, so it is offered.
    for (const QString &file : shippedTsFiles()) {
        const QString code = file.mid(9, file.size() - 12); // "hitready_" ... ".ts"
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/hitready_%1.qm").arg(code)),
                 qPrintable(file));
        QVERIFY2(appLanguages().contains(code), qPrintable(code));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
