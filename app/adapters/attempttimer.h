#pragma once
// The time limit of the attempt on screen: what is left, the warning in the last five minutes,
// and whether the clock submitted the attempt. The controller owns the attempt's running time
// and hands the time left in through `remaining`; this object decides nothing else.

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <optional>

namespace hitready {

class AttemptTimer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AttemptTimer is provided by AttemptController.timer")
    Q_DISABLE_COPY_MOVE(AttemptTimer)
    Q_PROPERTY(bool limited READ isLimited NOTIFY limitChanged)
    Q_PROPERTY(double remainingMs READ remainingMs NOTIFY remainingChanged)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY remainingChanged) // "m:ss"
    Q_PROPERTY(bool warning READ warning NOTIFY remainingChanged)
    Q_PROPERTY(bool ranOut READ ranOut NOTIFY ranOutChanged) // the clock submitted the attempt

public:
    // The time left (ms) of the attempt on screen; nullopt when it has no limit (or none is
    // open).
    using Remaining = std::function<std::optional<qint64>()>;
    // The warning shows from this much time left.
    static constexpr qint64 warningMs = 5 * 60 * 1000;

    explicit AttemptTimer(Remaining remaining, QObject *parent = nullptr);

    // Another attempt (or none) is on screen: `ranOut` when the clock already submitted it,
    // `running` while it can still be answered.
    void begin(bool ranOut, bool running);
    void stop(); // the attempt is submitted: time stands still
    // Once a second while running (and on demand): the time left moved; warns once.
    void update();
    void markRanOut(); // the clock submitted the attempt just now

    bool isLimited() const { return m_remaining().has_value(); }
    qint64 remainingMs() const { return m_remaining().value_or(0); }
    QString remainingText() const;
    bool warning() const;
    bool ranOut() const { return m_ranOut; }

signals:
    void limitChanged();
    void remainingChanged();
    void ranOutChanged();
    void due();                // once a second while a timed attempt runs
    void timeWarningReached(); // once per attempt, at five minutes left
    void timeRanOut();         // the attempt was submitted because its time is up

private:
    Remaining m_remaining;
    QTimer m_ticker;
    bool m_running = false;
    bool m_warned = false;
    bool m_ranOut = false;
};

} // namespace hitready
