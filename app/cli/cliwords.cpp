#include "cliwords.h"

#include "apptranslations.h"
#include "commands.h"
#include "reading.h"

namespace hitready::cli {

QString requestedLanguage(const QStringList &arguments)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == option)
            return arguments.value(i + 1);
        if (a.startsWith(option + QLatin1Char('=')))
            return a.mid(option.size() + 1);
    }
    return {};
}

Words useCliLanguage(const QString &code)
{
    // Scripts that give no language get English words whatever the system's language is.
    useAppLanguage(code.isEmpty() ? QStringLiteral("en") : code);
    return Words(code);
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(
        QStringLiteral("language"),
        Cli::tr("Show the quiz and HIT Ready's words in this language (a code such as es), "
                "where they are translated; the rest stays in the quiz's own language. Scores "
                "are the same in every language. Default: English words, the quiz's own "
                "language."),
        QStringLiteral("CODE"));
}

bool knownLanguage(const QString &command, const QString &code, const Quiz &quiz)
{
    const QStringList content = contentLanguages(quiz);
    const QStringList words = appLanguages();
    if (content.contains(code) || words.contains(code))
        return true;
    //: %1 the command, %2 the code typed, %3 the quiz's languages, %4 HIT Ready's own languages;
    //: the lists are codes such as "en, es"
    err() << Cli::tr("hitready-cli %1: unknown language '%2': this quiz is written in %3, and "
                     "HIT Ready's own words are in %4.")
                 .arg(command, code, content.join(QStringLiteral(", ")),
                      words.join(QStringLiteral(", ")))
          << '\n';
    err().flush();
    return false;
}

} // namespace hitready::cli
