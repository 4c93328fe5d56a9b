// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
// `gelulab export` options and `--batch` lines: never crash; a job that parses is within limits.
#include "exportjob.h"
#include "fuzzinput.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string error;
    const gelulab::ExportJob job = gelulab::ExportJob::parse(fuzzWords(data, size), error);
    if (error.empty()) {
        const int pixelScale = job.isPng() ? job.scale : 1;
        if (job.width < 1 || job.height < 1 || job.width * pixelScale > 16384 || job.height * pixelScale > 16384
            || !(job.from < job.to) || !std::isfinite(job.fontScale))
            std::abort();
    } else if (error.find('\n') != std::string::npos) {
        std::abort();
    }
    std::string lineError;
    gelulab::splitBatchLine(std::string(reinterpret_cast<const char*>(data), size), lineError);
    return 0;
}
