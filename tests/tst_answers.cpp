// Answers of the item types of issue 4 in their text form (storage, terminal): encoding,
// decoding, what does not fit, and no crash on any string a damaged database may hold.

#include "answer.h"
#include "loader.h"
#include "report.h"
#include "reportjson.h"
#include "responselabel.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace hitready;

Q_DECLARE_METATYPE(hitready::Answer)

namespace {

Quiz loadFixture(const QString &name)
{
    const Result<Quiz> loaded = loadQuizFile(QStringLiteral(HITREADY_FIXTURES "/") + name);
    if (!loaded)
        qFatal("%s: %s", qPrintable(name), qPrintable(problemsOf(loaded).first().toString()));
    return *loaded;
}

// eth-21 ordering (receive, verify, check, release), cod-30 matching (icd, pcs, cpt ->
// dx, inpt, outpt, drug), det-30 hottext (dob, sex, adm, dis), ana-30 numeric, cod-31 text.
const Quiz &fixture()
{
    static const Quiz quiz = loadFixture(QStringLiteral("item-types.yaml"));
    return quiz;
}

const Item &item(const QString &id)
{
    return *fixture().item(id);
}

Answer ids(const QString &text)
{
    return {text.split(QLatin1Char(','))};
}

Answer pairs(std::initializer_list<std::pair<const char *, const char *>> list)
{
    Matches m;
    for (const auto &[left, right] : list)
        m.append({QLatin1String(left), QLatin1String(right)});
    return {m};
}

// One item of each type, choices included (the app's test quiz).
const Quiz &everyType()
{
    static const Quiz quiz = loadFixture(QStringLiteral("app/every-item-type.yaml"));
    return quiz;
}

} // namespace

class TestAnswers : public QObject
{
    Q_OBJECT

private slots:
    // What the instructor's answer bars say for a stored response.
    void responseLabels_data()
    {
        QTest::addColumn<QString>("itemId");
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("label");
        QTest::addRow("single") << "q-single"
                                << "a"
                                << "a. The minimum necessary standard";
        QTest::addRow("multiple") << "q-multiple"
                                  << "a,c"
                                  << "a. Full name; c. Favourite colour";
        QTest::addRow("true/false") << "q-truefalse"
                                    << "false"
                                    << "False";
        QTest::addRow("hottext") << "q-hottext"
                                 << "sex,dis"
                                 << "M; 02/28/2025";
        QTest::addRow("ordering") << "q-ordering"
                                  << "verify,receive,check,release"
                                  << "verify → receive → check → release";
        QTest::addRow("matching") << "q-matching"
                                  << "icd=dx,pcs=drug"
                                  << "icd → dx, pcs → drug";
        QTest::addRow("numeric") << "q-numeric"
                                 << "12.5"
                                 << "12.5";
        QTest::addRow("text") << "q-text"
                              << "E11.9"
                              << "E11.9";
        QTest::addRow("an option that is not one") << "q-single"
                                                   << "z"
                                                   << "z";
        QTest::addRow("does not fit") << "q-ordering"
                                      << "verify"
                                      << "verify";
        QTest::addRow("empty") << "q-multiple"
                               << ""
                               << "";
    }
    void responseLabels()
    {
        QFETCH(QString, itemId);
        QFETCH(QString, encoded);
        QFETCH(QString, label);
        const Item *i = everyType().item(itemId);
        QVERIFY(i);
        QCOMPARE(responseLabel(everyType(), *i, encoded), label);
    }

