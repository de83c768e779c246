#pragma once
// The quiz as loaded from a format-1 file: plain value types, no behaviour beyond lookups.

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace hitready {

// A user-visible text in one or more languages (a YAML string or a map language -> string).
struct Text
{
    QMap<QString, QString> byLanguage;

    static Text plain(const QString &language, const QString &value)
    {
        Text t;
        t.byLanguage.insert(language, value);
        return t;
    }
    bool isEmpty() const { return byLanguage.isEmpty(); }
    // The text in `language`, else in `fallback`, else the first one there is.
    QString in(const QString &language, const QString &fallback = {}) const;
    bool operator==(const Text &) const = default;
};

struct LevelBand
{
    double min = 0;
    Text label;
    bool operator==(const LevelBand &) const = default;
};

struct Domain
{
    QString id;
    Text title;
    Text description;
    double weight = 1;
    QList<LevelBand> levels; // ascending by min, first min is 0; may be empty
    std::optional<int> draw; // scored items drawn into each attempt; absent: all of them
    bool operator==(const Domain &) const = default;
};

enum class ItemType { Single, Multiple, TrueFalse, Likert };
QString itemTypeName(ItemType type);
std::optional<ItemType> itemTypeFromName(const QString &name);

struct Option
{
    QString id;
    Text text;
    bool correct = false;
    Text feedback;
    bool operator==(const Option &) const = default;
};

struct Item
{
    QString id;
    QString domain;
    ItemType type = ItemType::Single;
    Text prompt;
    QList<Option> options; // single, multiple
    bool answer = false;   // truefalse: the correct statement value
    QList<Text> anchors;   // likert: five descriptions, for ratings 1..5
    double points = 1;     // likert items are self-ratings and score nothing
    Text explanation;
    QString source;
    bool keepOptionOrder = false; // `shuffle: false`: options stay in file order
    bool isScored() const { return type != ItemType::Likert; }
    const Option *option(const QString &optionId) const;
    bool operator==(const Item &) const = default;
};

// A recommendation's selection rule: a tree of all/any over inclusive bounds.
struct Condition
{
    enum class Kind { All, Any, Overall, DomainPercent, SelfRating };
    Kind kind = Kind::All;
    QString domain; // DomainPercent, SelfRating
    std::optional<double> min;
    std::optional<double> max;
    QList<Condition> children; // All, Any
    bool operator==(const Condition &) const = default;
};

enum class RecommendationKind { Training, Certification, Experience, Course };
QString recommendationKindName(RecommendationKind kind);
std::optional<RecommendationKind> recommendationKindFromName(const QString &name);

struct Link
{
    Text title;
    QString url;
    bool operator==(const Link &) const = default;
};

struct Recommendation
{
    QString id;
    RecommendationKind kind = RecommendationKind::Training;
    Text title;
    Text text;
    std::optional<Condition> when; // absent: applies to every learner
    QList<Link> links;
    bool operator==(const Recommendation &) const = default;
};

enum class QuizMode { Assessment, Practice };

// The longest time_limit a quiz may set (a week); keeps every limit exact in milliseconds.
constexpr double maxTimeLimitMinutes = 7 * 24 * 60;

struct Quiz
{
    int format = 1;
    QString id;
    Text title;
    Text description;
    QString version; // the author's own version label, e.g. "2026.1"
    QString language = QStringLiteral("en");
    QuizMode mode = QuizMode::Assessment;
    QList<Domain> domains;
    QList<Item> items;
    QList<LevelBand> levels; // overall levels; may be empty
    QList<Recommendation> recommendations;
    std::optional<double> timeLimitMinutes; // absent: no time limit
    bool confidence = false;                // ask low/medium/high after each scored answer
    bool shuffleItems = false;              // scored items (in stimulus blocks) in seeded order
    bool shuffleOptions = false;            // choice options in a seeded order per item

    const Domain *domain(const QString &domainId) const;
    const Item *item(const QString &itemId) const;
    // Text in the quiz's own language.
    QString text(const Text &t) const { return t.in(language, language); }
    bool operator==(const Quiz &) const = default;
};

// The label of the highest band whose min <= percent, or nullopt without bands.
std::optional<Text> levelFor(const QList<LevelBand> &bands, double percent);

// True when any of time_limit, confidence, shuffle, draw or an item's `shuffle: false` is set.
bool usesAttemptRules(const Quiz &quiz);

// SHA-256 (hex) of the quiz's canonical content: same content, same hash.
QString contentHash(const Quiz &quiz);

} // namespace hitready
