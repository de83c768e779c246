// Frozen quiz snapshots: exact round trips, and no crash on any damaged byte sequence.

#include "loader.h"
#include "snapshot.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <cstring>

using namespace hitready;

namespace hitready {
// Failure messages print the quiz id and hash instead of nothing.
char *toString(const Quiz &quiz)
{
    return qstrdup(QStringLiteral("Quiz(%1, %2 items, %3)")
                       .arg(quiz.id)
                       .arg(quiz.items.size())
                       .arg(contentHash(quiz).left(12))
                       .toUtf8()
                       .constData());
}
} // namespace hitready

namespace {

Text both(const QString &en, const QString &es)
{
    Text t = Text::plain(QStringLiteral("en"), en);
    t.byLanguage.insert(QStringLiteral("es"), es);
    return t;
}

Option option(const QString &id, const QString &text, bool correct = false)
{
    Option o;
    o.id = id;
    o.text = Text::plain(QStringLiteral("en"), text);
    o.correct = correct;
    if (correct)
        o.feedback = both(QStringLiteral("Right."), QStringLiteral("Correcto."));
    return o;
}

Condition bound(Condition::Kind kind, const QString &domain, std::optional<double> min,
                std::optional<double> max)
{
    Condition c;
    c.kind = kind;
    c.domain = domain;
    c.min = min;
    c.max = max;
    return c;
}

Condition nested(int depth)
{
    Condition c = bound(Condition::Kind::Overall, {}, 10, std::nullopt);
    for (int i = 0; i < depth; ++i) {
        Condition parent;
        parent.kind = i % 2 ? Condition::Kind::Any : Condition::Kind::All;
        parent.children = {c};
        c = parent;
    }
    return c;
}

// A quiz that uses every field the model has, with non-ASCII text.
Quiz richQuiz()
{
    Quiz q;
    q.id = QStringLiteral("absurd-size-probe");
    q.title = both(QStringLiteral("Health Information Technician readiness"),
                   QStringLiteral("Preparación para técnico"));
    q.description =
        Text::plain(QStringLiteral("en"), QStringLiteral("Ünïcödé ✓ 健康 🩺"));
    q.version = QStringLiteral("2026.1");
    q.language = QStringLiteral("es");
    q.mode = QuizMode::Practice;
    Domain detail;
    detail.id = QStringLiteral("detail");
    detail.title = Text::plain(QStringLiteral("en"), QStringLiteral("Attention to detail"));
    detail.weight = 2.5;
    detail.levels = {{0, Text::plain(QStringLiteral("en"), QStringLiteral("Emerging"))},
                     {75, Text::plain(QStringLiteral("en"), QStringLiteral("Ready"))}};
    Domain ethics;
    ethics.id = QStringLiteral("ethics");
    ethics.description = both(QStringLiteral("Privacy"), QStringLiteral("Privacidad"));
    q.domains = {detail, ethics};

    Item single;
    single.id = QStringLiteral("det-01");
    single.domain = QStringLiteral("detail");
    single.prompt = both(QStringLiteral("Which code?"), QStringLiteral("¿Qué código?"));
    single.options = {option(QStringLiteral("a"), QStringLiteral("A")),
                      option(QStringLiteral("b"), QStringLiteral("B"), true)};
    single.points = 2;
    single.explanation = Text::plain(QStringLiteral("en"), QStringLiteral("Because."));
    single.source = QStringLiteral("45 CFR 164.524");
    Item multiple = single;
    multiple.id = QStringLiteral("det-02");
    multiple.type = ItemType::Multiple;
    multiple.options.append(option(QStringLiteral("c"), QStringLiteral("C"), true));
    Item truefalse;
    truefalse.id = QStringLiteral("eth-01");
    truefalse.domain = QStringLiteral("ethics");
    truefalse.type = ItemType::TrueFalse;
    truefalse.answer = true;
    truefalse.prompt = Text::plain(QStringLiteral("en"), QString());
    Item likert;
    likert.id = QStringLiteral("eth-02");
    likert.domain = QStringLiteral("ethics");
    likert.type = ItemType::Likert;
    for (int i = 1; i <= 5; ++i)
        likert.anchors.append(Text::plain(QStringLiteral("en"), QString::number(i)));
    q.items = {single, multiple, truefalse, likert};

    q.levels = {{0, Text::plain(QStringLiteral("en"), QStringLiteral("Not yet"))},
                {70.5, Text::plain(QStringLiteral("en"), QStringLiteral("Ready"))}};
    Recommendation rhit;
    rhit.id = QStringLiteral("rhit");
    rhit.kind = RecommendationKind::Certification;
    rhit.title = Text::plain(QStringLiteral("en"), QStringLiteral("RHIT"));
    Condition all;
    all.kind = Condition::Kind::All;
    all.children = {bound(Condition::Kind::Overall, {}, 70, std::nullopt),
                    bound(Condition::Kind::DomainPercent, QStringLiteral("ethics"), 60, 100),
                    bound(Condition::Kind::SelfRating, QStringLiteral("ethics"), std::nullopt, 3)};
    rhit.when = all;
    rhit.links = {{Text::plain(QStringLiteral("en"), QStringLiteral("AHIMA")),
                   QStringLiteral("https://www.ahima.org/")}};
    Recommendation course;
    course.id = QStringLiteral("course");
    course.kind = RecommendationKind::Course;
    q.recommendations = {rhit, course};
    return q;
}

Entry entry(const QString &id, const QString &match = {})
{
    return {id, both(id + QStringLiteral(" text"), id + QStringLiteral(" texto")), match};
}

// richQuiz() plus one item of every type of issue 4 and two stimuli.
Quiz quizWithNewTypes()
{
    Quiz q = richQuiz();
    Stimulus record;
    record.id = QStringLiteral("case-lopez");
    record.title = both(QStringLiteral("Discharge summary"), QStringLiteral("Resumen de alta"));
    record.text = Text::plain(QStringLiteral("en"), QStringLiteral("Admitted 03/02/2025\n✓"));
    Stimulus table;
    table.id = QStringLiteral("q1-stats");
    table.columns = {Text::plain(QStringLiteral("en"), QStringLiteral("Month")),
                     both(QStringLiteral("Delinquent"), QStringLiteral("Morosos"))};
    table.rows = {{QStringLiteral("January"), QStringLiteral("37")},
                  {QStringLiteral("February"), QString()}};
    q.stimuli = {record, table};

    Item ordering;
    ordering.id = QStringLiteral("eth-21");
    ordering.domain = QStringLiteral("ethics");
    ordering.type = ItemType::Ordering;
    ordering.points = 3;
    ordering.steps = {entry(QStringLiteral("receive")), entry(QStringLiteral("verify")),
                      entry(QStringLiteral("release"))};
    ordering.stimulus = QStringLiteral("case-lopez");
    Item matching = ordering;
    matching.id = QStringLiteral("cod-30");
    matching.type = ItemType::Matching;
    matching.steps.clear();
    matching.left = {entry(QStringLiteral("icd"), QStringLiteral("dx")),
                     entry(QStringLiteral("pcs"), QStringLiteral("dx"))};
    matching.right = {entry(QStringLiteral("dx")), entry(QStringLiteral("drug"))};
    matching.stimulus.clear();
    Item hottext;
    hottext.id = QStringLiteral("det-30");
    hottext.domain = QStringLiteral("detail");
    hottext.type = ItemType::HotText;
    hottext.hotText = both(QStringLiteral("Sex: [[sex|M]]"), QStringLiteral("Sexo: [[sex|H]]"));
    hottext.spans = {{QStringLiteral("sex"), QStringLiteral("M"), 5, true,
                      both(QStringLiteral("Female."), QStringLiteral("Mujer."))}};
    hottext.stimulus = QStringLiteral("case-lopez");
    Item numeric;
    numeric.id = QStringLiteral("ana-30");
    numeric.domain = QStringLiteral("detail");
    numeric.type = ItemType::Numeric;
    numeric.numeric = {12.5, 2, true, QStringLiteral("%")};
    numeric.stimulus = QStringLiteral("q1-stats");
    Item text;
    text.id = QStringLiteral("cod-31");
    text.domain = QStringLiteral("detail");
    text.type = ItemType::Text;
    text.textKey = {{QStringLiteral("E11.9")},
                    {QStringLiteral("[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?")},
                    true,
                    SpaceMode::Exact};
    Item likert = q.items.takeLast();
    likert.stimulus = QStringLiteral("q1-stats"); // any item may refer to a stimulus
    q.items << ordering << matching << hottext << numeric << text << likert;
    return q;
}

// Issue 13: a translations block and a text item whose answers are given per language.
Quiz translatedQuiz()
{
    Quiz q = quizWithNewTypes();
    q.translations.insert(QStringLiteral("es"), {Translation::Status::Reviewed, {}});
    q.translations.insert(QStringLiteral("hmn"),
                          {Translation::Status::Draft, QStringLiteral("Tsis tau kuaj xyuas")});
    TextKey &key = q.items[7].textKey;
    key.accept.append(QStringLiteral("diabetes tipo 2"));
    key.acceptLanguages = {QStringLiteral("en"), QStringLiteral("es")};
    return q;
}

// The rich quiz with every attempt rule set (Domain class version 1).
Quiz ruledQuiz()
{
    Quiz q = richQuiz();
    q.timeLimitMinutes = 42.5;
    q.confidence = true;
    q.shuffleItems = true;
    q.shuffleOptions = true;
    q.domains[0].draw = 1;
    q.items[1].keepOptionOrder = true;
    return q;
}

// Every field of issue 4 at once: new item types, stimuli and attempt rules.
Quiz fullQuiz()
{
    Quiz q = quizWithNewTypes();
    q.timeLimitMinutes = 30;
    q.confidence = true;
    q.shuffleItems = true;
    q.shuffleOptions = true;
    q.domains[1].draw = 2;
    q.items[4].keepOptionOrder = true; // the matching item
    return q;
}

Quiz bigQuiz(int items)
{
    Quiz q;
    q.id = QStringLiteral("big");
    for (int d = 0; d < 8; ++d) {
        Domain domain;
        domain.id = QStringLiteral("domain-%1").arg(d);
        q.domains.append(domain);
    }
    for (int i = 0; i < items; ++i) {
        Item item;
        item.id = QStringLiteral("item-%1").arg(i);
        item.domain = QStringLiteral("domain-%1").arg(i % 8);
        item.prompt = Text::plain(QStringLiteral("en"), QStringLiteral("Prompt %1").arg(i));
        for (const char *id : {"a", "b", "c", "d"})
            item.options.append(
                option(QLatin1String(id), QStringLiteral("Option %1").arg(i), *id == 'b'));
        q.items.append(item);
    }
    return q;
}

void putQuint32(QByteArray &bytes, qsizetype at, quint32 value)
{
    std::memcpy(bytes.data() + at, &value, sizeof value);
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void truncatedBytesAreRefused();
    void garbageIsRefused();
    void singleByteDamageNeverCrashes();
    void absurdSizesAreRefused_data();
    void absurdSizesAreRefused();
    void damagedHeaderIsRefused_data();
    void damagedHeaderIsRefused();
    void conditionDepthIsBounded_data();
    void conditionDepthIsBounded();
    void insaneQuizIsRefused_data();
    void insaneQuizIsRefused();
    void snapshotOfVersionZeroThaws();
    void newFieldsChangeTheHash_data();
    void newFieldsChangeTheHash();
    void translationsChangeTheHash_data();
    void translationsChangeTheHash();
    void damagedNewTypesNeverCrash();
    void versionZeroSnapshotThaws();
    void versionTwoSnapshotThaws();
    void unreadableClassVersionsAreRefused_data();
    void unreadableClassVersionsAreRefused();
};

void TestSnapshot::roundTrip_data()
{
    QTest::addColumn<Quiz>("quiz");
    Quiz minimal;
    minimal.id = QStringLiteral("m");
    QTest::newRow("minimal") << minimal;
    QTest::newRow("every field") << richQuiz();
    QTest::newRow("every item type and stimuli") << quizWithNewTypes();
    QTest::newRow("every field and attempt rules") << ruledQuiz();
    QTest::newRow("item types, stimuli and attempt rules") << fullQuiz();
    QTest::newRow("5000 items") << bigQuiz(5000);
    QTest::newRow("translations and translated answers") << translatedQuiz();
    Quiz described = richQuiz(); // LevelBand class version 1 (issue 15)
    described.domains[0].levels[0].description =
        both(QStringLiteral("A foundation course first."), QStringLiteral("Primero un curso."));
    described.levels = {{0, Text::plain(QStringLiteral("en"), QStringLiteral("Emerging")),
                         Text::plain(QStringLiteral("en"), QStringLiteral("Start here."))}};
    QTest::newRow("level descriptions") << described;
    const Result<Quiz> bilingual =
        loadQuizFile(QStringLiteral(HITREADY_FIXTURES "/bilingual.yaml"));
    QTest::newRow("tests/fixtures/bilingual.yaml") << bilingual.value_or(Quiz{});
}

void TestSnapshot::roundTrip()
{
    QFETCH(Quiz, quiz);
    const QByteArray bytes = freezeQuiz(quiz);
    QString error;
    const std::optional<Quiz> thawed = thawQuiz(bytes, &error);
    QVERIFY2(thawed, qPrintable(error));
    QCOMPARE(*thawed, quiz);
    QCOMPARE(contentHash(*thawed), contentHash(quiz));
    QCOMPARE(freezeQuiz(*thawed), bytes); // freezing is deterministic
}

void TestSnapshot::truncatedBytesAreRefused()
{
    const QByteArray bytes = freezeQuiz(richQuiz());
    QVERIFY(bytes.size() > 500);
    QList<qsizetype> lengths;
    for (qsizetype length = 0; length < bytes.size(); length += 97)
        lengths.append(length);
    lengths.append(bytes.size() - 1);
    for (qsizetype length : lengths) {
        QString error;
        const std::optional<Quiz> thawed = thawQuiz(bytes.left(length), &error);
        QVERIFY2(!thawed, qPrintable(QStringLiteral("length %1 was accepted").arg(length)));
        QVERIFY2(!error.isEmpty(), qPrintable(QStringLiteral("length %1: no error").arg(length)));
    }
}

void TestSnapshot::garbageIsRefused()
{
    const QByteArray header = freezeQuiz(richQuiz()).left(16);
    QRandomGenerator random(20240517);
    for (int round = 0; round < 400; ++round) {
        QByteArray bytes(random.bounded(4096), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        if (round % 2 == 1)
            bytes.prepend(header); // past the header check, into the archive reader
        QString error;
        QVERIFY2(!thawQuiz(bytes, &error), qPrintable(QStringLiteral("round %1").arg(round)));
        QVERIFY(!error.isEmpty());
    }
}

void TestSnapshot::singleByteDamageNeverCrashes()
{
    const Quiz quiz = richQuiz();
    const QByteArray bytes = freezeQuiz(quiz);
    int refused = 0;
    for (qsizetype at = 0; at < bytes.size(); ++at) {
        for (char value : {char(0x00), char(0xff), char(bytes[at] ^ 0x01)}) {
            QByteArray damaged = bytes;
            damaged[at] = value;
            QString error;
            const std::optional<Quiz> thawed = thawQuiz(damaged, &error);
            if (!thawed)
                QVERIFY(!error.isEmpty());
            else
                QVERIFY(!thawed->id.isEmpty()); // whatever got through passed the sanity check
            refused += thawed ? 0 : 1;
        }
    }
    QVERIFY(refused > 0);
}

void TestSnapshot::absurdSizesAreRefused_data()
{
    QTest::addColumn<quint32>("claimed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("4 GiB") << quint32(0xffffffff) << QStringLiteral("absurd");
    QTest::newRow("just over ten million") << quint32(10'000'001) << QStringLiteral("absurd");
    QTest::newRow("more than the bytes left") << quint32(1'000'000) << QStringLiteral("absurd");
}

void TestSnapshot::absurdSizesAreRefused()
{
    QFETCH(quint32, claimed);
    QFETCH(QString, expected);
    QByteArray bytes = freezeQuiz(richQuiz());
    // The quiz id is stored as its byte count followed by the bytes.
    const qsizetype at = bytes.indexOf("absurd-size-probe");
    QVERIFY(at > 4);
    putQuint32(bytes, at - 4, claimed);
    QString error;
    QVERIFY(!thawQuiz(bytes, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestSnapshot::damagedHeaderIsRefused_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<QByteArray>("replacement");
    QTest::addColumn<QString>("expected");
    QTest::newRow("magic") << 0 << QByteArray("X") << QStringLiteral("not a HIT Ready");
    QTest::newRow("newer format") << 8 << QByteArray("\x07\x00", 2) << QStringLiteral("format 7");
    QTest::newRow("newer archive")
        << 10 << QByteArray("\xff\x00", 2) << QStringLiteral("archive version");
    QTest::newRow("byte order") << 12 << QByteArray("\x01\x02\x03\x04", 4)
                                << QStringLiteral("byte order");
}

void TestSnapshot::damagedHeaderIsRefused()
{
    QFETCH(int, offset);
    QFETCH(QByteArray, replacement);
    QFETCH(QString, expected);
    QByteArray bytes = freezeQuiz(richQuiz());
    bytes.replace(offset, replacement.size(), replacement);
    QString error;
    QVERIFY(!thawQuiz(bytes, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestSnapshot::conditionDepthIsBounded_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("nested 50") << 50 << true;
    QTest::newRow("nested 98") << 98 << true;
    QTest::newRow("nested 150") << 150 << false;
    QTest::newRow("nested 1000") << 1000 << false;
}

void TestSnapshot::conditionDepthIsBounded()
{
    QFETCH(int, depth);
    QFETCH(bool, accepted);
    Quiz quiz = richQuiz();
    quiz.recommendations[0].when = nested(depth);
    QString error;
    const std::optional<Quiz> thawed = thawQuiz(freezeQuiz(quiz), &error);
    QCOMPARE(thawed.has_value(), accepted);
    if (accepted)
        QCOMPARE(*thawed, quiz);
    else
        QVERIFY2(error.contains(QStringLiteral("nested too deeply")), qPrintable(error));
}

void TestSnapshot::insaneQuizIsRefused_data()
{
    QTest::addColumn<Quiz>("quiz");
    QTest::addColumn<QString>("expected");
    Quiz noId = richQuiz();
    noId.id.clear();
    QTest::newRow("empty quiz id") << noId << QStringLiteral("quiz id is empty");
    Quiz unknownDomain = richQuiz();
    unknownDomain.items[1].domain = QStringLiteral("nowhere");
    QTest::newRow("unknown domain") << unknownDomain << QStringLiteral("unknown domain 'nowhere'");
    Quiz twice = richQuiz();
    twice.items[1].id = twice.items[0].id;
    QTest::newRow("item twice") << twice << QStringLiteral("'det-01' appears twice");
    Quiz emptyItem = richQuiz();
    emptyItem.items[2].id.clear();
    QTest::newRow("empty item id") << emptyItem << QStringLiteral("item id is empty");
    Quiz unknownStimulus = quizWithNewTypes();
    unknownStimulus.stimuli.removeFirst();
    QTest::newRow("unknown stimulus")
        << unknownStimulus << QStringLiteral("unknown stimulus 'case-lopez'");
    Quiz overdrawn = ruledQuiz();
    overdrawn.domains[0].draw = 3; // detail has 2 scored items
    QTest::newRow("draw above the items") << overdrawn << QStringLiteral("draws 3 of 2 items");
    Quiz underdrawn = ruledQuiz();
    underdrawn.domains[0].draw = 0;
    QTest::newRow("draw 0") << underdrawn << QStringLiteral("draws 0 of 2 items");
    Quiz timeless = ruledQuiz();
    timeless.timeLimitMinutes = -1;
    QTest::newRow("negative time limit") << timeless << QStringLiteral("time limit -1");
    Quiz unmatched = translatedQuiz();
    unmatched.items[7].textKey.acceptLanguages.append(QStringLiteral("es"));
    QTest::newRow("more answer languages than answers")
        << unmatched << QStringLiteral("text key languages do not match its entries");
}

void TestSnapshot::insaneQuizIsRefused()
{
    QFETCH(Quiz, quiz);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!thawQuiz(freezeQuiz(quiz), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

// The snapshot in the version-1 fixture database was frozen before the item types of issue 4
// (every class at version 0): it still thaws, to the same content hash.
void TestSnapshot::snapshotOfVersionZeroThaws()
{
    QFile sql(QStringLiteral(HITREADY_FIXTURES "/schema-v1.sql"));
    QVERIFY(sql.open(QIODevice::ReadOnly | QIODevice::Text));
    const QRegularExpression blob(
        QStringLiteral("INSERT INTO quiz_snapshots VALUES\\('([0-9a-f]{64})'.*X'([0-9a-f]+)'\\);"));
    const QRegularExpressionMatch match = blob.match(QString::fromUtf8(sql.readAll()));
    QVERIFY(match.hasMatch());
    const QByteArray bytes = QByteArray::fromHex(match.captured(2).toLatin1());
    QString error;
    const std::optional<Quiz> quiz = thawQuiz(bytes, &error);
    QVERIFY2(quiz, qPrintable(error));
    QCOMPARE(quiz->id, QStringLiteral("hit-mini"));
    QCOMPARE(quiz->items.size(), 4);
    QVERIFY(quiz->stimuli.isEmpty());
    for (const Item &item : quiz->items) {
        QVERIFY(item.stimulus.isEmpty());
        QVERIFY(item.steps.isEmpty() && item.spans.isEmpty());
    }
    QCOMPARE(contentHash(*quiz), match.captured(1));
    // Frozen again, it is written at the current versions, and is the same quiz.
    const QByteArray again = freezeQuiz(*quiz);
    QVERIFY(again != bytes);
    QCOMPARE(thawQuiz(again), quiz);
}

void TestSnapshot::newFieldsChangeTheHash_data()
{
    QTest::addColumn<Quiz>("edited");
    const auto edit = [](auto change) {
        Quiz q = quizWithNewTypes();
        change(q);
        return q;
    };
    QTest::newRow("step text") << edit([](Quiz &q) {
        q.items[3].steps[1].text = Text::plain(QStringLiteral("en"), QStringLiteral("x"));
    });
    QTest::newRow("step order") << edit([](Quiz &q) { q.items[3].steps.swapItemsAt(0, 1); });
    QTest::newRow("match") << edit(
        [](Quiz &q) { q.items[4].left[1].match = QStringLiteral("drug"); });
    QTest::newRow("right entry") << edit([](Quiz &q) { q.items[4].right.removeLast(); });
    QTest::newRow("span correct") << edit([](Quiz &q) { q.items[5].spans[0].correct = false; });
    QTest::newRow("span feedback") << edit([](Quiz &q) { q.items[5].spans[0].feedback = {}; });
    QTest::newRow("hot text") << edit([](Quiz &q) {
        q.items[5].hotText = Text::plain(QStringLiteral("en"), QStringLiteral("[[sex|F]]"));
    });
    QTest::newRow("numeric answer") << edit([](Quiz &q) { q.items[6].numeric.answer = 12.6; });
    QTest::newRow("tolerance kind") << edit([](Quiz &q) { q.items[6].numeric.percent = false; });
    QTest::newRow("unit") << edit([](Quiz &q) { q.items[6].numeric.unit.clear(); });
    QTest::newRow("accept") << edit([](Quiz &q) { q.items[7].textKey.accept.clear(); });
    QTest::newRow("pattern") << edit([](Quiz &q) { q.items[7].textKey.patterns.clear(); });
    QTest::newRow("case") << edit([](Quiz &q) { q.items[7].textKey.caseSensitive = false; });
    QTest::newRow("spaces") << edit([](Quiz &q) { q.items[7].textKey.spaces = SpaceMode::Trim; });
    QTest::newRow("stimulus reference")
        << edit([](Quiz &q) { q.items[8].stimulus = QStringLiteral("case-lopez"); });
    QTest::newRow("stimulus cell") << edit([](Quiz &q) { q.stimuli[1].rows[1][1] = "52"; });
    QTest::newRow("stimulus column") << edit([](Quiz &q) { q.stimuli[1].columns.removeLast(); });
    QTest::newRow("stimulus text") << edit([](Quiz &q) { q.stimuli[0].text = {}; });
    QTest::newRow("no stimuli") << edit([](Quiz &q) {
        q.stimuli.clear();
        for (Item &item : q.items)
            item.stimulus.clear();
    });
}

void TestSnapshot::newFieldsChangeTheHash()
{
    QFETCH(Quiz, edited);
    const Quiz original = quizWithNewTypes();
    QVERIFY(edited != original);
    QVERIFY(contentHash(edited) != contentHash(original));
    QCOMPARE(thawQuiz(freezeQuiz(edited)), std::optional(edited));
}

void TestSnapshot::translationsChangeTheHash_data()
{
    QTest::addColumn<Quiz>("edited");
    const auto translate = [](auto change) {
        Quiz q = translatedQuiz();
        change(q);
        return q;
    };
    QTest::newRow("translation added")
        << translate([](Quiz &q) { q.translations.insert(QStringLiteral("fr"), Translation{}); });
    QTest::newRow("translation status") << translate(
        [](Quiz &q) { q.translations[QStringLiteral("es")].status = Translation::Status::Draft; });
    QTest::newRow("translation note") << translate(
        [](Quiz &q) { q.translations[QStringLiteral("es")].note = QStringLiteral("Revisado"); });
    QTest::newRow("answer language") << translate(
        [](Quiz &q) { q.items[7].textKey.acceptLanguages[1] = QStringLiteral("hmn"); });
    QTest::newRow("pattern language")
        << translate([](Quiz &q) { q.items[7].textKey.patternLanguages = {QStringLiteral("es")}; });
    QTest::newRow("answers in the quiz's language only")
        << translate([](Quiz &q) { q.items[7].textKey.acceptLanguages.clear(); });
}

// Issue 13's fields change the content hash, and survive a round trip.
void TestSnapshot::translationsChangeTheHash()
{
    QFETCH(Quiz, edited);
    const Quiz original = translatedQuiz();
    QVERIFY(edited != original);
    QVERIFY(contentHash(edited) != contentHash(original));
    QCOMPARE(thawQuiz(freezeQuiz(edited)), std::optional(edited));
}

void TestSnapshot::damagedNewTypesNeverCrash()
{
    const QByteArray bytes = freezeQuiz(quizWithNewTypes());
    const qsizetype from = bytes.indexOf("eth-21");
    QVERIFY(from > 0);
    int refused = 0;
    for (qsizetype at = from; at < bytes.size(); ++at) {
        for (char value : {char(0x00), char(0xff), char(bytes[at] ^ 0x01)}) {
            QByteArray damaged = bytes;
            damaged[at] = value;
            QString error;
            const std::optional<Quiz> thawed = thawQuiz(damaged, &error);
            QVERIFY(thawed || !error.isEmpty());
            refused += thawed ? 0 : 1;
        }
    }
    QVERIFY(refused > 0);
}

// tests/fixtures/snapshot-v0.bin: richQuiz() frozen by the program before attempt rules
// (every class at version 0), as users' databases hold it.
void TestSnapshot::versionZeroSnapshotThaws()
{
    QFile file(QStringLiteral(HITREADY_FIXTURES "/snapshot-v0.bin"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray old = file.readAll();
    QString error;
    const std::optional<Quiz> thawed = thawQuiz(old, &error);
    QVERIFY2(thawed, qPrintable(error));
    QCOMPARE(*thawed, richQuiz()); // the new fields have their defaults
    QVERIFY(!usesAttemptRules(*thawed));
    // Its content hash is the one it was stored under then: past attempts still find it.
    QCOMPARE(contentHash(*thawed),
             QStringLiteral("285dc857a1597a698ee5c3858f9f7f92769aaa48a5a0e9dc1b4cab410c07d5fc"));
    QVERIFY(freezeQuiz(*thawed) != old); // frozen again, it is written at the new versions
    QCOMPARE(thawQuiz(freezeQuiz(*thawed)), thawed);
}

// tests/fixtures/snapshot-v2.bin: tests/fixtures/item-types.yaml frozen by the program before
// translations (Quiz class version 2, TextKey 0): it thaws to the quiz the loader reads today,
// under the same content hash.
void TestSnapshot::versionTwoSnapshotThaws()
{
    QFile file(QStringLiteral(HITREADY_FIXTURES "/snapshot-v2.bin"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray old = file.readAll();
    QString error;
    const std::optional<Quiz> thawed = thawQuiz(old, &error);
    QVERIFY2(thawed, qPrintable(error));
    const Result<Quiz> loaded = loadQuizFile(QStringLiteral(HITREADY_FIXTURES "/item-types.yaml"));
    QCOMPARE(problemsOf(loaded), Problems{});
    QCOMPARE(*thawed, *loaded);
    QVERIFY(thawed->translations.isEmpty());
    QVERIFY(thawed->item(QStringLiteral("cod-31"))->textKey.acceptLanguages.isEmpty());
    QCOMPARE(contentHash(*thawed),
             QStringLiteral("2f51a1e60729c6b891033adf156491a72751d809437f9f1083c2e7031be615a7"));
    QVERIFY(freezeQuiz(*thawed) != old); // frozen again, it is written at the new versions
    QCOMPARE(thawQuiz(freezeQuiz(*thawed)), thawed);
}

// Class version 1 of Item and Quiz was written only by development builds (two branches, two
// different layouts): it is refused with a message instead of being read as either; so is a
// version newer than this program's (Boost itself reads any). A class version is a quint32
// after a one-byte flag, right before the object's first field.
void TestSnapshot::unreadableClassVersionsAreRefused_data()
{
    QTest::addColumn<QByteArray>("firstField"); // the bytes right after the class version
    QTest::addColumn<quint32>("current");
    QTest::addColumn<quint32>("written");
    QTest::addColumn<QString>("expected");
    const QByteArray quizFormat("\x01\x00\x00\x00\x11\x00\x00\x00"
                                "absurd-size-probe",
                                25);
    const QByteArray firstItemId("\x06\x00\x00\x00"
                                 "det-01",
                                 10);
    QTest::newRow("quiz 1") << quizFormat << 3u << 1u
                            << "quiz class version 1 was written by a development build";
    QTest::newRow("item 1") << firstItemId << 2u << 1u
                            << "item class version 1 was written by a development build";
    QTest::newRow("item 3, from a later program")
        << firstItemId << 2u << 3u << "item class version 3 is newer than this program reads (2)";
    QTest::newRow("quiz 7, from a later program")
        << quizFormat << 3u << 7u << "quiz class version 7 is newer than this program reads (3)";
}

void TestSnapshot::unreadableClassVersionsAreRefused()
{
    QFETCH(QByteArray, firstField);
    QFETCH(quint32, current);
    QFETCH(quint32, written);
    QFETCH(QString, expected);
    QByteArray bytes = freezeQuiz(richQuiz());
    const qsizetype at = bytes.indexOf(firstField) - qsizetype(sizeof(quint32));
    QVERIFY(at > 16);
    quint32 version = 0;
    std::memcpy(&version, bytes.constData() + at, sizeof version);
    QCOMPARE(version, current); // the place is right
    putQuint32(bytes, at, written);
    QString error;
    QVERIFY(!thawQuiz(bytes, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
