#pragma once

#include <QtGlobal>
#include <optional>
#include <vector>

namespace inbeeld {

/// The first line on which each key was seen, for finding duplicate rows in a million-row list:
/// open addressing with linear probing in one flat array, so that a row costs one look-up (and
/// usually one cache miss) instead of a find and then an insert. Keys below 2^63 only.
class FirstLineIndex
{
public:
    /// The line stored for key, when it was seen before; otherwise stores line and returns nothing.
    std::optional<qint64> firstLine(quint64 key, qint64 line)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
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
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[slotOf(key, m_slots.size() - 1)]);
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

    void grow()
    {
        std::vector<Slot> old(m_slots.empty() ? 1024 : m_slots.size() * 2, Slot {Empty, 0});
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot& slot : old) {
            if (slot.key == Empty)
                continue;
            size_t i = slotOf(slot.key, mask);
            while (m_slots[i].key != Empty)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

} // namespace inbeeld
