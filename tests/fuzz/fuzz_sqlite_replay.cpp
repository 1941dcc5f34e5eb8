// libFuzzer target: a migration file's text replayed in SQLite (fuzztargets.h).
#include "tests/fuzz/fuzztargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    schemalens::fuzz::tuneSqliteForFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace schemalens::fuzz;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    sqliteReplay(input);
    return 0;
}
