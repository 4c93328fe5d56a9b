// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/losshistory.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace gelulab {

namespace {
constexpr std::size_t kFanIn = 4; // the bit arithmetic in range() relies on blocks of 4^k
}

void LossHistory::append(double loss)
{
    // A finite loss beyond float's range saturates instead of turning into inf.
    constexpr double kFloatMax = std::numeric_limits<float>::max();
    m_values.push_back(
        static_cast<float>(std::isfinite(loss) ? std::clamp(loss, -kFloatMax, kFloatMax) : loss));
    // Close every block that the new value completes, from the smallest level up.
    std::size_t count = m_values.size();
    for (std::size_t level = 0; count % kFanIn == 0; ++level) {
        if (m_levels.size() <= level)
            m_levels.emplace_back();
        MinMax block { 0.0f, 0.0f };
        if (level == 0) {
            const std::size_t first = m_values.size() - kFanIn;
            block = { m_values[first], m_values[first] };
            for (std::size_t j = first + 1; j < m_values.size(); ++j) {
                block.minimum = std::min(block.minimum, m_values[j]);
                block.maximum = std::max(block.maximum, m_values[j]);
            }
        } else {
            const auto& below = m_levels[level - 1];
            block = below[below.size() - kFanIn];
            for (std::size_t j = below.size() - kFanIn + 1; j < below.size(); ++j) {
                block.minimum = std::min(block.minimum, below[j].minimum);
                block.maximum = std::max(block.maximum, below[j].maximum);
            }
        }
        m_levels[level].push_back(block);
        count /= kFanIn;
    }
}

void LossHistory::clear()
{
    m_values = {};
    m_levels.clear();
}

std::size_t LossHistory::memoryBytes() const
{
    std::size_t bytes = m_values.capacityBytes();
    for (const auto& level : m_levels)
        bytes += level.capacityBytes();
    return bytes;
}

std::size_t LossHistory::storedBytes() const
{
    std::size_t bytes = m_values.sizeBytes();
    for (const auto& level : m_levels)
        bytes += level.sizeBytes();
    return bytes;
}

LossHistory::Bucket LossHistory::range(std::int64_t firstStep, std::int64_t lastStep) const
{
    Bucket bucket { firstStep, lastStep, 0.0f, 0.0f };
    bool any = false;
    auto take = [&](float lo, float hi) {
        bucket.minimum = any ? std::min(bucket.minimum, lo) : lo;
        bucket.maximum = any ? std::max(bucket.maximum, hi) : hi;
        any = true;
    };
    // Greedy cover of [begin, end) by the largest aligned complete blocks (at most 3 per level on
    // each side); block sizes are powers of 4, so alignment and size come from bit counts, not division.
    auto begin = static_cast<std::size_t>(firstStep - 1);
    const auto end = static_cast<std::size_t>(lastStep);
    while (begin < end) {
        const int aligned = begin == 0 ? 64 : std::countr_zero(begin) / 2;
        const int fits = (static_cast<int>(std::bit_width(end - begin)) - 1) / 2;
        const auto level
            = static_cast<std::size_t>(std::min({ aligned, fits, static_cast<int>(m_levels.size()) }));
        if (level == 0) {
            take(m_values[begin], m_values[begin]);
            begin += 1;
        } else {
            const MinMax& block = m_levels[level - 1][begin >> (2 * level)];
            take(block.minimum, block.maximum);
            begin += std::size_t(1) << (2 * level);
        }
    }
    return bucket;
}

std::vector<LossHistory::Bucket> LossHistory::decimate(std::size_t maxBuckets) const
{
    std::vector<Bucket> buckets;
    const std::size_t n = m_values.size();
    if (n == 0 || maxBuckets == 0)
        return buckets;
    std::size_t width = 1;
    while ((n + width - 1) / width > maxBuckets)
        width *= 2;
    buckets.reserve((n + width - 1) / width);
    for (std::size_t begin = 0; begin < n; begin += width) {
        const std::size_t end = std::min(n, begin + width);
        buckets.push_back(range(static_cast<std::int64_t>(begin + 1), static_cast<std::int64_t>(end)));
    }
    return buckets;
}

} // namespace gelulab
