#include "instructoraccess.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>

namespace hitready {

namespace {
const QString saltKey = QStringLiteral("instructor/salt");
const QString hashKey = QStringLiteral("instructor/hash");
const QString iterationsKey = QStringLiteral("instructor/iterations");

// Compares in time independent of where the bytes differ.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}
} // namespace

InstructorAccess::InstructorAccess(QObject *parent) : InstructorAccess(passphraseFile(), parent) {}

InstructorAccess::InstructorAccess(const QString &path, QObject *parent)
    : QObject(parent), m_path(path)
{
    const QSettings settings(m_path, QSettings::IniFormat);
    m_salt = QByteArray::fromBase64(settings.value(saltKey).toByteArray());
    m_hash = QByteArray::fromBase64(settings.value(hashKey).toByteArray());
    m_iterations = settings.value(iterationsKey, iterations).toInt();
    if (m_salt.isEmpty() || m_hash.size() != 32 || m_iterations < 1) {
        if (!m_hash.isEmpty())
            qWarning("hitready: %s holds no usable instructor passphrase", qPrintable(m_path));
        m_hash.clear();
    }
}

QString InstructorAccess::passphraseFile()
{
    const QString fromEnvironment = qEnvironmentVariable("HITREADY_INSTRUCTOR_FILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/instructor.conf");
}

QByteArray InstructorAccess::derive(const QString &passphrase, const QByteArray &salt, int rounds)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, passphrase.toUtf8(), salt,
                                              rounds, 32);
}

bool InstructorAccess::fail(const QString &text)
{
    m_errorText = text;
    emit stateChanged();
    return false;
}

bool InstructorAccess::setPassphrase(const QString &passphrase, const QString &repeated)
{
    if (hasPassphrase())
        return fail(tr("A passphrase is already set. Enter it to open the instructor view."));
    if (passphrase.size() < minimumLength)
        return fail(tr("Use at least %1 characters.").arg(minimumLength));
    if (passphrase != repeated)
        return fail(tr("The two passphrases are not the same."));
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / int(sizeof(quint32)));
    const QByteArray hash = derive(passphrase, salt, iterations);
    QSettings settings(m_path, QSettings::IniFormat);
    settings.setValue(saltKey, salt.toBase64());
    settings.setValue(hashKey, hash.toBase64());
    settings.setValue(iterationsKey, iterations);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return fail(tr("The passphrase could not be saved to %1.").arg(m_path));
    m_salt = salt;
    m_hash = hash;
    m_iterations = iterations;
    m_unlocked = true;
    m_errorText.clear();
    emit stateChanged();
    return true;
}

bool InstructorAccess::unlock(const QString &passphrase)
{
    if (!hasPassphrase())
        return fail(tr("Set a passphrase first."));
    if (!sameBytes(derive(passphrase, m_salt, m_iterations), m_hash))
        return fail(tr("That passphrase is not right."));
    m_unlocked = true;
    m_errorText.clear();
    emit stateChanged();
    return true;
}

void InstructorAccess::lock()
{
    m_unlocked = false;
    m_errorText.clear();
    emit stateChanged();
}

} // namespace hitready
