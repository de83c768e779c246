// new: a small, valid, commented starting quiz for an author to grow.

#include "commands.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace hitready::cli {

namespace {

// Facts from the shipped HIT readiness content, so that the example is right as it stands.
// @ID@ is replaced by the quiz id.
constexpr char starterQuiz[] = R"yaml(# yaml-language-server: $schema=quiz.schema.json
# A new HIT Ready quiz (format version 1); the reference is docs/quiz-format.md.
# Editor help: run `hitready-cli schema > quiz.schema.json` in this folder. Editors with a
# YAML language server (VS Code's YAML extension and others) then read the first line above
# and complete keys, explain them on hover and underline mistakes while you type.
# Check the whole file with `hitready-cli lint FILE`; it also finds what an editor cannot
# (an item naming a domain that does not exist, an id used twice).

# The format version, the quiz's id and its title. The id ([a-z0-9-]+) names the quiz across
# its editions: keep it when you revise the file.
hitready: 1
id: @ID@
title: New quiz
description: What this quiz is for and who should take it.
version: "0.1"        # your label for this edition, shown on reports (quoted: stays text)
language: en          # the language of the texts; a text may add others: {en: ..., es: ...}
mode: assessment      # assessment: feedback at the end; practice: after each answer
# How an attempt runs (all optional):
# time_limit: 30                        # minutes
# confidence: true                      # ask "How sure are you?" after each answer
# shuffle: {items: true, options: true}

# Domains: the areas the report scores separately. Every item names one by its id.
domains:
  - id: privacy
    title: Privacy and release of information
    weight: 1         # its share of the overall percent (default 1)
  - id: coding
    title: Coding
  - id: analysis
    title: Data analysis

# Levels: bands of the overall percent, ascending, the first at 0. A domain may have its own.
levels:
  - {min: 0, label: Getting started}
  - {min: 50, label: Developing}
  - {min: 75, label: Ready}

# Shared stimuli: a case, a record or a table that items show beside their prompt.
stimuli:
  - id: delinquency
    title: Record delinquency, one month
    table:
      columns: [Average monthly discharges, Delinquent records]
      rows:
        - [400, 30]

# Items: id (unique), domain, type, prompt, and the keys of the type. Optional on every
# type: explanation, source (where the fact comes from), stimulus; points (default 1) on
# every type but likert. Types: single, multiple, truefalse, likert, ordering, matching,
# hottext, numeric, text.
items:
  # A self-rating (likert): 1 to 5, not scored; five anchors, lowest first.
  - id: privacy-self
    domain: privacy
    type: likert
    prompt: How confident are you deciding whether a disclosure needs the patient's authorization?
    anchors:
      - I have not met these rules yet.
      - I know the rules exist but not what they say.
      - I can apply the main rules with notes in front of me.
      - I can decide most requests correctly on my own.
      - I could train a co-worker on these rules.

