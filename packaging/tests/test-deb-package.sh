#!/usr/bin/env bash
# ctest package_deb: builds the Debian package with `cpack -G DEB` in the build folder (as scripts
# and CI do), checks what a maintainer checks (stripped binaries with a -dbgsym package, computed
# dependencies, extended description, copyright, changelog, manual pages, completion, desktop
# files), unpacks it with dpkg-deb -x into a temporary root and runs the programs from there.
#   test-deb-package.sh BUILD_DIR
set -euo pipefail

build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

cd "$build"
start=$SECONDS
if ! cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
deb=$(ls "$work"/out/inbeeld_*.deb)
ddeb=$(ls "$work"/out/inbeeld-dbgsym_*.ddeb 2>/dev/null) || fail "no -dbgsym package"
echo "cpack: $((SECONDS - start)) s"
echo "package: $(basename "$deb") $(du -k "$deb" | cut -f1) KiB; debug symbols: $(du -k "$ddeb" | cut -f1) KiB"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
field Depends | grep -q 'libqt6core6' || fail "Depends not computed: $(field Depends)"
# Opened at run time, so only named by hand: the Inspectie's XLSX form and the passphrase estimate.
field Depends | grep -q 'libxlsxwriter4' || fail "libxlsxwriter not a dependency: $(field Depends)"
field Depends | grep -q 'libzxcvbn0' || fail "libzxcvbn not a dependency: $(field Depends)"
field Recommends | grep -q 'qt6-translations-l10n' || fail "qt6-translations-l10n not recommended"
[ "$(field Description | wc -l)" -ge 5 ] || fail "no extended description"

# Contents.
dpkg-deb -x "$deb" "$work/root"
root=$work/root
for f in usr/bin/inbeeld usr/bin/inbeeld-cli \
    usr/share/doc/inbeeld/copyright usr/share/doc/inbeeld/changelog.gz \
    usr/share/man/man1/inbeeld.1.gz usr/share/man/man1/inbeeld-cli.1.gz \
    usr/share/man/nl/man1/inbeeld-cli.1.gz \
    usr/share/bash-completion/completions/inbeeld-cli \
    usr/share/applications/nl.inbeeld.InBeeld.desktop \
    usr/share/metainfo/nl.inbeeld.InBeeld.metainfo.xml \
    usr/share/mime/packages/nl.inbeeld.InBeeld.xml \
    usr/share/icons/hicolor/scalable/apps/nl.inbeeld.InBeeld.svg; do
    [ -s "$root/$f" ] || fail "missing from the package: $f"
done
for exe in inbeeld inbeeld-cli; do
    if file "$root/usr/bin/$exe" | grep -q 'not stripped'; then
        fail "$exe is not stripped"
    fi
done
dpkg-deb -c "$ddeb" >"$work/ddeb.list"
grep -q '/usr/lib/debug/.build-id/.*\.debug' "$work/ddeb.list" || fail "no debug symbols in the -dbgsym package"
grep -q '^License: EUPL-1.2' "$root/usr/share/doc/inbeeld/copyright" || fail "copyright names no EUPL-1.2"
zcat "$root/usr/share/man/man1/inbeeld-cli.1.gz" >"$work/man.txt"
grep -q '^\.SH' "$work/man.txt" || fail "empty manual page"

# Run from the unpacked root, in a throw-away home.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_RUNTIME_DIR=$work/run QT_QPA_PLATFORM=offscreen INBEELD_LANGUAGE=en
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cli=$root/usr/bin/inbeeld-cli

version=$("$cli" --version) || fail "inbeeld-cli --version failed"
echo "$version"
echo "$version" | grep -q '^inbeeld-cli [0-9]' || fail "inbeeld-cli --version: no version"
echo "$version" | grep -q 'EUPL-1.2' || fail "inbeeld-cli --version: no licence"

export INBEELD_PASSPHRASE='package-test correct horse battery staple 2026'
"$cli" init --store "$work/org.inbeeld" --org-name "RBL Pakkettest" --role rbl >/dev/null ||
    fail "inbeeld-cli init failed"
info=$("$cli" info --store "$work/org.inbeeld" --json) || fail "inbeeld-cli info failed"
echo "$info" | grep -q 'RBL Pakkettest' || fail "inbeeld-cli info does not show the organisation: $info"
unset INBEELD_PASSPHRASE

gui=$("$root/usr/bin/inbeeld" --version) || fail "inbeeld --version failed"
echo "$gui"
echo "$gui" | grep -q '^inbeeld [0-9]' || fail "inbeeld --version: no version"
echo "$gui" | grep -q 'EUPL-1.2' || fail "inbeeld --version: no licence"
echo "package_deb: ok"
