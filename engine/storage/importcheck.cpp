#include "importcheck.h"

#include "storagerows.h"

namespace hitready {

using namespace storagerows;

ImportChecker::ImportChecker(const Quiz &quiz) : m_quiz(quiz)
{
    for (qsizetype i = 0; i < quiz.items.size(); ++i)
        m_indexOf.insert(quiz.items[i].id, i);
    // Answers go in primary-key order (item ids as bytes): the database appends, never shifts.
    for (qsizetype i = 0; i < quiz.items.size(); ++i)
        m_items.push_back({i, quiz.items[i].id.toUtf8(), {}, {}});
    std::sort(m_items.begin(), m_items.end(),
              [](const ItemSlot &a, const ItemSlot &b) { return a.id < b.id; });
}

QString ImportChecker::check(const ImportedAttempt &a, CheckedAttempt *out)
{
    const QString name = a.profileName.trimmed();
    if (name.isEmpty())
        return QStringLiteral("a profile needs a name");
    if (a.answers.size() > m_quiz.items.size())
        return QStringLiteral("more answers than the quiz has items");
    if (!a.started.isValid() || !a.finished.isValid() || a.finished < a.started || a.elapsedMs < 0)
        return QStringLiteral("needs a start before its finish");
    // The drawn items, checked as Storage::startAttempt() checks a shown order.
    m_shown.fill(a.itemOrder.isEmpty(), m_quiz.items.size());
    for (const QString &id : a.itemOrder) {
        const qsizetype i = m_indexOf.value(id, -1);
        if (i < 0 || m_shown[i] || id.contains(QLatin1Char(',')))
            return QStringLiteral("item order: '%1' is unknown, repeated or holds a comma").arg(id);
        m_shown[i] = true;
    }
    out->rows.clear();
    for (ItemSlot &item : m_items) {
        if (item.index >= a.answers.size() || a.answers[item.index].isEmpty())
            continue;
        if (!m_shown[item.index])
            return QStringLiteral("item '%1' is answered but not in the item order")
                .arg(m_quiz.items[item.index].id);
        const QByteArray *stored = checked(item, a.answers[item.index]);
        if (!stored)
            return QStringLiteral("item '%1': %2")
                .arg(m_quiz.items[item.index].id,
                     answerProblem(m_quiz.items[item.index], a.answers[item.index]));
        if (!stored->isEmpty()) // e.g. no option chosen: stored as not answered
            out->rows.push_back({&item.id, stored});
    }
    out->profileName = name;
    out->mode = modeName(a.mode).toUtf8();
    out->seed = qint64(a.seed);
    out->started = timestamp(a.started).toUtf8();
    out->finished = timestamp(a.finished).toUtf8();
    const qsizetype shown = a.itemOrder.isEmpty() ? m_quiz.items.size() : a.itemOrder.size();
    out->position = std::max<qsizetype>(0, shown - 1);
    out->elapsedMs = a.elapsedMs;
    out->itemOrder = a.itemOrder.join(QLatin1Char(',')).toUtf8();
    out->uuid = (a.uuid.isEmpty() ? newAttemptUuid() : a.uuid).toUtf8();
    return {};
}

const QByteArray *ImportChecker::checked(ItemSlot &item, const Answer &answer)
{
    constexpr size_t scanned = 16;
    const QString encoded = encodeAnswer(answer);
    const quint32 kind = 1u << answer.value.index();
    qsizetype at = -1;
    for (size_t i = 0; i < std::min(scanned, item.valid.size()) && at < 0; ++i)
        if (item.valid[i].encoded == encoded)
            at = qsizetype(i);
    if (at < 0 && item.valid.size() > scanned)
        at = item.validIndex.value(encoded, -1);
    if (at >= 0 && (item.valid[size_t(at)].kinds & kind))
        return &item.valid[size_t(at)].utf8;
    if (!answerProblem(m_quiz.items[item.index], answer).isEmpty())
        return nullptr;
    if (at < 0) {
        at = qsizetype(item.valid.size());
        item.valid.push_back({encoded, 0, encoded.toUtf8()});
        item.validIndex.insert(encoded, at);
    }
    item.valid[size_t(at)].kinds |= kind;
    return &item.valid[size_t(at)].utf8;
}

} // namespace hitready
