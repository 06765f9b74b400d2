#include "core/mail/CurlMemory.h"

#include <cstdlib>
#include <cstring>
#include <curl/curl.h>
#include <mutex>
#include <sodium.h>

namespace inbeeld {

namespace {

// Each block carries its size in a header of one max-aligned slot, so free() knows how much to wipe.
constexpr std::size_t Header
    = alignof(std::max_align_t) > sizeof(std::size_t) ? alignof(std::max_align_t) : sizeof(std::size_t);
bool g_wiping = false;
std::mutex g_observerMutex;
std::function<void(const unsigned char*, std::size_t)> g_observer;

std::size_t& sizeOf(void* block)
{
    return *reinterpret_cast<std::size_t*>(static_cast<unsigned char*>(block) - Header);
}

void* wipingMalloc(std::size_t size)
{
    auto* raw = static_cast<unsigned char*>(std::malloc(size + Header));
    if (!raw)
        return nullptr;
    *reinterpret_cast<std::size_t*>(raw) = size;
    return raw + Header;
}

void wipingFree(void* block)
{
    if (!block)
        return;
    const std::size_t size = sizeOf(block);
    {
        std::lock_guard lock(g_observerMutex);
        if (g_observer)
            g_observer(static_cast<const unsigned char*>(block), size);
    }
    sodium_memzero(block, size);
    std::free(static_cast<unsigned char*>(block) - Header);
}

void* wipingRealloc(void* block, std::size_t size)
{
    if (!block)
        return wipingMalloc(size);
    void* moved = wipingMalloc(size);
    if (!moved)
        return nullptr;
    std::memcpy(moved, block, std::min(size, sizeOf(block)));
    wipingFree(block);
    return moved;
}

char* wipingStrdup(const char* text)
{
    const std::size_t size = std::strlen(text) + 1;
    auto* copy = static_cast<char*>(wipingMalloc(size));
    if (copy)
        std::memcpy(copy, text, size);
    return copy;
}

void* wipingCalloc(std::size_t count, std::size_t size)
{
    if (size != 0 && count > SIZE_MAX / size)
        return nullptr;
    void* block = wipingMalloc(count * size);
    if (block)
        std::memset(block, 0, count * size);
    return block;
}

} // namespace

void CurlMemory::initialise()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_wiping = curl_global_init_mem(CURL_GLOBAL_DEFAULT, wipingMalloc, wipingFree, wipingRealloc, wipingStrdup,
                                        wipingCalloc)
            == CURLE_OK;
        if (!g_wiping)
            curl_global_init(CURL_GLOBAL_DEFAULT);
    });
}

bool CurlMemory::isWiping()
{
    return g_wiping;
}

void CurlMemory::setFreeObserver(std::function<void(const unsigned char*, std::size_t)> observer)
{
    std::lock_guard lock(g_observerMutex);
    g_observer = std::move(observer);
}

} // namespace inbeeld
