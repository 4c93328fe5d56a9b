// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#include "gelulab/atomicfile.h"

#include "gelulab/fileerror.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace gelulab {

void writeFileAtomically(const std::string& path, std::string_view content)
{
    namespace fs = std::filesystem;
    static std::atomic<unsigned> counter { 0 };
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const auto tick = std::chrono::steady_clock::now().time_since_epoch().count();
    std::string name(1, '.'); // appended piecewise: GCC 12 warns falsely (-Wrestrict) about "." + string
    name += target.filename().string();
    name += ".tmp-" + std::to_string(tick) + "-" + std::to_string(counter++);
    const fs::path temporary = folder / name;
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw FileError(path + ": cannot write (" + std::strerror(errno) + ")");
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        out.flush();
        if (!out) {
            std::error_code ignored;
            fs::remove(temporary, ignored);
            throw FileError(path + ": writing failed (disk full?)");
        }
    }
    std::error_code error;
    fs::rename(temporary, target, error);
    if (error) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw FileError(path + ": cannot replace (" + error.message() + ")");
    }
}

std::string readWholeFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FileError(path + ": cannot open (" + std::strerror(errno) + ")");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw FileError(path + ": cannot read");
    return text.str();
}

} // namespace gelulab
