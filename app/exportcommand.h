// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace gelulab {

// `gelulab export OUT.(png|svg|pdf) [options]` or `gelulab export --batch FILE`: draws figures
// offscreen (no display needed). Every job is validated before the first file is written; bad
// input gives one line on `err` and status 2. Creates its own QApplication from argc/argv.
int runExportCommand(int argc, char* argv[], const std::vector<std::string>& args, std::ostream& err);

} // namespace gelulab
