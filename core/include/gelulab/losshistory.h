// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace gelulab {

// The loss of every recorded step, kept for drawing: 4 bytes per step (as float, which is plenty
// for a chart) plus a min/max summary of blocks of 4, 16, 64, … steps (about 2.7 bytes per step),
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
    bool empty() const { return m_values.empty(); }
    // The loss of step `step` (1-based).
    float at(std::int64_t step) const { return m_values[static_cast<std::size_t>(step - 1)]; }
    float last() const { return m_values.back(); }
    // Memory held, in bytes (for the "a few bytes per step" promise).
    std::size_t memoryBytes() const;

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
    std::vector<float> m_values;
    std::vector<std::vector<MinMax>> m_levels; // m_levels[k] summarises blocks of 4^(k+1) values
};

} // namespace gelulab
