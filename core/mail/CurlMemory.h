#pragma once

#include <cstddef>
#include <functional>

namespace inbeeld {

/// libcurl keeps its own copies of what it is given (CURLOPT_PASSWORD is strdup'ed) and builds the
/// AUTH line in its own buffers, then frees them without clearing. So curl is initialised once
/// with allocation functions (curl_global_init_mem) that zero every block before it is freed or
/// moved: the SMTP password does not linger in freed heap memory after a send or a test.
class CurlMemory
{
public:
    /// Initialises libcurl with the wiping allocator, once per process (thread-safe).
    static void initialise();
    /// True when libcurl runs on the wiping allocator.
    static bool isWiping();
    /// Test seam: called with each block just before it is wiped and freed.
    static void setFreeObserver(std::function<void(const unsigned char* data, std::size_t size)> observer);
};

} // namespace inbeeld
