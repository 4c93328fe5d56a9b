// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// `gelulab train` argument parsing with generated data: never crash; bad input is one line and
// status 2, divergence status 3 with its reason.
// Options that name files are dropped (a fuzzer must not write around the disk), and step counts
// and widths are cut short so each input trains in milliseconds.
#include "fuzzinput.h"
#include "traincommand.h"

#include <cstdlib>
#include <set>
#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::set<std::string> fileOptions { "--model", "--data", "--test-data", "--save", "--loss-csv",
                                                     "--save-data" };
    const std::vector<std::string> raw = fuzzWords(data, size);
    std::vector<std::string> words;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const std::string name = raw[i].substr(0, raw[i].find('='));
        if (fileOptions.count(name)) {
            if (raw[i].find('=') == std::string::npos)
                ++i; // and its value
            continue;
        }
        words.push_back(raw[i]);
        if ((name == "--steps" || name == "--hidden") && i + 1 < raw.size() && raw[i].find('=') == std::string::npos) {
            words.push_back(raw[++i].substr(0, 3));
        }
    }
    std::ostringstream out;
    std::ostringstream err;
    const int status = gelulab::runTrainCommand(words, out, err);
    const std::string message = err.str();
    if (status == 2 && (message.empty() || message.find('\n') != message.size() - 1 || !out.str().empty()))
        std::abort(); // bad input: one line, no table
    if (status == 3 && message.empty())
        std::abort(); // diverged: the reason is given
    if (status != 0 && status != 2 && status != 3)
        std::abort();
    return 0;
}
