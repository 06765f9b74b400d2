#!/usr/bin/env bash
# The README's Quick start, one script:
#   packaging/quickstart.sh demo   install what is missing, build, start InBeeld on a demo organisation
#   packaging/quickstart.sh test   install what is missing, build, run every test
# Options for "test": --sanitize also builds (clang-14) and runs the tests with ASan+UBSan; the same
# build holds the fuzz targets (FUZZ_BUILD_DIR=build-sanitize tests/fuzz/run-fuzzers.sh).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
mode=${1:-}
shift || true

install_dependencies() {
    case "$(uname -s)" in
    Linux)
        if [ -r /etc/os-release ] && . /etc/os-release && [ "${ID:-}" = debian ]; then
            bash "$here/debian/install-deps.sh"
        else
            echo "quickstart: automatic installation is set up for Debian 12; see README.md for other systems." >&2
        fi
        ;;
    *)
        echo "quickstart: see README.md for installing the dependencies on this system." >&2
        ;;
    esac
}

build() { # build DIR [cmake args...]
    local dir=$1
    shift
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$dir" -j"$(nproc)"
}

run_tests() { # run_tests DIR
    # Tests set up their own temporary HOME/XDG folders, D-Bus session and keyring.
    (cd "$1" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" --timeout 900)
}

case "$mode" in
demo)
    install_dependencies
    build "$root/build-quickstart"
    exec "$root/build-quickstart/app/gui/inbeeld" --demo "$@"
    ;;
test)
    install_dependencies
    # As developers build: warnings are errors, and the benchmarks are built so that they do not rot.
    # The package test (label "packaging") builds the .deb with cpack and runs it unpacked.
    build "$root/build-quickstart" -DINBEELD_WERROR=ON -DINBEELD_BUILD_BENCH=ON -DINBEELD_PACKAGE_TEST=ON
    run_tests "$root/build-quickstart"
    if [ "${1:-}" = "--sanitize" ]; then
        # One clang build serves the sanitizers and the fuzzers: ASan + UBSan + libFuzzer's coverage
        # (INBEELD_FUZZ), so tests/fuzz/run-fuzzers.sh reuses build-sanitize instead of building again.
        # Debug with line tables only: it compiles about twice as fast as an optimised build, and the
        # sanitizers' reports still name file and line.
        CC=clang-14 CXX=clang++-14 build "$root/build-sanitize" -DINBEELD_FUZZ=ON -DINBEELD_WERROR=ON \
            -DINBEELD_HARDENING=OFF -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-gline-tables-only \
            -DCMAKE_C_FLAGS_DEBUG=-gline-tables-only
        ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            run_tests "$root/build-sanitize"
    fi
    ;;
*)
    echo "usage: packaging/quickstart.sh demo | test [--sanitize]" >&2
    exit 2
    ;;
esac
