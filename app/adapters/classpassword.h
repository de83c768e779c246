#pragma once
// The class password in the system keyring (QtKeychain: the Secret Service, KWallet, ...),
// never in a file: where no keyring answers (no D-Bus secret service, as in tests and under
// xvfb), reading finds nothing and the app asks for the password at each start.

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace hitready {

class ClassPassword : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassPassword)

public:
    using Read = std::function<void(std::optional<QString> password)>;
    using Written = std::function<void(bool kept)>;

    explicit ClassPassword(QObject *parent = nullptr) : QObject(parent) {}

    // The password kept for `className` (a class URL without its password); nullopt when
    // none is kept or no keyring answers. Calls `done` later, on this thread.
    void read(const QString &className, Read done);
    // Keeps it; `done(false)` when no keyring took it (it is then asked for at the next start).
    void write(const QString &className, const QString &password, Written done);
    void remove(const QString &className);
};

} // namespace hitready
