// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// Data CSV loader: any input either loads or throws FileError, and what loads round-trips.
#include <gelulab/datafile.h>
#include <gelulab/fileerror.h>

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const gelulab::Dataset loaded = gelulab::parseData(text, "fuzz.csv");
        const gelulab::Dataset reread = gelulab::parseData(gelulab::dataToCsv(loaded), "again.csv");
        const auto same = [](const Eigen::MatrixXd& x, const Eigen::MatrixXd& y) {
            return x.rows() == y.rows() && x.cols() == y.cols() && (x.array() == y.array()).all();
        };
        if (!same(reread.inputs, loaded.inputs) || !same(reread.targets, loaded.targets)
            || reread.classes != loaded.classes)
            std::abort();
    } catch (const gelulab::FileError&) {
    }
    return 0;
}
