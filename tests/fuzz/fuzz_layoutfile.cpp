// libFuzzer target: a layout file (.schemalens-layout.json): parsed, written canonically, read back
// (fuzztargets.h).
#include "tests/fuzz/fuzztargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace schemalens::fuzz;
    layoutFile(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
