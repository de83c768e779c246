// The instructor view's passphrase: set once, stored only hashed, a wrong one never unlocks.

#include "instructoraccess.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hitready;

class TestInstructorAccess : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("instructor.conf")); }

private slots:
    void cleanup() { QFile::remove(file()); }

    void pbkdf2KnownAnswer()
    {
        // RFC 7914 section 11 test vector for PBKDF2-HMAC-SHA256 ("passwd", "salt", c = 1).
        QCOMPARE(InstructorAccess::derive(QStringLiteral("passwd"), "salt", 1).toHex(),
                 QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"));
    }

    void firstUseSetsThePassphrase_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("repeated");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("good") << "records-room-42"
                              << "records-room-42" << true;
        QTest::addRow("too short") << "short"
                                   << "short" << false;
        QTest::addRow("not repeated the same") << "records-room-42"
                                               << "records-room-43" << false;
    }
    void firstUseSetsThePassphrase()
    {
        QFETCH(QString, passphrase);
        QFETCH(QString, repeated);
        QFETCH(bool, accepted);
        InstructorAccess access(file());
        QVERIFY(!access.hasPassphrase());
        QVERIFY(!access.isUnlocked());
        QCOMPARE(access.setPassphrase(passphrase, repeated), accepted);
        QCOMPARE(access.isUnlocked(), accepted);
        QCOMPARE(access.hasPassphrase(), accepted);
        QCOMPARE(access.errorText().isEmpty(), accepted);
        QCOMPARE(QFile::exists(file()), accepted);
    }

    void storedHashedAndCheckedOnTheNextRun()
    {
        const QString passphrase = QStringLiteral("records-room-42");
        {
            InstructorAccess first(file());
            QVERIFY(first.setPassphrase(passphrase, passphrase));
        }
        QFile stored(file());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray bytes = stored.readAll();
        QVERIFY(!bytes.contains(passphrase.toUtf8()));
        QVERIFY(bytes.contains("hash="));

        InstructorAccess next(file());
        QVERIFY(next.hasPassphrase());
        QVERIFY(!next.isUnlocked()); // every run starts locked
        QSignalSpy changed(&next, &InstructorAccess::stateChanged);
        QVERIFY(!next.unlock(QStringLiteral("records-room-43")));
        QVERIFY(!next.unlock(QString()));
        QVERIFY(!next.unlock(passphrase.toUpper()));
        QVERIFY(!next.isUnlocked());
        QVERIFY(!next.errorText().isEmpty());
        QVERIFY(next.unlock(passphrase));
        QVERIFY(next.isUnlocked());
        QVERIFY(next.errorText().isEmpty());
        next.lock();
        QVERIFY(!next.isUnlocked());
        QVERIFY(changed.size() >= 5);
        // A second "first use" cannot replace it.
        QVERIFY(
            !next.setPassphrase(QStringLiteral("another-one-9"), QStringLiteral("another-one-9")));
        QVERIFY(next.unlock(passphrase));
    }

    void aDamagedFileCountsAsNoPassphrase()
    {
        QFile damaged(file());
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("[instructor]\nsalt=!!!\nhash=AAAA\n");
        damaged.close();
        InstructorAccess access(file());
        QVERIFY(!access.hasPassphrase());
        QVERIFY(!access.unlock(QString()));
        QVERIFY(!access.isUnlocked());
    }
};

QTEST_MAIN(TestInstructorAccess)
#include "tst_instructoraccess.moc"
