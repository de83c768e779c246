#include "quizpreview.h"

#include "answer.h"
#include "loader.h"
#include "pipetables.h"
#include "report.h"
#include "session.h"
#include "storage.h"
#include "words.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace hitready {

namespace {

// The preview shows options in the order a learner with this seed sees them, the same order
// on every reload so an author's eye finds them where they were.
constexpr quint64 previewSeed = 1;
// Editors save in several writes (or write a new file and rename it over the old one): read
// the file once they have been quiet this long.
constexpr int settleMs = 40;

// The start of an item's prompt on one line, for the list of items.
QString itemLabel(const Quiz &quiz, const Item &item)
{
    QString text = quiz.text(item.prompt).trimmed();
    if (text.isEmpty())
        text = quiz.text(item.hotText).trimmed();
    static const QRegularExpression space(QStringLiteral("\\s+"));
    text.replace(space, QStringLiteral(" "));
    constexpr qsizetype longest = 80;
    if (text.size() > longest)
        text = text.first(longest - 1).trimmed() + u'…';
    return text;
}

} // namespace

QuizPreview::QuizPreview(QObject *parent)
    : QObject(parent), m_database(new LearnerDatabase(QStringLiteral(":memory:"), this)),
      m_attempt(new AttemptController(this)), m_items(new PreviewItemModel(this)),
      m_problems(new PreviewProblemModel(this)), m_ruleExplorer(new RuleExplorer(this))
{
    if (Storage *storage = m_database->storage())
        if (const Result<Profile> profile = storage->createProfile(tr("Preview")))
            m_profileId = profile->id;
    m_attempt->setDatabase(m_database);
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &QuizPreview::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &QuizPreview::fileTouched);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &QuizPreview::fileTouched);
    connect(m_attempt, &AttemptController::positionChanged, this, [this] {
        emit selectionChanged();
        emit pointsChanged();
    });
    connect(m_attempt, &AttemptController::attemptChanged, this, &QuizPreview::selectionChanged);
    connect(m_attempt->current(), &AttemptItem::answerChanged, this, &QuizPreview::pointsChanged);
    connect(m_attempt->current(), &AttemptItem::changed, this, &QuizPreview::pointsChanged);
}

QuizPreview::~QuizPreview() = default;

void QuizPreview::setFilePath(const QString &path)
{
    // A path, or the file: URL a file dialog gives.
    const QString local = path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
    const QString absolute = local.isEmpty() ? QString() : QFileInfo(local).absoluteFilePath();
    if (absolute == m_path)
        return;
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_path = absolute;
    m_quiz.reset();
    m_shown = {};
    m_lastRead.clear();
    emit filePathChanged();
    m_sinceTouched.start();
    reload();
}

QString QuizPreview::fileName() const
{
    return QFileInfo(m_path).fileName();
}

