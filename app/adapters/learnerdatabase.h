#pragma once
// The app's one connection to the learner database: every adapter reaches storage through it,
// so there is one Storage per app, opened once, and one place that reports why it failed.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace hitready {

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

public:
    // Opens configuredPath(): what QML gets as the LearnerDatabase singleton.
    explicit LearnerDatabase(QObject *parent = nullptr);
    // Opens `path` (tests, tools).
    explicit LearnerDatabase(const QString &path, QObject *parent = nullptr);
    ~LearnerDatabase() override;

    // `--db PATH` (or `--db=PATH`) on the command line, else $HITREADY_DB, else
    // Storage::defaultPath().
    static QString configuredPath();

    QString path() const { return m_path; }
    bool isOpen() const { return m_storage != nullptr; }
    QString errorText() const { return m_errorText; }
    bool isReadOnly() const;

    // Closes the current database (if any) and opens `path`. A file that is not a HIT Ready
    // database is left unchanged and explained in errorText.
    Q_INVOKABLE bool open(const QString &path);

    // The app's storage, or null when the database could not be opened. C++ only: QML never
    // talks to SQLite.
    Storage *storage() const { return m_storage.get(); }

    // Adapters that start or finish attempts call this so lists of attempts can refresh.
    void notifyAttemptsChanged() { emit attemptsChanged(); }

signals:
    // Before the storage is closed or replaced: drop everything that points into it.
    void storageAboutToChange();
    void storageChanged();
    void attemptsChanged();

private:
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
