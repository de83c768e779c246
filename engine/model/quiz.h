#pragma once
// The quiz as loaded from a format-1 file: plain value types, no behaviour beyond lookups.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
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
    Text description{}; // what the level means for the learner, in plain words; may be empty
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

enum class ItemType {
    Single,
    Multiple,
    TrueFalse,
    Likert,
    Ordering,
    Matching,
    HotText,
    Numeric,
    Text
};
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

// An entry the learner arranges or pairs: an ordering step, a matching left or right entry.
struct Entry
{
    QString id;
    Text text;
    QString match; // matching left entries only: the id of the right entry that answers it
    bool operator==(const Entry &) const = default;
};

// A selectable span of a hottext item, marked in its text as [[id|shown text]].
struct HotSpan
{
    QString id;
    QString text;        // the shown text
    qsizetype start = 0; // where the shown text begins in the item's shown text (UTF-16 units)
    bool correct = false;
    Text feedback;
    bool operator==(const HotSpan &) const = default;
};

// What a numeric item accepts: answer +- tolerance (absolute, or percent of |answer|).
struct NumericKey
{
    double answer = 0;
    double tolerance = 0; // >= 0
    bool percent = false; // tolerance is a percent of |answer|
    QString unit;         // shown after the input box; may be empty
    // The widest accepted |given - answer|, including the rounding allowance.
    double allowance() const;
    bool accepts(double given) const;
    bool operator==(const NumericKey &) const = default;
};

// How a text answer and the accepted answers are normalised before they are compared.
enum class SpaceMode {
    Trim,   // trim both ends, collapse inner runs of whitespace to one space
    Ignore, // remove all whitespace
    Exact,  // compare as typed
};
QString spaceModeName(SpaceMode mode);
std::optional<SpaceMode> spaceModeFromName(const QString &name);

// What a text item accepts: exact answers and full-match patterns, after normalising.
// A file may give them per language (`accept: {en: [...], es: [...]}`); they are kept as one
// list each, every language's entries in file order, because an answer counts when it matches
// an entry of ANY language: scores never depend on the language a learner reads.
struct TextKey
{
    QStringList accept;   // normalised when compared, not when stored
    QStringList patterns; // QRegularExpression syntax, matched against the whole answer
    bool caseSensitive = false;
    SpaceMode spaces = SpaceMode::Trim;
    // The language of each entry of `accept` / `patterns` (same length) when the file gives
    // them per language; empty when they were one plain list, in the quiz's own language.
    // (Initialised here so that `TextKey{accept, patterns, cs, spaces}` stays complete.)
    QStringList acceptLanguages{};
    QStringList patternLanguages{};
    QString normalised(const QString &answer) const;
    // The accepted answers written for `language` (plain lists are in `quizLanguage`): what a
    // learner reading that language is shown as the answer.
    QStringList acceptIn(const QString &language, const QString &quizLanguage) const;
    bool operator==(const TextKey &) const = default;
};

inline constexpr qsizetype maxTextAnswerLength = 200;
inline constexpr qsizetype maxPatternLength = 200;

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
    // The types after likert. Their keys below are hashed and frozen only for items of
    // those types; `stimulus` for every item.
    QList<Entry> steps;   // ordering: in the correct order (always shown shuffled)
    QList<Entry> left;    // matching: the entries to match, each naming its right entry
    QList<Entry> right;   // matching: the choices, including distractors
    Text hotText;         // hottext: the text with its [[id|shown text]] markers
    QList<HotSpan> spans; // hottext: parsed from hotText in the quiz's language
    NumericKey numeric;   // numeric
    TextKey textKey;      // text
    QString stimulus;     // id of the shared stimulus shown with this item; may be empty
    bool isScored() const { return type != ItemType::Likert; }
    const Option *option(const QString &optionId) const;
    const Entry *step(const QString &stepId) const;
    const Entry *leftEntry(const QString &entryId) const;
    const Entry *rightEntry(const QString &entryId) const;
    const HotSpan *span(const QString &spanId) const;
    bool operator==(const Item &) const = default;
};

// Material several items refer to (a case, a record, a table), shown beside each of them.
struct Stimulus
{
    QString id;
    Text title;
    Text text;               // plain text, line breaks kept; may be empty
    QList<Text> columns;     // table header; empty without a table
    QList<QStringList> rows; // table cells, each row as long as columns
    bool operator==(const Stimulus &) const = default;
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

// One entry of the top-level `translations` block: how far a translated language is trusted.
// A draft shows a short notice (intro page, PDF) that no fluent reviewer has checked it yet.
struct Translation
{
    enum class Status { Draft, Reviewed };
    Status status = Status::Draft;
    QString note; // the author's words for the notice; may be empty
    bool operator==(const Translation &) const = default;
};

struct Quiz
{
    int format = 1;
    QString id;
    Text title;
    Text description;
    QString version; // the author's own version label, e.g. "2026.1"
    QString language = QStringLiteral("en");
    QMap<QString, Translation> translations; // other languages than `language`, by code
    QuizMode mode = QuizMode::Assessment;
    QList<Domain> domains;
    QList<Item> items;
    QList<Stimulus> stimuli;
    QList<LevelBand> levels; // overall levels; may be empty
    QList<Recommendation> recommendations;
    std::optional<double> timeLimitMinutes; // absent: no time limit
    bool confidence = false;                // ask low/medium/high after each scored answer
    bool shuffleItems = false;              // scored items (in stimulus blocks) in seeded order
    bool shuffleOptions = false;            // choice options in a seeded order per item

    const Domain *domain(const QString &domainId) const;
    const Item *item(const QString &itemId) const;
    const Stimulus *stimulus(const QString &stimulusId) const;
    // Text in the quiz's own language.
    QString text(const Text &t) const { return t.in(language, language); }
    bool operator==(const Quiz &) const = default;
};

// The label of the highest band whose min <= percent, or nullopt without bands.
std::optional<Text> levelFor(const QList<LevelBand> &bands, double percent);
// The band a percent falls in (the one levelFor() takes its label from); null without bands.
const LevelBand *bandFor(const QList<LevelBand> &bands, double percent);

// True when any of time_limit, confidence, shuffle, draw or an item's `shuffle: false` is set.
bool usesAttemptRules(const Quiz &quiz);

// SHA-256 (hex) of the quiz's canonical content: same content, same hash.
QString contentHash(const Quiz &quiz);

} // namespace hitready