  # Single choice: exactly one option has correct: true.
  - id: privacy-01
    domain: privacy
    type: single
    prompt: Which of these disclosures needs the patient's written authorization?
    options:
      - {id: a, text: A lab result sent to the treating physician}
      - {id: b, text: Psychotherapy notes sent to the patient's employer, correct: true}
      - {id: c, text: A claim sent to the patient's health plan for payment}
    explanation: Treatment and payment need no authorization; psychotherapy notes do.
    source: 45 CFR 164.506, 164.508

  # True/false: `answer` is the statement's truth value.
  - id: privacy-02
    domain: privacy
    type: truefalse
    prompt: >-
      A patient's request for access to their records must be acted on within 30 calendar
      days, with at most one 30-day extension.
    answer: true
    source: 45 CFR 164.524

  # Multiple choice: at least one option is correct; a partly right answer earns part.
  - id: coding-01
    domain: coding
    type: multiple
    prompt: Which of these are true of ICD-10-PCS codes?
    options:
      - {id: seven, text: They always have 7 characters, correct: true}
      - {id: decimal, text: They have no decimal point, correct: true}
      - {id: letters, text: They use the letters I and O}
    explanation: ICD-10-PCS codes have 7 characters, no decimal, and never the letters I or O.
    source: ICD-10-PCS Official Guidelines for Coding and Reporting

  # Text: the typed answer must equal an `accept` entry or match a pattern.
  - id: privacy-03
    domain: privacy
    type: text
    prompt: What does the abbreviation PHI stand for?
    accept: [protected health information]
    patterns: ['protected health info(rmation)?']
    spaces: trim      # trim (default) | ignore | exact; case is ignored unless case_sensitive
    source: 45 CFR 160.103

  # Numeric: full points within `tolerance` (a number, or a percent such as 2%).
  - id: analysis-01
    domain: analysis
    type: numeric
    stimulus: delinquency
    prompt: What is the delinquent record rate, in percent?
    answer: 7.5
    tolerance: 0.1
    unit: "%"
    explanation: 30 delinquent records / 400 average monthly discharges x 100 = 7.5%.

# Recommendations: next steps, given when `when` holds (to everyone without it). Conditions:
# {all: [...]}, {any: [...]}, {overall: {min, max}}, {domain: ID, min, max},
# {self_rating: ID, min, max}; bounds are inclusive. `hitready-cli rules FILE` shows who
# gets each one.
recommendations:
  - id: coding-review
    kind: training    # training | certification | experience | course
    title: Review the code sets
    text: Work through the structure of ICD-10-CM and ICD-10-PCS codes before a coding course.
    when: {domain: coding, max: 59}
    # links: [{title: A page about it, url: "https://..."}]
)yaml";

bool isQuizId(const QString &id)
{
    return !id.isEmpty() && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

} // namespace

int newQuiz(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption idOption(
        QStringLiteral("id"),
        QStringLiteral("The quiz's id: lower-case letters, digits and '-' (required)."),
        QStringLiteral("ID"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("The file to write (required); an existing file is never overwritten."),
        QStringLiteral("FILE"));
    parser.addOption(idOption);
    parser.addOption(outputOption);
    if (auto exit = parseCommandLine(
            parser, arguments,
            QStringLiteral("Writes a small, valid starting quiz with comments that explain each "
                           "block: three domains, items of six types, a stimulus and a "
                           "recommendation.\nExit 0: written; 1: FILE exists (nothing "
                           "written); 2: usage error or FILE cannot be written."),
            QString(), QString(), 0, 0))
        return *exit;
    const auto usageError = [](const QString &what) {
        err() << "hitready-cli new: " << what << "\nRun 'hitready-cli new --help'.\n";
        err().flush();
        return Usage;
    };
    if (!parser.isSet(idOption))
        return usageError(QStringLiteral("missing --id ID"));
    if (!parser.isSet(outputOption))
        return usageError(QStringLiteral("missing -o FILE"));
    const QString id = parser.value(idOption);
    if (!isQuizId(id))
        return usageError(QStringLiteral("'%1' is not a valid quiz id: use only lower-case "
                                         "letters, digits and '-'")
                              .arg(id));
    const QString path = parser.value(outputOption);
    QFile file(path);
    // NewOnly: the check and the creation are one step, so nothing is ever overwritten.
    if (QFileInfo::exists(path) || !file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        const bool exists = QFileInfo::exists(path);
        err() << "hitready-cli new: " << path
              << (exists ? QStringLiteral(" already exists; nothing written (choose another "
                                          "name, or remove the file first)")
                         : QStringLiteral(": cannot write: %1").arg(file.errorString()))
              << '\n';
        err().flush();
        return exists ? ProblemsFound : Unreadable;
    }
    const QByteArray text =
        QString::fromUtf8(starterQuiz).replace(QStringLiteral("@ID@"), id).toUtf8();
    if (file.write(text) != text.size() || !file.flush()) {
        err() << "hitready-cli new: " << path << ": cannot write: " << file.errorString() << '\n';
        err().flush();
        file.remove(); // a cut-off quiz would only mislead
        return Unreadable;
    }
    file.close();
    err() << "Wrote " << path << ". Check it with: hitready-cli lint " << path << '\n';
    err().flush();
    return Ok;
}

} // namespace hitready::cli
