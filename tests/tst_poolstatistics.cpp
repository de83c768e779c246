// Statistics of attempts drawn from pools (`draw:`): an item counts only in the attempts that
// drew it (a drawn item left unanswered counts, as 0), and the test and domain figures follow
// docs/statistics.md "Attempts with different items". Each table row is stored through
// storage and analysed by quizStatistics(); the expected figures come from hand-worked values
// and from a plain recomputation written here, apart from the engine's matrix code.

#include "attemptexport.h"
#include "drawnitems.h"
#include "quizstatistics.h"
#include "storage.h"
#include "testdatabase.h"

#include <QMap>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace hitready;

namespace {

using Optional = std::optional<double>;

Text en(const QString &s)
{
    return Text::plain(QStringLiteral("en"), s);
}

Item single(const QString &id, const QString &domain, double points)
{
    Item i;
    i.id = id;
    i.domain = domain;
    i.type = ItemType::Single;
    i.points = points;
    i.prompt = en(QStringLiteral("Prompt of ") + id);
    for (const QChar c : QStringLiteral("abc")) {
        Option o;
        o.id = c;
        o.text = en(QStringLiteral("Option ") + c);
        o.correct = c == QLatin1Char('b');
        i.options.append(o);
    }
    return i;
}

// Domain "pool" draws 2 of p1, p2, p3 (p3 worth `p3Points`); domain "fixed" shows f1, f2.
Quiz poolQuiz(double p3Points)
{
    Quiz q;
    q.id = QStringLiteral("pools");
    q.title = en(QStringLiteral("Pools"));
    for (const char *d : {"pool", "fixed"}) {
        Domain domain;
        domain.id = QString::fromLatin1(d);
        domain.title = en(domain.id);
        q.domains.append(domain);
    }
    q.domains[0].draw = 2;
    q.items = {single(QStringLiteral("p1"), QStringLiteral("pool"), 1),
               single(QStringLiteral("p2"), QStringLiteral("pool"), 1),
               single(QStringLiteral("p3"), QStringLiteral("pool"), p3Points),
               single(QStringLiteral("f1"), QStringLiteral("fixed"), 1),
               single(QStringLiteral("f2"), QStringLiteral("fixed"), 1)};
    return q;
}

// One attempt as "p1=1 p3=0 f1=- f2=1": the items it drew, each answered right (1), wrong
// (0) or left unanswered (-). Items not named were not drawn.
using Spec = QString;

ImportedAttempt attemptOf(const Quiz &quiz, const Spec &spec, int number)
{
    ImportedAttempt a;
    a.profileName = QStringLiteral("learner-%1").arg(number);
    a.started = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC).addSecs(number * 60);
    a.finished = a.started.addSecs(300);
    a.answers.resize(quiz.items.size());
    for (const QString &part : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString id = part.section(QLatin1Char('='), 0, 0);
        const QString given = part.section(QLatin1Char('='), 1);
        a.itemOrder.append(id);
        const qsizetype i = quiz.items.indexOf(*quiz.item(id));
        if (given != QLatin1String("-"))
            a.answers[i].value =
                given == QLatin1String("1") ? QStringLiteral("b") : QStringLiteral("a");
    }
    return a;
}

// The marks of one attempt: drawn item -> mark (an unanswered drawn item earns 0).
using Marks = QMap<QString, double>;

Marks marksOf(const Quiz &quiz, const Spec &spec)
{
    Marks marks;
    for (const QString &part : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString id = part.section(QLatin1Char('='), 0, 0);
        marks[id] =
            part.section(QLatin1Char('='), 1) == QLatin1String("1") ? quiz.item(id)->points : 0.0;
    }
    return marks;
}

double meanOf(const QList<double> &v)
{
    double sum = 0;
    for (const double x : v)
        sum += x;
    return sum / double(v.size());
}

double covarianceOf(const QList<double> &x, const QList<double> &y)
{
    const double mx = meanOf(x), my = meanOf(y);
    double sum = 0;
    for (qsizetype k = 0; k < x.size(); ++k)
        sum += (x[k] - mx) * (y[k] - my);
    return sum / double(x.size() - 1);
}

