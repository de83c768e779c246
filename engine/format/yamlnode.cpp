#include "yamltree.h"

#include <algorithm>

namespace hitready {

namespace {

// Keys are compared often: an ASCII key against UTF-8 text byte by byte, else through Qt.
// UTF-8 takes at least one byte for each UTF-16 unit or Latin-1 character of the same text.
template <typename View> bool sameAsciiText(QUtf8StringView text, View key)
{
    if (text.size() < key.size())
        return false;
    const auto unit = [](auto c) {
        return uint(c.unicode()); // QChar or QLatin1Char
    };
    if (text.size() > key.size()) {
        if (std::none_of(text.begin(), text.end(), [](char c) { return uchar(c) >= 0x80; }))
            return false; // all ASCII, so as many characters as bytes
        return QAnyStringView::equal(text, key);
    }
    for (qsizetype i = 0; i < key.size(); ++i) {
        const uint c = unit(key[i]);
        const uint b = uchar(text[i]);
        if (c >= 0x80 || b >= 0x80)
            return QAnyStringView::equal(text, key);
        if (c != b)
            return false;
    }
    return true;
}

bool sameText(QUtf8StringView text, QAnyStringView key)
{
    return key.visit([&](auto k) {
        if constexpr (std::is_same_v<decltype(k), QUtf8StringView>)
            return text.size() == k.size() &&
                   std::equal(text.begin(), text.end(), k.begin(), k.end());
        else
            return sameAsciiText(text, k);
    });
}

} // namespace

bool YamlNode::is(QAnyStringView s) const
{
    return isScalar() && sameText(text(), s);
}

const YamlNode *YamlNode::value(QAnyStringView key) const
{
    for (const auto &[k, v] : entries())
        if (k->is(key))
            return v;
    return nullptr;
}

void YamlDocument::releaseElementsThrough(const YamlNode &list, size_t index)
{
    if (&list != releasable.list || releasable.anchored || index >= releasable.startedAfter.size())
        return;
    // The last block started by then may hold the next elements too.
    blocks.release(releasable.firstBlock, releasable.startedAfter[index] - 1);
}

} // namespace hitready
