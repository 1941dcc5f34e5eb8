// libFuzzer target: a migration file's text through the PostgreSQL loader (fuzztargets.h).
#include "tests/fuzz/fuzztargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace schemalens::fuzz;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    pgLoad(input);
    return 0;
}
