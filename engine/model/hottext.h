#pragma once
// The [[id|shown text]] markers of a hottext item: parsed into the text a learner sees and
// the spans they can select.

#include "quiz.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace hitready {

struct HotTextMarkup
{
    struct Error
    {
        qsizetype offset = 0; // of the marker's "[[" in the marked text
        QString message;
        bool operator==(const Error &) const = default;
    };

    QString shown;        // the text with each marker replaced by its shown text
    QList<HotSpan> spans; // id, text and start (in `shown`); correct and feedback unset
    QList<Error> errors;  // empty when the markup is valid (spans may still be none)
    bool operator==(const HotTextMarkup &) const = default;
};

// Ids of spans: [A-Za-z0-9_-]+.
bool isValidSpanId(QStringView id);

HotTextMarkup parseHotText(QStringView marked);

} // namespace hitready
