#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 GELU Lab contributors
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets (preset `fuzz`) and runs each for SECONDS (default 60) on a copy of
# its committed corpus, under ASan + UBSan. A crash leaves its input in build-fuzz/crashes/:
# fix the bug, then add that input to tests/fuzz/corpus/<target>/ as a regression case.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds=${1:-60}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
mkdir -p build-fuzz/crashes
for corpus in tests/fuzz/corpus/*/; do
    name=$(basename "$corpus")
    work="build-fuzz/corpus-$name"
    rm -rf "$work" && cp -r "$corpus" "$work"
    echo "== fuzz_$name for ${seconds}s"
    "build-fuzz/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="build-fuzz/crashes/$name-" -print_final_stats=1 "$work" "$corpus" 2>&1 | tail -n 12
    # libFuzzer exits non-zero on a crash; pipefail carries it out.
done
