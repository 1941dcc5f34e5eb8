// libFuzzer target: a review file's decisions and notes: read, edited, written, read back
// (fuzztargets.h).
#include "tests/fuzz/fuzztargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace schemalens::fuzz;
    decisionsFile(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
