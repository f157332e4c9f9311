#!/usr/bin/env bash
# Runs the benchmarks against an embedded lab on 127.0.27.1 and prints their figures.
#   tests/bench/run-benchmarks.sh [build-dir]      (default: build)
# The lab is started here and always stopped on exit (trap), also on Ctrl+C or a failing bench. Benchmarks
# that start their own lab (they say so in their header) run without it. Build first, e.g.:
#   cmake --build build --target etcd-drill-cli etcd-drill-lab-apiserver bench-probe bench-status bench-workload bench-gui
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
# Executables are in <build>/bin (CMAKE_RUNTIME_OUTPUT_DIRECTORY); older trees had them next to their sources.
find_exe() {
  find "$build/bin" "$build/app" "$build/tests" -maxdepth 2 -type f -name "$1" -perm -u+x 2>/dev/null | head -n 1 || true
}
cli=$(find_exe etcd-drill-cli)
[[ -n $cli ]] || { echo "run-benchmarks: etcd-drill-cli not found in $build: build it first" >&2; exit 1; }

lab=$(mktemp -d "${TMPDIR:-/tmp}/etcd-drill-bench.XXXXXX")
stop_lab() {
  "$cli" lab down --dir "$lab/lab" >/dev/null 2>&1 || true
  rm -rf "$lab"
}
trap stop_lab EXIT
trap 'exit 130' INT TERM

echo "== lab on 127.0.27.1 ($lab/lab)"
"$cli" lab up --dir "$lab/lab" --base-address 127.0.27.1 --watch-pid $$ >/dev/null
config="$lab/lab/drill.yaml"

# run_bench <executable> [arguments…]: runs one benchmark from the build tree, or says why it cannot.
run_bench() {
  local name=$1; shift
  local exe
  exe=$(find_exe "$name")
  if [[ -z $exe ]]; then
    echo "== $name: not built (cmake --build $build --target $name), skipped"
    return 0
  fi
  echo "== $name $*"
  "$exe" "$@"
  echo
}

# Against the lab above.
run_bench bench-probe --config "$config" --runs "${BENCH_PROBE_RUNS:-200}" --seconds "${BENCH_PROBE_SECONDS:-15}"
# Benchmarks with a lab of their own.
run_bench bench-status
run_bench bench-workload "${BENCH_WORKLOAD_SECONDS:-10}"
# Without a lab: a synthesized one-hour drill.
run_bench bench-report "${BENCH_REPORT_RUNS:-3}"
# The console (its live part starts a lab on 127.0.40.1): offscreen, then the frames and start-up again under
# Xvfb, where painting reaches a real X server.
run_bench bench-gui --live-seconds "${BENCH_GUI_LIVE_SECONDS:-60}"
if command -v xvfb-run >/dev/null && [[ -n $(find_exe bench-gui) ]]; then
  for part in replay startup; do
    echo "== bench-gui --part $part under Xvfb"
    xvfb-run -a -s "-screen 0 1920x1200x24" env QT_QPA_PLATFORM=xcb "$(find_exe bench-gui)" --part "$part"
    echo
  done
fi
