#include "loader.h"
#include "logging.h"
#include "quizreader.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace hitready {

namespace {

constexpr int supportedFormat = 1;

QList<Domain> readDomains(NodeReader &reader, const YamlNode &list)
{
    QList<Domain> domains;
    QSet<QString> seen;
    for (const auto &node : list.elements()) {
        if (!reader.expectMap(*node, QStringLiteral("a domain")))
            continue;
        reader.checkKeys(*node, QStringLiteral("a domain"), {"id", "title"},
                         {"description", "weight", "levels", "draw"});
        Domain d;
        d.id = reader.id(*node, u"id", NodeReader::IdKind::Lower).value_or(QString());
        if (!d.id.isEmpty() && seen.contains(d.id))
            reader.problem(*node->value(u"id"),
                           QStringLiteral("duplicate domain id '%1'").arg(d.id));
        seen.insert(d.id);
        d.title = reader.text(*node, u"title");
        d.description = reader.text(*node, u"description");
        if (const auto weight = reader.number(*node, u"weight")) {
            if (*weight < 0)
                reader.problem(
                    *node->value(u"weight"),
                    QStringLiteral("a domain's weight must be 0 or more, not %1").arg(*weight));
            d.weight = *weight;
        }
        d.levels = reader.levels(*node, u"levels");
        domains.append(d);
    }
    return domains;
}

// The top-level `translations`: how far each other language is trusted. A status is optional
// and defaults to draft: a translation counts as reviewed only when its author says so.
void readTranslations(NodeReader &reader, const YamlNode &root, Quiz &quiz)
{
    const YamlNode *map = root.value(u"translations");
    if (!map || map->isNull() || !reader.expectMap(*map, QStringLiteral("'translations'")))
        return;
    for (const auto &[key, value] : map->entries()) {
        if (!key->isScalar()) {
            reader.problem(*key, QStringLiteral("'translations' keys are language codes, not %1")
                                     .arg(describeNode(*key)));
            continue;
        }
        const QString code = reader.keep(*key);
        if (!isLanguageCode(code)) {
            reader.problem(*key, QStringLiteral("'%1' in 'translations' is not a language code: "
                                                "use 2 or 3 lower-case letters, optionally "
                                                "with a region like 'es-mx'")
                                     .arg(code));
            continue;
        }
        if (code == quiz.language) {
            reader.problem(*key, QStringLiteral("'translations' lists '%1', the quiz's own "
                                                "language: list only the languages it is "
                                                "translated into")
                                     .arg(code));
            continue;
        }
        Translation translation;
        if (value->isNull()) { // `hmn:` alone: a draft without a note
            quiz.translations.insert(code, translation);
            continue;
        }
        const QString what = QStringLiteral("the '%1' translation").arg(code);
        if (!reader.expectMap(*value, what))
            continue;
        reader.checkKeys(*value, what, {}, {"status", "note"});
        if (const auto status = reader.string(*value, u"status")) {
            if (*status == QLatin1String("reviewed"))
                translation.status = Translation::Status::Reviewed;
            else if (*status != QLatin1String("draft"))
                reader.problem(*value->value(u"status"),
                               QStringLiteral("a translation's status must be 'draft' or "
                                              "'reviewed', not '%1'")
                                   .arg(*status));
        }
        translation.note = reader.string(*value, u"note").value_or(QString());
        quiz.translations.insert(code, translation);
    }
}

// Reads the format version first: another version's keys mean other things, so nothing
// else is checked when it is not ours.
bool readFormat(NodeReader &reader, const YamlNode &root, Quiz &quiz)
{
    const YamlNode *v = root.value(u"hitready");
    if (!v || v->isNull()) {
        reader.problem(root, QStringLiteral("missing required key 'hitready' (the format version: "
                                            "write 'hitready: 1' as the first line)"));
        return true; // check the rest as format 1
    }
    bool ok = false;
    const int version = v->isScalar() && v->plain ? v->scalar().toInt(&ok) : 0;
    if (!ok || version != supportedFormat) {
        reader.problem(*v, QStringLiteral("unsupported format version %1: this program reads "
                                          "'hitready: %2'")
                               .arg(describeNode(*v))
                               .arg(supportedFormat));
        return false;
    }
    quiz.format = version;
    return true;
}

void readQuiz(NodeReader &reader, YamlDocument &doc, Quiz &quiz)
{
    const YamlNode &root = *doc.root;
    reader.checkKeys(root, QStringLiteral("the quiz"),
                     {"hitready", "id", "title", "domains", "items"},
                     {"description", "version", "language", "mode", "levels", "recommendations",
                      "stimuli", "time_limit", "confidence", "shuffle", "translations"});
    if (const auto language = reader.id(root, u"language", NodeReader::IdKind::Lower))
        quiz.language = *language;
    reader.language = quiz.language;
    reader.requiredLanguages.removeAll(quiz.language); // every text has it already
    readTranslations(reader, root, quiz);
    quiz.id = reader.id(root, u"id", NodeReader::IdKind::Lower).value_or(QString());
    quiz.title = reader.text(root, u"title");
    quiz.description = reader.text(root, u"description");
    quiz.version = reader.string(root, u"version").value_or(QString());
    if (const auto mode = reader.string(root, u"mode")) {
        if (*mode == QLatin1String("practice"))
            quiz.mode = QuizMode::Practice;
        else if (*mode != QLatin1String("assessment"))
            reader.problem(
                *root.value(u"mode"),
                QStringLiteral("mode must be 'assessment' or 'practice', not '%1'").arg(*mode));
    }
    const YamlNode *domainList = reader.sequence(root, u"domains");
    if (domainList) {
        quiz.domains = readDomains(reader, *domainList);
        if (quiz.domains.isEmpty())
            reader.problem(*domainList, QStringLiteral("'domains' must list at least one domain"));
    }
    QSet<QString> domainIds;
    for (const Domain &d : quiz.domains)
        domainIds.insert(d.id);
    if (const YamlNode *list = reader.sequence(root, u"stimuli"))
        quiz.stimuli = detail::readStimuli(reader, *list);
    QSet<QString> stimulusIds;
    for (const Stimulus &s : quiz.stimuli)
        stimulusIds.insert(s.id);
    if (const YamlNode *list = reader.sequence(root, u"items")) {
        quiz.items = detail::readItems(reader, *list, domainIds, stimulusIds, doc);
        if (quiz.items.isEmpty())
            reader.problem(*list, QStringLiteral("'items' must list at least one item"));
    }
    if (domainList)
        detail::readDraws(reader, *domainList, quiz);
    detail::readAttemptRules(reader, root, quiz);
    quiz.levels = reader.levels(root, u"levels");
    if (const YamlNode *list = reader.sequence(root, u"recommendations"))
        quiz.recommendations = detail::readRecommendations(reader, *list, domainIds);
}

// A file's problems as the Error of its load; the message names the file and the first one.
Error quizProblems(const QString &fileName, Problems problems, ErrorKind kind = ErrorKind::Invalid)
{
    const Problem &first = problems.first();
    QString message;
    if (problems.size() == 1)
        message = first.toString();
    else if (first.line > 0)
        message = QStringLiteral("%1 has %2 problems to fix; the first, at line %3, column %4: %5")
                      .arg(fileName)
                      .arg(problems.size())
                      .arg(first.line)
                      .arg(first.column)
                      .arg(first.message);
    else
        message = QStringLiteral("%1 has %2 problems to fix; the first: %3")
                      .arg(fileName)
                      .arg(problems.size())
                      .arg(first.message);
    return Error(kind, message, std::move(problems));
}

Error tooLarge(const QString &fileName, qint64 size)
{
    return quizProblems(fileName,
                        {{fileName, 0, 0,
                          QStringLiteral("the file is %1 MiB; quiz files are limited to %2 MiB")
                              .arg(double(size) / (1024 * 1024), 0, 'f', 1)
                              .arg(maxQuizFileBytes / (1024 * 1024))}});
}

} // namespace