// The figures docs/statistics.md defines, recomputed plainly from the attempts' marks.
struct ReferenceItem
{
    qint64 attempts = 0;
    Optional facility, discrimination, efficiency;
};

ReferenceItem referenceItem(const Quiz &quiz, const QList<Marks> &attempts, const QString &id)
{
    const auto maxOf = [&](const Marks &m) {
        double max = 0;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            max += quiz.item(it.key())->points;
        return max;
    };
    bool sameMaximum = true;
    for (const Marks &m : attempts)
        sameMaximum = sameMaximum && maxOf(m) == maxOf(attempts.first());
    const double itemMax = quiz.item(id)->points;
    QList<double> x, rest;
    for (const Marks &m : attempts) {
        if (!m.contains(id))
            continue;
        double total = 0;
        for (const double mark : m)
            total += mark;
        x.append(m[id]);
        rest.append(sameMaximum ? total - m[id] : 100.0 * (total - m[id]) / (maxOf(m) - itemMax));
    }
    ReferenceItem r;
    r.attempts = x.size();
    if (x.isEmpty())
        return r;
    r.facility = 100.0 * meanOf(x) / itemMax;
    if (x.size() < 2)
        return r;
    const double cov = covarianceOf(x, rest);
    const double vx = covarianceOf(x, x), vr = covarianceOf(rest, rest);
    if (vx > 1e-12 && vr > 1e-12)
        r.discrimination = 100.0 * cov / std::sqrt(vx * vr);
    QList<double> sx = x, sr = rest;
    std::sort(sx.begin(), sx.end());
    std::sort(sr.begin(), sr.end());
    if (const double covMax = covarianceOf(sx, sr); std::abs(covMax) > 1e-12)
        r.efficiency = 100.0 * cov / covMax;
    return r;
}

struct ReferenceSummary
{
    qint64 count = 0;
    double maxMark = 0;
    Optional mean, sd, alpha;
};

// Over the attempts that drew an item of `scope`: totals put on the scale of the mean
// maximum; alpha's slots are the pool's draws (their pooled variance, `pool` items per
// attempt on average) and each item outside the pool.
ReferenceSummary referenceSummary(const Quiz &quiz, const QList<Marks> &attempts,
                                  const QStringList &scope)
{
    QList<Marks> rows;
    for (const Marks &m : attempts) {
        Marks inScope;
        for (const QString &id : scope)
            if (m.contains(id))
                inScope[id] = m[id];
        if (!inScope.isEmpty())
            rows.append(inScope);
    }
    ReferenceSummary s;
    s.count = rows.size();
    if (rows.isEmpty())
        return s;
    const bool everyItem = std::all_of(rows.cbegin(), rows.cend(),
                                       [&](const Marks &m) { return m.size() == scope.size(); });
    QList<double> maxima, totals;
    for (const Marks &m : rows) {
        double max = 0, total = 0;
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            max += quiz.item(it.key())->points;
            total += it.value();
        }
        maxima.append(max);
        totals.append(total);
    }
    s.maxMark = meanOf(maxima);
    QList<double> scaled;
    for (qsizetype k = 0; k < rows.size(); ++k)
        scaled.append(totals[k] * s.maxMark / maxima[k]);
    s.mean = meanOf(scaled);
    if (rows.size() < 2)
        return s;
    const double variance = covarianceOf(scaled, scaled);
    s.sd = std::sqrt(variance);
    if (rows.size() < 3 || variance <= 0)
        return s;
    // Slots: every item alone when every attempt drew all; else the pool's draws together.
    QMap<QString, QList<double>> slotMarks;
    for (qsizetype k = 0; k < rows.size(); ++k)
        for (auto it = rows[k].cbegin(); it != rows[k].cend(); ++it) {
            const bool pooled = !everyItem && quiz.item(it.key())->domain == QLatin1String("pool");
            slotMarks[pooled ? QStringLiteral("pool") : it.key()].append(it.value() * s.maxMark /
                                                                         maxima[k]);
        }
    double perAttempt = 0, slotVariances = 0;
    for (const QList<double> &draws : slotMarks) {
        const double share = double(draws.size()) / double(rows.size());
        perAttempt += share;
        if (draws.size() > 1)
            slotVariances += share * covarianceOf(draws, draws);
    }
    if (perAttempt > 1)
        s.alpha = 100.0 * perAttempt / (perAttempt - 1) * (1 - slotVariances / variance);
    return s;
}

