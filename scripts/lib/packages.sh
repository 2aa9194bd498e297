# Installs the Debian packages a script needs when one is missing; source it, then call
#   install_missing PROBE=PACKAGE ...
# where PROBE is a file that proves the package is present, or lib:NAME for a shared library the
# dynamic linker's cache must know. apt-get runs as root, through sudo otherwise; it is not run at all
# when everything is present. Needs a `log` function from the caller.

install_missing() {
  local missing=() pair probe package
  for pair in "$@"; do
    probe="${pair%%=*}" package="${pair#*=}"
    case "$probe" in
      lib:*) ldconfig -p 2>/dev/null | grep -q "${probe#lib:}" || missing+=("$package") ;;
      *) [ -e "$probe" ] || missing+=("$package") ;;
    esac
  done
  [ "${#missing[@]}" -gt 0 ] || return 0
  log "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    sudo apt-get update -qq >/dev/null && sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}
