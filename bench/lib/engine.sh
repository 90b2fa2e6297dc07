# shellcheck shell=bash
# Engine API helpers for the bench scripts (sourced): the endpoint of scripts/lib/engine.sh, a curl
# command line usable with exec (for streams the caller kills) and api, a checked request.

# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib/engine.sh"

# A bound on every request (a later --max-time wins): an engine that never answers fails the
# measurement instead of hanging the run. BENCH_API_TIMEOUT seconds, default 120.
if [[ -n $ENGINE_SOCKET ]]; then
  CURL=(curl -sS --max-time "${BENCH_API_TIMEOUT:-120}" --unix-socket "$ENGINE_SOCKET")
  BASE=http://localhost
else
  CURL=(curl -sS --max-time "${BENCH_API_TIMEOUT:-120}")
  BASE=http://${ENGINE_URL#tcp://}
  BASE=${BASE%/}
fi

# Percent-encodes a query parameter value.
urlencode() {
  local s=$1 out='' c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9.~_-]) out+=$c ;;
      *) printf -v c '%%%02X' "'$c"; out+=$c ;;
    esac
  done
  printf '%s' "$out"
}

# The filters parameter selecting one project's objects by label.
project_filter() {
  urlencode "{\"label\":[\"com.docker.compose.project=$1\"]}"
}

# api METHOD PATH [JSON_BODY]: prints the response body; fails with the engine's answer on stderr
# unless the status is 2xx or 304 (already started/stopped).
api() {
  local method=$1 path=$2 out code
  if (($# > 2)); then
    out=$("${CURL[@]}" -X "$method" -H 'Content-Type: application/json' --data-binary "$3" \
      -w '\n%{http_code}' "$BASE$path")
  else
    out=$("${CURL[@]}" -X "$method" -w '\n%{http_code}' "$BASE$path")
  fi
  code=${out##*$'\n'}
  out=${out%$'\n'*}
  if [[ $code != 2?? && $code != 304 ]]; then
    echo "$method $path: HTTP $code $out" >&2
    return 1
  fi
  printf '%s' "$out"
}
