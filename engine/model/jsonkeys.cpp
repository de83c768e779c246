#include "jsonkeys.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace hitready {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads the string whose opening quote is at json[at]; returns the index after its closing
// quote and the text, escapes read, in *text.
qsizetype readString(const QByteArray &json, qsizetype at, QString *text)
{
    qsizetype i = at + 1;
    qsizetype run = i; // start of the bytes copied as they are
    while (i < json.size() && json[i] != '"') {
        if (json[i] != '\\') {
            ++i;
            continue;
        }
        text->append(QString::fromUtf8(json.constData() + run, i - run));
        const char escaped = i + 1 < json.size() ? json[i + 1] : '\0';
        i += 2;
        switch (escaped) {
        case 'b':
            text->append(QLatin1Char('\b'));
            break;
        case 'f':
            text->append(QLatin1Char('\f'));
            break;
        case 'n':
            text->append(QLatin1Char('\n'));
            break;
        case 'r':
            text->append(QLatin1Char('\r'));
            break;
        case 't':
            text->append(QLatin1Char('\t'));
            break;
        case 'u': {
            char16_t unit = 0;
            for (int k = 0; k < 4 && i < json.size(); ++k, ++i)
                unit = char16_t(unit * 16 + std::max(0, hexValue(json[i])));
            text->append(QChar(unit));
            break;
        }
        default: // \" \\ \/
            text->append(QLatin1Char(escaped));
        }
        run = i;
    }
    text->append(QString::fromUtf8(json.constData() + run, std::min(i, json.size()) - run));
    return i + 1;
}

struct Scope
{
    bool object = false;
    bool expectingKey = false;
    QHash<QString, int> keys; // key -> line of its first occurrence
};

} // namespace

RepeatedKeys repeatedKeys(const QByteArray &json, qsizetype limit)
{
    RepeatedKeys found;
    std::vector<Scope> scopes;
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < json.size();) {
        const char c = json[i];
        if (c == '"') {
            QString text;
            const qsizetype next = readString(json, i, &text);
            if (!scopes.empty() && scopes.back().object && scopes.back().expectingKey) {
                Scope &scope = scopes.back();
                scope.expectingKey = false;
                const auto seen = scope.keys.constFind(text);
                if (seen == scope.keys.cend()) {
                    scope.keys.insert(text, line);
                } else if (found.total++ < limit) {
                    int column = 1; // characters: UTF-8 lead bytes
                    for (qsizetype k = lineStart; k < i; ++k)
                        column += (uchar(json[k]) & 0xC0) != 0x80;
                    found.first.append({text, line, column, *seen});
                }
            }
            i = next;
            continue;
        }
        if (c == '{' || c == '[')
            scopes.push_back({c == '{', c == '{', {}});
        else if ((c == '}' || c == ']') && !scopes.empty())
            scopes.pop_back();
        else if (c == ',' && !scopes.empty() && scopes.back().object)
            scopes.back().expectingKey = true;
        else if (c == '\n') {
            ++line;
            lineStart = i + 1;
        }
        ++i;
    }
    return found;
}

} // namespace hitready
