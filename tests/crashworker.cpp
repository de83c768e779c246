// hitready-crashworker: drives one attempt through AttemptController as the app does, one
// command per stdin line, and prints "ok ..." only once the change is durable. tst_crashresume
// kills it with SIGKILL at chosen moments.
//
//   hitready-crashworker start DB QUIZ   -> "started ID"
//   hitready-crashworker resume DB ID    -> "resumed ID POSITION"
// Commands: single ID | toggle ID | tf true|false | rate N | flag | unflag | next | goto N
//           statistics (reads the quiz's statistics on a second connection, as the results
//           page and the instructor view do)

#include "attemptcontroller.h"
#include "learnerdatabase.h"
#include "quizstatistics.h"
#include "session.h"
#include "storage.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>

using namespace hitready;

namespace {

bool run(AttemptController &c, const QString &dbPath, const QString &line)
{
    const QString verb = line.section(u' ', 0, 0);
    const QString arg = line.section(u' ', 1);
    if (verb == QLatin1String("single"))
        return c.answerSingle(arg);
    if (verb == QLatin1String("toggle"))
        return c.toggleOption(arg);
    if (verb == QLatin1String("tf"))
        return c.answerTrueFalse(arg == QLatin1String("true"));
    if (verb == QLatin1String("rate"))
        return c.answerRating(arg.toInt());
    if (verb == QLatin1String("flag") || verb == QLatin1String("unflag"))
        return c.setFlagged(verb == QLatin1String("flag"));
    if (verb == QLatin1String("next"))
        return c.next();
    if (verb == QLatin1String("goto"))
        return c.goTo(arg.toInt());
    if (verb == QLatin1String("statistics")) {
        StatisticsRequest request;
        request.quizId = c.session() ? c.session()->quiz().id : QString();
        return quizStatisticsAt(dbPath, request, nullptr).has_value();
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: hitready-crashworker start DB QUIZ | resume DB ID\n");
        return 2;
    }
    LearnerDatabase db(args.at(2));
    if (!db.isOpen()) {
        std::cout << "error " << db.errorText().toStdString() << std::endl;
        return 1;
    }
    AttemptController controller;
    controller.setDatabase(&db);
    if (args.at(1) == QLatin1String("start")) {
        const QString name = QStringLiteral("Crash");
        Result<Profile> profile = db.storage()->profileByName(name);
        if (!profile)
            profile = db.storage()->createProfile(name);
        if (!profile || !controller.start(args.at(3), profile->id)) {
            std::cout << "error " << controller.errorText().toStdString() << std::endl;
            return 1;
        }
        std::cout << "started " << controller.attemptId() << std::endl;
    } else {
        if (!controller.resume(args.at(3).toLongLong())) {
            std::cout << "error " << controller.errorText().toStdString() << std::endl;
            return 1;
        }
        std::cout << "resumed " << controller.attemptId() << ' ' << controller.position()
                  << std::endl;
    }
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString command = QString::fromStdString(line).trimmed();
        if (command == QLatin1String("quit"))
            break;
        if (run(controller, args.at(2), command))
            std::cout << "ok " << line << std::endl;
        else
            std::cout << "error " << controller.errorText().toStdString() << std::endl;
    }
    return 0;
}
