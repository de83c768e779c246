#pragma once
// What a fuzz target asserts beyond "no crash": a broken property aborts, so libFuzzer keeps
// the input that broke it.

#include <QByteArray>
#include <QString>
#include <cstdio>
#include <cstdlib>

namespace hitready::fuzz {

inline void require(bool holds, const char *property, const QString &detail = {})
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz property broken: %s\n%s\n", property, qPrintable(detail));
    std::abort();
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace hitready::fuzz
