#include "handinfile.h"

#include "jsonkeys.h"
#include "snapshot.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace hitready {

namespace {

QString timestampText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The checksum of a body: SHA-256 of its compact JSON (members sorted by key, as QJsonObject
// keeps them), lower-case hex.
QString bodyChecksum(const QJsonObject &body)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QJsonObject responseJson(const TransferredResponse &r)
{
    return {{QStringLiteral("item"), r.itemId},
            {QStringLiteral("answer"), r.answer},
            {QStringLiteral("answeredAt"), r.answeredAt},
            {QStringLiteral("flagged"), r.flagged},
            {QStringLiteral("confidence"),
             r.confidence ? QJsonValue(*r.confidence) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject attemptJson(const AttemptTransfer &t)
{
    const AttemptRecord &a = t.attempt;
    QJsonArray responses;
    for (const TransferredResponse &r : t.responses)
        responses.append(responseJson(r));
    return {{QStringLiteral("uuid"), a.uuid},
            {QStringLiteral("quizId"), a.quizId},
            {QStringLiteral("quizHash"), a.quizHash},
            {QStringLiteral("mode"), a.mode == QuizMode::Practice ? QStringLiteral("practice")
                                                                  : QStringLiteral("assessment")},
            {QStringLiteral("seed"), QString::number(a.seed)}, // 64 bits: beyond a JSON number
            {QStringLiteral("startedAt"), timestampText(a.started)},
            {QStringLiteral("finishedAt"),
             a.finished ? QJsonValue(timestampText(*a.finished)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("position"), a.position},
            {QStringLiteral("elapsedMs"), a.elapsedMs},
            {QStringLiteral("itemOrder"), QJsonArray::fromStringList(a.itemOrder)},
            {QStringLiteral("responses"), responses}};
}

// Reads the members of one object, remembering the first that is missing or of the wrong type
// (with its path, e.g. "attempts[2].responses[0].answer").
class Members
{
public:
    Members(const QJsonObject &object, QString path, QString *problem)
        : m_object(object), m_path(std::move(path)), m_problem(problem)
    {}

    QJsonValue value(const char *key, QJsonValue::Type type, const char *expected)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.type() != type && m_problem->isEmpty())
            *m_problem = QStringLiteral("%1 is %2, expected %3")
                             .arg(where(key),
                                  v.isUndefined() ? QStringLiteral("missing")
                                                  : QStringLiteral("of the wrong type"),
                                  QLatin1String(expected));
        return v;
    }
    QString string(const char *key)
    {
        return value(key, QJsonValue::String, "a string").toString();
    }
    qint64 integer(const char *key, qint64 min, qint64 max)
    {
        const QJsonValue v = value(key, QJsonValue::Double, "a whole number");
        const double d = v.toDouble();
        if (v.isDouble() && (d != double(qint64(d)) || d < double(min) || d > double(max)))
            invalid(key, QStringLiteral("a whole number from %1 to %2").arg(min).arg(max));
        return qint64(d);
    }
    bool boolean(const char *key) { return value(key, QJsonValue::Bool, "true or false").toBool(); }
    QJsonArray array(const char *key) { return value(key, QJsonValue::Array, "a list").toArray(); }
    QDateTime time(const char *key)
    {
        const QString text = string(key);
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            invalid(key, QStringLiteral("an ISO-8601 time"));
        return t.toUTC();
    }
    void invalid(const char *key, const QString &expected)
    {
        if (m_problem->isEmpty())
            *m_problem = QStringLiteral("%1 is not %2").arg(where(key), expected);
    }
    QString where(const char *key) const
    {
        return m_path.isEmpty() ? QLatin1String(key)
                                : QStringLiteral("%1.%2").arg(m_path, QLatin1String(key));
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_problem;
};

QJsonObject objectAt(const QJsonArray &list, qsizetype i, const QString &path, QString *problem)
{
    if (!list.at(i).isObject() && problem->isEmpty())
        *problem = QStringLiteral("%1 is not an object").arg(path);
    return list.at(i).toObject();
}

AttemptTransfer attemptFrom(const QJsonObject &object, const QString &path, QString *problem)
{
    Members m(object, path, problem);
    AttemptTransfer t;
    AttemptRecord &a = t.attempt;
    a.uuid = m.string("uuid");
    a.quizId = m.string("quizId");
    a.quizHash = m.string("quizHash");
    const QString mode = m.string("mode");
    if (mode != QLatin1String("assessment") && mode != QLatin1String("practice"))
        m.invalid("mode", QStringLiteral("\"assessment\" or \"practice\""));
    a.mode = mode == QLatin1String("practice") ? QuizMode::Practice : QuizMode::Assessment;
    bool seedOk = false;
    a.seed = m.string("seed").toULongLong(&seedOk);
    if (!seedOk)
        m.invalid("seed", QStringLiteral("a decimal number from 0 to 2^64-1"));
    a.started = m.time("startedAt");
    a.finished = m.time("finishedAt");
    a.position = int(m.integer("position", 0, std::numeric_limits<int>::max()));
    a.elapsedMs = m.integer("elapsedMs", 0, qint64(1) << 53);
    const QJsonArray order = m.array("itemOrder");
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (!order.at(i).isString())
            m.invalid("itemOrder", QStringLiteral("a list of item ids"));
        a.itemOrder.append(order.at(i).toString());
    }
    const QJsonArray responses = m.array("responses");
    for (qsizetype i = 0; i < responses.size(); ++i) {
        const QString at = QStringLiteral("%1.responses[%2]").arg(path).arg(i);
        Members r(objectAt(responses, i, at, problem), at, problem);
        TransferredResponse response{r.string("item"), r.string("answer"), r.string("answeredAt"),
                                     r.boolean("flagged"), std::nullopt};
        if (!responses.at(i).toObject().value(QLatin1String("confidence")).isNull())
            response.confidence = int(r.integer("confidence", 1, 3));
        t.responses.append(response);
    }
    return t;
}

// Line and column (1-based, in bytes) of `offset` in `bytes`.
QString positionOf(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const QByteArrayView before(bytes.constData(), offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

QString handInFormatName()
{
    return QStringLiteral("hitready-hand-in");
}

QByteArray writeHandIn(const HandIn &handIn)
{
    QJsonArray quizzes;
    QStringList hashes = handIn.quizzes.keys();
    hashes.sort();
    for (const QString &hash : hashes) {
        const Quiz &quiz = handIn.quizzes[hash];
        quizzes.append(QJsonObject{
            {QStringLiteral("hash"), hash},
            {QStringLiteral("quizId"), quiz.id},
            {QStringLiteral("title"), quiz.text(quiz.title)},
            {QStringLiteral("snapshotFormat"), snapshotFormatName()},
            {QStringLiteral("snapshot"), QString::fromLatin1(freezeQuiz(quiz).toBase64())}});
    }
    QJsonArray attempts;
    for (const AttemptTransfer &t : handIn.attempts)
        attempts.append(attemptJson(t));
    const QJsonObject body{{QStringLiteral("profile"), handIn.profileName},
                           {QStringLiteral("handedInAt"), timestampText(handIn.handedIn)},
                           {QStringLiteral("quizzes"), quizzes},
                           {QStringLiteral("attempts"), attempts}};
    const QJsonObject file{{QStringLiteral("format"), handInFormatName()},
                           {QStringLiteral("version"), handInFormatVersion},
                           {QStringLiteral("sha256"), bodyChecksum(body)},
                           {QStringLiteral("body"), body}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<HandIn> readHandIn(const QByteArray &bytes, QHash<QString, KnownSnapshot> *known)
{
    if (bytes.size() > maxHandInBytes)
        return Error(ErrorKind::Refused, QStringLiteral("larger than a hand-in file can be (%1 MB)")
                                             .arg(maxHandInBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(ErrorKind::Damaged,
                     QStringLiteral("not valid JSON at %1: %2 (is the file complete?)")
                         .arg(positionOf(bytes, parseError.offset), parseError.errorString()));
    if (!document.isObject())
        return Error(ErrorKind::Invalid, QStringLiteral("not a hand-in file (no JSON object)"));
    if (const RepeatedKeys repeated = repeatedKeys(bytes, 1); repeated.total > 0)
        return Error(ErrorKind::Damaged,
                     QStringLiteral("the key \"%1\" at line %2, column %3 repeats the one at "
                                    "line %4")
                         .arg(repeated.first[0].key)
                         .arg(repeated.first[0].line)
                         .arg(repeated.first[0].column)
                         .arg(repeated.first[0].firstLine));
    const QJsonObject file = document.object();
    if (file.value(QLatin1String("format")).toString() != handInFormatName())
        return Error(ErrorKind::Refused,
                     QStringLiteral("not a hand-in file (its \"format\" is not \"%1\")")
                         .arg(handInFormatName()));
    const QJsonValue version = file.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != double(handInFormatVersion))
        return Error(ErrorKind::Refused,
                     QStringLiteral("hand-in format version %1 is unknown: this program reads "
                                    "version %2 (a newer HIT Ready may read it)")
                         .arg(version.isDouble() ? QString::number(version.toDouble())
                                                 : QStringLiteral("(none)"))
                         .arg(handInFormatVersion));
    const QJsonObject body = file.value(QLatin1String("body")).toObject();
    const QString declared = file.value(QLatin1String("sha256")).toString();
    if (const QString actual = bodyChecksum(body); declared != actual)
        return Error(ErrorKind::Damaged,
                     QStringLiteral("checksum mismatch: the file says sha256 %1, its content "
                                    "has %2; it was changed or damaged after it was written")
                         .arg(declared.isEmpty() ? QStringLiteral("(none)") : declared.left(16),
                              actual.left(16)));

    QString problem;
    Members m(body, QString(), &problem);
    HandIn handIn;
    handIn.profileName = m.string("profile");
    handIn.handedIn = m.time("handedInAt");
    const QJsonArray quizzes = m.array("quizzes");
    for (qsizetype i = 0; i < quizzes.size() && problem.isEmpty(); ++i) {
        const QString at = QStringLiteral("quizzes[%1]").arg(i);
        Members q(objectAt(quizzes, i, at, &problem), at, &problem);
        const QString hash = q.string("hash");
        const QString text = q.string("snapshot");
        if (!problem.isEmpty())
            break;
        if (known)
            if (const auto k = known->constFind(hash); k != known->cend() && k->text == text) {
                handIn.quizzes.insert(hash, k->quiz);
                continue;
            }
        const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        QString why = QStringLiteral("it is not base64");
        std::optional<Quiz> quiz;
        if (decoded)
            quiz = thawQuiz(*decoded, &why);
        if (!quiz)
            return Error(ErrorKind::Damaged,
                         QStringLiteral("%1.snapshot does not decode (%2)").arg(at, why));
        if (const QString actual = contentHash(*quiz); actual != hash)
            return Error(ErrorKind::Damaged,
                         QStringLiteral("%1.snapshot holds quiz version %2, not %3 as it says")
                             .arg(at, actual.left(12), hash.left(12)));
        if (known)
            known->insert(hash, {text, *quiz});
        handIn.quizzes.insert(hash, std::move(*quiz));
    }
    const QJsonArray attempts = m.array("attempts");
    for (qsizetype i = 0; i < attempts.size() && problem.isEmpty(); ++i) {
        const QString at = QStringLiteral("attempts[%1]").arg(i);
        handIn.attempts.append(attemptFrom(objectAt(attempts, i, at, &problem), at, &problem));
        handIn.attempts.last().profileName = handIn.profileName;
    }
    if (!problem.isEmpty())
        return Error(ErrorKind::Invalid, problem);
    return handIn;
}

} // namespace hitready