    void decode_data()
    {
        QTest::addColumn<QString>("itemId");
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Answer>("expected");

        const QString ordering = QStringLiteral("eth-21");
        QTest::addRow("ordering") << ordering << "receive,verify,check,release" << true
                                  << ids("receive,verify,check,release");
        QTest::addRow("ordering, spaces") << ordering << " check , verify,receive,release " << true
                                          << ids("check,verify,receive,release");
        QTest::addRow("ordering, a step left out")
            << ordering << "receive,verify,check" << false << Answer{};
        QTest::addRow("ordering, a step twice")
            << ordering << "receive,receive,check,release" << false << Answer{};
        QTest::addRow("ordering, unknown step")
            << ordering << "receive,verify,check,sign" << false << Answer{};
        QTest::addRow("ordering, empty") << ordering << "" << true << Answer{};

        const QString matching = QStringLiteral("cod-30");
        QTest::addRow("matching") << matching << "icd=dx,pcs=inpt" << true
                                  << pairs({{"icd", "dx"}, {"pcs", "inpt"}});
        QTest::addRow("matching, sorted into left order")
            << matching << "cpt = drug, icd=dx" << true << pairs({{"icd", "dx"}, {"cpt", "drug"}});
        QTest::addRow("matching, a left entry twice")
            << matching << "icd=dx,icd=inpt" << false << Answer{};
        QTest::addRow("matching, unknown right") << matching << "icd=zz" << false << Answer{};
        QTest::addRow("matching, unknown left") << matching << "zz=dx" << false << Answer{};
        QTest::addRow("matching, no =") << matching << "icd" << false << Answer{};
        QTest::addRow("matching, two =") << matching << "icd=dx=inpt" << false << Answer{};
        QTest::addRow("matching, no left") << matching << "=dx" << false << Answer{};
        QTest::addRow("matching, no right") << matching << "icd=" << false << Answer{};

        const QString hottext = QStringLiteral("det-30");
        QTest::addRow("hottext") << hottext << "sex,dis" << true << ids("sex,dis");
        QTest::addRow("hottext, unknown span") << hottext << "sex,age" << false << Answer{};
        QTest::addRow("hottext, a span twice") << hottext << "sex,sex" << false << Answer{};

        const QString numeric = QStringLiteral("ana-30");
        QTest::addRow("numeric") << numeric << "12.5" << true << Answer{12.5};
        QTest::addRow("numeric, spaces and sign") << numeric << " -3 " << true << Answer{-3.0};
        QTest::addRow("numeric, exponent") << numeric << "1e3" << true << Answer{1000.0};
        QTest::addRow("numeric, decimal comma") << numeric << "12,5" << false << Answer{};
        QTest::addRow("numeric, percent sign") << numeric << "12.5%" << false << Answer{};
        QTest::addRow("numeric, infinity") << numeric << "inf" << false << Answer{};
        QTest::addRow("numeric, not a number") << numeric << "nan" << false << Answer{};
        QTest::addRow("numeric, overflow") << numeric << "1e999" << false << Answer{};
        QTest::addRow("numeric, hexadecimal") << numeric << "0x10" << false << Answer{};
        QTest::addRow("numeric, a word") << numeric << "twelve" << false << Answer{};

        const QString text = QStringLiteral("cod-31");
        QTest::addRow("text, kept verbatim")
            << text << "  E11.9 " << true << Answer{QStringLiteral("  E11.9 ")};
        QTest::addRow("text with commas and =")
            << text << "a,b=c" << true << Answer{QStringLiteral("a,b=c")};
        QTest::addRow("text, 200 characters")
            << text << QString(200, u'x') << true << Answer{QString(200, u'x')};
        QTest::addRow("text, 201 characters") << text << QString(201, u'x') << false << Answer{};
        QTest::addRow("text, empty") << text << "" << true << Answer{};
    }

    void decode()
    {
        QFETCH(QString, itemId);
        QFETCH(QString, encoded);
        QFETCH(bool, ok);
        QFETCH(Answer, expected);
        bool decodedOk = !ok;
        const Answer answer = decodeAnswer(item(itemId), encoded, &decodedOk);
        QCOMPARE(decodedOk, ok);
        QCOMPARE(answer, expected);
        if (ok)
            QCOMPARE(answerProblem(item(itemId), answer), QString());
    }

    void encode_data()
    {
        QTest::addColumn<QString>("itemId");
        QTest::addColumn<Answer>("answer");
        QTest::addColumn<QString>("encoded");
        QTest::addRow("ordering") << "eth-21" << ids("verify,receive,check,release")
                                  << "verify,receive,check,release";
        QTest::addRow("matching") << "cod-30" << pairs({{"icd", "dx"}, {"pcs", "inpt"}})
                                  << "icd=dx,pcs=inpt";
        QTest::addRow("hottext") << "det-30" << ids("sex,dis") << "sex,dis";
        QTest::addRow("numeric") << "ana-30" << Answer{12.5} << "12.5";
        QTest::addRow("numeric, shortest round trip")
            << "ana-30" << Answer{0.1 + 0.2} << "0.30000000000000004";
        QTest::addRow("numeric, whole") << "ana-30" << Answer{-40.0} << "-40";
        QTest::addRow("numeric, large") << "ana-30" << Answer{1e21} << "1e+21";
        QTest::addRow("text") << "cod-31" << Answer{QStringLiteral(" x, y ")} << " x, y ";
        QTest::addRow("unanswered") << "cod-31" << Answer{} << "";
    }

