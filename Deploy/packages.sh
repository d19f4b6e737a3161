# shellcheck shell=bash
# Sourced by the scripts in Deploy/: `install_missing PACKAGE...` installs those of the Debian
# packages named that are missing (as root, `apt-get update` first), and leaves their names in
# `installed`; it ends the script when apt-get fails.
install_missing() {
    local p
    installed=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || installed+=("$p")
    done
    [ ${#installed[@]} -gt 0 ] || return 0
    echo "== installing ${installed[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q || { echo "apt-get update failed" >&2; exit 1; }
    apt-get install -y -q "${installed[@]}" || { echo "apt-get could not install ${installed[*]}" >&2; exit 1; }
}
