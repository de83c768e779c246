#pragma once
// The instructor entry point's lock: a passphrase set on first use, kept only as a salted
// PBKDF2-SHA256 hash, and checked before the item statistics open. A learner profile never
// sees the instructor view without it.

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class InstructorAccess : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(InstructorAccess)
    Q_PROPERTY(bool hasPassphrase READ hasPassphrase NOTIFY stateChanged)
    Q_PROPERTY(bool unlocked READ isUnlocked NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)

public:
    static constexpr int minimumLength = 8;
    static constexpr int iterations = 120'000;

    // Reads passphraseFile() ($HITREADY_INSTRUCTOR_FILE, else <config folder>/instructor.conf).
    explicit InstructorAccess(QObject *parent = nullptr);
    explicit InstructorAccess(const QString &path, QObject *parent = nullptr);

    static QString passphraseFile();
    // PBKDF2-HMAC-SHA256 of `passphrase` (UTF-8), 32 bytes.
    static QByteArray derive(const QString &passphrase, const QByteArray &salt, int iterations);

    bool hasPassphrase() const { return !m_hash.isEmpty(); }
    bool isUnlocked() const { return m_unlocked; }
    QString errorText() const { return m_errorText; }

    // First use only: sets the passphrase (typed twice) and unlocks.
    Q_INVOKABLE bool setPassphrase(const QString &passphrase, const QString &repeated);
    Q_INVOKABLE bool unlock(const QString &passphrase);
    Q_INVOKABLE void lock();

signals:
    void stateChanged();

private:
    bool fail(const QString &text);

    QString m_path;
    QByteArray m_salt;
    QByteArray m_hash;
    int m_iterations = iterations;
    bool m_unlocked = false;
    QString m_errorText;
};

} // namespace hitready
