#pragma once

#include <QHash>
#include <QtGlobal>
#include <optional>

namespace inbeeld {

/// The first line on which each key was seen, for finding duplicate rows in a million-row list:
/// open addressing with linear probing in one flat array, so that a row costs one look-up (and
/// usually one cache miss) instead of a find and then an insert. Keys below 2^34 only (nine
/// digits with a few bits to spare).
///
/// A key and its line share one 64-bit slot, so that a million keys take 16 MiB rather than 32:
/// the table is looked up at random, and the smaller it is, the more of it stays in the
/// processor's cache next to the storing thread's pages. Lines that do not fit beside the key
/// (from 2^30 on) are kept aside. A large table lives on huge pages where the system offers them
/// (Linux: transparent huge pages on request), so that a look-up does not also miss the
/// processor's address cache (TLB).
class FirstLineIndex
{
public:
    static constexpr int KeyBits = 34;

    FirstLineIndex() = default;
    ~FirstLineIndex();
    FirstLineIndex(const FirstLineIndex&) = delete;
    FirstLineIndex& operator=(const FirstLineIndex&) = delete;

    /// The line stored for key, when it was seen before; otherwise stores line and returns nothing.
    std::optional<qint64> firstLine(quint64 key, qint64 line)
    {
        Q_ASSERT(key < (quint64(1) << KeyBits) && line >= 0);
        if ((m_count + 1) * 2 > m_capacity)
            grow((m_count + 1) * 2);
        const size_t mask = m_capacity - 1;
        for (size_t i = slotOf(key, mask);; i = (i + 1) & mask) {
            quint64& slot = m_slots[i];
            if (slot == Empty) {
                const bool fits = quint64(line) < LineAside;
                slot = (quint64(fits ? line : LineAside) << KeyBits) | key;
                if (!fits)
                    m_linesAside.insert(key, line);
                ++m_count;
                return std::nullopt;
            }
            if ((slot & KeyMask) == key) {
                const quint64 stored = slot >> KeyBits;
                return stored == LineAside ? m_linesAside.value(key) : qint64(stored);
            }
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
    static constexpr quint64 KeyMask = (quint64(1) << KeyBits) - 1;
    /// The line part of a slot when the line is kept in m_linesAside.
    static constexpr quint64 LineAside = (quint64(1) << (64 - KeyBits)) - 1;
    static constexpr quint64 Empty = ~quint64(0); // line part LineAside with key part KeyMask: no key

    static size_t slotOf(quint64 key, size_t mask)
    {
        // Fibonacci hashing: the high bits of the product, so that nearby keys spread out.
        return size_t((key * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
    }

    /// Moves the keys into a table of at least minSlots slots (a power of two, at least 1024).
    void grow(size_t minSlots);

    quint64* m_slots = nullptr;
    size_t m_capacity = 0; // slots: 0 or a power of two
    size_t m_count = 0;
    QHash<quint64, qint64> m_linesAside; // key -> line, for lines of 2^30 and more
};

} // namespace inbeeld