bool near(const Optional &actual, const Optional &expected)
{
    if (!actual || !expected)
        return actual.has_value() == expected.has_value();
    return std::abs(*actual - *expected) <= 1e-9 * std::max(1.0, std::abs(*expected));
}

QString text(const Optional &v)
{
    return v ? QString::number(*v, 'g', 15) : QStringLiteral("null");
}

#define COMPARE_FIGURE(what, actual, expected)                                                     \
    QVERIFY2(                                                                                      \
        near(actual, expected),                                                                    \
        qPrintable(QStringLiteral("%1: %2, expected %3").arg(what, text(actual), text(expected))))

// Hand-worked figures of one item (discrimination: when given).
struct Hand
{
    QString item;
    qint64 attempts;
    double facility;
    Optional discrimination;
};

} // namespace

class TestPoolStatistics : public QObject
{
    Q_OBJECT

private:
    std::vector<std::unique_ptr<hitready::test::TestDatabase>> m_databases; // dropped at the end
    // A new, empty database.
    QString newDatabase()
    {
        m_databases.push_back(std::make_unique<hitready::test::TestDatabase>());
        return m_databases.back()->location();
    }

    std::optional<QuizStatistics> analyse(const Quiz &quiz, const QList<Spec> &specs,
                                          QString *csv = nullptr)
    {
        QString error;
        const auto storage = *Storage::open(newDatabase());
        if (!storage)
            qFatal("%s", qPrintable(error));
        int next = 0;
        const Result<qint64> stored = storage->importAttempts(quiz, [&](ImportedAttempt *a) {
            if (next == specs.size())
                return false;
            *a = attemptOf(quiz, specs[next], next);
            ++next;
            return true;
        });
        if (!stored)
            qFatal("%s", qPrintable(stored.errorMessage()));
        StatisticsRequest request;
        request.quizId = quiz.id;
        if (csv) {
            QTextStream out(csv);
            if (!exportAttemptsCsv(*storage, {quiz.id, {}, false}, ExportRows::Attempts, out,
                                   &error))
                qFatal("%s", qPrintable(error));
        }
        return quizStatistics(*storage, request, &error);
    }

private slots:
    void figures_data()
    {
        QTest::addColumn<double>("p3Points");
        QTest::addColumn<QList<Spec>>("attempts");
        QTest::addColumn<QList<Hand>>("hand");
        QTest::addColumn<Optional>("poolAlpha"); // hand-worked, when given

        // The case: p1 drawn once in three attempts counts once (N = 1, not 3).
        // p2: x = 0, 1, 0 against rests 3, 2, 2: r = -0.5. Pool domain: totals 1, 2, 1
        // (of 2); its six draws have variance 4/15, two slots per attempt: alpha =
        // 2 (1 - (2 x 4/15) / (1/3)) = -120%.
        QTest::addRow("drawn once in three")
            << 1.0
            << QList<Spec>{"p1=1 p2=0 f1=1 f2=1", "p2=1 p3=1 f1=0 f2=1", "p2=0 p3=1 f1=1 f2=0"}
            << QList<Hand>{{"p1", 1, 100, {}},
                           {"p2", 3, 100.0 / 3, -50},
                           {"p3", 2, 100, {}},
                           {"f1", 3, 200.0 / 3, {}}}
            << Optional(-120);
        // A drawn item left unanswered counts, as 0: p3 has N = 3 and facility 1/3.
        QTest::addRow("skipped drawn item counts")
            << 1.0
            << QList<Spec>{"p1=1 p3=- f1=1 f2=1", "p2=1 p3=1 f1=0 f2=1", "p1=0 p3=- f1=1 f2=0",
                           "p1=1 p2=1 f1=1 f2=1", "p2=0 p1=0 f1=0 f2=0"}
            << QList<Hand>{{"p3", 3, 100.0 / 3, {}}, {"p1", 4, 50, {}}, {"p2", 3, 200.0 / 3, {}}}
            << Optional();
        // Equal marks, more learners: every figure against the recomputation.
        QTest::addRow("eight learners")
            << 1.0
            << QList<Spec>{"p1=1 p2=1 f1=1 f2=1", "p1=0 p2=1 f1=1 f2=0", "p2=0 p3=0 f1=0 f2=0",
                           "p3=1 p1=1 f1=1 f2=1", "p3=0 p2=1 f1=- f2=1", "p1=1 p3=1 f1=0 f2=1",
                           "p2=0 p1=0 f1=0 f2=-", "p3=1 p2=- f1=1 f2=0"}
            << QList<Hand>{{"p1", 5, 60, {}}, {"p2", 6, 50, {}}, {"p3", 5, 60, {}}} << Optional();
        // p3 worth 2: attempts drawing it have 4 marks, the others 3; rests and totals are
        // percentages of each attempt's own maxima.
        QTest::addRow("different maxima")
            << 2.0
            << QList<Spec>{"p1=1 p2=1 f1=1 f2=1", "p1=0 p3=1 f1=1 f2=0", "p2=0 p3=0 f1=0 f2=0",
                           "p3=1 p1=1 f1=1 f2=1", "p3=0 p2=1 f1=- f2=1", "p1=1 p3=1 f1=0 f2=1",
                           "p2=0 p1=0 f1=0 f2=-", "p3=1 p2=0 f1=1 f2=0"}
            << QList<Hand>{{"p3", 6, 200.0 / 3, {}}, {"p1", 5, 60, {}}, {"p2", 5, 40, {}}}
            << Optional();
    }

