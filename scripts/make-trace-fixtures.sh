#!/usr/bin/env bash
# Regenerates the real traces the loop-state model is tested against
# (src/model/loop-state/fixtures/*.json). Each is one `npx loopscope run FILE --json`
# (~4 s: Pyodide boots per call), with meta.wallMs zeroed so re-runs diff cleanly.
# Usage: scripts/make-trace-fixtures.sh [CORPUS_DIR]   (default: /work/shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-/work/shared/corpus}"
out=src/model/loop-state/fixtures
mkdir -p "$out"

# fixture name → snippet, relative to the corpus (conformance/ falls back to ./corpus).
snippets=(
  "gather=seed/02_async_gather.py"
  "event-loop-tasks=seed/04_event_loop_tasks.py"
  "semaphore=seed/09_semaphore.py"
  "cancellation=seed/11_cancellation.py"
  "queue-deadlock=seed/12_queue_producer_consumer.py"
  "lock=conformance/19_lock.py"
  "event=conformance/20_event.py"
  "condition=conformance/21_condition_notify.py"
  "queue-backpressure=conformance/26_queue_maxsize_backpressure.py"
  "to-thread=conformance/35_to_thread_parallel.py"
  "time-sleep-blocks=conformance/38_time_sleep_blocks_loop.py"
  "barrier=conformance/59_barrier.py"
  "lock-waiter-cancelled=conformance/61_lock_waiter_cancelled.py"
)

for entry in "${snippets[@]}"; do
  name="${entry%%=*}"
  rel="${entry#*=}"
  src="$corpus/$rel"
  [[ -f "$src" ]] || src="corpus/$rel"
  # A deadlock or an uncaught error exits non-zero but still prints a complete trace.
  npx loopscope run "$src" --json > "$out/$name.json.tmp" || true
  node -e '
    const fs = require("fs");
    const [file] = process.argv.slice(1);
    const trace = JSON.parse(fs.readFileSync(file + ".tmp", "utf8"));
    trace.meta.wallMs = 0;
    fs.writeFileSync(file, JSON.stringify(trace) + "\n");
    fs.unlinkSync(file + ".tmp");
  ' "$out/$name.json"
  echo "$out/$name.json ← $rel"
done
