// The app's connection to a class (app/adapters): the URL is kept without its password, the
// password is asked for at each start where no keyring answers (as here: no D-Bus secret
// service), and the sender retries on its own while the server cannot be reached.

#include "classconnection.h"
#include "classlocation.h"
#include "classsender.h"
#include "learnerdatabase.h"
#include "storage.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;

class TstClassConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // No keyring: the fallback (ask at each start) is what runs.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("HITREADY_DB");
        qputenv("HITREADY_SETTINGS", m_dir.filePath(QStringLiteral("display.conf")).toUtf8());
    }
    void cleanup() { QFile::remove(ClassConnection::settingsPath()); }

    void senderRetriesUntilTheServerIsBack();
    void notAClassAddressIsRefused();
    void passwordIsNeverInTheSettings();
    void withoutKeyringThePasswordIsAskedAtEachStart();

private:
    QTemporaryDir m_dir;
};

void TstClassConnection::senderRetriesUntilTheServerIsBack()
{
    const QString folder = m_dir.filePath(QStringLiteral("server"));
    const QString local = m_dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(Storage::open(local)); // the local copy the app has open
    QFile blocker(folder);         // the server cannot be reached
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    ClassSender sender;
    sender.setFirstRetryDelay(20);
    QList<ClassSender::Outcome> outcomes;
    connect(&sender, &ClassSender::finished, this,
            [&](const ClassSender::Outcome &o) { outcomes.append(o); });
    sender.setServer(folder + QStringLiteral("/class.sqlite"), local);
    // Nobody asks: it tries again on its own.
    QTRY_VERIFY(outcomes.size() >= 3);
    for (const ClassSender::Outcome &o : std::as_const(outcomes)) {
        QVERIFY(o.contacted);
        QVERIFY(!o.reached);
        QVERIFY(o.error.contains(QLatin1String("cannot be reached")));
    }
    QVERIFY(QFile::remove(folder));
    QVERIFY(QDir().mkpath(folder));
    QTRY_VERIFY_WITH_TIMEOUT(!outcomes.isEmpty() && outcomes.last().reached, 10000);
    QVERIFY(outcomes.last().pending.isEmpty());
}

void TstClassConnection::notAClassAddressIsRefused()
{
    LearnerDatabase database(m_dir.filePath(QStringLiteral("own.sqlite")));
    ClassConnection *connection = database.classConnection();
    QVERIFY(!connection->isConnected());
    QVERIFY(!connection->connectTo(QStringLiteral("/home/maria/class.sqlite")));
    QVERIFY(!connection->errorText().isEmpty());
    QVERIFY(!connection->connectTo(QStringLiteral("postgresql://")));
    QVERIFY(!connection->isConnected());
    QCOMPARE(ClassConnection::chosenClass(), QString());
    QCOMPARE(database.path(), m_dir.filePath(QStringLiteral("own.sqlite")));
}

void TstClassConnection::passwordIsNeverInTheSettings()
{
    LearnerDatabase database(m_dir.filePath(QStringLiteral("own.sqlite")));
    ClassConnection *connection = database.classConnection();
    const QString url = QStringLiteral("postgresql://maria:s3cret-pw@127.0.0.1:1/class");
    QVERIFY(connection->connectTo(url));
    QVERIFY(connection->isConnected());
    QVERIFY(!connection->needsPassword()); // it came with the URL
    QCOMPARE(connection->className(), QStringLiteral("postgresql://maria@127.0.0.1:1/class"));
    QCOMPARE(database.path(), localCopyPath(url));
    QVERIFY(!database.path().contains(QLatin1String("s3cret")));
    QFile settings(ClassConnection::settingsPath());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray written = settings.readAll();
    QVERIFY(written.contains("maria@127.0.0.1"));
    QVERIFY(!written.contains("s3cret"));
    QCOMPARE(ClassConnection::chosenClass(), connection->className());
    // Nobody listens on port 1: the learner carries on, and the answers wait.
    QTRY_VERIFY_WITH_TIMEOUT(!connection->isReachable(), 10000);
    QVERIFY(!connection->problem().contains(QLatin1String("s3cret")));

    connection->disconnectFromClass();
    QVERIFY(!connection->isConnected());
    QCOMPARE(ClassConnection::chosenClass(), QString());
    QCOMPARE(database.path(), Storage::defaultPath());
}

void TstClassConnection::withoutKeyringThePasswordIsAskedAtEachStart()
{
    {
        QSettings settings(ClassConnection::settingsPath(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("class/url"),
                          QStringLiteral("postgresql://maria@127.0.0.1:1/class"));
    }
    // A new start: the class of the settings, no password kept anywhere.
    QCOMPARE(LearnerDatabase::configuredPath(),
             QStringLiteral("postgresql://maria@127.0.0.1:1/class"));
    LearnerDatabase database(LearnerDatabase::configuredPath());
    ClassConnection *connection = database.classConnection();
    QVERIFY(connection->isConnected());
    QTRY_VERIFY(connection->needsPassword());
    QVERIFY(database.isOpen()); // the learner can take quizzes meanwhile
    QVERIFY(!connection->statusText().isEmpty());
    QSignalSpy changed(connection, &ClassConnection::classChanged);
    connection->setPassword(QStringLiteral("typed-pw"));
    QVERIFY(!connection->needsPassword());
    QVERIFY(!changed.isEmpty());
    QFile settings(ClassConnection::settingsPath());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("typed-pw"));
}

QTEST_GUILESS_MAIN(TstClassConnection)
#include "tst_classconnection.moc"
