// take: a learner takes a quiz in the terminal (or a script feeds answers on stdin). It drives
// the same AttemptSession as the app, so every answer is stored before the next item shows.

#include "classcopy.h"
#include "classlocation.h"
#include "classsending.h"
#include "cliwords.h"
#include "commands.h"
#include "loader.h"
#include "reporttext.h"
#include "session.h"
#include "storage.h"
#include "takeprompts.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <limits>

namespace hitready::cli {

namespace {

QString inputHelp()
{
    //: how to answer in the terminal; keep t, f, the ids and the commands (:back, :flag, :case,
    //: :quit, :submit) as they are: they are what the learner types
    return Cli::tr("  Answer with an option letter or number (several for 'choose all': a,c), t or "
                   "f,\n  a rating 1-5, ids in order (b,a,c), pairs (icd=dx,pcs=inpt), a number or "
                   "a text.\n  Enter on an empty line skips. Commands: :back, :flag, :case (shows "
                   "the case\n  again), :quit (saves; run take again to continue), :submit.\n");
}

QTextStream &in()
{
    static QTextStream stream(stdin);
    return stream;
}

void showItem(const AttemptSession &session, const Item &item, QString *stimulusShown,
              qint64 pendingMs, const Words &words)
{
    const Quiz &quiz = session.quiz();
    QTextStream &s = out();
    if (const Stimulus *stimulus = quiz.stimulus(item.stimulus);
        stimulus && item.stimulus != *stimulusShown)
        showStimulus(s, quiz, *stimulus, words);
    *stimulusShown = item.stimulus;
    //: %1 the question's number, %2 how many there are, %3 the area of the quiz it is in
    s << '\n'
      << Cli::tr("Question %1 of %2 - %3")
             .arg(session.position() + 1)
             .arg(session.itemOrder().size())
             .arg(words.domainTitle(quiz, item.domain));
    if (session.isFlagged(item.id))
        //: after the question's heading when the learner flagged it to come back to
        s << "  " << Cli::tr("[flagged]");
    s << '\n' << words.quizText(quiz, item.prompt).trimmed() << '\n';
    showAnswerArea(s, quiz, item, session.seed(), words);
    const Answer current = session.answerFor(item.id);
    if (!current.isEmpty())
        //: %1 the answer given so far, as typed (ids, numbers)
        s << Cli::tr("Your answer so far: %1").arg(encodeAnswer(current)) << '\n';
    if (const std::optional<qint64> remaining = session.remainingMs(pendingMs))
        s << '[' << words.timeLeft(*remaining) << "] ";
    s << "> ";
    s.flush();
}

enum class Asked { Given, Skipped, EndOfInput };

// After a scored answer in a confidence quiz: how sure the learner is (Enter: none, counted
// as low).
Result<Asked> askConfidence(AttemptSession &session, const Item &item)
{
    for (;;) {
        //: keep the letters l, m and h: they are what the learner types
        out() << Cli::tr("How sure are you? l) low  m) medium  h) high  (Enter: low)") << " > ";
        out().flush();
        const QString line = in().readLine();
        if (line.isNull())
            return Asked::EndOfInput;
        const QString typed = line.trimmed().toLower();
        if (typed.isEmpty())
            return Asked::Skipped;
        int level = 0;
        for (int l = lowConfidence; l <= highConfidence; ++l)
            if (typed == confidenceName(l) || typed == confidenceName(l).left(1) ||
                typed == QString::number(l))
                level = l;
        if (level == 0) {
            //: keep the letters l, m and h: they are what the learner types
            out() << Cli::tr("Type l, m or h.") << '\n';
            continue;
        }
        if (const Status given = session.setConfidence(item.id, level); !given)
            return given.error();
        return Asked::Given;
    }
}

enum class Outcome { Submitted, Saved, Failed };

Outcome run(AttemptSession &session, TakeSending &sending, const Words &words)
{
    QElapsedTimer clock;
    clock.start();
    const auto fail = [&](const Error &why) {
        err() << "hitready-cli take: " << why.message << '\n';
        return Outcome::Failed;
    };
    const auto keepTime = [&] {
        return session.addElapsed(clock.restart());
    };
    const auto timeUp = [&] {
        out() << '\n' << words.timeUpNotice() << '\n';
        return Outcome::Submitted;
    };
    QString stimulusShown; // shown once before a run of items that share it
    while (session.itemCount() > 0) {
        const Item &item = *session.quiz().item(session.itemOrder().at(session.position()));
        showItem(session, item, &stimulusShown, clock.elapsed(), words);
        const QString line = in().readLine();
        if (const Status kept = keepTime(); !kept)
            return fail(kept.error());
        // A terminal cannot interrupt a half-typed line: the clock is checked when it comes.
        if (session.isTimeUp())
            return timeUp();
        if (line.isNull()) // end of input: keep everything for later
            return Outcome::Saved;
        const QString typed = line.trimmed();
        if (typed == QLatin1String(":quit"))
            return Outcome::Saved;
        if (typed == QLatin1String(":submit"))
            break;
        if (typed == QLatin1String(":flag")) {
            if (const Status flagged = session.setFlagged(item.id, !session.isFlagged(item.id));
                !flagged)
                return fail(flagged.error());
            continue;
        }
        if (typed == QLatin1String(":case")) {
            stimulusShown.clear();
            continue;
        }
        if (typed == QLatin1String(":back") || typed == QLatin1String(":help") ||
            typed.startsWith(QLatin1Char(':'))) {
            if (typed != QLatin1String(":back"))
                out() << inputHelp();
            else if (const Status moved = session.moveTo(std::max(0, session.position() - 1));
                     !moved)
                return fail(moved.error());
            continue;
        }
        if (!typed.isEmpty()) {
            bool ok = false;
            const Answer answer = parseTyped(session.quiz(), item, line, session.seed(), &ok);
            if (!ok) {
                out() << Cli::tr("That answer does not fit this question.") << '\n'
                      << (item.type == ItemType::Numeric
                              //: keep the examples: a number is typed with a point
                              ? Cli::tr("  Type a number with a point for decimals: 12.5 (12,5 "
                                        "is not read as a number).\n")
                              : inputHelp());
                continue;
            }
            if (const Status answered = session.answer(item.id, answer); !answered)
                return fail(answered.error());
            if (session.quiz().confidence && item.isScored()) {
                const Result<Asked> asked = askConfidence(session, item);
                if (!asked)
                    return fail(asked.error());
                const Status kept = keepTime();
                if (!kept)
                    return fail(kept.error());
                if (*asked == Asked::EndOfInput)
                    return Outcome::Saved;
                if (session.isTimeUp())
                    return timeUp();
            }
            if (session.quiz().mode == QuizMode::Practice)
                showFeedback(out(), session.quiz(), item, answer, words);
        }
        sending.afterChange();
        if (session.position() + 1 >= session.itemCount())
            break;
        if (const Status moved = session.moveTo(session.position() + 1); !moved)
            return fail(moved.error());
    }
    if (const Status kept = keepTime(); !kept)
        return fail(kept.error());
    return Outcome::Submitted;
}

} // namespace

int take(const QStringList &arguments)
{
    const QString language = requestedLanguage(arguments);
    const Words words = useCliLanguage(language);
    QCommandLineParser parser;
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        Cli::tr("Whose attempt this is (created if new; default: your user name)."),
        QStringLiteral("NAME"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        //: %1 the database file used when none is given
        Cli::tr("Database file (default: %1), or a class URL (postgresql://...): the attempt is "
                "then taken on this computer's copy of the class and sent after each question; "
                "what cannot be sent waits for 'sync'.")
            .arg(Storage::defaultPath()),
        QStringLiteral("PATH|URL"));
    const QCommandLineOption newOption(
        QStringLiteral("new"),
        Cli::tr("Start over: delete the unfinished attempt of this quiz (and its answers) and "
                "start a new one."));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        Cli::tr("Seed of a new attempt: the same seed draws the same items in the same order "
                "(default: a random seed, printed). A resumed attempt keeps its own."),
        QStringLiteral("S"));
    parser.addOptions({profileOption, dbOption, newOption, seedOption, languageOption()});
    if (auto exit = parseCommandLine(
            parser, arguments,
            Cli::tr("Takes a quiz in the terminal, one question at a time, storing each answer as "
                    "it is given, and prints the report. A profile has at most one unfinished "
                    "attempt per quiz: it is resumed where it stopped, from the version of the "
                    "quiz it was started on. Answers can come from a script on standard input, "
                    "one per line.\nExit 0: submitted or saved for later; 1: problems in the "
                    "quiz; 2: the quiz or the database could not be read, or an unknown option "
                    "or language."),
            QStringLiteral("FILE"), Cli::tr("A quiz file (.yaml)."), 1, 1))
        return *exit;

