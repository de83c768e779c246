#include "classconnection.h"

#include "classlocation.h"
#include "classpassword.h"
#include "displaysettings.h"
#include "learnerdatabase.h"
#include "storage.h"
#include "uilogging.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace hitready {

namespace {

const QString classKey = QStringLiteral("class/url");

} // namespace

ClassConnection::ClassConnection(LearnerDatabase *database)
    : QObject(database), m_database(database), m_password(new ClassPassword(this))
{
    connect(&m_sender, &ClassSender::finished, this, &ClassConnection::apply);
    connect(&m_sender, &ClassSender::sendingChanged, this, &ClassConnection::statusChanged);
}

ClassConnection::~ClassConnection() = default;

QString ClassConnection::settingsPath()
{
    return QFileInfo(DisplaySettings::settingsPath()).absolutePath() +
           QStringLiteral("/class.conf");
}

QString ClassConnection::chosenClass()
{
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    const QString url = settings.value(classKey).toString();
    return isClassUrl(url) ? withoutPassword(url) : QString();
}

QString ClassConnection::statusText() const
{
    if (!isConnected())
        return {};
    if (m_needsPassword)
        return tr("Enter the class password to send your answers.");
    if (!m_reachable && hasPending())
        return m_pending.items > 0
                   ? tr("%n answers kept on this computer, waiting for the class server.", nullptr,
                        m_pending.items)
                   : tr("Your progress is kept on this computer, waiting for the class server.");
    if (hasPending() || isSending())
        return tr("Sending your answers to the class…");
    return tr("All your answers are with the class.");
}

bool ClassConnection::isNoticeVisible() const
{
    return isConnected() && !m_reachable && hasPending() && !m_noticeDismissed;
}

void ClassConnection::follow(const QString &server, const QString &localPath)
{
    const quint64 follow = ++m_follows;
    const bool url = isClassUrl(server);
    m_className = url ? withoutPassword(server) : server;
    m_localPath = localPath;
    m_reachable = true;
    m_noticeDismissed = false;
    m_pending = {};
    m_problem.clear();
    m_needsPassword = false;
    if (!url || !passwordOf(server).isEmpty()) {
        useServer(server);
    } else {
        // Until the keyring answers nothing is sent (a send without the password would fail
        // and show the notice for nothing).
        m_sender.setServer({}, {});
        m_password->read(m_className, [this, follow](std::optional<QString> password) {
            if (follow != m_follows)
                return;
            if (password) {
                useServer(withPassword(m_className, *password));
                return;
            }
            // libpq may still find one (PGPASSWORD, ~/.pgpass): try, and ask meanwhile.
            m_needsPassword = true;
            useServer(m_className);
            emit classChanged();
        });
    }
    emit classChanged();
    emit statusChanged();
}

void ClassConnection::leave()
{
    if (!isConnected())
        return;
    ++m_follows;
    m_sender.setServer({}, {});
    m_className.clear();
    m_localPath.clear();
    m_needsPassword = false;
    m_pending = {};
    m_reachable = true;
    emit classChanged();
    emit statusChanged();
}

void ClassConnection::useServer(const QString &server)
{
    m_sender.setServer(server, m_localPath);
}

bool ClassConnection::connectTo(const QString &url)
{
    const QString given = url.trimmed();
    const QUrl parsed(given, QUrl::StrictMode);
    if (!isClassUrl(given) || !parsed.isValid() || parsed.host().isEmpty() ||
        parsed.userName().isEmpty()) {
        setErrorText(tr("This is not a class address. It starts with postgresql:// and names "
                        "you, the server and the class, as your instructor gave it to you."));
        return false;
    }
    setErrorText({});
    const QString name = withoutPassword(given);
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(classKey, name);
    }
    if (const QString password = passwordOf(given); !password.isEmpty())
        m_password->write(name, password, [](bool) {});
    m_database->open(given);
    return m_database->isOpen();
}

void ClassConnection::setPassword(const QString &password)
{
    if (!isConnected() || !isClassUrl(m_className) || password.isEmpty())
        return;
    m_password->write(m_className, password, [](bool) {});
    m_needsPassword = false;
    emit classChanged();
    emit statusChanged();
    useServer(withPassword(m_className, password));
}

void ClassConnection::disconnectFromClass()
{
    if (!isConnected())
        return;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.remove(classKey);
    }
    if (isClassUrl(m_className))
        m_password->remove(m_className);
    m_database->open(Storage::defaultPath());
}

void ClassConnection::dismissNotice()
{
    if (m_noticeDismissed)
        return;
    m_noticeDismissed = true;
    emit statusChanged();
}

void ClassConnection::apply(const ClassSender::Outcome &outcome)
{
    if (outcome.contacted) {
        if (outcome.reached && !m_reachable)
            m_noticeDismissed = false; // a new outage gets its own notice
        m_reachable = outcome.reached;
        m_problem = outcome.error;
    }
    m_pending = outcome.pending;
    emit statusChanged();
}

void ClassConnection::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace hitready
