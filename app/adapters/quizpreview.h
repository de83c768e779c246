#pragma once
// The authoring window's model (hitready --preview FILE, "Preview a quiz file…"): a quiz file
// watched while its author edits it elsewhere. Every save reloads it; the items show exactly as
// a learner sees them, answerable with practice feedback, through an AttemptController of the
// preview's own on an in-memory database, so previewing never writes to the learner database.
// A file with errors lists them and keeps showing the last version that loaded.

#include "attemptcontroller.h"
#include "learnerdatabase.h"
#include "previewedits.h"
#include "previewmodels.h"
#include "problem.h"
#include "quiz.h"
#include "ruleexplorer.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace hitready {

class QuizPreview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(QuizPreview)
    // Set as a path or a file: URL; read as an absolute path.
    Q_PROPERTY(QString filePath READ filePath WRITE setFilePath NOTIFY filePathChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY filePathChanged)
    Q_PROPERTY(hitready::AttemptController *attempt READ attempt CONSTANT)
    Q_PROPERTY(hitready::PreviewItemModel *items READ items CONSTANT)
    Q_PROPERTY(hitready::PreviewProblemModel *problems READ problems CONSTANT)
    // The recommendation-rule explorer, given every version of the quiz that loads.
    Q_PROPERTY(hitready::RuleExplorer *ruleExplorer READ ruleExplorer CONSTANT)
    // A version of the file loaded at some point: its items show.
    Q_PROPERTY(bool hasQuiz READ hasQuiz NOTIFY reloaded)
    // The file on disk has errors (or cannot be read): the items shown are the last good ones.
    Q_PROPERTY(bool showingOlderVersion READ showingOlderVersion NOTIFY reloaded)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY reloaded)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY reloaded)
    Q_PROPERTY(QString quizTitle READ quizTitle NOTIFY reloaded)
    Q_PROPERTY(int reloadCount READ reloadCount NOTIFY reloaded)
    // Milliseconds from the file system's notice of a save to the reloaded preview.
    Q_PROPERTY(int lastReloadMs READ lastReloadMs NOTIFY reloaded)
    // The item on screen (the attempt's position).
    Q_PROPERTY(QString selectedItemId READ selectedItemId NOTIFY selectionChanged)
    Q_PROPERTY(int selectedIndex READ selectedIndex NOTIFY selectionChanged)
    // Its points as the learner's answer stands: "Points: 1 / 2".
    Q_PROPERTY(QString pointsText READ pointsText NOTIFY pointsChanged)

public:
    explicit QuizPreview(QObject *parent = nullptr);
    ~QuizPreview() override;

    QString filePath() const { return m_path; }
    void setFilePath(const QString &path);
    QString fileName() const;
    AttemptController *attempt() const { return m_attempt; }
    PreviewItemModel *items() const { return m_items; }
    PreviewProblemModel *problems() const { return m_problems; }
    RuleExplorer *ruleExplorer() const { return m_ruleExplorer; }
    bool hasQuiz() const { return m_quiz.has_value(); }
    bool showingOlderVersion() const { return m_olderVersion; }
    int errorCount() const;
    int warningCount() const;
    QString quizTitle() const;
    int reloadCount() const { return m_reloads; }
    int lastReloadMs() const { return m_lastReloadMs; }
    QString selectedItemId() const;
    int selectedIndex() const;
    QString pointsText() const;
    // C++: the quiz shown (the last good version), or null.
    const Quiz *quiz() const { return m_quiz ? &*m_quiz : nullptr; }

    Q_INVOKABLE bool select(const QString &itemId);
    Q_INVOKABLE bool selectIndex(int index);
    // Selects the item problem `row` is in; false when it is in none shown.
    Q_INVOKABLE bool selectProblem(int row);
    // Reads the file now (the watcher calls it a moment after each change).
    Q_INVOKABLE void reload();

signals:
    void filePathChanged();
    void reloaded();
    void selectionChanged();
    void pointsChanged();

private:
    void watch();
    void fileTouched();
    void showVersion(Quiz quiz, SourceVersion version);
    void listProblems(const Problems &errors, const QList<SourceEntry> &entries);

    QString m_path;
    LearnerDatabase *m_database;
    AttemptController *m_attempt;
    PreviewItemModel *m_items;
    PreviewProblemModel *m_problems;
    RuleExplorer *m_ruleExplorer;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // editors write a file in several steps: read it once they are done
    QElapsedTimer m_sinceTouched;
    qint64 m_profileId = 0;
    std::optional<Quiz> m_quiz; // the version shown
    SourceVersion m_shown;      // its bytes and entries
    QByteArray m_lastRead;      // the bytes last read, good or not
    bool m_olderVersion = false;
    int m_reloads = 0;
    int m_lastReloadMs = 0;
};

} // namespace hitready
