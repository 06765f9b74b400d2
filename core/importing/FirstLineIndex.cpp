#include "core/importing/FirstLineIndex.h"

#include <cstdlib>
#include <cstring>
#include <new>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace inbeeld {

namespace {

constexpr size_t HugePage = size_t(2) << 20;

/// bytes of memory; aligned to a huge page, and offered huge pages, when it is that large.
void* allocateTable(size_t bytes)
{
    if (bytes < HugePage)
        return std::malloc(bytes);
    const size_t rounded = (bytes + HugePage - 1) / HugePage * HugePage;
    void* memory = std::aligned_alloc(HugePage, rounded);
#ifdef Q_OS_LINUX
    if (memory)
        (void)madvise(memory, rounded, MADV_HUGEPAGE); // advice: without huge pages it works as well
#endif
    return memory;
}

} // namespace

FirstLineIndex::~FirstLineIndex()
{
    std::free(m_slots);
}

void FirstLineIndex::grow(size_t minSlots)
{
    size_t capacity = m_capacity == 0 ? 1024 : m_capacity;
    while (capacity < minSlots)
        capacity *= 2;
    auto* table = static_cast<quint64*>(allocateTable(capacity * sizeof(quint64)));
    if (!table)
        throw std::bad_alloc();
    std::memset(table, 0xFF, capacity * sizeof(quint64)); // every slot Empty
    const size_t mask = capacity - 1;
    for (size_t k = 0; k < m_capacity; ++k) {
        const quint64 slot = m_slots[k];
        if (slot == Empty)
            continue;
        size_t i = slotOf(slot & KeyMask, mask);
        while (table[i] != Empty)
            i = (i + 1) & mask;
        table[i] = slot;
    }
    std::free(m_slots);
    m_slots = table;
    m_capacity = capacity;
}

} // namespace inbeeld
