#!/usr/bin/env bash
# The fuzz stage of CI (docs/fuzzing.md): installs clang-14 and libFuzzer if missing, builds the
# fuzz targets in build-fuzz/ (clang-14, ASan + UBSan + libFuzzer), writes the seed corpora with
# the program's own classes, and runs every target for a bounded time. Fails on any crash, leak,
# timeout, out-of-memory or sanitizer report; the input that caused it is left in
# build-fuzz/fuzz-artifacts/<target>/ (keep it under tests/data/fuzz-regressions/<target>/).
#
#   tests/fuzz/run-fuzzers.sh [TARGET...]        all targets when none are named
# Environment: FUZZ_SECONDS (per target, default 45), FUZZ_PARALLEL (targets at once, default 2),
#              FUZZ_BUILD_DIR (default build-fuzz), FUZZ_RSS_MB (default 2048).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${FUZZ_SECONDS:-45}
parallel=${FUZZ_PARALLEL:-2}
rss=${FUZZ_RSS_MB:-2048}
all_targets=(csv xlsx package_envelope age_decrypt minisign package_manifest package_records identity_card agreement
    decision_answers)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

started=$(date +%s)
if [ -r /etc/os-release ] && . /etc/os-release && [ "${ID:-}" = debian ]; then
    bash "$root/packaging/debian/install-deps.sh" # clang-14, libfuzzer-14-dev, libclang-rt-14-dev
fi

# A build that is already a fuzz build (quickstart.sh test --sanitize makes one) is reused as it is.
if ! grep -qx 'INBEELD_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
    CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DINBEELD_FUZZ=ON -DINBEELD_BUILD_GUI=OFF -DINBEELD_HARDENING=OFF -DINBEELD_WERROR=OFF >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target fuzzers
built=$(date +%s)

corpus=$build/fuzz-corpus
rm -rf "$corpus/seeds" "$build/fuzz-artifacts" "$build/fuzz-logs"
mkdir -p "$corpus" "$build/fuzz-artifacts" "$build/fuzz-logs"
ASAN_OPTIONS=detect_leaks=0 "$build/tests/fuzz/fuzz_make_corpus" "$corpus/seeds"

dict_for() {
    case "$1" in
    csv) echo "$root/tests/fuzz/dict/csv.dict" ;;
    xlsx) echo "$root/tests/fuzz/dict/xml.dict" ;;
    package_manifest | package_records | identity_card | agreement | decision_answers)
        echo "$root/tests/fuzz/dict/json.dict" ;;
    esac
}

run_one() { # run_one TARGET: runs it; its log is build-fuzz/fuzz-logs/TARGET.log
    local t=$1 dict args=()
    dict=$(dict_for "$t")
    [ -z "$dict" ] || args+=(-dict="$dict")
    mkdir -p "$corpus/work/$t" "$corpus/seeds/$t" "$build/fuzz-artifacts/$t"
    local regressions=$root/tests/data/fuzz-regressions/$t
    [ -d "$regressions" ] || regressions=
    # The first folder gathers what the run finds; the seeds and regressions are only read.
    ASAN_OPTIONS=detect_leaks=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -rss_limit_mb="$rss" -malloc_limit_mb="$rss" \
        -timeout=10 -max_len=262144 -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$t/" "${args[@]}" \
        "$corpus/work/$t" "$corpus/seeds/$t" ${regressions:+"$regressions"} >"$build/fuzz-logs/$t.log" 2>&1
}

failed=()
pids=()
names=()
wait_for_one() {
    local pid=${pids[0]} name=${names[0]}
    pids=("${pids[@]:1}")
    names=("${names[@]:1}")
    if wait "$pid"; then
        echo "fuzz $name: ok, $(grep -o 'number_of_executed_units: [0-9]*' "$build/fuzz-logs/$name.log" |
            grep -o '[0-9]*') executions"
    else
        echo "fuzz $name: FAILED (log: $build/fuzz-logs/$name.log, input: $build/fuzz-artifacts/$name/)" >&2
        grep -E '^==[0-9]+==ERROR|runtime error|SUMMARY|Test unit written' "$build/fuzz-logs/$name.log" | head -20 >&2 || true
        failed+=("$name")
    fi
}
for t in "${targets[@]}"; do
    [ ${#pids[@]} -lt "$parallel" ] || wait_for_one
    run_one "$t" &
    pids+=($!)
    names+=("$t")
done
while [ ${#pids[@]} -gt 0 ]; do wait_for_one; done

finished=$(date +%s)
echo "fuzz stage: build $((built - started)) s, fuzzing $((finished - built)) s (${seconds} s per target, ${parallel} at once)"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz stage FAILED: ${failed[*]}" >&2
    exit 1
fi
