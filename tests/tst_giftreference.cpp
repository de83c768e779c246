// Our GIFT reader against the reference parser, gift-pegjs (npm, pinned in
// tests/gift-reference/package-lock.json, installed by `make gift-reference`): every question
// of the GIFT fixtures both read is the same kind with the same title, text format, stem,
// answers, weights, feedback and category. Where Moodle reads more than gift-pegjs
// (moodle-lenient.gift) the reference is not asked; docs/interchange.md lists the differences.

#include "giftparse.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace hitready;

namespace {

const QString fixtures = QStringLiteral(HITREADY_FIXTURES "/gift");

QJsonValue orNull(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

// Our parse in the shape tests/gift-reference/parse.js gives the reference's.
QJsonObject ours(const GiftQuestion &q)
{
    QJsonObject o{{QStringLiteral("kind"), QString::fromLatin1(giftKindName(q.kind))}};
    if (q.kind == GiftQuestion::Kind::Category) {
        o.insert(QStringLiteral("category"), q.category);
        return o;
    }
    o.insert(QStringLiteral("title"), q.title);
    o.insert(QStringLiteral("format"), q.format);
    o.insert(QStringLiteral("stem"), q.stem);
    o.insert(QStringLiteral("generalFeedback"), orNull(q.generalFeedback));
    QJsonArray answers;
    for (const GiftAnswer &a : q.answers) {
        const double weight = a.weight.value_or(a.marked ? 100.0 : 0.0);
        switch (q.kind) {
        case GiftQuestion::Kind::Numerical:
            answers.append(QJsonObject{{QStringLiteral("weight"), weight},
                                       {QStringLiteral("feedback"), orNull(a.feedback)},
                                       {QStringLiteral("number"), a.number},
                                       {QStringLiteral("tolerance"), a.tolerance}});
            break;
        case GiftQuestion::Kind::Matching:
            answers.append(
                QJsonObject{{QStringLiteral("text"), a.text}, {QStringLiteral("match"), a.match}});
            break;
        default:
            answers.append(QJsonObject{{QStringLiteral("text"), a.text},
                                       {QStringLiteral("weight"), weight},
                                       {QStringLiteral("feedback"), orNull(a.feedback)}});
        }
    }
    if (q.kind == GiftQuestion::Kind::TrueFalse) {
        o.insert(QStringLiteral("truth"), q.truth);
        o.insert(QStringLiteral("truthFeedback"), QJsonArray::fromStringList(q.truthFeedback));
    } else if (q.kind != GiftQuestion::Kind::Essay && q.kind != GiftQuestion::Kind::Description) {
        o.insert(QStringLiteral("answers"), answers);
    }
    return o;
}

// The same object with the reference's keys only (it has no answers on an essay, ...).
QJsonObject sameKeys(const QJsonObject &reference, const QJsonObject &mine)
{
    QJsonObject out;
    for (auto it = reference.begin(); it != reference.end(); ++it)
        out.insert(it.key(), mine.value(it.key()));
    return out;
}

} // namespace

class TestGiftReference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameParseAsGiftPegjs_data();
    void sameParseAsGiftPegjs();
    void referenceRefusesWhatMoodleReads();

private:
    QJsonObject runReference(const QStringList &files, QString *error = nullptr);
    QJsonObject m_reference;
};

QJsonObject TestGiftReference::runReference(const QStringList &files, QString *error)
{
    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), QStringLiteral(HITREADY_GIFT_REFERENCE));
    node.setProcessEnvironment(env);
    node.start(QStringLiteral(HITREADY_NODE),
               QStringList{QStringLiteral(HITREADY_GIFT_SCRIPT)} + files);
    if (!node.waitForFinished(60000))
        qFatal("node did not finish");
    if (error)
        *error = QString::fromUtf8(node.readAllStandardError());
    if (node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(node.readAllStandardOutput()).object();
}

void TestGiftReference::initTestCase()
{
    // The reference must run: a CI without it fails here instead of passing unchecked.
    QVERIFY2(QFile::exists(QStringLiteral(HITREADY_NODE)),
             "node was not found when the build was configured (Debian package nodejs)");
    QVERIFY2(QFile::exists(QStringLiteral(HITREADY_GIFT_REFERENCE "/gift-pegjs/package.json")),
             "gift-pegjs is not installed in the build folder: run `make gift-reference` "
             "(npm ci of tests/gift-reference)");
    QStringList files;
    for (const QString &name : QDir(fixtures).entryList({QStringLiteral("*.gift")}))
        if (name != QLatin1String("errors.gift") && name != QLatin1String("moodle-lenient.gift"))
            files << fixtures + u'/' + name;
    QString error;
    m_reference = runReference(files, &error);
    QVERIFY2(m_reference.size() == files.size(), qPrintable(error));
}

void TestGiftReference::sameParseAsGiftPegjs_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonArray>("reference");
    for (auto it = m_reference.begin(); it != m_reference.end(); ++it)
        QTest::addRow("%s", qPrintable(QFileInfo(it.key()).fileName()))
            << it.key() << it->toArray();
}

void TestGiftReference::sameParseAsGiftPegjs()
{
    QFETCH(QString, path);
    QFETCH(QJsonArray, reference);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const GiftParse parsed = parseGift(QString::fromUtf8(file.readAll()), path);
    QVERIFY(parsed.problems.isEmpty());
    QCOMPARE(parsed.questions.size(), reference.size());
    for (qsizetype i = 0; i < reference.size(); ++i) {
        const QJsonObject expected = reference.at(i).toObject();
        const QJsonObject actual = sameKeys(expected, ours(parsed.questions.at(i)));
        QVERIFY2(actual == expected,
                 qPrintable(QStringLiteral("question %1 (line %2)\nours:      %3\ngift-pegjs: %4")
                                .arg(i + 1)
                                .arg(parsed.questions.at(i).line)
                                .arg(QString::fromUtf8(
                                         QJsonDocument(actual).toJson(QJsonDocument::Compact)),
                                     QString::fromUtf8(
                                         QJsonDocument(expected).toJson(QJsonDocument::Compact)))));
    }
}

void TestGiftReference::referenceRefusesWhatMoodleReads()
{
    // If gift-pegjs ever reads these, docs/interchange.md's list of differences is out of date.
    const QString lenient = fixtures + QStringLiteral("/moodle-lenient.gift");
    QString error;
    QVERIFY(runReference({lenient}, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("SyntaxError")), qPrintable(error));
    QFile file(lenient);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const GiftParse parsed = parseGift(QString::fromUtf8(file.readAll()), lenient);
    QVERIFY(parsed.problems.isEmpty());
    QCOMPARE(parsed.questions.size(), 2);
    QCOMPARE(parsed.questions.at(0).answers.at(0).text, QStringLiteral("75%: three quarters"));
    QCOMPARE(parsed.questions.at(0).answers.at(0).feedback, QStringLiteral("Right: 3/4."));
    QCOMPARE(parsed.questions.at(1).answers.size(), 2);
}

QTEST_GUILESS_MAIN(TestGiftReference)
#include "tst_giftreference.moc"