    void figures()
    {
        QFETCH(double, p3Points);
        QFETCH(QList<Spec>, attempts);
        QFETCH(QList<Hand>, hand);
        QFETCH(Optional, poolAlpha);
        const Quiz quiz = poolQuiz(p3Points);
        const std::optional<QuizStatistics> s = analyse(quiz, attempts);
        QVERIFY(s);
        QCOMPARE(s->attempts, attempts.size());
        QList<Marks> marks;
        for (const Spec &spec : attempts)
            marks.append(marksOf(quiz, spec));

        for (const Hand &h : hand) {
            const ItemStatistics *item = s->item(h.item);
            QVERIFY(item);
            QCOMPARE(item->attempts, h.attempts);
            COMPARE_FIGURE(h.item + QStringLiteral(" facility"), item->facility,
                           Optional(h.facility));
            if (h.discrimination)
                COMPARE_FIGURE(h.item + QStringLiteral(" discrimination"),
                               item->discriminationIndex, h.discrimination);
        }
        for (const Item &i : quiz.items) {
            const ReferenceItem r = referenceItem(quiz, marks, i.id);
            const ItemStatistics &item = *s->item(i.id);
            QCOMPARE(item.attempts, r.attempts);
            COMPARE_FIGURE(i.id + QStringLiteral(" facility"), item.facility, r.facility);
            COMPARE_FIGURE(i.id + QStringLiteral(" discrimination"), item.discriminationIndex,
                           r.discrimination);
            COMPARE_FIGURE(i.id + QStringLiteral(" efficiency"), item.discriminativeEfficiency,
                           r.efficiency);
            // Unanswered: the drawn attempts without an answer, never the undrawn ones.
            qint64 skipped = 0;
            for (const Spec &spec : attempts)
                skipped += spec.contains(i.id + QStringLiteral("=-"));
            QCOMPARE(item.unanswered, skipped);
        }

        const QList<std::pair<const ScoreSummary *, QStringList>> scopes{
            {&s->test, {"p1", "p2", "p3", "f1", "f2"}},
            {s->domain(QStringLiteral("pool")), {"p1", "p2", "p3"}},
            {s->domain(QStringLiteral("fixed")), {"f1", "f2"}}};
        for (const auto &[summary, scope] : scopes) {
            const ReferenceSummary r = referenceSummary(quiz, marks, scope);
            const QString what = summary->scope;
            QCOMPARE(summary->count, r.count);
            COMPARE_FIGURE(what + QStringLiteral(" max"), Optional(summary->maxMark),
                           Optional(r.maxMark));
            COMPARE_FIGURE(what + QStringLiteral(" mean"), summary->mean, r.mean);
            COMPARE_FIGURE(what + QStringLiteral(" sd"), summary->sd, r.sd);
            COMPARE_FIGURE(what + QStringLiteral(" alpha"), summary->alpha, r.alpha);
        }
        if (poolAlpha)
            COMPARE_FIGURE(QStringLiteral("pool alpha (by hand)"),
                           s->domain(QStringLiteral("pool"))->alpha, poolAlpha);
    }

