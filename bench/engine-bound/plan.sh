# shellcheck shell=bash
# shellcheck disable=SC2034 # the arrays are for the scripts that source this
# Reads a stack's eb.plan (see bench/lib/stacks) into arrays, for the engine-bound scripts (sourced).
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/../lib/engine.sh"

plan_dir=${1:?usage: $0 STACK_DIR}
networks=() network_bodies=() volumes=() volume_bodies=() images=() containers=()
declare -A deps health stop_timeout extra_nets create_body
while IFS=$'\t' read -r kind name a b c d e; do
  case $kind in
    network) networks+=("$name"); network_bodies+=("$a") ;;
    volume) volumes+=("$name"); volume_bodies+=("$a") ;;
    image) images+=("$name") ;;
    container)
      containers+=("$name")
      deps[$name]=${a#-} health[$name]=$b stop_timeout[$name]=$c extra_nets[$name]=${d#-} create_body[$name]=$e
      ;;
  esac
done <"$plan_dir/eb.plan"
project=${containers[0]%-*-1}

fail() { echo "engine-bound: $*" >&2; exit 1; }

# Waits for every pid given; fails when one failed.
wait_all() {
  local pid status=0
  for pid in "$@"; do wait "$pid" || status=1; done
  return $status
}
