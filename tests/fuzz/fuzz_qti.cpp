// The QTI 3 importer on any bytes (item files and zip packages): located problems, or a quiz
// that loads as written and survives QTI export and import with all its items.

#include "interchangecheck.h"

using namespace hitready;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::checkImport(fuzz::bytesOf(data, size), QStringLiteral("fuzz.zip"), QuizFormat::Qti3);
    return 0;
}
