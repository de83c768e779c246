#include "sourcemap.h"

#include "yamltree.h"

#include <algorithm>

namespace hitready {

namespace {

// Aliases may name one node many times: an entry lists at most this many scalars.
constexpr qsizetype maxScalarsPerEntry = 10'000;

void collectScalars(const YamlNode &node, const QString &path, int depth, QList<SourceScalar> &into)
{
    if (into.size() >= maxScalarsPerEntry || depth > 64)
        return;
    if (node.isScalar()) {
        into.append({path, node.line, node.column});
        return;
    }
    const auto joined = [&](const QString &part) {
        return path.isEmpty() ? part : path + QLatin1Char('/') + part;
    };
    if (node.isMap()) {
        for (const auto &[key, value] : node.entries())
            if (key->isScalar())
                collectScalars(*value, joined(key->scalar()), depth + 1, into);
        return;
    }
    const auto elements = node.elements();
    for (size_t i = 0; i < elements.size(); ++i)
        collectScalars(*elements[i], joined(QString::number(i)), depth + 1, into);
}

int lineCount(const QByteArray &bytes)
{
    const int breaks = int(bytes.count('\n'));
    return bytes.endsWith('\n') ? breaks : breaks + 1;
}

} // namespace

const SourceScalar *SourceEntry::scalar(QStringView path) const
{
    for (const SourceScalar &s : scalars)
        if (s.path == path)
            return &s;
    return nullptr;
}

QList<SourceEntry> sourceEntries(const QByteArray &bytes, const QString &fileName)
{
    const YamlDocument doc = parseYaml(bytes, fileName);
    QList<SourceEntry> found;
    if (!doc.root || !doc.root->isMap())
        return found;
    const auto rootEntries = doc.root->entries();
    for (size_t k = 0; k < rootEntries.size(); ++k) {
        const auto &[key, value] = rootEntries[k];
        SourceEntry::Kind kind;
        if (key->is(u"items"))
            kind = SourceEntry::Kind::Item;
        else if (key->is(u"stimuli"))
            kind = SourceEntry::Kind::Stimulus;
        else if (key->is(u"recommendations"))
            kind = SourceEntry::Kind::Recommendation;
        else
            continue;
        // The list ends where the next top-level key starts, or with the file.
        const int end =
            k + 1 < rootEntries.size() ? rootEntries[k + 1].first->line - 1 : lineCount(bytes);
        const auto elements = value->elements();
        for (size_t i = 0; i < elements.size(); ++i) {
            const YamlNode &element = *elements[i];
            SourceEntry entry;
            entry.kind = kind;
            if (const YamlNode *id = element.value(u"id"); id && id->isScalar())
                entry.id = id->scalar();
            entry.firstLine = element.line;
            entry.lastLine = i + 1 < elements.size()
                                 ? std::max(element.line, elements[i + 1]->line - 1)
                                 : std::max(element.line, end);
            collectScalars(element, QString(), 0, entry.scalars);
            found.append(std::move(entry));
        }
    }
    return found;
}

const SourceEntry *entryAtLine(const QList<SourceEntry> &entries, int line)
{
    for (const SourceEntry &entry : entries)
        if (line >= entry.firstLine && line <= entry.lastLine)
            return &entry;
    return nullptr;
}

} // namespace hitready
