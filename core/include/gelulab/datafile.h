// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "gelulab/dataset.h"

#include <string>

namespace gelulab {

// A data file is CSV with a header: the feature columns x1, x2, …, xd, then the target columns
// y (one class index, or one real value) or y1, y2, … (several real values). Every row has as many
// fields as the header, every field is a finite number.
//
// Sample i (0-based) is on line i + 2. Parses the text; the result has classes = 0 (the caller decides from
// the model whether y is a class). FileError with `name`, the line and the column name for a bad header, a
// ragged row, a non-numeric or non-finite field, or no rows.
Dataset parseData(const std::string& csv, const std::string& name);
Dataset readDataFile(const std::string& path);

// The CSV text (shortest round-trip numbers; class labels as integers).
std::string dataToCsv(const Dataset& data);
void writeDataFile(const std::string& path, const Dataset& data);

} // namespace gelulab
