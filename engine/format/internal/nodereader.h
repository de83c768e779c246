#pragma once
// Typed reads from a YAML tree that record a located problem for every mismatch, so the
// loader can collect all problems of a file in one pass.

#include "loader.h"
#include "problem.h"
#include "quiz.h"
#include "scalarposition.h"
#include "yamltree.h"

#include <QHash>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace hitready {

class NodeReader
{
public:
    NodeReader(const QString &file, Problems *problems) : m_file(file), m_problems(problems) {}

    QString language = QStringLiteral("en");
    // Languages every text must have besides `language` (lint --languages): a text without
    // one is a problem at its node. Empty for an ordinary load.
    QStringList requiredLanguages;

    void problem(const YamlNode &at, const QString &message);
    // A problem at one character of a scalar's value, `value` (located as ScalarPositions can).
    void problemInScalar(const YamlNode &scalar, const QString &value, qsizetype offset,
                         const QString &message);
    // A scalar's value to keep in the quiz: equal texts of one file share one QString.
    QString keep(const YamlNode &scalar);
    // The file's bytes, for problemInScalar().
    void setSource(const QByteArray &bytes) { m_positions = ScalarPositions(bytes); }
    // The key node of `key` in `map` (for locating problems about a whole entry).
    static const YamlNode *keyNode(const YamlNode &map, QAnyStringView key);

    // True when `node` is a map; else records "WHAT must be a mapping".
    bool expectMap(const YamlNode &node, const QString &what);
    // Reports missing required keys (at the map) and unknown keys (at the key, with a
    // near-miss suggestion).
    void checkKeys(const YamlNode &map, const QString &what,
                   std::initializer_list<const char *> required,
                   std::initializer_list<const char *> optional);

    // Each read returns nothing, silently, when the key is absent (checkKeys reports
    // required ones) and nothing plus a problem when the value has the wrong type.
    std::optional<QString> string(const YamlNode &map, QStringView key);
    enum class IdKind {
        Lower, // [a-z0-9-]+: quiz, domain and language ids
        Item,  // [A-Za-z0-9_.-]+: item, option and recommendation ids
    };
    std::optional<QString> id(const YamlNode &map, QStringView key, IdKind kind);
    std::optional<double> number(const YamlNode &map, QStringView key);
    std::optional<bool> boolean(const YamlNode &map, QStringView key);
    Text text(const YamlNode &map, QStringView key);
    Text text(const YamlNode &node);
    // A list; records a problem and returns nullptr when the value is not a sequence.
    const YamlNode *sequence(const YamlNode &map, QStringView key);
    QList<LevelBand> levels(const YamlNode &map, QStringView key);

    static bool isValidId(QStringView id, IdKind kind);

private:
    QString m_file;
    Problems *m_problems;
    ScalarPositions m_positions;
    // Keyed by a scalar's text where the tree keeps it (the file's bytes or the document's one
    // copy of a text), looked up by a view without a conversion: the document outlives the
    // reader.
    QHash<QByteArrayView, QString> m_kept;
    QHash<QByteArrayView, Text> m_texts; // in m_textsLanguage
    QString m_textsLanguage;

    Text plainText(const YamlNode &scalar);
    void checkRequiredLanguages(const YamlNode &node, const Text &text);
    static QByteArrayView sharingKey(const YamlNode &scalar)
    {
        return QByteArrayView(scalar.text().data(), scalar.text().size());
    }
};

// The closest of `candidates` within a small edit distance of `word`, or empty.
QString nearestWord(const QString &word, const QStringList &candidates);

// What a scalar looks like, for messages: "the text 'abc'", "a list", "a mapping".
QString describeNode(const YamlNode &node);

} // namespace hitready
