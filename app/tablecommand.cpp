// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "tablecommand.h"

#include "commandline.h"

#include <gelulab/activations.h>
#include <gelulab/numberformat.h>
#include <gelulab/sampling.h>

#include <charconv>
#include <cmath>
#include <ostream>
#include <string_view>

namespace gelulab {

namespace {

    constexpr std::size_t kMaxPoints = 10'000'000; // 10^7 rows is ~700 MB of CSV: beyond that is a typo

    int fail(std::ostream& err, const std::string& message)
    {
        err << "gelulab table: " << message << '\n';
        return 2;
    }

    std::optional<std::size_t> parseCount(std::string_view text)
    {
        std::size_t n = 0;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), n);
        if (result.ec != std::errc() || result.ptr != text.data() + text.size())
            return std::nullopt;
        return n;
    }

} // namespace

int runTableCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    const CommandSpec spec { { "mode", "from", "to", "points", "x" }, {}, false };
    const CommandLine line = CommandLine::parse(args, spec);
    if (!line.ok())
        return fail(err, line.error());

    const auto modeName = line.value("mode");
    if (!modeName)
        return fail(err, "--mode is required (exact, none, tanh or sigmoid)");
    const auto mode = parseGeluMode(*modeName);
    if (!mode)
        return fail(err, "unknown mode " + quoteInput(*modeName) + " (use exact, none, tanh or sigmoid)");

    const bool rangeGiven = line.has("from") || line.has("to") || line.has("points");
    std::vector<double> xs;
    if (line.has("x")) {
        if (rangeGiven)
            return fail(err, "give either --x or --from/--to/--points, not both");
        const std::string list = *line.value("x");
        std::size_t start = 0;
        while (true) {
            const std::size_t comma = list.find(',', start);
            const std::string_view token
                = std::string_view(list).substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            const auto value = parseNumber(token);
            if (!value)
                return fail(err, "--x: " + quoteInput(token) + " is not a number");
            xs.push_back(*value);
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
    } else {
        if (!line.has("from") || !line.has("to") || !line.has("points"))
            return fail(err, "give --from A --to B --points N, or --x v1,v2,...");
        const auto from = parseNumber(*line.value("from"));
        const auto to = parseNumber(*line.value("to"));
        if (!from || !std::isfinite(*from))
            return fail(err, "--from: " + quoteInput(*line.value("from")) + " is not a finite number");
        if (!to || !std::isfinite(*to))
            return fail(err, "--to: " + quoteInput(*line.value("to")) + " is not a finite number");
        const auto points = parseCount(*line.value("points"));
        if (!points || *points == 0 || *points > kMaxPoints)
            return fail(err, "--points: " + quoteInput(*line.value("points")) + " is not a whole number from 1 to 10000000");
        if (*to < *from)
            return fail(err, "--from " + quoteInput(*line.value("from")) + " is greater than --to " + quoteInput(*line.value("to")));
        if (*points > 1 && !(*from < *to))
            return fail(err, "--from equals --to: use --points 1 for a single point");
        if (*points == 1 && *from < *to)
            return fail(err, "--points 1 over a range is ambiguous: use --points 2 or more, or --x");
        xs = linspace(*from, *to, *points);
    }

    // Everything is validated before the first byte goes out, so a table is whole or absent.
    std::string row;
    out << "x,gelu,gelu_derivative,relu,relu_derivative\n";
    for (const double x : xs) {
        row.clear();
        row += formatNumber(x);
        row += ',';
        row += formatNumber(gelu(x, *mode));
        row += ',';
        row += formatNumber(geluDerivative(x, *mode));
        row += ',';
        row += formatNumber(relu(x));
        row += ',';
        row += formatNumber(reluDerivative(x));
        row += '\n';
        out << row;
    }
    out.flush();
    if (!out)
        return fail(err, "could not write the table to standard output");
    return 0;
}

} // namespace gelulab
