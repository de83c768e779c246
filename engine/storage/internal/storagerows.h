#pragma once
// Row conversions shared by the storage gateway's two halves (storage.cpp: opening,
// profiles and snapshots; attemptstore.cpp: attempts and responses). Internal to engine/.

#include "storage.h"

#include "logging.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace hitready {

namespace storagerows {

// ISO-8601 UTC with milliseconds: sorts as text, reads back to the same instant.
inline QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromTimestamp(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

// Qt binds a null QString as SQL NULL; these columns hold '' instead.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QString modeName(QuizMode mode)
{
    return mode == QuizMode::Practice ? QStringLiteral("practice") : QStringLiteral("assessment");
}

inline AttemptRecord attemptFrom(const QSqlQuery &q)
{
    AttemptRecord a;
    a.id = q.value(0).toLongLong();
    a.profileId = q.value(1).toLongLong();
    a.quizId = q.value(2).toString();
    a.quizHash = q.value(3).toString();
    a.mode = q.value(4).toString() == QLatin1String("practice") ? QuizMode::Practice
                                                                : QuizMode::Assessment;
    a.seed = quint64(q.value(5).toLongLong()); // stored as the same 64 bits, signed
    a.started = fromTimestamp(q.value(6));
    if (!q.value(7).isNull())
        a.finished = fromTimestamp(q.value(7));
    a.position = q.value(8).toInt();
    a.elapsedMs = q.value(9).toLongLong();
    const QString order = q.value(10).toString();
    if (!order.isEmpty())
        a.itemOrder = order.split(QLatin1Char(','));
    a.uuid = q.value(11).toString();
    return a;
}

inline constexpr char attemptColumns[] =
    "id, profile_id, quiz_id, quiz_hash, mode, seed, started_at, "
    "finished_at, position, elapsed_ms, item_order, uuid";

// A new attempt's UUID: RFC 4122 version 4, lower case, without braces.
inline QString newAttemptUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace storagerows

} // namespace hitready
