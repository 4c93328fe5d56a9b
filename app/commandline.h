// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace gelulab {

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
