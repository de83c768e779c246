// The sentences built from the engine's numbers (app/words): every kind of sentence, singular and
// plural, the ends of the scale (0% and 100%), numbers written the language's way, and words
// that follow the installed translation. Two small translations compiled for this test stand in
// for HIT Ready's: tst_words_en.ts holds the English plural forms (as hitready_en.ts does) and
// tst_words_es.ts a few Spanish sentences.

#include "plan.h"
#include "words.h"

#include <QTest>
#include <QTranslator>

using namespace hitready;

namespace {

const QString en = QStringLiteral("en");
const QString es = QStringLiteral("es");

// A quiz with one domain titled in English and Spanish, and one with an English title only.
Quiz bilingualQuiz()
{
    Quiz quiz;
    quiz.language = en;
    Domain ethics;
    ethics.id = QStringLiteral("ethics");
    ethics.title.byLanguage = {{en, QStringLiteral("Ethics and privacy")},
                               {es, QStringLiteral("Ética y privacidad")}};
    Domain coding;
    coding.id = QStringLiteral("coding");
    coding.title = Text::plain(en, QStringLiteral("Coding familiarity"));
    quiz.domains = {ethics, coding};
    return quiz;
}

Reason overall(double value, std::optional<double> min, std::optional<double> max)
{
    return {Condition::Kind::Overall, {}, value, min, max};
}

Reason domain(const QString &id, double value, std::optional<double> min, std::optional<double> max)
{
    return {Condition::Kind::DomainPercent, id, value, min, max};
}

Reason selfRating(const QString &id, double value, std::optional<double> min,
                  std::optional<double> max)
{
    return {Condition::Kind::SelfRating, id, value, min, max};
}

CalibrationByLevel counted(int lowAnswered, int lowRight, int mediumAnswered, int mediumRight,
                           int highAnswered, int highRight)
{
    return {Calibration{lowAnswered, lowRight}, Calibration{mediumAnswered, mediumRight},
            Calibration{highAnswered, highRight}};
}

} // namespace

class TestWords : public QObject
{
    Q_OBJECT

    QTranslator m_english;

private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(":/tst_words/tst_words_en.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_english));
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("got");
        QTest::addColumn<QString>("expected");
        const Words english(en), spanish(es);
        QTest::addRow("percent") << english.percent(58) << "58%";
        QTest::addRow("percent rounds half up") << english.percent(58.5) << "59%";
        QTest::addRow("percent, zero") << english.percent(0) << "0%";
        QTest::addRow("percent, a hundred") << english.percent(100) << "100%";
        QTest::addRow("percent, one decimal") << english.percent(83.333, 1) << "83.3%";
        QTest::addRow("percent, one decimal, whole") << english.percent(100, 1) << "100.0%";
        QTest::addRow("percent, Spanish decimal comma") << spanish.percent(83.333, 1) << "83,3%";
        QTest::addRow("no percent") << english.percentOrNone(std::nullopt) << "no scored items";
        QTest::addRow("points") << english.points(3.7, 15) << "3.7 / 15";
        QTest::addRow("points, repeating") << english.points(2.0 / 3, 2) << "0.7 / 2";
        QTest::addRow("points, a third of 11") << english.points(11.0 / 3, 15) << "3.7 / 15";
        QTest::addRow("points, whole") << english.points(12, 15) << "12 / 15";
        QTest::addRow("points, all") << english.points(15, 15) << "15 / 15";
        QTest::addRow("points, just short of all") << english.points(14.96, 15) << "14.96 / 15";
        QTest::addRow("points, a little above none") << english.points(0.04, 15) << "0.04 / 15";
        QTest::addRow("points, of a fractional maximum")
            << english.points(1.25, 2.5) << "1.3 / 2.5";
        QTest::addRow("percent, just short of a hundred") << english.percent(99.6) << "99.6%";
        QTest::addRow("percent, very close to a hundred") << english.percent(99.96) << "99.96%";
        QTest::addRow("percent, just above zero") << english.percent(0.4) << "0.4%";
        QTest::addRow("percent, one decimal, just short of a hundred")
            << english.percent(99.97, 1) << "99.97%";
        QTest::addRow("percent, 58.3 shows as 58") << english.percent(58.33) << "58%";
        QTest::addRow("points 0") << english.points(0, 4) << "0 / 4";
        QTest::addRow("points, Spanish") << spanish.points(3.7, 15) << "3,7 / 15";
        QTest::addRow("number, thousands") << english.number(1234.5) << "1,234.5";
        QTest::addRow("number, no minus zero") << english.number(-0.001) << "0";
        QTest::addRow("rating, whole") << english.rating(4) << "4 of 5";
        QTest::addRow("rating, a mean") << english.rating(3.46) << "3.5 of 5";
        QTest::addRow("rating, Spanish") << spanish.rating(3.5) << "3,5 of 5";
        QTest::addRow("level") << english.percentWithLevel(58, QStringLiteral("Developing"))
                               << "58% (Developing)";
        QTest::addRow("level at a hundred percent")
            << english.percentWithLevel(100, QStringLiteral("Ready"), 1) << "100.0% (Ready)";
        QTest::addRow("no level") << english.percentWithLevel(58, QString()) << "58%";
        QTest::addRow("no percent, no level")
            << english.percentWithLevel(std::nullopt, QStringLiteral("Ready")) << "no scored items";
    }
    void numbers()
    {
        QFETCH(QString, got);
        QFETCH(QString, expected);
        QCOMPARE(got, expected);
    }

