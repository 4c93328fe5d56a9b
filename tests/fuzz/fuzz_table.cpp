// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// `gelulab table` argument parsing: never crash, and keep the contract that a failure writes
// exactly one line on stderr and nothing on stdout.
#include "fuzzinput.h"
#include "tablecommand.h"

#include <cstdlib>
#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::vector<std::string> words = fuzzWords(data, size);
    // Huge --points values are legitimate but slow; the fuzzer is after parsing, not throughput.
    // Both spellings: "--points N" and "--points=N" (the fuzzer found the second one, 6.4 M rows).
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] == "--points" && i + 1 < words.size() && words[i + 1].size() > 4)
            words[i + 1].resize(4);
        else if (words[i].rfind("--points=", 0) == 0 && words[i].size() > 9 + 4)
            words[i].resize(9 + 4);
    }
    std::ostringstream out;
    std::ostringstream err;
    const int status = gelulab::runTableCommand(words, out, err);
    if (status == 0) {
        if (out.str().rfind("x,gelu,gelu_derivative,relu,relu_derivative\n", 0) != 0 || !err.str().empty())
            std::abort();
    } else {
        const std::string message = err.str();
        if (status != 2 || !out.str().empty() || message.empty() || message.find('\n') != message.size() - 1)
            std::abort();
    }
    return 0;
}
