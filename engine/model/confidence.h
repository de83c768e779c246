#pragma once
// How sure a learner was of an answer, asked after each scored answer when a quiz has
// `confidence: true`: 1 low, 2 medium, 3 high (Moodle's certainty-based marking levels).

#include <QHash>
#include <QString>
#include <optional>

namespace hitready {

constexpr int lowConfidence = 1;
constexpr int mediumConfidence = 2;
constexpr int highConfidence = 3;

using Confidences = QHash<QString, int>; // item id -> 1..3

inline bool isConfidence(int level)
{
    return level >= lowConfidence && level <= highConfidence;
}

// "low", "medium", "high"; empty for anything else.
inline QString confidenceName(int level)
{
    switch (level) {
    case lowConfidence:
        return QStringLiteral("low");
    case mediumConfidence:
        return QStringLiteral("medium");
    case highConfidence:
        return QStringLiteral("high");
    }
    return {};
}

inline std::optional<int> confidenceFromName(const QString &name)
{
    for (int level = lowConfidence; level <= highConfidence; ++level)
        if (name == confidenceName(level))
            return level;
    return std::nullopt;
}

} // namespace hitready