    bool seedOk = true;
    const quint64 seed = parser.isSet(seedOption) ? parser.value(seedOption).toULongLong(&seedOk)
                                                  : QRandomGenerator::global()->generate64();
    if (!seedOk) {
        //: %1 the largest seed, %2 what was typed
        err() << Cli::tr("hitready-cli take: --seed takes a whole number from 0 to %1, not '%2'")
                     .arg(std::numeric_limits<quint64>::max())
                     .arg(parser.value(seedOption))
              << '\n';
        return Usage;
    }
    const Result<Quiz> loaded = loadQuizFile(parser.positionalArguments().first());
    if (!loaded) {
        err() << problemsText(loaded.error().problems);
        return loaded.error().kind == ErrorKind::Io ? Unreadable : ProblemsFound;
    }
    if (!language.isEmpty() && !knownLanguage(QStringLiteral("take"), language, *loaded))
        return Usage;
    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : Storage::defaultPath();
    std::unique_ptr<ClassCopy> classCopy;
    std::unique_ptr<Storage> ownStorage;
    if (isClassUrl(dbPath)) {
        Result<std::unique_ptr<ClassCopy>> opened = ClassCopy::open(dbPath);
        if (!opened) {
            err() << "hitready-cli take: " << opened.error().message << '\n';
            return Unreadable;
        }
        classCopy = std::move(*opened);
    } else {
        Result<std::unique_ptr<Storage>> opened = Storage::open(dbPath);
        if (!opened || (*opened)->isReadOnly()) {
            err() << "hitready-cli take: "
                  << (opened ? (*opened)->readOnlyMessage() : opened.error().message) << '\n';
            return Unreadable;
        }
        ownStorage = std::move(*opened);
    }
    Storage *const storage = classCopy ? &classCopy->local() : ownStorage.get();
    TakeSending sending(classCopy.get());
    QString name = parser.value(profileOption).trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", QStringLiteral("learner"));
    Result<Profile> profile = storage->profileByName(name);
    if (!profile && profile.error().kind == ErrorKind::NotFound)
        profile = storage->createProfile(name);
    if (!profile) {
        err() << "hitready-cli take: " << profile.error().message << '\n';
        return Unreadable;
    }

