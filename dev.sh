#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 GELU Lab contributors
# SPDX-License-Identifier: MIT
#
# One-step set-up for Debian 12: installs the Debian packages that are missing, configures and
# builds the Release preset into build/, then
#   ./dev.sh run [gelulab arguments]   launches build/app/gelulab
#   ./dev.sh test                      runs the whole test suite (ctest), non-zero on any failure
#   ./dev.sh deb                       builds the Debian package build/gelulab_<version>_amd64.deb
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

packages=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6opengl6-dev libgl-dev libxkbcommon-dev
    qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libeigen3-dev nlohmann-json3-dev libbenchmark-dev
    clang libclang-rt-14-dev
    python3-mpmath xvfb xauth imagemagick fonts-dejavu-core fonts-noto-cjk
    qt6-translations-l10n desktop-file-utils dpkg-dev
)

usage() {
    echo "usage: ./dev.sh run [gelulab arguments] | ./dev.sh test | ./dev.sh deb" >&2
    exit 2
}

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "dev.sh: installing ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "dev.sh: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset release >/dev/null
    cmake --build --preset release -j "$(nproc)"
}

case "${1:-}" in
    run)
        shift
        install_missing
        build
        exec ./build/app/gelulab "$@"
        ;;
    test)
        install_missing
        build
        exec ctest --preset release --output-on-failure --no-tests=error
        ;;
    deb)
        install_missing
        build
        cd build && exec cpack -G DEB
        ;;
    *) usage ;;
esac
