// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace gelulab {

// `gelulab table --mode MODE (--from A --to B --points N | --x v1,v2,...)`: a CSV of GELU and ReLU
// values and derivatives on `out`. Bad input: one line on `err`, exit status 2, nothing on `out`.
int runTableCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace gelulab
