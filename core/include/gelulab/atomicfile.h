// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace gelulab {

// Writes `content` to `path` whole or not at all: into a temporary file in the same folder, then
// renamed over `path` (rename is atomic within a file system). On failure the temporary file is
// removed, `path` is left as it was, and FileError says why.
void writeFileAtomically(const std::string& path, std::string_view content);

// The whole file as text; FileError naming the file when it cannot be read.
std::string readWholeFile(const std::string& path);

} // namespace gelulab
