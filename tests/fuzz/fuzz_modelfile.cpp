// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// Model JSON loader: any input either loads or throws FileError (never another exception, never a
// crash), and whatever loads survives a write and a re-read unchanged.
#include <gelulab/fileerror.h>
#include <gelulab/modelfile.h>

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const gelulab::ModelFile model = gelulab::parseModel(text, "fuzz.json");
        const std::string again = gelulab::modelToJson(model.network, model.loss);
        const gelulab::ModelFile reread = gelulab::parseModel(again, "again.json");
        const auto& a = model.network.parameters();
        const auto& b = reread.network.parameters();
        if (reread.network.layerSizes() != model.network.layerSizes() || a.size() != b.size()
            || !(a.array() == b.array()).all() || reread.loss != model.loss)
            std::abort();
    } catch (const gelulab::FileError&) {
    }
    return 0;
}
