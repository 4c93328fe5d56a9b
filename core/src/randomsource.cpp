// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/randomsource.h"

#include <cmath>
#include <numbers>

namespace gelulab {

namespace {
__extension__ using Wide = unsigned __int128; // GCC/Clang; -Wpedantic knows no 128-bit type
}

RandomSource::RandomSource(std::uint64_t seed)
    : m_engine(seed)
{
}

std::uint64_t RandomSource::streamSeed(std::uint64_t seed, std::uint64_t purpose)
{
    std::uint64_t z = seed + (purpose + 1) * 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double RandomSource::uniform01()
{
    return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

double RandomSource::uniform(double low, double high)
{
    return low + (high - low) * uniform01();
}

double RandomSource::normal()
{
    if (m_hasSpareNormal) {
        m_hasSpareNormal = false;
        return m_spareNormal;
    }
    const double u1 = 1.0 - uniform01(); // in (0, 1]
    const double u2 = uniform01();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    m_spareNormal = radius * std::sin(angle);
    m_hasSpareNormal = true;
    return radius * std::cos(angle);
}

std::size_t RandomSource::index(std::size_t n)
{
    // Lemire: the high word of word·n is uniform on [0, n) once the biased low words are rejected.
    const std::uint64_t range = n;
    Wide product = static_cast<Wide>(m_engine()) * range;
    auto low = static_cast<std::uint64_t>(product);
    if (low < range) {
        const std::uint64_t threshold = (0 - range) % range;
        while (low < threshold) {
            product = static_cast<Wide>(m_engine()) * range;
            low = static_cast<std::uint64_t>(product);
        }
    }
    return static_cast<std::size_t>(product >> 64);
}

} // namespace gelulab
