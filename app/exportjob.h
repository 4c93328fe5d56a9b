// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <gelulab/activations.h>
#include <gelulab/trainingsetup.h>

#include <optional>

#include <set>
#include <string>
#include <vector>

namespace gelulab {

// One figure to write, as `gelulab export` and each line of an `--batch` file describe it.
// Parsing is plain C++ (no Qt) so the fuzzer can reach it; drawing happens in ui/.
struct ExportJob {
    std::string output; // OUT.png | OUT.svg | OUT.pdf
    std::string panel = "curves"; // curves | error | trainer
    GeluMode mode = GeluMode::Exact;
    double from = -3.0;
    double to = 3.0;
    std::set<std::string> curves { "gelu", "derivative", "relu" };
    int width = 1920;
    int height = 1080;
    int scale = 1;
    std::string theme = "light"; // light | dark | projector
    double fontScale = 1.0;
    bool transparent = false;
    std::string caption;
    // --panel trainer: the network and data as `gelulab train --dataset` takes them, trained for
    // `steps` before the loss chart and output view are drawn; `compareWith` adds a second network.
    TrainingSetup trainer;
    std::optional<ActivationKind> compareWith;
    long long steps = 500;

    // Whether the output is a PNG (the only format the scale applies to), whatever the case.
    bool isPng() const;

    // Parses the words after `export` (without --batch). On failure `error` is set and the job
    // must not be used.
    static ExportJob parse(const std::vector<std::string>& words, std::string& error);
};

// The curve names `--curves` accepts.
const std::set<std::string>& exportCurveNames();

// Splits one line of a batch file into words: blanks separate, "double" or 'single' quotes group,
// a backslash escapes the next character. An unterminated quote sets `error`.
std::vector<std::string> splitBatchLine(const std::string& line, std::string& error);

} // namespace gelulab
