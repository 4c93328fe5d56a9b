// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// Turns fuzzer bytes into command-line words: one word per line, so a corpus file reads like a
// command (`--mode\ntanh\n--x\n1,2`).
inline std::vector<std::string> fuzzWords(const std::uint8_t* data, std::size_t size)
{
    std::vector<std::string> words(1);
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == '\n')
            words.emplace_back();
        else
            words.back().push_back(static_cast<char>(data[i]));
    }
    if (words.back().empty())
        words.pop_back();
    return words;
}
