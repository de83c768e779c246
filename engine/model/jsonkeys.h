#pragma once
// Repeated keys in a JSON text. QJsonDocument keeps the last of two equal keys silently; an
// answers file that answers one item twice must be refused, not half read.

#include <QByteArray>
#include <QList>
#include <QString>

namespace hitready {

struct RepeatedKey
{
    QString key;
    int line = 0;   // 1-based, of the repeated key's opening quote
    int column = 0; // 1-based, in characters
    int firstLine = 0;
};

struct RepeatedKeys
{
    QList<RepeatedKey> first; // at most the limit asked for, in file order
    qsizetype total = 0;
};

// Every key that repeats an earlier key of the same object, at any depth. Keys compare after
// their escapes are read ("a" and "\u0061" are one key). `json` must be valid JSON (checked
// by QJsonDocument first); on other text the result is meaningless but bounded.
RepeatedKeys repeatedKeys(const QByteArray &json, qsizetype limit);

} // namespace hitready
