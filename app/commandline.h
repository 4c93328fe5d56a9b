// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace gelulab {

// `text` quoted for a one-line error message: control characters as \xNN, and cut to 60 bytes
// with "..." so a pasted megabyte does not become the message.
std::string quoteInput(std::string_view text);

// What a subcommand accepts: options that take a value (`--from 3`, also `--from=3`) and switches.
struct CommandSpec {
    std::set<std::string> valueOptions;
    std::set<std::string> switches;
    bool allowPositional = false;
};

// The parsed words of one subcommand, or the first thing wrong with them.
class CommandLine {
public:
    // Parses `args` (the words after the subcommand). On failure error() names the offending word.
    static CommandLine parse(const std::vector<std::string>& args, const CommandSpec& spec);

    bool ok() const { return m_error.empty(); }
    const std::string& error() const { return m_error; }

    bool has(const std::string& option) const;
    std::optional<std::string> value(const std::string& option) const;
    const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_switches;
    std::vector<std::string> m_positional;
    std::string m_error;
};

} // namespace gelulab
