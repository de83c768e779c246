#pragma once
// The app's connection to a class on a server (issue 12): which class (the URL `hitready-cli
// class add-learner` printed, kept in the settings WITHOUT its password), the password (in the
// keyring, else asked for at each start, never in a file), and how the sending of the local
// copy stands. The learner takes every quiz on the local copy (LearnerDatabase opens it), so
// nothing waits for the network; ClassSender sends in the background. While the server cannot
// be reached there is one calm notice and a pending count, never an error per answer.

#include "classsender.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class ClassPassword;
class LearnerDatabase;

class ClassConnection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use LearnerDatabase.classConnection")
    Q_DISABLE_COPY_MOVE(ClassConnection)
    // A class is in use: the learner database is its local copy.
    Q_PROPERTY(bool connected READ isConnected NOTIFY classChanged)
    // The class URL without its password.
    Q_PROPERTY(QString className READ className NOTIFY classChanged)
    // No password came with the URL or from the keyring: ask for it.
    Q_PROPERTY(bool needsPassword READ needsPassword NOTIFY classChanged)
    // Why the last URL given to connectTo() was refused; empty when it was not.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // False from a send that did not reach the server until one that does.
    Q_PROPERTY(bool reachable READ isReachable NOTIFY statusChanged)
    Q_PROPERTY(bool sending READ isSending NOTIFY statusChanged)
    Q_PROPERTY(bool hasPending READ hasPending NOTIFY statusChanged)
    // Answers, flags and confidences not yet on the server.
    Q_PROPERTY(int pendingAnswers READ pendingAnswers NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    // The calm notice: the server cannot be reached and something waits (until dismissed, or
    // until the server is back).
    Q_PROPERTY(bool noticeVisible READ isNoticeVisible NOTIFY statusChanged)
    // The last failure as the engine said it (for the curious: an accessible description).
    Q_PROPERTY(QString problem READ problem NOTIFY statusChanged)

public:
    explicit ClassConnection(LearnerDatabase *database);
    ~ClassConnection() override;

    // The class of the settings (a URL without password); empty when none is chosen.
    static QString chosenClass();
    // class.conf, next to the display settings.
    static QString settingsPath();

    bool isConnected() const { return !m_className.isEmpty(); }
    QString className() const { return m_className; }
    bool needsPassword() const { return m_needsPassword; }
    QString errorText() const { return m_errorText; }
    bool isReachable() const { return m_reachable; }
    bool isSending() const { return m_sender.isSending(); }
    bool hasPending() const { return !m_pending.isEmpty(); }
    int pendingAnswers() const { return m_pending.items; }
    QString statusText() const;
    bool isNoticeVisible() const;
    QString problem() const { return m_problem; }
    ClassSender &sender() { return m_sender; }

    // C++ (LearnerDatabase::open): the learner database is now the local copy at `localPath`
    // of `server` (a class URL, with or without its password; an SQLite file in tests).
    void follow(const QString &server, const QString &localPath);
    // The learner database is an ordinary file again.
    void leave();
    // After every change stored in the local copy.
    void changed() { m_sender.changed(); }

    // The dialog's "Connect": remembers the class (the URL without password in the settings,
    // the password in the keyring where there is one) and opens its local copy.
    Q_INVOKABLE bool connectTo(const QString &url);
    // The password asked for at start (kept in the keyring where there is one).
    Q_INVOKABLE void setPassword(const QString &password);
    // Back to this computer's own database; what is still pending stays in the local copy
    // and is sent when the class is connected again.
    Q_INVOKABLE void disconnectFromClass();
    Q_INVOKABLE void sendNow() { m_sender.sendNow(); }
    Q_INVOKABLE void dismissNotice();

signals:
    void classChanged();
    void errorTextChanged();
    void statusChanged();

private:
    void useServer(const QString &server);
    void apply(const ClassSender::Outcome &outcome);
    void setErrorText(const QString &text);

    LearnerDatabase *m_database;
    ClassPassword *m_password;
    ClassSender m_sender;
    QString m_className;
    QString m_localPath;
    bool m_needsPassword = false;
    QString m_errorText;
    bool m_reachable = true;
    bool m_noticeDismissed = false;
    PendingChanges m_pending;
    QString m_problem;
    quint64 m_follows = 0; // a keyring answer for an earlier class is ignored
};

} // namespace hitready
