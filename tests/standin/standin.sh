# Sourced by the scripts that run host programs against the loopback stand-in:
#
#   source tests/standin/standin.sh
#   standin_start "$build/opi-standin" [--requests FILE]   # sets api_url and run_env
#   "${run_env[@]}" program ...          # runs with only the stand-in's URL set
#   standin_stop                         # also safe when nothing was started
#
# The stand-in serves until its stdin closes, so it runs as a coprocess whose stdin
# this shell holds.

standin_pid=
standin_in=

standin_start() {
    coproc standin { exec "$@"; }
    standin_pid=$standin_PID
    # Kept by number: bash unsets the coprocess's variables once it exits.
    standin_in=${standin[1]}
    if ! read -r -t 30 api_url <&"${standin[0]}"; then
        echo "opi-standin did not print its URL" >&2
        return 1
    fi
    # Only the stand-in's URL, so no setting or proxy of the calling shell changes
    # what the programs see.
    run_env=(env -u OPI_TIMEOUT_MS -u OPI_CONNECT_TIMEOUT_MS -u OPI_MAX_RETRY_AFTER_S
        -u HTTPS_PROXY -u https_proxy -u HTTP_PROXY -u http_proxy -u ALL_PROXY -u all_proxy
        -u NO_PROXY -u no_proxy "OPI_TELEGRAM_API_URL=$api_url")
}

standin_stop() {
    [[ -n $standin_pid ]] || return 0
    # EOF on its stdin is the stand-in's signal to stop; a kill is the fallback.
    [[ -z $standin_in ]] || eval "exec $standin_in>&-"
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        kill -0 "$standin_pid" 2> /dev/null || break
        sleep 0.2
    done
    kill "$standin_pid" 2> /dev/null || true
    wait "$standin_pid" 2> /dev/null || true
    standin_pid=
}
