// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

namespace gelulab {

// A file that cannot be read or written. what() is one line that names the file and, when known,
// the line and field: "model.json: layers[1].weight: 3 columns, but layer 0 has 8 outputs".
class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace gelulab
