#pragma once
// The terminal's words in the learner's language: `--language CODE` on take and score (and
// info) installs HIT Ready's own words in that language (useAppLanguage()) and shows the quiz's
// texts in it where the quiz has them (show(), else the quiz's own language). Every line those
// commands print goes through Cli::tr() (Qt Linguist context "Cli") or Words.

#include "quiz.h"
#include "words.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace hitready::cli {

// Qt Linguist's context for the terminal's own words.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The language named by --language CODE (or --language=CODE) in `arguments`; empty without.
// Read before the command line is parsed, so that even --help and usage errors are in it.
QString requestedLanguage(const QStringList &arguments);

// Installs HIT Ready's words for `code`: English when `code` is empty or HIT Ready has no words
// in it (its quiz texts may still be in it). Returns the Words to write sentences with.
Words useCliLanguage(const QString &code);

// The --language option, described in the installed language.
QCommandLineOption languageOption();

// Whether `code` (non-empty) is a language of `quiz`'s texts or of HIT Ready's own words; when
// not, prints "hitready-cli COMMAND: unknown language ..." naming both lists, to stderr.
bool knownLanguage(const QString &command, const QString &code, const Quiz &quiz);

} // namespace hitready::cli
