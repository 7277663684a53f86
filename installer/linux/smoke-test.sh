#!/usr/bin/env bash
# Starts a built Linux app-image (or the installed /opt/linkwell) under a virtual display on a
# fresh data file, lets it open its main window, quits, and checks the exit code and the log.
# Usage: installer/linux/smoke-test.sh [APP_DIR]   (default: target/installer/dist/Linkwell)
# Needs: xvfb-run (Debian/Ubuntu package xvfb).
set -euo pipefail

app="${1:-target/installer/dist/Linkwell}"
launcher="$app/bin/Linkwell"
[ -x "$launcher" ] || { echo "no launcher at $launcher" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export JAVA_TOOL_OPTIONS="-Dlinkwell.quitAfterStart=true -Dlinkwell.home=$tmp/home"

# A headless command first: it proves the trimmed runtime runs the migrations, SQL and CSV
# code, and a data file with clients in it starts without the first-start offer (a dialog).
"$launcher" --db "$tmp/smoke.db" sample-data load >"$tmp/load.txt" 2>&1 || {
  echo "FAILED: sample-data load" >&2; cat "$tmp/load.txt" >&2; exit 1; }
tail -1 "$tmp/load.txt"

status=0
timeout 180 xvfb-run -a -s "-screen 0 1280x860x24" "$launcher" --db "$tmp/smoke.db" >"$tmp/out.txt" 2>&1 || status=$?
log="$tmp/home/logs/linkwell.log"

if [ "$status" -ne 0 ]; then
  echo "FAILED: Linkwell exited with $status" >&2
  cat "$tmp/out.txt" "$log" >&2 2>/dev/null || true
  exit 1
fi
if ! grep -q "main window shown" "$log" 2>/dev/null; then
  echo "FAILED: no 'main window shown' line in the log" >&2
  cat "$tmp/out.txt" "$log" >&2 2>/dev/null || true
  exit 1
fi
grep "main window shown" "$log"
echo "OK: $launcher started to its main window and exited cleanly"
