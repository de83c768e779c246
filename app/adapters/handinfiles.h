#pragma once
// Hand-in files in the app: "Hand in results…" on the results page writes the learner's
// finished attempts to a file the instructor collects; "Collect hand-in files…" in the
// instructor view adds such files to this computer's database and says, per file, what it
// added or why it was refused. The engine does the work (engine/handin/handin.h).

#include "learnerdatabase.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace hitready {

class Storage;

class HandInFiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(HandInFiles)
    // The app's database (the LearnerDatabase singleton in QML).
    Q_PROPERTY(
        hitready::LearnerDatabase *database READ database WRITE setDatabase NOTIFY databaseChanged)
    // What the last hand-in did, for the learner: where the file went, or why it was not written.
    Q_PROPERTY(QString handInNote READ handInNote NOTIFY handedIn)
    Q_PROPERTY(bool handInFailed READ handInFailed NOTIFY handedIn)
    // Per file of the last collection: {file, name, added, already, refused, text}.
    Q_PROPERTY(QVariantList collectedFiles READ collectedFiles NOTIFY collected)
    // One line over the whole last collection.
    Q_PROPERTY(QString collectSummary READ collectSummary NOTIFY collected)

public:
    explicit HandInFiles(QObject *parent = nullptr);

    void setStorage(Storage *storage) { m_storage = storage; }
    LearnerDatabase *database() const { return m_database; }
    void setDatabase(LearnerDatabase *database);

    // A file name for the hand-in of the profile who took `attemptId`: "Ana hand-in
    // 2026-12-02.json".
    Q_INVOKABLE QString suggestedFileName(int attemptId) const;
    // Writes the finished attempts of the profile who took `attemptId` to `fileOrUrl` (a path
    // or a file: URL; ".json" added when the name lacks it). False when it could not.
    Q_INVOKABLE bool handIn(int attemptId, const QString &fileOrUrl);
    // Adds the hand-in files `files` (paths or file: URLs) to the database, each whole or not
    // at all; emits collected() and tells the app the attempts changed.
    Q_INVOKABLE void collect(const QList<QUrl> &files);

    QString handInNote() const { return m_handInNote; }
    bool handInFailed() const { return m_handInFailed; }
    QVariantList collectedFiles() const { return m_collectedFiles; }
    QString collectSummary() const { return m_collectSummary; }

signals:
    void databaseChanged();
    void handedIn();
    void collected();

private:
    QString profileNameOf(int attemptId) const;

    QPointer<LearnerDatabase> m_database;
    Storage *m_storage = nullptr;
    QString m_handInNote;
    bool m_handInFailed = false;
    QVariantList m_collectedFiles;
    QString m_collectSummary;
};

} // namespace hitready
