#include "yamlinput.h"

#include <algorithm>

namespace hitready {

const char *wideEncoding(const QByteArray &b)
{
    const auto at = [&](qsizetype i) {
        return i < b.size() ? uchar(b[i]) : -1;
    };
    if ((at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) ||
        (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) ||
        (at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) > 0) ||
        (at(0) > 0 && at(1) == 0 && at(2) == 0 && at(3) == 0))
        return "UTF-32";
    if ((at(0) == 0xFE && at(1) == 0xFF) || (at(0) == 0xFF && at(1) == 0xFE) ||
        (at(0) == 0 && at(1) > 0) || (at(0) > 0 && at(1) == 0))
        return "UTF-16";
    return nullptr;
}

std::pair<int, int> positionOfByte(const QByteArray &bytes, qsizetype offset)
{
    int line = 1, column = 1;
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a UTF-8 byte-order mark
    const qsizetype end = std::min(offset, bytes.size());
    while (i < end) {
        const uchar c = uchar(bytes[i]);
        const auto next = [&](qsizetype k) {
            return i + k < end ? uchar(bytes[i + k]) : 0;
        };
        qsizetype width = 1;
        if (c == '\r' && next(1) == '\n')
            width = 2;
        else if (c == 0xC2 && next(1) == 0x85) // NEL
            width = 2;
        else if (c == 0xE2 && next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)) // LS, PS
            width = 3;
        const bool lineBreak = c == '\n' || c == '\r' || width > 1;
        if (lineBreak) {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
        i += width;
    }
    return {line, column};
}

} // namespace hitready
