// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "commandline.h"

#include <cstdio>

namespace gelulab {

std::string quoteInput(std::string_view text)
{
    constexpr std::size_t limit = 60;
    std::string out = "'";
    for (std::size_t i = 0; i < text.size() && i < limit; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7f) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
            out += escaped;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += text.size() > limit ? "...'" : "'";
    return out;
}

CommandLine CommandLine::parse(const std::vector<std::string>& args, const CommandSpec& spec)
{
    CommandLine line;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string word = args[i];
        if (word.size() < 3 || word.compare(0, 2, "--") != 0) {
            // A lone number such as "-3" is a value without its option, not an option.
            if (!spec.allowPositional || (!word.empty() && word.front() == '-' && word.size() > 1
                                             && !(word[1] >= '0' && word[1] <= '9'))) {
                line.m_error = "unexpected argument " + quoteInput(word);
                return line;
            }
            line.m_positional.push_back(word);
            continue;
        }
        std::optional<std::string> inlineValue;
        if (const auto eq = word.find('='); eq != std::string::npos) {
            inlineValue = word.substr(eq + 1);
            word.resize(eq);
        }
        const std::string name = word.substr(2);
        if (spec.switches.count(name)) {
            if (inlineValue) {
                line.m_error = "option --" + name + " takes no value";
                return line;
            }
            line.m_switches.insert(name);
            continue;
        }
        if (!spec.valueOptions.count(name)) {
            line.m_error = "unknown option " + quoteInput("--" + name);
            return line;
        }
        if (line.m_values.count(name)) {
            line.m_error = "option --" + name + " given twice";
            return line;
        }
        if (inlineValue) {
            line.m_values[name] = *inlineValue;
        } else if (i + 1 < args.size()) {
            line.m_values[name] = args[++i];
        } else {
            line.m_error = "option --" + name + " needs a value";
            return line;
        }
    }
    return line;
}

bool CommandLine::has(const std::string& option) const
{
    return m_switches.count(option) > 0 || m_values.count(option) > 0;
}

std::optional<std::string> CommandLine::value(const std::string& option) const
{
    const auto it = m_values.find(option);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

} // namespace gelulab
