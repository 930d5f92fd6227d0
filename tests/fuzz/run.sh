#!/bin/sh
# Usage: tests/fuzz/run.sh SECONDS [TARGET...]
# Runs each fuzz target (all of them by default) for SECONDS against its committed corpus, which it only
# reads: inputs found on the way go to a scratch directory. Fails if any target crashes, times out or
# breaks a property; the input that did it is saved as build/fuzz/tests/fuzz/artifacts/<target>-crash-…
# Build first: cmake --workflow --preset fuzz   (FUZZ_BUILD_DIR chooses another build directory.)
set -eu
seconds=${1:?usage: tests/fuzz/run.sh SECONDS [TARGET...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
bin=${FUZZ_BUILD_DIR:-$here/../../build/fuzz}/tests/fuzz
targets=${*:-moodlejson batchenvelope responseparser htmlsanitizer csvwriter}
mkdir -p "$bin/artifacts"
failed=""
for target in $targets; do
    case $target in
        htmlsanitizer) dict=html.dict ;;
        csvwriter) dict=csv.dict ;;
        *) dict=json.dict ;;
    esac
    scratch=$(mktemp -d)
    log="$bin/artifacts/$target.log"
    # -max_len: the committed seeds are smaller; "huge" inputs are the unit tests' business, throughput is ours.
    if "$bin/fuzz_$target" -max_total_time="$seconds" -max_len=32768 -timeout=10 -rss_limit_mb=2048 \
        -dict="$here/dict/$dict" -artifact_prefix="$bin/artifacts/$target-" -print_final_stats=1 \
        "$scratch" "$here/corpus/$target" >"$log" 2>&1; then
        result=ok
    else
        result=FAILED
        failed="$failed $target"
        grep -E -A30 "ERROR|property violated|runtime error|Test unit written" "$log" | head -60 >&2 || tail -40 "$log" >&2
    fi
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
    echo "fuzz_$target: $result, ${execs:-?} runs in ${seconds} s (${rate:-?}/s), peak RSS ${rss:-?} MB"
    rm -rf "$scratch"
done
if [ -n "$failed" ]; then
    echo "fuzzing found problems in:$failed (logs in $bin/artifacts)" >&2
    exit 1
fi
