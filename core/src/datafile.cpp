// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/datafile.h"

#include "gelulab/atomicfile.h"
#include "gelulab/fileerror.h"
#include "gelulab/numberformat.h"

#include <cmath>
#include <string_view>
#include <vector>

namespace gelulab {

namespace {

std::vector<std::string_view> splitFields(std::string_view line)
{
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = line.find(',', start);
        fields.push_back(
            line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (comma == std::string_view::npos)
            return fields;
        start = comma + 1;
    }
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

// "x3" → 3 for prefix 'x'; 0 when the name is not of that form.
int columnNumber(std::string_view name, char prefix)
{
    if (name.size() < 2 || name[0] != prefix)
        return 0;
    int value = 0;
    for (const char c : name.substr(1)) {
        if (c < '0' || c > '9' || value > 100000)
            return 0;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

Dataset parseData(const std::string& csv, const std::string& name)
{
    std::vector<std::string_view> lines;
    {
        std::string_view rest(csv);
        while (!rest.empty()) {
            const std::size_t end = rest.find('\n');
            lines.push_back(rest.substr(0, end));
            if (end == std::string_view::npos)
                break;
            rest.remove_prefix(end + 1);
        }
    }
    if (lines.empty() || trimmed(lines[0]).empty())
        throw FileError(name + ": line 1: expected a header such as x1,x2,y");
    const std::vector<std::string_view> header = splitFields(trimmed(lines[0]));
    int features = 0;
    int targets = 0;
    for (std::size_t c = 0; c < header.size(); ++c) {
        const std::string_view column = trimmed(header[c]);
        // Appended piecewise: GCC 12 warns falsely (-Wrestrict) about "'" + std::string(...).
        std::string quoted(1, '\'');
        quoted.append(column).push_back('\'');
        if (targets == 0 && columnNumber(column, 'x') == features + 1) {
            ++features;
        } else if (features > 0 && column == "y" && targets == 0 && c + 1 == header.size()) {
            targets = 1;
        } else if (features > 0 && columnNumber(column, 'y') == targets + 1) {
            ++targets;
        } else {
            throw FileError(name + ": line 1, column " + std::to_string(c + 1) + ": unexpected header "
                + quoted + " (expected x1, x2, … then y or y1, y2, …)");
        }
    }
    if (features == 0 || targets == 0)
        throw FileError(name + ": line 1: the header needs feature columns x1, … and a target column y");

    std::vector<double> values;
    Eigen::Index rows = 0;
    for (std::size_t l = 1; l < lines.size(); ++l) {
        const std::string_view line = trimmed(lines[l]);
        const std::string where = name + ": line " + std::to_string(l + 1);
        if (line.empty()) {
            // Blank lines at the end are harmless; inside they would shift every later line number.
            bool onlyBlankAfter = true;
            for (std::size_t k = l + 1; k < lines.size() && onlyBlankAfter; ++k)
                onlyBlankAfter = trimmed(lines[k]).empty();
            if (onlyBlankAfter)
                break;
            throw FileError(where + ": empty line between data rows");
        }
        const std::vector<std::string_view> fields = splitFields(line);
        if (fields.size() != header.size())
            throw FileError(where + ": " + std::to_string(fields.size()) + " fields, but the header has "
                + std::to_string(header.size()));
        for (std::size_t c = 0; c < fields.size(); ++c) {
            const auto value = parseNumber(fields[c]);
            const std::string column(trimmed(header[c]));
            if (!value)
                throw FileError(where + ", column " + column + ": '" + std::string(trimmed(fields[c]))
                    + "' is not a number");
            if (!std::isfinite(*value))
                throw FileError(
                    where + ", column " + column + ": " + formatNumber(*value) + " is not allowed in data");
            values.push_back(*value);
        }
        ++rows;
    }
    if (rows == 0)
        throw FileError(name + ": no data rows after the header");
    Dataset data;
    data.inputs.resize(features, rows);
    data.targets.resize(targets, rows);
    const auto width = static_cast<std::size_t>(features + targets);
    for (Eigen::Index i = 0; i < rows; ++i) {
        const std::size_t base = static_cast<std::size_t>(i) * width;
        for (int f = 0; f < features; ++f)
            data.inputs(f, i) = values[base + static_cast<std::size_t>(f)];
        for (int t = 0; t < targets; ++t)
            data.targets(t, i) = values[base + static_cast<std::size_t>(features + t)];
    }
    return data;
}

Dataset readDataFile(const std::string& path)
{
    return parseData(readWholeFile(path), path);
}

std::string dataToCsv(const Dataset& data)
{
    std::string text;
    for (Eigen::Index f = 0; f < data.inputs.rows(); ++f) {
        if (f)
            text += ',';
        text += 'x';
        text += std::to_string(f + 1);
    }
    if (data.targets.rows() == 1) {
        text += ",y";
    } else {
        for (Eigen::Index t = 0; t < data.targets.rows(); ++t) {
            text += ",y";
            text += std::to_string(t + 1);
        }
    }
    text += '\n';
    for (Eigen::Index i = 0; i < data.size(); ++i) {
        for (Eigen::Index f = 0; f < data.inputs.rows(); ++f) {
            if (f)
                text += ',';
            text += formatNumber(data.inputs(f, i));
        }
        for (Eigen::Index t = 0; t < data.targets.rows(); ++t) {
            text += ',';
            text += formatNumber(data.targets(t, i)); // class labels are whole numbers and print as such
        }
        text += '\n';
    }
    return text;
}

void writeDataFile(const std::string& path, const Dataset& data)
{
    writeFileAtomically(path, dataToCsv(data));
}

} // namespace gelulab
