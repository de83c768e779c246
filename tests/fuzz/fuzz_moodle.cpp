// The Moodle XML importer on any bytes: located problems, or a quiz that loads as written and
// survives Moodle XML export and import with all its items.

#include "interchangecheck.h"

using namespace hitready;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::checkImport(fuzz::bytesOf(data, size), QStringLiteral("fuzz.xml"), QuizFormat::Moodle);
    return 0;
}
