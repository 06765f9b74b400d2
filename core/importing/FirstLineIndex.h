#pragma once

#include <QtGlobal>
#include <optional>

namespace inbeeld {

/// The first line on which each key was seen, for finding duplicate rows in a million-row list:
/// open addressing with linear probing in one flat array, so that a row costs one look-up (and
/// usually one cache miss) instead of a find and then an insert. Keys below 2^63 only.
///
/// A large table lives on huge pages where the system offers them (Linux: transparent huge
/// pages on request): a million keys take 32 MiB, and with 4 KiB pages nearly every look-up
/// would also miss the processor's address cache (TLB), which costs more than the cache miss.
class FirstLineIndex
{
public:
    FirstLineIndex() = default;
    ~FirstLineIndex();
    FirstLineIndex(const FirstLineIndex&) = delete;
    FirstLineIndex& operator=(const FirstLineIndex&) = delete;

    /// The line stored for key, when it was seen before; otherwise stores line and returns nothing.
    std::optional<qint64> firstLine(quint64 key, qint64 line)
    {
        if ((m_count + 1) * 2 > m_capacity)
            grow((m_count + 1) * 2);
        const size_t mask = m_capacity - 1;
        for (size_t i = slotOf(key, mask);; i = (i + 1) & mask) {
            Slot& slot = m_slots[i];
            if (slot.key == Empty) {
                slot = {key, line};
                ++m_count;
                return std::nullopt;
            }
            if (slot.key == key)
                return slot.line;
        }
    }

    /// Asks the processor to load the place of key, for a firstLine() soon after.
    void prefetch(quint64 key) const
    {
#if defined(__GNUC__) || defined(__clang__)
        if (m_capacity > 0)
            __builtin_prefetch(&m_slots[slotOf(key, m_capacity - 1)]);
#else
        Q_UNUSED(key);
#endif
    }

    size_t size() const
    {
        return m_count;
    }

private:
    struct Slot
    {
        quint64 key;
        qint64 line;
    };
    static constexpr quint64 Empty = ~quint64(0);

    static size_t slotOf(quint64 key, size_t mask)
    {
        // Fibonacci hashing: the high bits of the product, so that nearby keys spread out.
        return size_t((key * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
    }

    /// Moves the keys into a table of at least minSlots slots (a power of two, at least 1024).
    void grow(size_t minSlots);

    Slot* m_slots = nullptr;
    size_t m_capacity = 0; // slots: 0 or a power of two
    size_t m_count = 0;
};

} // namespace inbeeld
