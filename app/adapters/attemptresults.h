#pragma once
// The one finished attempt a results screen shows, read once and shared: the results, the
// next steps and the PDF all read this object instead of each thawing and scoring the attempt
// again. Right after a submit it takes the attempt from the controller that submitted it, so
// the report computed at submit is the one shown.

#include "attemptcontroller.h"
#include "finishedattempt.h"
#include "learnerdatabase.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace hitready {

class AttemptResults : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(AttemptResults)
    // The app's database (the LearnerDatabase singleton in QML).
    Q_PROPERTY(
        hitready::LearnerDatabase *database READ database WRITE setDatabase NOTIFY databaseChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY changed)
    Q_PROPERTY(int attemptId READ attemptId NOTIFY changed)
    // Why the last load() failed, from the database; empty when it did not.
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit AttemptResults(QObject *parent = nullptr);

    // The storage attempts are read from; not owned, and it must outlive this object.
    void setStorage(Storage *storage) { m_storage = storage; }
    Storage *storage() const { return m_storage; }
    LearnerDatabase *database() const { return m_database; }
    void setDatabase(LearnerDatabase *database);

    // Shows the finished attempt `attemptId`. When `submitter` (may be null) holds that very
    // attempt, submitted, its session and report are taken as they are; otherwise the attempt
    // is read through its frozen quiz and scored, once. False (and errorText) when it cannot.
    Q_INVOKABLE bool load(qint64 attemptId, hitready::AttemptController *submitter = nullptr);
    // Shows `attempt` (C++: an attempt loaded elsewhere, or null to show nothing).
    void setAttempt(std::shared_ptr<const FinishedAttempt> attempt);

    // The attempt shown; null before a successful load().
    const std::shared_ptr<const FinishedAttempt> &attempt() const { return m_attempt; }
    bool isLoaded() const { return m_attempt != nullptr; }
    qint64 attemptId() const { return m_attempt ? m_attempt->record.id : 0; }
    QString errorText() const { return m_error; }

signals:
    void databaseChanged();
    // A new attempt (or none) is shown.
    void changed();

private:
    QPointer<LearnerDatabase> m_database;
    Storage *m_storage = nullptr;
    std::shared_ptr<const FinishedAttempt> m_attempt;
    QString m_error;
};

// Makes `reader` show `results` (its `source`): `update` runs now, whenever the results change,
// and when they go away. What ResultsModel, PlanModel and ReportPdf do when QML sets `results`.
template <class Reader>
void followResults(Reader *reader, QPointer<AttemptResults> &source, AttemptResults *results,
                   void (Reader::*update)())
{
    if (results == source)
        return;
    if (source)
        QObject::disconnect(source, nullptr, reader, nullptr);
    source = results;
    if (results) {
        QObject::connect(results, &AttemptResults::changed, reader, update);
        QObject::connect(results, &QObject::destroyed, reader, update);
    }
    (reader->*update)();
}

} // namespace hitready