    // The per-attempt export scores each attempt on the items it drew, as its report does.
    // Ids longer than the 8 bytes the look-up keys on, sharing them, are told apart.
    void drawnItemsOfLongIds()
    {
        Quiz quiz;
        for (int i = 1; i <= 12; ++i)
            quiz.items.append(single(QStringLiteral("question-%1").arg(i, 3, 10, QLatin1Char('0')),
                                     QStringLiteral("d"), 1));
        DrawnItems drawn(quiz);
        const QList<bool> &shown = drawn.of("question-003,question-011,unknown,question-01");
        QList<bool> expected(12, false);
        expected[2] = expected[10] = true;
        QCOMPARE(shown, expected);
        QVERIFY(!drawn.drewAll());
        QCOMPARE(drawn.of(QByteArrayView()), QList<bool>(12, true));
        QVERIFY(drawn.drewAll());
    }

    void exportCountsDrawnItemsOnly()
    {
        const Quiz quiz = poolQuiz(1);
        QString csv;
        QVERIFY(analyse(quiz, {"p1=1 p2=0 f1=1 f2=1", "p2=1 p3=- f1=0 f2=1"}, &csv));
        const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        // overall = (pool + fixed) / 2: (50 + 100) / 2 and (50 + 50) / 2.
        QCOMPARE(lines[1].split(QLatin1Char(',')).mid(6), (QStringList{"75", "50", "100"}));
        QCOMPARE(lines[2].split(QLatin1Char(',')).mid(6), (QStringList{"50", "50", "50"}));
    }

    // An order naming an unknown item, or an answer to an item the order leaves out, is
    // refused: nothing is stored.
    void importRefusesAnswersOutsideTheDraw()
    {
        const Quiz quiz = poolQuiz(1);
        QString error;
        const auto storage = *Storage::open(newDatabase());
        QVERIFY(storage);
        ImportedAttempt a = attemptOf(quiz, QStringLiteral("p1=1 p2=0 f1=1 f2=1"), 1);
        a.answers[2].value = QStringLiteral("b"); // p3, not drawn
        bool given = false;
        const auto once = [&](ImportedAttempt *next) {
            *next = a;
            return !std::exchange(given, true);
        };
        const Result<qint64> undrawn = storage->importAttempts(quiz, once);
        QVERIFY(!undrawn);
        QCOMPARE(undrawn.error().kind, ErrorKind::Refused);
        QVERIFY2(undrawn.error().message.contains(QStringLiteral("'p3'")),
                 qPrintable(undrawn.errorMessage()));
        a = attemptOf(quiz, QStringLiteral("p1=1 p2=0 f1=1 f2=1"), 1);
        a.itemOrder.append(QStringLiteral("nope"));
        given = false;
        const Result<qint64> unknown = storage->importAttempts(quiz, once);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("'nope'")),
                 qPrintable(unknown.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestPoolStatistics)
#include "tst_poolstatistics.moc"
