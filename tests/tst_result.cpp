// Result<T>: the engine's one way to return a value or the reason there is none.

#include "result.h"

#include <QCoreApplication>
#include <QProcess>
#include <QtTest>
#include <memory>

using namespace hitready;

namespace {

Result<int> half(int n)
{
    if (n % 2 != 0)
        return Error(ErrorKind::Refused, QStringLiteral("%1 is odd").arg(n));
    return n / 2;
}

Status even(int n)
{
    if (const Result<int> h = half(n); !h)
        return h.error();
    return {};
}

// What a misuse does, run in a child process: it must stop the program.
int misuse(const QString &what)
{
    const Result<int> failed = Error(ErrorKind::Io, QStringLiteral("disk gone"));
    const Result<int> fine = 1;
    const Status failedStatus = Error(ErrorKind::Io, QStringLiteral("disk gone"));
    if (what == QLatin1String("value"))
        return failed.value();
    if (what == QLatin1String("deref"))
        return *failed;
    if (what == QLatin1String("error"))
        return int(fine.error().kind);
    if (what == QLatin1String("status"))
        failedStatus.value();
    return 0; // not a misuse: the child exits normally
}

} // namespace

class ResultTest : public QObject
{
    Q_OBJECT

private slots:
    void valueOrError_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<bool>("hasValue");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("message");
        QTest::addRow("even") << 8 << true << 4 << QString();
        QTest::addRow("zero") << 0 << true << 0 << QString();
        QTest::addRow("odd") << 7 << false << -1 << QStringLiteral("7 is odd");
        QTest::addRow("negative odd") << -3 << false << -1 << QStringLiteral("-3 is odd");
    }
    void valueOrError()
    {
        QFETCH(int, input);
        QFETCH(bool, hasValue);
        QFETCH(int, value);
        QFETCH(QString, message);
        const Result<int> r = half(input);
        QCOMPARE(r.has_value(), hasValue);
        QCOMPARE(bool(r), hasValue);
        QCOMPARE(r.value_or(-1), value);
        if (hasValue) {
            QCOMPARE(*r, value);
            QCOMPARE(r.value(), value);
            QCOMPARE(r.toOptional(), std::optional<int>(value));
        } else {
            QCOMPARE(r.error().kind, ErrorKind::Refused);
            QCOMPARE(r.error().message, message);
            QCOMPARE(r.toOptional(), std::nullopt);
        }
        const Status s = even(input);
        QCOMPARE(s.has_value(), hasValue);
        if (!hasValue)
            QCOMPARE(s.error(), r.error());
    }

    void contextKeepsKindAndProblems_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("doing");
        QTest::addColumn<QString>("expected");
        QTest::addRow("not found") << int(ErrorKind::NotFound) << QStringLiteral("/tmp/a.sqlite")
                                   << QStringLiteral("/tmp/a.sqlite: no attempt 9");
        QTest::addRow("io") << int(ErrorKind::Io) << QStringLiteral("cannot start an attempt")
                            << QStringLiteral("cannot start an attempt: no attempt 9");
        QTest::addRow("invalid") << int(ErrorKind::Invalid) << QStringLiteral("q.yaml")
                                 << QStringLiteral("q.yaml: no attempt 9");
    }
    void contextKeepsKindAndProblems()
    {
        QFETCH(int, kind);
        QFETCH(QString, doing);
        QFETCH(QString, expected);
        const Problems problems{{QStringLiteral("q.yaml"), 3, 1, QStringLiteral("missing id")}};
        const Error e(ErrorKind(kind), QStringLiteral("no attempt 9"), problems);
        const Error named = e.context(doing);
        QCOMPARE(named.message, expected);
        QCOMPARE(named.kind, ErrorKind(kind));
        QCOMPARE(named.problems, problems);
    }

    void moveOnlyValue()
    {
        Result<std::unique_ptr<QString>> r = std::make_unique<QString>(QStringLiteral("db"));
        QVERIFY(r);
        QCOMPARE(**r, QStringLiteral("db"));
        QCOMPARE(r->get()->size(), 2);
        std::unique_ptr<QString> taken = std::move(*r);
        QCOMPARE(*taken, QStringLiteral("db"));
        const Result<std::unique_ptr<QString>> failed = Error(ErrorKind::Io, QStringLiteral("no"));
        QVERIFY(!failed);
        QCOMPARE(failed.error().message, QStringLiteral("no"));
    }

    void valueTypesThatLookLikeErrors()
    {
        // A QString value is a value, never an error message.
        const Result<QString> text = QStringLiteral("abc123");
        QVERIFY(text);
        QCOMPARE(*text, QStringLiteral("abc123"));
        // Assigning an error over a value, and a value over an error.
        Result<QString> r = QStringLiteral("x");
        r = Error(ErrorKind::NotFound, QStringLiteral("gone"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
        r = QStringLiteral("back");
        QCOMPARE(r.value(), QStringLiteral("back"));
    }

    void misuseStopsTheProgram_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("stops");
        QTest::addRow("value of an error") << QStringLiteral("value") << true;
        QTest::addRow("operator* of an error") << QStringLiteral("deref") << true;
        QTest::addRow("error of a value") << QStringLiteral("error") << true;
        QTest::addRow("value of a failed Status") << QStringLiteral("status") << true;
        QTest::addRow("no misuse") << QStringLiteral("none") << false;
    }
    void misuseStopsTheProgram()
    {
        QFETCH(QString, what);
        QFETCH(bool, stops);
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--misuse"), what});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus() == QProcess::CrashExit, stops);
        if (stops)
            QVERIFY2(child.readAllStandardError().contains("hitready::Result misused"),
                     "the message says what was misused");
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--misuse"))
        return misuse(args.at(2));
    ResultTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_result.moc"