Result<Quiz> loadQuiz(const QByteArray &bytes, const QString &fileName, const LoadOptions &options)
{
    if (bytes.size() > maxQuizFileBytes)
        return tooLarge(fileName, bytes.size());
    YamlDocument doc = parseYaml(bytes, fileName, {}, QUtf8StringView("items"));
    Problems problems = doc.problems;
    if (!doc.root) {
        if (problems.isEmpty())
            problems.append({fileName, 1, 1,
                             QStringLiteral("the file is empty: a quiz starts with 'hitready: 1' "
                                            "and has id, title, domains and items")});
        return quizProblems(fileName, std::move(problems));
    }
    NodeReader reader(fileName, &problems);
    reader.setSource(bytes);
    reader.requiredLanguages = options.requiredLanguages;
    Quiz quiz;
    if (reader.expectMap(*doc.root, QStringLiteral("a quiz file")) &&
        readFormat(reader, *doc.root, quiz))
        readQuiz(reader, doc, quiz);
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    qCDebug(lcLoader) << fileName << problems.size() << "problems";
    if (!problems.isEmpty())
        return quizProblems(fileName, std::move(problems));
    return quiz;
}

Result<QByteArray> readQuizFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly))
        return quizProblems(
            path,
            {{path, 0, 0,
              info.isDir() ? QStringLiteral("is a folder, not a quiz file")
                           : QStringLiteral("cannot read: %1").arg(file.errorString())}},
            ErrorKind::Io);
    if (file.size() > maxQuizFileBytes)
        return tooLarge(path, file.size());
    // One read into a buffer of the file's size: readAll() grows its buffer in steps, and so
    // does resize() of an empty QByteArray (4 MiB for 3 MiB); the size constructor does not.
    if (file.isSequential() || file.size() == 0)
        return file.readAll();
    QByteArray bytes(file.size(), Qt::Uninitialized);
    bytes.resize(std::max<qint64>(0, file.read(bytes.data(), bytes.size())));
    return bytes;
}

Result<Quiz> loadQuizFile(const QString &path, const LoadOptions &options)
{
    const Result<QByteArray> bytes = readQuizFile(path);
    if (!bytes)
        return bytes.error();
    return loadQuiz(*bytes, path, options);
}

} // namespace hitready