// The file itself, and its folder: an editor that saves by writing a new file and renaming it
// over the old one replaces the file the watcher followed, and only the folder tells.
void QuizPreview::watch()
{
    if (m_path.isEmpty())
        return;
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

void QuizPreview::fileTouched()
{
    if (!m_settle.isActive())
        m_sinceTouched.start();
    m_settle.start();
}

void QuizPreview::reload()
{
    watch();
    if (m_path.isEmpty())
        return;
    QFile file(m_path);
    QByteArray bytes;
    const bool read = file.open(QIODevice::ReadOnly);
    if (read)
        bytes = file.readAll();
    const bool firstRead = m_reloads == 0 && m_lastRead.isNull();
    // The folder changes for every file in it: only a change of this file's bytes counts.
    if (read && !firstRead && bytes == m_lastRead && !m_olderVersion)
        return;
    m_lastRead = read ? bytes : QByteArray();
    if (!read) {
        m_olderVersion = m_quiz.has_value();
        listProblems({Problem{m_path, 0, 0,
                              tr("The file cannot be read (%1). It may have been moved or "
                                 "deleted.")
                                  .arg(file.errorString())}},
                     {});
    } else if (Result<Quiz> loaded = loadQuiz(bytes, m_path)) {
        showVersion(std::move(*loaded), {bytes, sourceEntries(bytes, m_path)});
    } else {
        m_olderVersion = m_quiz.has_value();
        listProblems(loaded.error().problems, sourceEntries(bytes, m_path));
    }
    ++m_reloads;
    m_lastReloadMs = m_sinceTouched.isValid() ? int(m_sinceTouched.elapsed()) : 0;
    emit reloaded();
}

void QuizPreview::showVersion(Quiz quiz, SourceVersion version)
{
    // Where to go: the item the author just changed, else the one on screen (by id).
    const QString shownBefore = selectedItemId();
    const QStringList changed = m_quiz ? changedItems(m_shown, version, quiz) : QStringList();
    const QString target = !changed.isEmpty() ? changed.first() : shownBefore;

    if (m_attempt->isActive())
        m_attempt->discardAttempt(m_attempt->attemptId());
    m_quiz = std::move(quiz);
    m_shown = std::move(version);
    m_olderVersion = false;
    m_attempt->startLoaded(previewQuiz(*m_quiz), m_profileId, QuizMode::Practice, previewSeed);
    m_ruleExplorer->setQuiz(*m_quiz);

    QList<PreviewItemModel::Row> rows;
    if (const AttemptSession *session = m_attempt->session())
        for (const QString &id : session->itemOrder())
            if (const Item *item = m_quiz->item(id))
                rows.append({id, itemLabel(*m_quiz, *item), itemTypeName(item->type),
                             changed.contains(id)});
    m_items->setRows(rows);
    // The file loads: what remains are the warnings of an author's check (lint's, too).
    QList<PreviewProblemModel::Row> warnings;
    for (const AuthoringWarning &warning : authoringWarnings(*m_quiz, m_shown.bytes, m_path))
        warnings.append({warning.line, warning.column, warning.message, true, warning.itemId});
    m_problems->setRows(warnings);
    const int row = m_items->rowOf(target);
    if (row >= 0)
        m_attempt->goTo(row);
    emit selectionChanged();
    emit pointsChanged();
}

void QuizPreview::listProblems(const Problems &errors, const QList<SourceEntry> &entries)
{
    QList<PreviewProblemModel::Row> rows;
    for (const Problem &problem : errors)
        rows.append({problem.line, problem.column, problem.message, false,
                     m_quiz ? itemAtLine(*m_quiz, entries, problem.line) : QString()});
    m_problems->setRows(rows);
}

int QuizPreview::errorCount() const
{
    int count = 0;
    for (const PreviewProblemModel::Row &row : m_problems->rows())
        count += row.warning ? 0 : 1;
    return count;
}

int QuizPreview::warningCount() const
{
    return int(m_problems->rows().size()) - errorCount();
}

QString QuizPreview::quizTitle() const
{
    return m_quiz ? m_quiz->text(m_quiz->title) : QString();
}

QString QuizPreview::selectedItemId() const
{
    const AttemptSession *session = m_attempt->session();
    const Item *item = session ? session->currentItem() : nullptr;
    return item ? item->id : QString();
}

int QuizPreview::selectedIndex() const
{
    return m_attempt->isActive() ? m_attempt->position() : -1;
}

QString QuizPreview::pointsText() const
{
    const AttemptSession *session = m_attempt->session();
    const Item *item = session ? session->currentItem() : nullptr;
    if (!item)
        return {};
    if (!item->isScored())
        return tr("A self-rating: it scores no points.");
    const Answer answer = session->answerFor(item->id);
    const Words words(m_attempt->language());
    const QString points = words.points(itemPoints(*item, answer), item->points);
    //: %1 = points earned of the points the item is worth, such as "0.5 / 1"
    return answer.isEmpty() ? tr("Not answered yet: %1 points.").arg(points)
                            : tr("Points: %1").arg(points);
}

bool QuizPreview::select(const QString &itemId)
{
    const int row = m_items->rowOf(itemId);
    return row >= 0 && selectIndex(row);
}

bool QuizPreview::selectIndex(int index)
{
    return m_attempt->isActive() && m_attempt->goTo(index);
}

bool QuizPreview::selectProblem(int row)
{
    if (row < 0 || row >= m_problems->rows().size())
        return false;
    const QString itemId = m_problems->rows().at(row).itemId;
    return !itemId.isEmpty() && select(itemId);
}

} // namespace hitready
