#!/usr/bin/env bash
# Installs everything InBeeld needs to build, run and test on Debian 12 (bookworm).
# SQLCipher 4 comes from bookworm-backports; everything else from bookworm itself.
# Idempotent: does nothing when all packages are already present.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libgl-dev libqt6svg6 qt6-translations-l10n
    qtkeychain-qt6-dev libquazip1-qt6-dev libsodium-dev libssl-dev
    libsqlcipher-dev sqlcipher
    dbus dbus-x11 gnome-keyring libsecret-tools
    xvfb xauth fonts-dejavu-core
    minisign age
    libcurl4-openssl-dev python3-aiosmtpd openssl
    libxlsxwriter-dev poppler-utils rapidjson-dev
    libzxcvbn-dev
    clang-14 libfuzzer-14-dev libclang-rt-14-dev
    git dpkg-dev file help2man desktop-file-utils appstream lintian
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
# libsqlcipher-dev must be version 4 (bookworm ships 3.4, backports 4.6).
if dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null | grep -q '^3\.'; then
    missing+=(libsqlcipher-dev)
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "deb http://deb.debian.org/debian bookworm-backports main" | $SUDO tee /etc/apt/sources.list.d/bookworm-backports.list >/dev/null
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# SQLCipher 4 from backports; the rest from bookworm. No recommends: in particular
# libqt6sql6-sqlite (the QSQLITE plugin linked to plain SQLite) must never be needed.
$SUDO apt-get install -y -q --no-install-recommends -t bookworm-backports libsqlcipher-dev sqlcipher
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
