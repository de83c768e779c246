#include "learnerdatabase.h"

#include "classconnection.h"
#include "classlocation.h"
#include "storage.h"
#include "uilogging.h"

#include <QCoreApplication>
#include <QDir>

namespace hitready {

LearnerDatabase::LearnerDatabase(QObject *parent) : LearnerDatabase(configuredPath(), parent) {}

LearnerDatabase::LearnerDatabase(const QString &path, QObject *parent)
    : QObject(parent), m_class(new ClassConnection(this))
{
    // A started, finished or discarded attempt is a change to send, as an answer is.
    connect(this, &LearnerDatabase::attemptsChanged, this, &LearnerDatabase::notifyChangeStored);
    open(path);
}

LearnerDatabase::~LearnerDatabase()
{
    // Let adapters that outlive this object drop their sessions before the connection closes.
    emit storageAboutToChange();
}

QString LearnerDatabase::configuredPath()
{
    const QStringList args =
        QCoreApplication::instance() ? QCoreApplication::arguments() : QStringList();
    const QString option = QStringLiteral("--db");
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == option && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(option + QLatin1Char('=')))
            return args.at(i).mid(option.size() + 1);
    }
    const QString fromEnvironment = qEnvironmentVariable("HITREADY_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString chosenClass = ClassConnection::chosenClass();
    return chosenClass.isEmpty() ? Storage::defaultPath() : chosenClass;
}

bool LearnerDatabase::isReadOnly() const
{
    return m_storage && m_storage->isReadOnly();
}

void LearnerDatabase::notifyChangeStored()
{
    if (m_class->isConnected())
        m_class->changed();
}

bool LearnerDatabase::open(const QString &location)
{
    if (isClassUrl(location))
        return openClass(location, localCopyPath(location));
    m_class->leave();
    return openFile(location);
}

bool LearnerDatabase::openClass(const QString &server, const QString &localPath)
{
    const bool opened = openFile(localPath);
    if (opened)
        m_class->follow(server, localPath);
    else
        m_class->leave();
    return opened;
}

bool LearnerDatabase::openFile(const QString &path)
{
    emit storageAboutToChange();
    m_storage.reset();
    m_path = path;
    Result<std::unique_ptr<Storage>> opened = Storage::open(path);
    if (opened) {
        m_storage = std::move(*opened);
        m_errorText.clear();
        qCDebug(lcUi) << "learner database" << path;
    } else {
        m_errorText = tr("The learner database could not be opened (%1). The file was left "
                         "unchanged; start the app with --db and another file, or move this one "
                         "away.")
                          .arg(opened.error().message);
        qCWarning(lcUi).noquote() << m_errorText;
    }
    emit storageChanged();
    return isOpen();
}

} // namespace hitready
