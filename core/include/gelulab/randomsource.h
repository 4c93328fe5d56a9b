// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>

namespace gelulab {

// A seeded source of random numbers that gives the same sequence with every standard library:
// std::mt19937_64's raw output is fully specified by the C++ standard, the distributions are not,
// so every mapping from raw 64-bit words to numbers is done here.
class RandomSource {
public:
    explicit RandomSource(std::uint64_t seed);

    // An independent stream for a purpose (data, weights, batches) derived from one user seed, so
    // adding draws to one purpose never shifts another. SplitMix64 of seed and purpose.
    static std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t purpose);

    std::uint64_t nextWord() { return m_engine(); }
    // Uniform on [0, 1): the top 53 bits of one word times 2^-53, so every value is a multiple of 2^-53.
    double uniform01();
    // Uniform on [low, high): low + (high − low)·u.
    double uniform(double low, double high);
    // Standard normal by the Box–Muller transform on two uniform01() draws (1 − u keeps log away from 0).
    double normal();
    // Uniform integer in [0, n) without modulo bias (Lemire's multiply-and-reject). n ≥ 1.
    std::size_t index(std::size_t n);

private:
    std::mt19937_64 m_engine;
    double m_spareNormal = 0.0;
    bool m_hasSpareNormal = false;
};

} // namespace gelulab