    void encode()
    {
        QFETCH(QString, itemId);
        QFETCH(Answer, answer);
        QFETCH(QString, encoded);
        QCOMPARE(encodeAnswer(answer), encoded);
        bool ok = false;
        QCOMPARE(decodeAnswer(item(itemId), encoded, &ok), answer);
        QVERIFY(ok);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("itemId");
        QTest::addColumn<Answer>("answer");
        QTest::addColumn<QString>("problem");
        QTest::addRow("ordering given a string")
            << "eth-21" << Answer{QStringLiteral("receive")} << "expected every step id once";
        QTest::addRow("ordering incomplete")
            << "eth-21" << ids("receive,verify") << "expected every step id once";
        QTest::addRow("matching out of left order")
            << "cod-30" << pairs({{"pcs", "inpt"}, {"icd", "dx"}}) << "follow the order";
        QTest::addRow("matching given a list") << "cod-30" << ids("icd") << "expected left id";
        QTest::addRow("hottext unknown span") << "det-30" << ids("age") << "no span 'age'";
        QTest::addRow("numeric given a whole number")
            << "ana-30" << Answer{12} << "expected a number";
        QTest::addRow("numeric not finite") << "ana-30" << Answer{HUGE_VAL} << "expected a number";
        QTest::addRow("text too long")
            << "cod-31" << Answer{QString(201, u'x')} << "at most 200 characters";
        QTest::addRow("text given a list") << "cod-31" << ids("a") << "expected a text";
        QTest::addRow("text with a lone surrogate") // would not survive storage as UTF-8
            << "cod-31" << Answer{QStringLiteral("E11") + QChar(0xD800)} << "valid Unicode";
    }

    void problems()
    {
        QFETCH(QString, itemId);
        QFETCH(Answer, answer);
        QFETCH(QString, problem);
        const QString found = answerProblem(item(itemId), answer);
        QVERIFY2(found.contains(problem), qPrintable(found));
    }

    // One rule: choosing nothing is no answer - in an answers file, in scoring, and read
    // back from storage - never a wrong answer with a confidence penalty.
    void emptySelectionIsUnanswered_data()
    {
        QTest::addColumn<QString>("quizFile");
        QTest::addColumn<QString>("itemId");
        QTest::addColumn<QByteArray>("json");
        const QString sampler = QStringLiteral(HITREADY_QUIZ_DIR "/pharmacy-tech-sampler.yaml");
        const QString types = QStringLiteral(HITREADY_FIXTURES "/item-types.yaml");
        QTest::addRow("multiple, high confidence")
            << sampler << "safe-03"
            << QByteArray(R"({"safe-03": {"answer": [], "confidence": "high"}})");
        QTest::addRow("multiple, bare") << sampler << "safe-03" << QByteArray(R"({"safe-03": []})");
        QTest::addRow("hottext") << types << "det-30" << QByteArray(R"({"det-30": []})");
        QTest::addRow("ordering") << types << "eth-21" << QByteArray(R"({"eth-21": []})");
        QTest::addRow("matching") << types << "cod-30"
                                  << QByteArray(R"({"cod-30": {"answer": {}}})");
        QTest::addRow("text") << types << "cod-31" << QByteArray(R"({"cod-31": ""})");
    }

    void emptySelectionIsUnanswered()
    {
        QFETCH(QString, quizFile);
        QFETCH(QString, itemId);
        QFETCH(QByteArray, json);
        const Result<Quiz> loaded = loadQuizFile(quizFile);
        QVERIFY(loaded);
        const Quiz &quiz = *loaded;
        Problems problems;
        Confidences confidences;
        const Responses responses =
            responsesFromJson(json, QStringLiteral("a.json"), quiz, &problems, &confidences);
        QCOMPARE(problems, Problems{});
        QStringList all;
        for (const Item &i : quiz.items)
            all.append(i.id);
        const Report nothing = score(quiz, Responses{}, all);
        QCOMPARE(score(quiz, responses, all, confidences), nothing);
        // The same empty answer handed straight to the scorer, and as stored and read back.
        const Item &target = *quiz.item(itemId);
        Answer empty;
        if (target.type == ItemType::Matching)
            empty.value = Matches{};
        else if (target.type == ItemType::Text)
            empty.value = QString();
        else
            empty.value = QStringList{};
        QVERIFY(empty.isEmpty());
        QCOMPARE(score(quiz, Responses{{itemId, empty}}, all, {{itemId, highConfidence}}), nothing);
        bool ok = false;
        QCOMPARE(decodeAnswer(target, encodeAnswer(empty), &ok), empty);
        QVERIFY(ok);
        QCOMPARE(itemPoints(target, empty), 0.0);
        QCOMPARE(answerProblem(target, empty), QString());
    }

