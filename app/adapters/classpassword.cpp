#include "classpassword.h"

#include "uilogging.h"

#include <qt6keychain/keychain.h>

namespace hitready {

namespace {

const QString service = QStringLiteral("HIT Ready class");

// Never the insecure fallback: that would write the password to a settings file.
template <class Job> Job *job(const QString &className, QObject *parent)
{
    auto *j = new Job(service, parent);
    j->setAutoDelete(true);
    j->setInsecureFallback(false);
    j->setKey(className);
    return j;
}

} // namespace

void ClassPassword::read(const QString &className, Read done)
{
    auto *reading = job<QKeychain::ReadPasswordJob>(className, this);
    connect(reading, &QKeychain::Job::finished, this, [reading, done = std::move(done)] {
        if (reading->error() == QKeychain::NoError) {
            done(reading->textData());
            return;
        }
        if (reading->error() != QKeychain::EntryNotFound)
            qCInfo(lcUi).noquote()
                << "no keyring for the class password:" << reading->errorString();
        done(std::nullopt);
    });
    reading->start();
}

void ClassPassword::write(const QString &className, const QString &password, Written done)
{
    auto *writing = job<QKeychain::WritePasswordJob>(className, this);
    writing->setTextData(password);
    connect(writing, &QKeychain::Job::finished, this, [writing, done = std::move(done)] {
        const bool kept = writing->error() == QKeychain::NoError;
        if (!kept)
            qCInfo(lcUi).noquote()
                << "the class password is not kept (no keyring):" << writing->errorString();
        done(kept);
    });
    writing->start();
}

void ClassPassword::remove(const QString &className)
{
    job<QKeychain::DeletePasswordJob>(className, this)->start();
}

} // namespace hitready
