// A map from object addresses to positions, for lookups on the review's hot paths.
#pragma once

#include <QtGlobal>

#include <bit>
#include <cstdint>
#include <vector>

namespace schemalens::review {

// Addresses of objects that outlive it (a schema's columns) to non-negative positions.
// Rules ask for a column's facts half a million times in a review of 2,000 tables; QHash's
// lookup (seeded hash, spans) was 5 % of the whole review. This is open addressing with
// linear probing on a power-of-two table at most half full, hashed by multiplying the
// address: one or two probes, no allocation after reserve().
class PointerIndex {
public:
    // Room for COUNT entries without growing.
    void reserve(qsizetype count)
    {
        std::size_t capacity = 16;
        while (capacity < std::size_t(count) * 2)
            capacity *= 2;
        if (capacity > m_keys.size())
            rehash(capacity);
    }

    // Maps KEY (not null) to POSITION (>= 0), replacing an earlier position.
    void insert(const void *key, qsizetype position)
    {
        if ((m_size + 1) * 2 > m_keys.size())
            rehash(m_keys.empty() ? 16 : m_keys.size() * 2);
        std::size_t slot = slotOf(key);
        while (m_keys[slot] && m_keys[slot] != key)
            slot = (slot + 1) & (m_keys.size() - 1);
        if (!m_keys[slot])
            ++m_size;
        m_keys[slot] = key;
        m_positions[slot] = position;
    }

    // KEY's position, or -1.
    qsizetype find(const void *key) const
    {
        if (m_keys.empty())
            return -1;
        for (std::size_t slot = slotOf(key);; slot = (slot + 1) & (m_keys.size() - 1)) {
            if (m_keys[slot] == key)
                return m_positions[slot];
            if (!m_keys[slot])
                return -1;
        }
    }

    qsizetype size() const { return qsizetype(m_size); }

private:
    std::size_t slotOf(const void *key) const
    {
        // Fibonacci hashing: the top bits of the address times 2^64/φ.
        const std::uint64_t h =
            std::uint64_t(reinterpret_cast<std::uintptr_t>(key)) * 0x9E3779B97F4A7C15ull;
        return std::size_t(h >> m_shift);
    }

    void rehash(std::size_t capacity)
    {
        std::vector<const void *> keys(capacity, nullptr);
        std::vector<qsizetype> positions(capacity, -1);
        keys.swap(m_keys);
        positions.swap(m_positions);
        m_shift = 64 - std::countr_zero(capacity);
        m_size = 0;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i])
                insert(keys[i], positions[i]);
        }
    }

    std::vector<const void *> m_keys;
    std::vector<qsizetype> m_positions;
    std::size_t m_size = 0;
    int m_shift = 60;
};

} // namespace schemalens::review
