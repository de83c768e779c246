#include "quiz.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>

namespace hitready {

QString Text::in(const QString &language, const QString &fallback) const
{
    if (auto it = byLanguage.constFind(language); it != byLanguage.cend())
        return *it;
    if (auto it = byLanguage.constFind(fallback); it != byLanguage.cend())
        return *it;
    return byLanguage.isEmpty() ? QString() : byLanguage.first();
}

static const char *const itemTypeNames[] = {"single",  "multiple", "truefalse",
                                            "likert",  "ordering", "matching",
                                            "hottext", "numeric",  "text"};
static const char *const spaceModeNames[] = {"trim", "ignore", "exact"};
static const char *const kindNames[] = {"training", "certification", "experience", "course"};

QString itemTypeName(ItemType type)
{
    return QString::fromLatin1(itemTypeNames[int(type)]);
}

std::optional<ItemType> itemTypeFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(itemTypeNames)); ++i)
        if (name == QLatin1String(itemTypeNames[i]))
            return ItemType(i);
    return std::nullopt;
}

QString spaceModeName(SpaceMode mode)
{
    return QString::fromLatin1(spaceModeNames[int(mode)]);
}

std::optional<SpaceMode> spaceModeFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(spaceModeNames)); ++i)
        if (name == QLatin1String(spaceModeNames[i]))
            return SpaceMode(i);
    return std::nullopt;
}

double NumericKey::allowance() const
{
    const double magnitude = std::abs(answer);
    const double absolute = percent ? tolerance / 100 * magnitude : tolerance;
    // Decimal answers are not exact in binary: 12.6 - 12.5 is a hair above 0.1.
    return absolute + 1e-9 * std::max(1.0, magnitude);
}

bool NumericKey::accepts(double given) const
{
    return std::isfinite(given) && std::abs(given - answer) <= allowance();
}

QStringList TextKey::acceptIn(const QString &language, const QString &quizLanguage) const
{
    if (acceptLanguages.isEmpty())
        return language == quizLanguage ? accept : QStringList();
    QStringList written;
    for (qsizetype i = 0; i < accept.size() && i < acceptLanguages.size(); ++i)
        if (acceptLanguages.at(i) == language)
            written.append(accept.at(i));
    return written;
}

QString TextKey::normalised(const QString &answer) const
{
    switch (spaces) {
    case SpaceMode::Trim:
        return answer.simplified();
    case SpaceMode::Ignore: {
        QString s;
        s.reserve(answer.size());
        for (QChar c : answer)
            if (!c.isSpace())
                s.append(c);
        return s;
    }
    case SpaceMode::Exact:
        break;
    }
    return answer;
}

QString recommendationKindName(RecommendationKind kind)
{
    return QString::fromLatin1(kindNames[int(kind)]);
}

std::optional<RecommendationKind> recommendationKindFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kindNames)); ++i)
        if (name == QLatin1String(kindNames[i]))
            return RecommendationKind(i);
    return std::nullopt;
}

const Option *Item::option(const QString &optionId) const
{
    for (const Option &o : options)
        if (o.id == optionId)
            return &o;
    return nullptr;
}

namespace {

template <class T> const T *byId(const QList<T> &list, const QString &id)
{
    for (const T &entry : list)
        if (entry.id == id)
            return &entry;
    return nullptr;
}

} // namespace

const Entry *Item::step(const QString &stepId) const
{
    return byId(steps, stepId);
}

const Entry *Item::leftEntry(const QString &entryId) const
{
    return byId(left, entryId);
}

const Entry *Item::rightEntry(const QString &entryId) const
{
    return byId(right, entryId);
}

const HotSpan *Item::span(const QString &spanId) const
{
    return byId(spans, spanId);
}

const Stimulus *Quiz::stimulus(const QString &stimulusId) const
{
    return byId(stimuli, stimulusId);
}

const Domain *Quiz::domain(const QString &domainId) const
{
    for (const Domain &d : domains)
        if (d.id == domainId)
            return &d;
    return nullptr;
}

const Item *Quiz::item(const QString &itemId) const
{
    for (const Item &i : items)
        if (i.id == itemId)
            return &i;
    return nullptr;
}

