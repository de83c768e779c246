#include "attemptexport.h"

#include "drawnitems.h"
#include "report.h"
#include "statsjson.h"
#include "storedanswers.h"

#include <QHash>
#include <map>
#include <memory>

namespace hitready {

namespace {

struct Version
{
    explicit Version(const Quiz &q) : answers(q), drawn(q)
    {
        for (const Item &item : q.items) {
            itemParts.append(csvField(item.id) + QLatin1Char(',') + csvField(item.domain) +
                             QLatin1Char(',') + itemTypeName(item.type) + QLatin1Char(','));
            maxParts.append(item.isScored() ? csvNumber(item.points) : QString());
        }
    }
    const QString &itemPart(qsizetype i) const { return itemParts[i]; } // "id,domain,type,"
    const QString &maxPart(qsizetype i) const { return maxParts[i]; }
    StoredAnswers answers;
    DrawnItems drawn; // which of its items an attempt drew
    QStringList itemParts, maxParts;
};

QString percentField(const std::optional<double> &percent)
{
    return csvNumber(percent);
}

} // namespace

bool exportAttemptsCsv(const Storage &storage, const AttemptSelection &selection, ExportRows rows,
                       QTextStream &out, QString *error)
{
    const auto failed = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const Result<SelectedAttempts> selected = storage.selectAttempts(selection);
    if (!selected)
        return failed(selected.error().message);
    if (selected->hashes.isEmpty())
        if (const Result<QString> latest = storage.latestSnapshotHash(selection.quizId); !latest)
            return failed(latest.error().message);
    const Result<QList<Profile>> profiles = storage.profiles();
    if (!profiles)
        return failed(profiles.error().message);
    QHash<qint64, QString> names;
    for (const Profile &p : *profiles)
        names.insert(p.id, p.name);

    std::vector<std::unique_ptr<Quiz>> quizzes;
    std::vector<Version> versions;
    versions.reserve(size_t(selected->hashes.size()));
    for (const QString &hash : selected->hashes) {
        Result<Quiz> quiz = storage.snapshot(hash);
        if (!quiz)
            return failed(quiz.error().message);
        quizzes.push_back(std::make_unique<Quiz>(std::move(*quiz)));
        versions.emplace_back(*quizzes.back());
    }
    // Domain columns: the newest version's domains first, then any only older ones had.
    QStringList domainIds;
    for (auto q = quizzes.crbegin(); q != quizzes.crend(); ++q)
        for (const Domain &d : (*q)->domains)
            if (!domainIds.contains(d.id))
                domainIds.append(d.id);

    if (rows == ExportRows::Responses) {
        out << "attempt_id,profile,quiz_hash,item_id,domain,type,answer,mark,max_mark\n";
        // Millions of lines: the parts that repeat are built once per attempt and per item.
        qsizetype lastRow = -1;
        QString attemptPart, line;
        const Status scanned = storage.scanAnswers(
            *selected, [&](qsizetype row, QByteArrayView itemId, QByteArrayView text) {
                Version &v = versions[size_t(selected->versions[row])];
                if (row != lastRow) {
                    lastRow = row;
                    attemptPart = QString::number(selected->ids[row]) + QLatin1Char(',') +
                                  csvField(names.value(selected->profileIds[row])) +
                                  QLatin1Char(',') + selected->hashes[selected->versions[row]] +
                                  QLatin1Char(',');
                }
                const qsizetype i = v.answers.itemIndex(itemId);
                const StoredAnswers::Decoded *d = i >= 0 ? &v.answers.decode(i, text) : nullptr;
                line = attemptPart;
                if (i >= 0)
                    line += v.itemPart(i);
                else
                    line += csvField(QString::fromUtf8(itemId)) + QStringLiteral(",,,");
                line += csvField(QString::fromUtf8(text));
                line += QLatin1Char(',');
                if (i >= 0 && d->readable && v.answers.quiz().items[i].isScored())
                    line += csvNumber(d->points);
                line += QLatin1Char(',');
                if (i >= 0)
                    line += v.maxPart(i);
                line += QLatin1Char('\n');
                out << line;
            });
        return scanned || failed(scanned.error().message);
    }

    out << "attempt_id,profile,quiz_hash,started_at,finished_at,answered,overall_percent";
    for (const QString &id : domainIds)
        out << ',' << csvField(id + QStringLiteral("_percent"));
    out << '\n';
    AnswerList answers;
    qsizetype pending = 0; // the next attempt to write
    qsizetype answered = 0;
    const auto writeAttempt = [&](qsizetype row) {
        Version &v = versions[size_t(selected->versions[row])];
        const Quiz &quiz = v.answers.quiz();
        answers.resize(quiz.items.size());
        // Only the items the attempt drew count, as on the learner's own report.
        const QList<bool> &shown = v.drawn.of(selected->itemOrders.value(row));
        const Report report =
            v.drawn.drewAll() ? score(quiz, answers) : score(quiz, answers, shown);
        out << selected->ids[row] << ',' << csvField(names.value(selected->profileIds[row])) << ','
            << selected->hashes[selected->versions[row]] << ',' << selected->started[row] << ','
            << selected->finished[row] << ',' << answered << ','
            << percentField(report.overallPercent);
        for (const QString &id : domainIds) {
            const DomainResult *d = report.domain(id);
            out << ',' << (d ? percentField(d->percent) : QString());
        }
        out << '\n';
        answers.clear();
        answered = 0;
    };
    const Status scanned = storage.scanAnswers(
        *selected, [&](qsizetype row, QByteArrayView itemId, QByteArrayView text) {
            while (pending < row)
                writeAttempt(pending++);
            Version &v = versions[size_t(selected->versions[row])];
            const qsizetype i = v.answers.itemIndex(itemId);
            if (i < 0)
                return;
            const StoredAnswers::Decoded &d = v.answers.decode(i, text);
            if (!d.readable || d.answer.isEmpty())
                return;
            answers.resize(v.answers.quiz().items.size());
            answers[i] = d.answer;
            ++answered;
        });
    if (!scanned)
        return failed(scanned.error().message);
    while (pending < selected->size())
        writeAttempt(pending++);
    return true;
}

} // namespace hitready
