#include "handinfiles.h"

#include "handin.h"
#include "storage.h"
#include "uilogging.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <QVariantMap>

namespace hitready {

namespace {

QString localPath(const QString &fileOrUrl)
{
    const QUrl url(fileOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : fileOrUrl;
}

} // namespace

HandInFiles::HandInFiles(QObject *parent) : QObject(parent) {}

void HandInFiles::setDatabase(LearnerDatabase *database)
{
    switchDatabase(this, m_database, database);
}

QString HandInFiles::profileNameOf(int attemptId) const
{
    if (!m_storage)
        return {};
    const Result<AttemptRecord> attempt = m_storage->attempt(attemptId);
    const Result<Profile> profile =
        attempt ? m_storage->profile(attempt->profileId) : Result<Profile>(attempt.error());
    return profile ? profile->name : QString();
}

QString HandInFiles::suggestedFileName(int attemptId) const
{
    QString name = profileNameOf(attemptId);
    // A name is any text: keep what every file system takes.
    static const QRegularExpression unsafe(QStringLiteral("[^\\w .-]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    name.replace(unsafe, QStringLiteral("_"));
    //: the file name "Hand in results…" suggests: %1 = profile name, %2 = today's date
    return tr("%1 hand-in %2.json")
        .arg(name.isEmpty() ? tr("learner") : name, QDate::currentDate().toString(Qt::ISODate));
}

bool HandInFiles::handIn(int attemptId, const QString &fileOrUrl)
{
    QString path = localPath(fileOrUrl);
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QLatin1String(".json");
    const QString profile = profileNameOf(attemptId);
    Result<qsizetype> written = Error(ErrorKind::NotFound, tr("No learner database is open."));
    if (path.isEmpty())
        written = Error(ErrorKind::Refused, tr("No file was chosen."));
    else if (m_storage && profile.isEmpty())
        written =
            Error(ErrorKind::NotFound, tr("The attempt %1 is not in the database.").arg(attemptId));
    else if (m_storage)
        written = writeHandInFile(*m_storage, profile, path);
    m_handInFailed = !written;
    if (written) {
        const QFileInfo file(path);
        //: after "Hand in results…": %n = finished attempts, %1 = file name, %2 = its folder
        m_handInNote = tr("Handed in %n finished attempts in “%1” in the folder %2. Give this "
                          "file to your instructor.",
                          "", int(*written))
                           .arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath()));
    } else {
        qCWarning(lcUi) << "hand-in to" << path << written.error().message;
        m_handInNote = tr("The results could not be handed in: %1").arg(written.error().message);
    }
    emit handedIn();
    return !m_handInFailed;
}

void HandInFiles::collect(const QList<QUrl> &files)
{
    m_collectedFiles.clear();
    qsizetype added = 0, already = 0, refused = 0;
    if (!m_storage) {
        m_collectSummary = tr("No database is open: nothing was collected.");
        emit collected();
        return;
    }
    QStringList paths;
    for (const QUrl &url : files)
        paths.append(url.isLocalFile() ? url.toLocalFile() : url.toString());
    HandInCollector collector(*m_storage);
    const Status committed = collector.collectAll(paths, [&](qsizetype i, const auto &result) {
        const QString name = QFileInfo(paths[i]).fileName();
        QVariantMap row{{QStringLiteral("file"), paths[i]},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("refused"), !result.has_value()}};
        if (result) {
            added += result->added;
            already += result->unchanged;
            row.insert(QStringLiteral("added"), int(result->added));
            row.insert(QStringLiteral("already"), int(result->unchanged + result->updated));
            //: one collected hand-in file: %1 = file name, %2 = learner; then how many attempts
            row.insert(QStringLiteral("text"),
                       tr("%1 (%2): %n new attempts", "", int(result->added))
                               .arg(name, result->profileName) +
                           (result->unchanged > 0
                                ? tr(", %n already there", "", int(result->unchanged))
                                : QString()));
        } else {
            ++refused;
            qCWarning(lcUi) << "hand-in file" << paths[i] << "refused:" << result.error().message;
            row.insert(QStringLiteral("added"), 0);
            row.insert(QStringLiteral("already"), 0);
            //: a refused hand-in file: %1 = file name, %2 = why
            row.insert(
                QStringLiteral("text"),
                tr("%1: refused, nothing of it was stored: %2").arg(name, result.error().message));
        }
        m_collectedFiles.append(row);
    });
    if (!committed) {
        m_collectedFiles.clear();
        m_collectSummary = tr("Nothing was collected: %1").arg(committed.error().message);
        emit collected();
        return;
    }
    //: after "Collect hand-in files…"; %n = files read; then attempts added, already there, refused
    //: files
    m_collectSummary = tr("Collected %n files: ", "", int(files.size())) +
                       tr("%n new attempts, ", "", int(added)) +
                       tr("%n already there, ", "", int(already)) +
                       tr("%n files refused.", "", int(refused));
    if (m_database && added > 0)
        m_database->notifyAttemptsChanged();
    emit collected();
}

} // namespace hitready