bool usesAttemptRules(const Quiz &quiz)
{
    return quiz.timeLimitMinutes || quiz.confidence || quiz.shuffleItems || quiz.shuffleOptions ||
           std::any_of(quiz.domains.cbegin(), quiz.domains.cend(),
                       [](const Domain &d) { return d.draw.has_value(); }) ||
           std::any_of(quiz.items.cbegin(), quiz.items.cend(),
                       [](const Item &i) { return i.keepOptionOrder; });
}

const LevelBand *bandFor(const QList<LevelBand> &bands, double percent)
{
    const LevelBand *found = nullptr;
    for (const LevelBand &band : bands)
        if (band.min <= percent)
            found = &band;
    return found;
}

std::optional<Text> levelFor(const QList<LevelBand> &bands, double percent)
{
    const LevelBand *band = bandFor(bands, percent);
    return band ? std::optional<Text>(band->label) : std::nullopt;
}

// The hash is fed a canonical stream of the content: every field in a fixed order, strings
// length-prefixed, so equal content gives equal bytes however the file was laid out. Streaming
// into the hash (rather than building a document first) keeps a 5,000-item quiz in a few ms.
namespace {

class ContentStream
{
public:
    ContentStream &operator<<(const QString &s)
    {
        *this << qint64(s.size());
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(s.utf16()), s.size() * 2));
        return *this;
    }
    ContentStream &operator<<(qint64 n)
    {
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(&n), sizeof n));
        return *this;
    }
    ContentStream &operator<<(int n) { return *this << qint64(n); }
    ContentStream &operator<<(bool b) { return *this << qint64(b); }
    ContentStream &operator<<(double d)
    {
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(&d), sizeof d));
        return *this;
    }
    ContentStream &operator<<(const std::optional<double> &d)
    {
        *this << d.has_value();
        return d ? *this << *d : *this;
    }
    ContentStream &operator<<(const Text &t)
    {
        *this << qint64(t.byLanguage.size());
        for (auto it = t.byLanguage.cbegin(); it != t.byLanguage.cend(); ++it)
            *this << it.key() << it.value();
        return *this;
    }
    ContentStream &operator<<(const QList<LevelBand> &bands)
    {
        *this << qint64(bands.size());
        for (const LevelBand &b : bands)
            *this << b.min << b.label;
        return *this;
    }
    ContentStream &operator<<(const QStringList &list)
    {
        *this << qint64(list.size());
        for (const QString &s : list)
            *this << s;
        return *this;
    }
    ContentStream &operator<<(const QList<Entry> &entries)
    {
        *this << qint64(entries.size());
        for (const Entry &e : entries)
            *this << e.id << e.text << e.match;
        return *this;
    }
    ContentStream &operator<<(const Condition &c)
    {
        *this << int(c.kind) << c.domain << c.min << c.max << qint64(c.children.size());
        for (const Condition &child : c.children)
            *this << child;
        return *this;
    }
    QString result() const { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace

namespace {

void addIssue4Fields(ContentStream &s, const Item &i)
{
    s << i.steps << i.left << i.right << i.hotText << qint64(i.spans.size());
    for (const HotSpan &h : i.spans)
        s << h.id << h.text << qint64(h.start) << h.correct << h.feedback;
    s << i.numeric.answer << i.numeric.tolerance << i.numeric.percent << i.numeric.unit
      << i.textKey.accept << i.textKey.patterns << i.textKey.caseSensitive << int(i.textKey.spaces);
}

// Sections added after format 1's first release follow the core stream, each named, and only
// when the quiz uses them: a quiz without them keeps the hash it always had (stored attempts
// refer to snapshots by that hash).
// Issue 13: the translations block and the languages of translated accepted answers.
void addTranslationsSection(ContentStream &s, const Quiz &quiz)
{
    const bool translatedKeys =
        std::any_of(quiz.items.cbegin(), quiz.items.cend(), [](const Item &i) {
            return !i.textKey.acceptLanguages.isEmpty() || !i.textKey.patternLanguages.isEmpty();
        });
    if (quiz.translations.isEmpty() && !translatedKeys)
        return;
    s << QStringLiteral("translations") << qint64(quiz.translations.size());
    for (auto it = quiz.translations.cbegin(); it != quiz.translations.cend(); ++it)
        s << it.key() << int(it->status) << it->note;
    for (const Item &i : quiz.items)
        s << i.textKey.acceptLanguages << i.textKey.patternLanguages;
}

// Level descriptions (issue 15) hash only when a band has one: a quiz without them keeps its hash.
void addLevelDescriptionsSection(ContentStream &s, const Quiz &quiz)
{
    const auto described = [](const QList<LevelBand> &bands) {
        return std::any_of(bands.cbegin(), bands.cend(),
                           [](const LevelBand &b) { return !b.description.isEmpty(); });
    };
    if (!described(quiz.levels) &&
        std::none_of(quiz.domains.cbegin(), quiz.domains.cend(),
                     [&](const Domain &d) { return described(d.levels); }))
        return;
    s << QStringLiteral("level-descriptions");
    const auto add = [&](const QList<LevelBand> &bands) {
        s << qint64(bands.size());
        for (const LevelBand &b : bands)
            s << b.description;
    };
    add(quiz.levels);
    for (const Domain &d : quiz.domains)
        add(d.levels);
}

void addStimuliSection(ContentStream &s, const Quiz &quiz)
{
    const bool referenced = std::any_of(quiz.items.cbegin(), quiz.items.cend(),
                                        [](const Item &i) { return !i.stimulus.isEmpty(); });
    if (quiz.stimuli.isEmpty() && !referenced)
        return;
    s << QStringLiteral("stimuli") << qint64(quiz.stimuli.size());
    for (const Stimulus &st : quiz.stimuli) {
        s << st.id << st.title << st.text << qint64(st.columns.size());
        for (const Text &c : st.columns)
            s << c;
        s << qint64(st.rows.size());
        for (const QStringList &row : st.rows)
            s << row;
    }
    for (const Item &i : quiz.items)
        s << i.stimulus;
}

} // namespace

QString contentHash(const Quiz &quiz)
{
    ContentStream s;
    s << quiz.format << quiz.id << quiz.title << quiz.description << quiz.version << quiz.language
      << int(quiz.mode) << quiz.levels << qint64(quiz.domains.size());
    for (const Domain &d : quiz.domains)
        s << d.id << d.title << d.description << d.weight << d.levels;
    s << qint64(quiz.items.size());
    for (const Item &i : quiz.items) {
        s << i.id << i.domain << int(i.type) << i.prompt << qint64(i.options.size());
        for (const Option &o : i.options)
            s << o.id << o.text << o.correct << o.feedback;
        s << i.answer << qint64(i.anchors.size());
        for (const Text &t : i.anchors)
            s << t;
        s << i.points << i.explanation << i.source;
        if (int(i.type) >=
            int(ItemType::Ordering)) // the types of issue 4; older ones hash as before
            addIssue4Fields(s, i);
    }
    s << qint64(quiz.recommendations.size());
    for (const Recommendation &r : quiz.recommendations) {
        s << r.id << int(r.kind) << r.title << r.text << r.when.has_value();
        if (r.when)
            s << *r.when;
        s << qint64(r.links.size());
        for (const Link &l : r.links)
            s << l.title << l.url;
    }
    addStimuliSection(s, quiz);
    addTranslationsSection(s, quiz);
    addLevelDescriptionsSection(s, quiz);
    // Attempt rules come last and only when one is set: a quiz without them keeps the hash it
    // had before they existed, so its stored attempts still match their quiz file.
    if (usesAttemptRules(quiz)) {
        s << QStringLiteral("attempt-rules") << quiz.timeLimitMinutes << quiz.confidence
          << quiz.shuffleItems << quiz.shuffleOptions;
        for (const Domain &d : quiz.domains)
            s << d.draw.has_value() << qint64(d.draw.value_or(0));
        for (const Item &i : quiz.items)
            s << i.keepOptionOrder;
    }
    return s.result();
}

} // namespace hitready