    // QJsonDocument keeps the last of two equal keys: the file is refused instead, located.
    void repeatedKeysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("problems");
        QTest::addRow("an item twice")
            << QByteArray("{\"det-30\": [\"sex\"],\n \"ana-30\": 12.5,\n \"det-30\": []}")
            << QStringList{"a.json:3:2: key 'det-30' appears twice in one object (first on "
                           "line 1): give each answer once"};
        QTest::addRow("escaped spelling")
            << QByteArray("{\"cod-31\": \"E11.9\", \"\\u0063od-31\": \"x\"}")
            << QStringList{"a.json:1:21: key 'cod-31' appears twice in one object (first on "
                           "line 1): give each answer once"};
        QTest::addRow("inside a matching answer")
            << QByteArray("{\"cod-30\": {\"icd\": \"dx\", \"icd\": \"inpt\"}}")
            << QStringList{"a.json:1:26: key 'icd' appears twice in one object (first on "
                           "line 1): give each answer once"};
        QTest::addRow("same key in two objects is fine")
            << QByteArray("{\"cod-30\": {\"answer\": {\"icd\": \"dx\"}}, \"icd\": 1}")
            << QStringList{"a.json: unknown item id 'icd' (not in quiz 'item-types')"};
        QTest::addRow("after a string holding quotes and braces")
            << QByteArray("{\"cod-31\": \"a\\\"}{,\\\"cod-31\\\": \", \"cod-31\": \"b\"}")
            << QStringList{"a.json:1:34: key 'cod-31' appears twice in one object (first on "
                           "line 1): give each answer once"};
    }

    void repeatedKeysAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, problems);
        Problems found;
        const Responses responses =
            responsesFromJson(json, QStringLiteral("a.json"), fixture(), &found);
        QStringList texts;
        for (const Problem &p : found)
            texts.append(p.toString());
        QCOMPARE(texts, problems);
        QVERIFY(responses.isEmpty() || problems.first().contains(QLatin1String("unknown")));
    }

    void longListsOfProblemsAreCut()
    {
        QByteArray json = "{";
        for (int i = 0; i < 100'000; ++i)
            json += "\"zz-" + QByteArray::number(100'000 + i) + "\": 1,";
        for (int i = 0; i < 30; ++i)
            json += "\"ana-30\": " + QByteArray::number(i) + (i < 29 ? "," : "}");
        Problems found;
        responsesFromJson(json, QStringLiteral("a.json"), fixture(), &found);
        QCOMPARE(found.size(), 21);
        QCOMPARE(found.last().toString(), QStringLiteral("a.json: ... and 9 more repeated keys"));
        json = "{";
        for (int i = 0; i < 100'000; ++i)
            json += "\"zz-" + QByteArray::number(100'000 + i) + "\": 1,";
        json += "\"ana-30\": 12.5}";
        found.clear();
        const Responses responses =
            responsesFromJson(json, QStringLiteral("a.json"), fixture(), &found);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(found.size(), 21);
        QCOMPARE(found.first().toString(),
                 QStringLiteral("a.json: unknown item id 'zz-100000' (not in quiz 'item-types')"));
        QCOMPARE(found.last().toString(),
                 QStringLiteral("a.json: ... and 99980 more unknown item ids"));
    }

    // Whatever a damaged database holds: an answer that fits and survives a round trip, or
    // nothing.
    void hostileStringsDecodeSafely()
    {
        QStringList pieces{"receive",
                           "icd",
                           "dx",
                           "sex",
                           "dis",
                           "=",
                           ",",
                           " ",
                           "1",
                           "e",
                           ".",
                           "-",
                           "%",
                           "\t",
                           "\n",
                           "é",
                           "\xF0\x9F\xA9\xBA",
                           "inf",
                           "nan",
                           "0x",
                           "[[",
                           "|"};
        pieces.append(QString(QChar(0)));
        QRandomGenerator random(20261123);
        int accepted = 0;
        for (const Item &target : fixture().items) {
            for (int round = 0; round < 2000; ++round) {
                QString s;
                const int length = int(random.bounded(12));
                for (int i = 0; i < length; ++i)
                    s += random.bounded(4) == 0 ? QString(QChar(char16_t(random.bounded(0xD7FF))))
                                                : pieces.at(random.bounded(pieces.size()));
                bool ok = false;
                const Answer answer = decodeAnswer(target, s, &ok);
                if (!ok) {
                    QVERIFY(answer.isEmpty());
                    continue;
                }
                QCOMPARE(answerProblem(target, answer), QString());
                bool again = false;
                const Answer back = decodeAnswer(target, encodeAnswer(answer), &again);
                if (back != answer) // QCOMPARE cannot print an Answer: say which one it was
                    qWarning("%s", qPrintable(target.id + QStringLiteral(": [") + s +
                                              QStringLiteral("] -> [") + encodeAnswer(answer) +
                                              QLatin1Char(']')));
                QCOMPARE(back, answer);
                QVERIFY(again);
                accepted += !answer.isEmpty();
            }
            const QString huge = QString(1 << 20, u',') + QString(1 << 20, u'=');
            bool ok = true;
            QVERIFY(decodeAnswer(target, huge, &ok).isEmpty());
            QVERIFY(!ok);
        }
        QVERIFY(accepted > 0);
    }
};

QTEST_GUILESS_MAIN(TestAnswers)
#include "tst_answers.moc"
