// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace gelulab {

// The loss of every recorded step, kept for drawing: 4 bytes per step (as float, which is plenty
// for a chart) plus a min/max summary of blocks of 4, 16, 64, … steps (about 2.7 bytes per step;
// 6.7 bytes per step in all once past the first chunk of each level, which grows by doubling),
// so a decimated view of any length costs the same to produce at step 10^3 and at step 10^7.
class LossHistory {
public:
    struct Bucket {
        std::int64_t firstStep = 0; // 1-based step numbers
        std::int64_t lastStep = 0;
        float minimum = 0.0f;
        float maximum = 0.0f;
    };

    // Appends the loss of step size() + 1. Finite losses beyond float's range are stored as ±FLT_MAX;
    // non-finite values as they are (the trainer never records them).
    void append(double loss);
    void clear();

    std::size_t size() const { return m_values.size(); }
    bool empty() const { return m_values.size() == 0; }
    // The loss of step `step` (1-based).
    float at(std::int64_t step) const { return m_values[static_cast<std::size_t>(step - 1)]; }
    float last() const { return m_values[m_values.size() - 1]; }
    // Memory held, in bytes (for the "a few bytes per step" promise): capacity, so it includes the
    // unwritten rest of each chunk.
    std::size_t memoryBytes() const;
    // Bytes of loss and summary written so far: what a long run's resident size grows by.
    std::size_t storedBytes() const;

    // At most `maxBuckets` buckets covering every step, each with the minimum and maximum loss in it,
    // so a one-step spike stays visible. When size() ≤ maxBuckets, one bucket per step. Buckets are
    // a power of two steps wide; the cost is O(maxBuckets · log size()), independent of how the
    // steps are distributed.
    std::vector<Bucket> decimate(std::size_t maxBuckets) const;

    // Minimum and maximum over steps [firstStep, lastStep] from the block summary.
    Bucket range(std::int64_t firstStep, std::int64_t lastStep) const;

private:
    struct MinMax {
        float minimum;
        float maximum;
    };
    // Storage in chunks: at most one partly filled chunk per level, and no copy of a 40 MB array at
    // step 10^7.
    template <typename T> class Chunked {
    public:
        void push_back(const T& value)
        {
            if (m_size % kChunk == 0) {
                // The first chunk grows by doubling, so a short history stays small; every later one
                // is allocated whole and never moves, so no growth copy leaves a hole behind. Small
                // chunks (16 KB) grown by doubling fragmented the heap: each left holes between the
                // chart's short-lived buffers, +3 MB resident per million steps in the soak.
                m_chunks.emplace_back();
                if (m_chunks.size() > 1)
                    m_chunks.back().reserve(kChunk);
            }
            m_chunks.back().push_back(value);
            ++m_size;
        }
        const T& operator[](std::size_t i) const { return m_chunks[i / kChunk][i % kChunk]; }
        std::size_t size() const { return m_size; }
        std::size_t sizeBytes() const { return m_size * sizeof(T); }
        std::size_t capacityBytes() const
        {
            std::size_t bytes = 0;
            for (const auto& chunk : m_chunks)
                bytes += chunk.capacity() * sizeof(T);
            return bytes;
        }

    private:
        static constexpr std::size_t kChunk = 1 << 16; // 256 KB of float, 512 KB of MinMax
        std::vector<std::vector<T>> m_chunks;
        std::size_t m_size = 0;
    };

    Chunked<float> m_values;
    std::vector<Chunked<MinMax>> m_levels; // m_levels[k] summarises blocks of 4^(k+1) values
};

} // namespace gelulab
