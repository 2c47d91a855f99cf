#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages the project needs, only when something is missing (idempotent, quiet).
# Sourced by scripts/run and scripts/test.

AWB_PACKAGES=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
    libqt6opengl6-dev libgl-dev fonts-dejavu-core
    libsqlite3-dev sqlite3 libboost-dev libboost-graph-dev libyaml-cpp-dev libssl-dev
    nlohmann-json3-dev
    libgtest-dev libgmock-dev googletest
    graphviz python3-networkx python3-igraph python3-jsonschema poppler-utils
    dpkg-dev
)

# What scripts/test's package checks use on top (scripts/checkpackage, tests/package): dpkg-shlibdeps comes with
# dpkg-dev above; desktop-file-validate, update-mime-database and xdg-mime (which reads the MIME database through
# File::MimeInfo, not `file`), groff and man for the man pages, appstreamcli for the metainfo file.
AWB_TEST_PACKAGES=(
    desktop-file-utils shared-mime-info xdg-utils libfile-mimeinfo-perl groff-base man-db appstream binutils
)

awb_missing_packages() {
    local pkg missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    echo "${missing[@]}"
}

awb_ensure_packages() {
    local missing
    missing=$(awb_missing_packages "$@")
    [ -z "$missing" ] && return 0
    echo "Installing missing packages: $missing"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends $missing >/dev/null
    missing=$(awb_missing_packages "$@")
    if [ -n "$missing" ]; then
        echo "error: could not install: $missing" >&2
        return 1
    fi
}

# Configures (once) and builds a CMake preset; the build directory is build/<preset>.
awb_build() {
    local preset=$1
    shift
    local root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    cd "$root" || return 1
    if [ ! -f "build/$preset/build.ninja" ]; then
        cmake --preset "$preset" >/dev/null || return 1
    fi
    cmake --build --preset "$preset" "$@"
}