    // One sentence per kind of condition and combination of bounds; the learner's number as
    // precise as the bound needs; domain titles in the reading's language.
    void reasons_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<QString>("expected");
        const QString ethics = QStringLiteral("ethics"), coding = QStringLiteral("coding");
        QTest::addRow("overall, at least")
            << en << overall(72, 70, {}) << "Your overall score, 72%, is 70% or more.";
        QTest::addRow("overall, at least, a hundred percent")
            << en << overall(100, 70, {}) << "Your overall score, 100%, is 70% or more.";
        QTest::addRow("overall, just over the bound is not rounded onto it")
            << en << overall(69.996, 69.99, {}) << "Your overall score, 70%, is 69.99% or more.";
        QTest::addRow("overall, a rule's bounds said as people say them (issue 15)")
            << en << overall(35.28, {}, 69.99) << "Your overall score, 35%, is under 70%.";
        QTest::addRow("overall, below a whole number")
            << en << overall(0, {}, 49.99) << "Your overall score, 0%, is under 50%.";
        QTest::addRow("overall, at most")
            << en << overall(60, {}, 60) << "Your overall score, 60%, is 60% or less.";
        QTest::addRow("overall, between")
            << en << overall(55, 50, 60) << "Your overall score, 55%, is from 50% to 60%.";
        QTest::addRow("overall, at least and below")
            << en << overall(74.4, 50, 74.99)
            << "Your overall score, 74%, is 50% or more and under 75%.";
        QTest::addRow("overall, a decimal where rounding would cross the bound")
            << en << overall(74.6, {}, 74.99) << "Your overall score, 74.6%, is under 75%.";
        QTest::addRow("overall, two decimals where one is not enough")
            << en << overall(74.96, {}, 74.99) << "Your overall score, 74.96%, is under 75%.";
        QTest::addRow("domain, at least")
            << en << domain(ethics, 62.5, 60, {})
            << "Your score in Ethics and privacy, 63%, is 60% or more.";
        QTest::addRow("domain, below") << en << domain(ethics, 58.33, {}, 59.99)
                                       << "Your score in Ethics and privacy, 58%, is under 60%.";
        QTest::addRow("domain, at most")
            << en << domain(ethics, 58.33, {}, 59.5)
            << "Your score in Ethics and privacy, 58%, is 59.5% or less.";
        QTest::addRow("domain, between")
            << en << domain(ethics, 0, 0, 20)
            << "Your score in Ethics and privacy, 0%, is from 0% to 20%.";
        QTest::addRow("domain, at least and below")
            << en << domain(ethics, 60, 50, 74.99)
            << "Your score in Ethics and privacy, 60%, is 50% or more and under 75%.";
        QTest::addRow("domain title in the reading's language")
            << es << domain(ethics, 58, {}, 59.99)
            << "Your score in Ética y privacidad, 58%, is under 60%.";
        QTest::addRow("domain title in the quiz's language when not translated")
            << es << domain(coding, 100, 75, {})
            << "Your score in Coding familiarity, 100%, is 75% or more.";
        QTest::addRow("unknown domain: its id") << en << domain(QStringLiteral("gone"), 80, 75, {})
                                                << "Your score in gone, 80%, is 75% or more.";
        QTest::addRow("self-rating, at least")
            << en << selfRating(coding, 4.5, 4, {})
            << "You rated yourself 4.5 of 5 in Coding familiarity, which is 4 of 5 or more.";
        QTest::addRow("self-rating, below")
            << en << selfRating(coding, 2, {}, 2.99)
            << "You rated yourself 2 of 5 in Coding familiarity, which is under 3 of 5.";
        QTest::addRow("self-rating, at most")
            << en << selfRating(coding, 2, {}, 2)
            << "You rated yourself 2 of 5 in Coding familiarity, which is 2 of 5 or less.";
        QTest::addRow("self-rating, between")
            << en << selfRating(coding, 4, 4, 5)
            << "You rated yourself 4 of 5 in Coding familiarity, which is from 4 of 5 to 5 of 5.";
        QTest::addRow("self-rating, at least and below")
            << en << selfRating(coding, 1, 1, 2.99)
            << "You rated yourself 1 of 5 in Coding familiarity, which is 1 of 5 or more and "
               "under 3 of 5.";
    }
    void reasons()
    {
        QFETCH(QString, language);
        QFETCH(Reason, reason);
        QFETCH(QString, expected);
        QCOMPARE(Words(language).reason(reason, bilingualQuiz()), expected);
    }

    // all/any: each leaf condition that held is its own sentence (holds() lists them).
    void reasonsOfAllAndAny()
    {
        Report report;
        report.overallPercent = 76.4;
        DomainResult ethics;
        ethics.domainId = QStringLiteral("ethics");
        ethics.percent = 58.33;
        ethics.scoredItems = 12;
        DomainResult coding;
        coding.domainId = QStringLiteral("coding");
        coding.percent = 20;
        coding.scoredItems = 5;
        coding.selfRating = 4.5;
        report.domains = {ethics, coding};
        const auto leaf = [](Condition::Kind kind, const QString &domain, std::optional<double> min,
                             std::optional<double> max) {
            Condition c;
            c.kind = kind;
            c.domain = domain;
            c.min = min;
            c.max = max;
            return c;
        };
        Condition all;
        all.kind = Condition::Kind::All;
        all.children = {leaf(Condition::Kind::Overall, {}, 75, {}),
                        leaf(Condition::Kind::DomainPercent, QStringLiteral("ethics"), {}, 59.99)};
        Condition any;
        any.kind = Condition::Kind::Any;
        any.children = {leaf(Condition::Kind::DomainPercent, QStringLiteral("ethics"), 60, {}),
                        leaf(Condition::Kind::SelfRating, QStringLiteral("coding"), 4, {})};
        const Words words(en);
        const Quiz quiz = bilingualQuiz();
        QStringList said;
        QList<Reason> reasons;
        QVERIFY(holds(all, report, &reasons));
        QVERIFY(holds(any, report, &reasons));
        for (const Reason &r : std::as_const(reasons))
            said.append(words.reason(r, quiz));
        QCOMPARE(said, (QStringList{
                           "Your overall score, 76%, is 75% or more.",
                           "Your score in Ethics and privacy, 58%, is under 60%.",
                           "You rated yourself 4.5 of 5 in Coding familiarity, which is 4 of 5 or "
                           "more.",
                       }));
    }

    void calibration_data()
    {
        QTest::addColumn<CalibrationByLevel>("counts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("nothing answered") << counted(0, 0, 0, 0, 0, 0) << QStringList();
        QTest::addRow("one each: singular, most sure first")
            << counted(1, 0, 0, 0, 1, 1)
            << QStringList{QStringLiteral("When you were very sure, you were right 1 of 1 time."),
                           QStringLiteral("When you were not sure, you were right 0 of 1 time.")};
        QTest::addRow("several: plural")
            << counted(0, 0, 3, 2, 10, 9)
            << QStringList{
                   QStringLiteral("When you were very sure, you were right 9 of 10 times."),
                   QStringLiteral("When you were fairly sure, you were right 2 of 3 times.")};
    }
    void calibration()
    {
        QFETCH(CalibrationByLevel, counts);
        QFETCH(QStringList, expected);
        QCOMPARE(Words(en).calibration(counts), expected);
    }

    void sentences_data()
    {
        QTest::addColumn<QString>("got");
        QTest::addColumn<QString>("expected");
        const Words english(en);
        QTest::addRow("certainty score")
            << english.certaintyScore(1.75)
            << "Certainty-weighted score: 1.8 per question, on a scale from -6 to 3 (1 is every "
               "answer right but not sure; 3 is every answer right and very sure).";
        QTest::addRow("certainty score, negative, Spanish number")
            << Words(es).certaintyScore(-0.17).left(31) << "Certainty-weighted score: -0,2 ";
        QTest::addRow("self-rating gap") << english.selfRatingGap(QStringLiteral("Coding"), 4, 0)
                                         << "You rated yourself 4 of 5 in Coding; you scored 0%.";
        QTest::addRow("band from the measurement error, plural")
            << english.band({DomainBand::Source::Measurement, 15.4}, 4, 40)
            << "About ±15 points: the measurement error of this part of the quiz, from 40 "
               "attempts by all learners.";
        // The Wilson interval (issue 15): never "About ±0 points" at 0% or 100%.
        QTest::addRow("band from the learner's items, singular")
            << english.band({DomainBand::Source::Wilson, 39.7, 20.65, 100}, 1, 0)
            << "Likely between 21% and 100%: from only 1 question, a score can be off by this "
               "much.";
        QTest::addRow("band from the learner's items, plural, at 0 percent")
            << english.band(domainBand(0, 5, nullptr), 5, 0)
            << "Likely between 0% and 43%: from only 5 questions, a score can be off by this "
               "much.";
        QTest::addRow("band from the learner's items, at 100 percent")
            << english.band(domainBand(100, 5, nullptr), 5, 0)
            << "Likely between 57% and 100%: from only 5 questions, a score can be off by this "
               "much.";
        QTest::addRow("no band") << english.band({}, 0, 0) << "";
        QTest::addRow("time limit, plural")
            << english.timeLimitNotice(45)
            << "Time limit: 45 minutes; the attempt is submitted when it runs out.";
        QTest::addRow("time limit, singular")
            << english.timeLimitNotice(1)
            << "Time limit: 1 minute; the attempt is submitted when it runs out.";
        QTest::addRow("time limit, a fraction")
            << english.timeLimitNotice(7.5)
            << "Time limit: 7.5 minutes; the attempt is submitted when it runs out.";
        QTest::addRow("time left, seconds rounded up") << english.timeLeft(61001) << "1:02 left";
        QTest::addRow("time left, none") << english.timeLeft(0) << "0:00 left";
        QTest::addRow("time up") << english.timeUpNotice()
                                 << "Time is up: the attempt is submitted with the answers given "
                                    "so far.";
        QTest::addRow("time ran out while away")
            << english.timeRanOutWhileAwayNotice()
            << "The time limit had run out: the attempt was submitted with the answers given.";
        QTest::addRow("given to every learner")
            << english.givenToEveryLearner() << "This step is suggested to every learner.";
    }
    void sentences()
    {
        QFETCH(QString, got);
        QFETCH(QString, expected);
        QCOMPARE(got, expected);
    }

    // The words follow the translation installed last: install Spanish, the sentences change
    // (plural forms included); remove it, they are English again.
    void followsTheInstalledTranslation()
    {
        const Quiz quiz = bilingualQuiz();
        const Reason reason = domain(QStringLiteral("ethics"), 58.3, {}, 59.99);
        const Words words(es);
        const QString english = words.reason(reason, quiz);
        QCOMPARE(english, QStringLiteral("Your score in Ética y privacidad, 58%, is under 60%."));
        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral(":/tst_words/tst_words_es.qm")));
        QVERIFY(QCoreApplication::installTranslator(&spanish));
        QCOMPARE(words.reason(reason, quiz),
                 QStringLiteral("Tu puntuación en Ética y privacidad, 58 %, está por debajo del "
                                "60 %."));
        QCOMPARE(words.percent(83.33, 1), QStringLiteral("83,3 %"));
        QCOMPARE(words.band(domainBand(0, 1, nullptr), 1, 0),
                 QStringLiteral("Probablemente entre 0 % y 79 %: con solo 1 pregunta, una "
                                "puntuación puede desviarse tanto."));
        QCOMPARE(words.band(domainBand(50, 4, nullptr), 4, 0),
                 QStringLiteral("Probablemente entre 15 % y 85 %: con solo 4 preguntas, una "
                                "puntuación puede desviarse tanto."));
        QVERIFY(QCoreApplication::removeTranslator(&spanish));
        QCOMPARE(words.reason(reason, quiz), english);
    }
};

QTEST_GUILESS_MAIN(TestWords)
#include "tst_words.moc"
