#pragma once
// The app's one connection to the learner database: every adapter reaches storage through it,
// so there is one Storage per app, opened once, and one place that reports why it failed.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace hitready {

class ClassConnection;
class Storage;

class LearnerDatabase : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(LearnerDatabase)
    Q_PROPERTY(QString path READ path NOTIFY storageChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY storageChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY storageChanged)
    // Open, but only for reading: past results show; new answers cannot be saved.
    Q_PROPERTY(bool readOnly READ isReadOnly NOTIFY storageChanged)
    // The class on a server this database is the local copy of (connected: false for a file).
    Q_PROPERTY(hitready::ClassConnection *classConnection READ classConnection CONSTANT)

public:
    // Opens configuredPath(): what QML gets as the LearnerDatabase singleton.
    explicit LearnerDatabase(QObject *parent = nullptr);
    // Opens `path` (tests, tools).
    explicit LearnerDatabase(const QString &path, QObject *parent = nullptr);
    ~LearnerDatabase() override;

    // `--db PATH|URL` (or `--db=...`) on the command line, else $HITREADY_DB, else the class
    // chosen in "Connect to a class" (its URL without password), else Storage::defaultPath().
    static QString configuredPath();

    QString path() const { return m_path; }
    bool isOpen() const { return m_storage != nullptr; }
    QString errorText() const { return m_errorText; }
    bool isReadOnly() const;

    // Closes the current database (if any) and opens `location`: a database file, or a class
    // URL (postgresql://...), whose local copy (localCopyPath()) is opened and sent to the
    // class by classConnection. A file that is not a HIT Ready database is left unchanged and
    // explained in errorText.
    Q_INVOKABLE bool open(const QString &location);
    // C++ (and tests): opens `localPath` as the local copy of the class at `server` (a class
    // URL, or an SQLite file standing in for a server).
    bool openClass(const QString &server, const QString &localPath);
    ClassConnection *classConnection() const { return m_class; }

    // The app's storage, or null when the database could not be opened. C++ only: QML never
    // talks to SQLite.
    Storage *storage() const { return m_storage.get(); }

    // Adapters that start or finish attempts call this so lists of attempts can refresh.
    void notifyAttemptsChanged() { emit attemptsChanged(); }
    // Adapters that store a change of an attempt (an answer, a flag, a move) call this, so the
    // change can be sent to the class.
    void notifyChangeStored();

signals:
    // Before the storage is closed or replaced: drop everything that points into it.
    void storageAboutToChange();
    void storageChanged();
    void attemptsChanged();

private:
    bool openFile(const QString &path);

    ClassConnection *m_class;
    QString m_path;
    QString m_errorText;
    std::unique_ptr<Storage> m_storage;
};

// Moves a read-only adapter (results, plan, history, PDF) from `current` to `next` and keeps it
// on that database's storage: now, and again whenever the database is reopened. The adapter
// has `setStorage(Storage *)` and a `databaseChanged()` signal.
template <class Adapter>
void switchDatabase(Adapter *adapter, QPointer<LearnerDatabase> &current, LearnerDatabase *next)
{
    if (next == current)
        return;
    if (current)
        QObject::disconnect(current, nullptr, adapter, nullptr);
    current = next;
    adapter->setStorage(next ? next->storage() : nullptr);
    if (next) {
        QObject::connect(next, &LearnerDatabase::storageAboutToChange, adapter,
                         [adapter] { adapter->setStorage(nullptr); });
        QObject::connect(next, &LearnerDatabase::storageChanged, adapter,
                         [adapter, next] { adapter->setStorage(next->storage()); });
    }
    emit adapter->databaseChanged();
}

} // namespace hitready