    if (parser.isSet(newOption)) {
        const auto open = storage->unfinishedAttempts(profile->id, loaded->id);
        if (!open) {
            err() << "hitready-cli take: " << open.error().message << '\n';
            return Unreadable;
        }
        for (const AttemptRecord &a : *open) {
            if (const Status discarded = storage->discardAttempt(a.id); !discarded) {
                err() << "hitready-cli take: " << discarded.error().message << '\n';
                return Unreadable;
            }
            //: %1 when the attempt was started (date and time)
            out() << Cli::tr("Deleted your unfinished attempt of %1 (--new).")
                         .arg(a.started.toLocalTime().toString(Qt::ISODate))
                  << '\n';
        }
    }
    bool resumed = false;
    Result<AttemptSession> session =
        AttemptSession::startOrResume(*storage, *loaded, profile->id, loaded->mode, seed, &resumed);
    if (!session) {
        // An unfinished attempt that cannot continue is kept as it is; nothing new starts.
        err() << "hitready-cli take: " << session.error().message << '\n';
        return Unreadable;
    }
    if (session->repairedSnapshot())
        //: %1 the quiz file
        out() << Cli::tr("The stored copy of this quiz was damaged; it was restored from %1 (the "
                         "same version). Your answers are unchanged.")
                     .arg(parser.positionalArguments().first())
              << '\n';
    if (resumed) {
        const Result<AttemptRecord> record = storage->attempt(session->attemptId());
        //: %1 when the attempt was started, %2 its seed, %3 questions answered, %4 questions
        out() << Cli::tr("Resuming your attempt of %1 (seed %2): %3 of %4 answered.")
                     .arg(record ? record->started.toLocalTime().toString(Qt::ISODate) : QString())
                     .arg(session->seed())
                     .arg(session->answeredCount())
                     .arg(session->itemOrder().size())
              << '\n';
        if (record && record->quizHash != contentHash(*loaded))
            out() << Cli::tr("The quiz file has changed since; this attempt keeps the version it "
                             "was started on (--new starts over on the file as it is now).")
                  << '\n';
    } else {
        //: after the quiz's title; %n the questions of this attempt
        out()
            << words.quizText(*loaded, loaded->title) << " - "
            << Cli::tr("%n questions. The results are for exploration, not for screening.", nullptr,
                       int(session->itemOrder().size()))
            << '\n'
            //: %1 the seed of this attempt
            << Cli::tr("Seed %1 (--seed %1 gives the same questions in the same order).").arg(seed)
            << '\n';
        if (const std::optional<double> minutes = loaded->timeLimitMinutes)
            out() << words.timeLimitNotice(*minutes) << '\n';
        out() << inputHelp();
    }
    if (session->submittedOnResume()) {
        const Report report = session->report();
        out() << '\n'
              << words.timeRanOutWhileAwayNotice() << "\n\n"
              << reportText(session->quiz(), report, recommend(session->quiz(), report), words);
        sending.finish();
        return Ok;
    }
    switch (run(*session, sending, words)) {
    case Outcome::Failed:
        return Unreadable;
    case Outcome::Saved:
        //: %1 questions answered, %2 questions in the attempt
        out() << '\n'
              << Cli::tr("Saved: %1 of %2 answered. Run the same command again to continue.")
                     .arg(session->answeredCount())
                     .arg(session->itemOrder().size())
              << '\n';
        sending.finish();
        return Ok;
    case Outcome::Submitted:
        break;
    }
    const Result<Report> report = session->submit();
    if (!report) {
        err() << "hitready-cli take: " << report.error().message << '\n';
        return Unreadable;
    }
    out() << '\n'
          << Cli::tr("Submitted.") << "\n\n"
          << reportText(session->quiz(), *report, recommend(session->quiz(), *report), words);
    sending.finish();
    return Ok;
}

} // namespace hitready::cli
