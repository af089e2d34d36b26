# SPDX-License-Identifier: MIT
# Sourced by scripts/test, scripts/run and scripts/fuzz: installs what is missing (Debian 12), then
# configures and builds into build/. Nothing here asks a question.

set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${JWTLENS_BUILD_DIR:-"$root/build"}

packages=(
    cmake g++ ninja-build
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite
    libssl-dev zlib1g-dev
    xvfb xauth fonts-dejavu-core fonts-nanum
    python3-jwt python3-jwcrypto python3-cryptography
    clang-14 libclang-rt-14-dev
    dpkg-dev file desktop-file-utils appstream librsvg2-bin groff-base man-db
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo -n)
    "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=900 update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=900 \
        install -y -q --no-install-recommends "${missing[@]}"
fi

# QStandardPaths warns when XDG_RUNTIME_DIR is unset (CI, sudo shells).
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
    XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
    export XDG_RUNTIME_DIR
fi

configure_and_build() {
    local dir=$1
    shift
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$dir" --parallel
}
