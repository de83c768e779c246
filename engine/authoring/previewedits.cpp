#include "previewedits.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace hitready {

Quiz previewQuiz(const Quiz &quiz)
{
    Quiz shown = quiz;
    shown.mode = QuizMode::Practice;
    shown.shuffleItems = false;
    shown.timeLimitMinutes.reset();
    for (Domain &domain : shown.domains)
        domain.draw.reset();
    return shown;
}

namespace {

// The text of an entry's lines, which is what "changed" compares.
QList<QByteArrayView> entryLines(const QList<QByteArrayView> &lines, const SourceEntry &entry)
{
    const qsizetype first = std::clamp<qsizetype>(entry.firstLine - 1, 0, lines.size());
    const qsizetype last = std::clamp<qsizetype>(entry.lastLine, first, lines.size());
    return lines.mid(first, last - first);
}

QList<QByteArrayView> splitLines(const QByteArray &bytes)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            lines.append(QByteArrayView(bytes).sliced(start, i - start));
            start = i + 1;
        }
    }
    if (start < bytes.size())
        lines.append(QByteArrayView(bytes).sliced(start));
    return lines;
}

// Entries of one kind by id (entries without an id cannot be matched and are left out).
QHash<QString, const SourceEntry *> byId(const QList<SourceEntry> &entries, SourceEntry::Kind kind)
{
    QHash<QString, const SourceEntry *> found;
    for (const SourceEntry &entry : entries)
        if (entry.kind == kind && !entry.id.isEmpty() && !found.contains(entry.id))
            found.insert(entry.id, &entry);
    return found;
}

} // namespace

QStringList changedItems(const SourceVersion &before, const SourceVersion &after,
                         const Quiz &afterQuiz)
{
    const QList<QByteArrayView> oldLines = splitLines(before.bytes);
    const QList<QByteArrayView> newLines = splitLines(after.bytes);
    const auto differs = [&](const SourceEntry &now, const SourceEntry *was) {
        return !was || entryLines(oldLines, *was) != entryLines(newLines, now);
    };
    const auto oldStimuli = byId(before.entries, SourceEntry::Kind::Stimulus);
    QSet<QString> changedStimuli;
    for (const SourceEntry &entry : after.entries)
        if (entry.kind == SourceEntry::Kind::Stimulus && !entry.id.isEmpty() &&
            differs(entry, oldStimuli.value(entry.id)))
            changedStimuli.insert(entry.id);

    const auto oldItems = byId(before.entries, SourceEntry::Kind::Item);
    QStringList changed;
    for (const SourceEntry &entry : after.entries) {
        if (entry.kind != SourceEntry::Kind::Item || entry.id.isEmpty() ||
            changed.contains(entry.id))
            continue;
        const Item *item = afterQuiz.item(entry.id);
        if (differs(entry, oldItems.value(entry.id)) ||
            (item && changedStimuli.contains(item->stimulus)))
            changed.append(entry.id);
    }
    return changed;
}

QString itemAtLine(const Quiz &quiz, const QList<SourceEntry> &entries, int line)
{
    const SourceEntry *entry = entryAtLine(entries, line);
    if (!entry || entry->id.isEmpty())
        return {};
    if (entry->kind == SourceEntry::Kind::Item)
        return quiz.item(entry->id) ? entry->id : QString();
    if (entry->kind == SourceEntry::Kind::Stimulus)
        for (const Item &item : quiz.items)
            if (item.stimulus == entry->id)
                return item.id;
    return {};
}

} // namespace hitready
