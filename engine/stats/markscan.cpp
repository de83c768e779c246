#include "markscan.h"

#include "drawnitems.h"
#include "storage.h"
#include "storedanswers.h"

#include <QThread>
#include <thread>

namespace hitready {

namespace {

// Below this many attempts a second thread costs more than it saves.
constexpr qsizetype attemptsPerThread = 20000;
constexpr int maxThreads = 4;

// What one thread reads: a contiguous range of attempts, with decoders and counts of its own.
class ScanPart
{
public:
    ScanPart(const std::vector<VersionLayout> &layouts, const SelectedAttempts &attempts,
             const QList<double> &maxMarks, MarksMatrix &matrix)
        : m_layouts(layouts), m_attempts(attempts), m_maxMarks(maxMarks), m_matrix(matrix)
    {
        m_readers.reserve(layouts.size());
        for (const VersionLayout &layout : layouts)
            m_readers.emplace_back(*layout.quiz);
    }

    void visit(qsizetype row, QByteArrayView itemId, QByteArrayView text)
    {
        const int version = m_attempts.versions[row];
        Reader &r = m_readers[size_t(version)];
        const qsizetype i = r.answers.itemIndex(itemId);
        if (i < 0) {
            ++unreadable; // an answer to an item its own version does not have
            return;
        }
        const qsizetype column = m_layouts[size_t(version)].columnOfItem[i];
        if (column < 0)
            return; // not reported: unscored, or changed since this version
        if (!m_matrix.isPresent(row, column)) {
            ++unreadable; // an answer to an item the attempt did not draw
            return;
        }
        const StoredAnswers::Decoded &d = r.answers.decode(i, text);
        if (!d.readable) {
            ++unreadable;
            return;
        }
        if (d.answer.isEmpty())
            return;
        std::vector<Seen> &seen = r.seen[size_t(i)];
        if (qsizetype(seen.size()) <= d.serial)
            seen.resize(size_t(d.serial) + 1);
        Seen &s = seen[size_t(d.serial)];
        if (s.code < 0) // the first time this part sees this answer: its mark's code
            s.code = m_matrix.codeOf(column, d.points);
        m_matrix.setMark(row, column, quint8(s.code), d.points); // rows are this part's alone
        ++s.count;
    }

    // Adds how often each distinct answer was given to `tallies` (one per column).
    void addTo(QList<AnswerTally> &tallies) const
    {
        for (size_t v = 0; v < m_readers.size(); ++v) {
            const Reader &r = m_readers[v];
            for (size_t i = 0; i < r.seen.size(); ++i) {
                const qsizetype column = m_layouts[v].columnOfItem[qsizetype(i)];
                for (size_t serial = 0; serial < r.seen[i].size(); ++serial) {
                    if (r.seen[i][serial].count == 0)
                        continue;
                    const StoredAnswers::Decoded &d =
                        r.answers.decoded(qsizetype(i), qsizetype(serial));
                    const double max = m_maxMarks[column];
                    AnswerTally &tally = tallies[column];
                    tally.entries[tally.slot(d.canonical, max > 0 ? d.points / max : 0)].count +=
                        r.seen[i][serial].count;
                }
            }
        }
    }

    qint64 unreadable = 0;
    bool ok = true;
    QString error;

private:
    // One distinct answer as this part met it.
    struct Seen
    {
        qint64 count = 0; // times it came
        int code = -1;    // its mark's code in its column (MarksMatrix::codeOf), once known
    };
    struct Reader
    {
        explicit Reader(const Quiz &quiz) : answers(quiz), seen(size_t(quiz.items.size())) {}
        StoredAnswers answers;
        std::vector<std::vector<Seen>> seen; // per item, by decoded serial
    };
    const std::vector<VersionLayout> &m_layouts;
    const SelectedAttempts &m_attempts;
    const QList<double> &m_maxMarks;
    MarksMatrix &m_matrix;
    std::vector<Reader> m_readers;
};

// Rows first..last-1: cells of items their version does not hold unchanged, or that they did
// not draw.
void markAbsentCells(const SelectedAttempts &attempts, const std::vector<VersionLayout> &layouts,
                     qsizetype first, qsizetype last, MarksMatrix &matrix)
{
    std::vector<DrawnItems> drawn;
    drawn.reserve(layouts.size());
    for (const VersionLayout &layout : layouts)
        drawn.emplace_back(*layout.quiz);
    for (qsizetype row = first; row < last; ++row) {
        const int version = attempts.versions[row];
        const VersionLayout &layout = layouts[size_t(version)];
        for (qsizetype c = 0; c < matrix.columns(); ++c)
            if (!layout.held[c])
                matrix.setAbsent(row, c);
        const QList<bool> &shown = drawn[size_t(version)].of(attempts.itemOrders.value(row));
        if (drawn[size_t(version)].drewAll())
            continue;
        for (qsizetype i = 0; i < shown.size(); ++i)
            if (!shown[i] && layout.columnOfItem[i] >= 0)
                matrix.setNotDrawn(row, layout.columnOfItem[i]);
    }
}

} // namespace

int analysisThreads(qsizetype rows)
{
    return int(std::clamp<qsizetype>(rows / attemptsPerThread, 1,
                                     std::min(maxThreads, QThread::idealThreadCount())));
}

qsizetype AnswerTally::slot(const QString &canonical, double credit)
{
    const auto found = byCanonical.constFind(canonical);
    if (found != byCanonical.cend())
        return *found;
    entries.append({canonical, credit, 0});
    byCanonical.insert(canonical, entries.size() - 1);
    return entries.size() - 1;
}

std::optional<ScannedMarks> scanMarks(const Storage &storage, const SelectedAttempts &attempts,
                                      const std::vector<VersionLayout> &layouts,
                                      const QList<double> &maxMarks, int threads, QString *error)
{
    ScannedMarks result;
    result.matrix = MarksMatrix(attempts.size(), maxMarks);
    if (!storage.canScanConcurrently() || threads < 1)
        threads = 1;
    std::vector<std::unique_ptr<ScanPart>> parts;
    for (int t = 0; t < threads; ++t)
        parts.push_back(std::make_unique<ScanPart>(layouts, attempts, maxMarks, result.matrix));
    // Each thread marks the absent cells of its own rows, then reads their answers.
    const auto scan = [&](int t) {
        ScanPart &part = *parts[size_t(t)];
        const qsizetype first = attempts.size() * t / threads;
        const qsizetype last = attempts.size() * (t + 1) / threads;
        markAbsentCells(attempts, layouts, first, last, result.matrix);
        const Status scanned = storage.scanAnswerRange(
            attempts, first, last,
            [&part](qsizetype row, QByteArrayView itemId, QByteArrayView text) {
                part.visit(row, itemId, text);
            });
        part.ok = scanned.has_value();
        if (!scanned)
            part.error = scanned.error().message;
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(scan, t);
    scan(0);
    for (std::thread &h : helpers)
        h.join();

    result.tallies.resize(maxMarks.size());
    for (const auto &part : parts) {
        if (!part->ok) {
            if (error)
                *error = part->error;
            return std::nullopt;
        }
        result.unreadable += part->unreadable;
        part->addTo(result.tallies);
    }
    return result;
}

} // namespace hitready
