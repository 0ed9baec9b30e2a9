#!/usr/bin/env bash
# The layers of `make test`, run by `make test` as
#   .ci/layers.sh STAGE...
# where a STAGE is LANE[|LANE...] and a LANE is LAYER[+LAYER...]: the stages
# run one after another, a stage's lanes at the same time, a lane's layers in
# order, each layer as `make LAYER`. A lane stops at its first failing layer,
# the other lanes of its stage after the layer they are running, and no later
# stage starts. Where lanes run at once, every line a layer prints is tagged
# with its name ("[unit] ..."); each layer's whole output is also in
# target/test-logs/LAYER.log, and a failing layer's last lines are printed
# again at the end, under the summary of each layer's wall time (also in
# target/test-times.txt).
set -u -o pipefail

MAKE=${MAKE:-make}
LOGS=target/test-logs
TIMES=${TEST_TIMES:-target/test-times.txt}
mkdir -p "$LOGS"
rm -f "$LOGS"/*.log "$LOGS"/*.result "$LOGS"/FAILED
: > "$TIMES"
started=$(date +%s)

# layer, tagged (1 when other lanes run beside it)
run_layer() {
  local layer=$1 tagged=$2 start status=ok secs
  start=$(date +%s)
  if [ "$tagged" = 1 ]; then
    $MAKE --no-print-directory "$layer" 2>&1 | tee "$LOGS/$layer.log" | sed -u "s/^/[$layer] /" || status=FAILED
  else
    $MAKE --no-print-directory "$layer" 2>&1 | tee "$LOGS/$layer.log" || status=FAILED
  fi
  secs=$(($(date +%s) - start))
  echo "$secs $status" > "$LOGS/$layer.result"
  echo "== make $layer: $secs s ($status)"
  [ "$status" = ok ] || { touch "$LOGS/FAILED"; return 1; }
}

# lane (a+b+c), tagged
run_lane() {
  local layer
  for layer in ${1//+/ }; do
    [ -e "$LOGS/FAILED" ] && return 1
    run_layer "$layer" "$2" || return 1
  done
}

order=()
stage_no=0
for stage in "$@"; do
  stage_no=$((stage_no + 1))
  lanes=(${stage//|/ })
  for lane in "${lanes[@]}"; do
    for layer in ${lane//+/ }; do order+=("$layer:$stage_no"); done
  done
  [ -e "$LOGS/FAILED" ] && continue
  if [ ${#lanes[@]} = 1 ]; then
    run_lane "${lanes[0]}" 0
  else
    echo "== at once: ${lanes[*]}"
    pids=()
    for lane in "${lanes[@]}"; do
      run_lane "$lane" 1 &
      pids+=($!)
    done
    for pid in "${pids[@]}"; do wait "$pid"; done
  fi
done

{
  for entry in "${order[@]}"; do
    layer=${entry%:*}
    if [ -e "$LOGS/$layer.result" ]; then
      read -r secs status < "$LOGS/$layer.result"
    else
      secs=0 status=skipped
    fi
    printf '  %-12s %4d s  %-8s (stage %s)\n' "$layer" "$secs" "$status" "${entry#*:}"
  done
  printf '  %-12s %4d s  (stages one after another, the lanes of a stage at once: %s)\n' \
    "in all" $(($(date +%s) - started)) "$*"
} > "$TIMES"
echo "== make test: wall time per layer"
cat "$TIMES"

if [ -e "$LOGS/FAILED" ]; then
  for entry in "${order[@]}"; do
    layer=${entry%:*}
    [ -e "$LOGS/$layer.result" ] && grep -q FAILED "$LOGS/$layer.result" || continue
    echo "== make $layer FAILED; its last lines (all of them in $LOGS/$layer.log):"
    tail -n 40 "$LOGS/$layer.log"
  done
  exit 1
fi
