#pragma once
// The raw bytes of a YAML file as libyaml sees them, for the problems it reports unclearly:
// the encoding a file declares by its first bytes, and where a byte offset stands.

#include <QByteArray>
#include <utility>

namespace hitready {

// "UTF-16" or "UTF-32" when YAML's detection rule (a byte-order mark or NULs in the first
// bytes) finds that encoding, else nullptr. libyaml would read UTF-16 silently; the format is
// UTF-8.
const char *wideEncoding(const QByteArray &bytes);

// Line and column (1-based, columns in characters) of a byte offset, counting line breaks as
// libyaml does (CR LF, CR, LF, NEL, LS, PS) so they agree with its other marks.
std::pair<int, int> positionOfByte(const QByteArray &bytes, qsizetype offset);

} // namespace hitready
