# shellcheck shell=bash
# The Docker Engine endpoint the scripts talk to, resolved the way the docker CLI and jcompose do for
# the cases the scripts need: DOCKER_HOST (unix:// or tcp://), else the default socket.
# Sourced by engine-up and seed-images; defines ENGINE_URL, ENGINE_SOCKET and engine_* functions.

ENGINE_DEFAULT_SOCKET=/var/run/docker.sock

if [[ -n "${DOCKER_HOST:-}" ]]; then
  ENGINE_URL=$DOCKER_HOST
else
  ENGINE_URL=unix://$ENGINE_DEFAULT_SOCKET
fi

case $ENGINE_URL in
  unix://*) ENGINE_SOCKET=${ENGINE_URL#unix://} ;;
  tcp://*) ENGINE_SOCKET= ;;
  *)
    echo "DOCKER_HOST=$ENGINE_URL: only unix:// and tcp:// endpoints are supported by these scripts" >&2
    exit 1
    ;;
esac

# curl against the engine: engine_curl [curl options...] PATH
engine_curl() {
  local path=${*: -1}
  local options=("${@:1:$#-1}")
  if [[ -n $ENGINE_SOCKET ]]; then
    curl -sS --unix-socket "$ENGINE_SOCKET" "${options[@]}" "http://localhost$path"
  else
    local authority=${ENGINE_URL#tcp://}
    curl -sS "${options[@]}" "http://${authority%/}$path"
  fi
}

# True when the engine answers /_ping with OK within 2 seconds.
engine_ping() {
  command -v curl >/dev/null 2>&1 || return 1
  [[ $(engine_curl --max-time 2 -f /_ping 2>/dev/null) == OK ]]
}
