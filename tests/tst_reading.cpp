// show(): which words a learner sees for a text, in one language or two side by side.
#include "reading.h"

#include <QTest>

using namespace hitready;

class TestReading : public QObject
{
    Q_OBJECT

private slots:
    void show_data();
    void show();
    void contentLanguagesPutTheQuizLanguageFirst();
};

namespace {

Text text(std::initializer_list<std::pair<QString, QString>> entries)
{
    Text t;
    for (const auto &[language, value] : entries)
        t.byLanguage.insert(language, value);
    return t;
}

} // namespace

void TestReading::show_data()
{
    QTest::addColumn<Text>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<ShownText>("expected");

    const Text three =
        text({{"en", "Privacy"}, {"es", "Privacidad"}, {"hmn", "Kev ceev ntiag tug"}});
    QTest::newRow("quiz language by default")
        << three << QString() << QString() << ShownText{"Privacy", "en", {}, {}};
    QTest::newRow("first language")
        << three << "es" << QString() << ShownText{"Privacidad", "es", {}, {}};
    QTest::newRow("side by side") << three << "hmn"
                                  << "en"
                                  << ShownText{"Kev ceev ntiag tug", "hmn", "Privacy", "en"};
    QTest::newRow("missing first falls back to the quiz language")
        << text({{"en", "HIPAA"}, {"es", "HIPAA (ley)"}}) << "hmn"
        << "es" << ShownText{"HIPAA", "en", "HIPAA (ley)", "es"};
    QTest::newRow("missing second shows nothing more") << text({{"en", "RHIT"}}) << "es"
                                                       << "en" << ShownText{"RHIT", "en", {}, {}};
    QTest::newRow("second same as first language") << three << "en"
                                                   << "en" << ShownText{"Privacy", "en", {}, {}};
    QTest::newRow("second equal words are not repeated")
        << text({{"en", "ICD-10-CM"}, {"es", "ICD-10-CM"}}) << "es"
        << "en" << ShownText{"ICD-10-CM", "es", {}, {}};
    QTest::newRow("no quiz language: the first there is")
        << text({{"es", "Solo"}}) << "hmn" << QString() << ShownText{"Solo", "es", {}, {}};
    QTest::newRow("empty text") << Text() << "es"
                                << "en" << ShownText{};
}

void TestReading::show()
{
    QFETCH(Text, text);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(ShownText, expected);
    const ShownText shown = hitready::show(text, Reading{first, second}, QStringLiteral("en"));
    QCOMPARE(shown.first, expected.first);
    QCOMPARE(shown.firstLanguage, expected.firstLanguage);
    QCOMPARE(shown.second, expected.second);
    QCOMPARE(shown.secondLanguage, expected.secondLanguage);
    QCOMPARE(shown.spoken(),
             expected.second.isEmpty() ? expected.first : expected.first + '\n' + expected.second);
}

void TestReading::contentLanguagesPutTheQuizLanguageFirst()
{
    Quiz quiz;
    quiz.language = QStringLiteral("es");
    quiz.title = text({{"es", "Prueba"}, {"en", "Quiz"}});
    Item item;
    item.prompt = text({{"es", "¿Qué?"}, {"hmn", "Dab tsi?"}});
    quiz.items.append(item);
    QCOMPARE(contentLanguages(quiz), (QStringList{"es", "en", "hmn"}));
    quiz.translations.insert(QStringLiteral("fr"), Translation{});
    QCOMPARE(contentLanguages(quiz), (QStringList{"es", "en", "fr", "hmn"}));
}

QTEST_APPLESS_MAIN(TestReading)
#include "tst_reading.moc"
