// The libFuzzer entry of one target; INBEELD_FUZZ_TARGET names it (tests/fuzz/CMakeLists.txt).

#include "tests/fuzz/FuzzTargets.h"

#include <cstdlib>

namespace {
inbeeld::fuzz::TargetFunction g_run = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    inbeeld::fuzz::quietQtMessages();
    const inbeeld::fuzz::Target* t = inbeeld::fuzz::target(QStringLiteral(INBEELD_FUZZ_TARGET));
    if (!t)
        std::abort();
    g_run = t->run;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return g_run(data, size);
}
