#!/usr/bin/env bash
# Installs what the real-editor harness needs: Debian's chromium, neovim,
# libkrb5-dev and ripgrep, and (in test/editor/node_modules) code-server
# 4.100.3 plus playwright-core. Idempotent; safe for CI (root, no stdin).
#
#   bash test/editor/setup.sh
#
# Environment knobs:
#   CASEWISE_EDITOR_SKIP_APT=1   do not touch apt (packages known to be there)
#   CASEWISE_EDITOR_FORCE_NPM=1  run npm install even if code-server is present
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CODE_SERVER_VERSION="4.100.3"
# @vscode/ripgrep's postinstall downloads this from GitHub (unreachable here);
# these two names come from the @vscode/ripgrep that code-server 4.100.3 ships.
RG_CACHE_PKG_VERSION="1.15.11"
RG_RELEASE="v13.0.0-10"
APT_PACKAGES=(chromium neovim libkrb5-dev ripgrep)

log() { printf '[editor-setup] %s\n' "$*"; }
die() { printf '[editor-setup] ERROR: %s\n' "$*" >&2; exit 1; }

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || die "not root and sudo is not available"
  SUDO=(sudo -n)
fi

# ---------------------------------------------------------------- (a) apt
if [ "${CASEWISE_EDITOR_SKIP_APT:-}" != "1" ]; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "apt: installing ${missing[*]}"
    t0=$SECONDS
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      || die "apt-get update failed"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}" >/dev/null \
      || die "apt-get install ${missing[*]} failed"
    log "apt: done in $((SECONDS - t0)) s"
  else
    log "apt: ${APT_PACKAGES[*]} already installed"
  fi
fi

# ------------------------------------------------------------- (c) skip?
installed_version() {
  node -e 'try{process.stdout.write(require(process.argv[1]).version)}catch{}' \
    "$HERE/node_modules/code-server/package.json" 2>/dev/null || true
}
harness_ok() {
  [ "$(installed_version)" = "$CODE_SERVER_VERSION" ] \
    && [ -f "$HERE/node_modules/playwright-core/package.json" ] \
    && [ -f "$HERE/node_modules/code-server/out/node/entry.js" ] \
    && [ -f "$HERE/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] \
    && compgen -G "$HERE/node_modules/code-server/lib/vscode/node_modules/node-pty/build/Release/pty.node" >/dev/null
}

if [ "${CASEWISE_EDITOR_FORCE_NPM:-}" != "1" ] && harness_ok; then
  log "npm: code-server $CODE_SERVER_VERSION already installed in test/editor/node_modules"
  exit 0
fi

# ------------------------------------------------- (b) ripgrep cache seed
command -v rg >/dev/null 2>&1 || die "rg (Debian ripgrep) not found on PATH"
case "$(uname -m)" in
  x86_64|amd64) RG_TRIPLE="x86_64-unknown-linux-musl" ;;
  aarch64|arm64) RG_TRIPLE="aarch64-unknown-linux-musl" ;;
  *) die "unsupported architecture $(uname -m) (need x86_64 or aarch64)" ;;
esac
CACHE="$HERE/.cache"
export TMPDIR="$CACHE/tmp"
RG_CACHE_DIR="$TMPDIR/vscode-ripgrep-cache-$RG_CACHE_PKG_VERSION"
RG_TARBALL="$RG_CACHE_DIR/ripgrep-$RG_RELEASE-$RG_TRIPLE.tar.gz"
mkdir -p "$RG_CACHE_DIR"
if [ ! -s "$RG_TARBALL" ]; then
  stage="$(mktemp -d "$TMPDIR/rgstage.XXXXXX")"
  cp "$(command -v rg)" "$stage/rg"
  chmod 755 "$stage/rg"
  tar -C "$stage" -czf "$RG_TARBALL.part" rg
  mv "$RG_TARBALL.part" "$RG_TARBALL"
  rm -rf "$stage"
  log "ripgrep: seeded $RG_TARBALL from $(command -v rg)"
fi

# ----------------------------------------------------------- (c) npm install
# npmrc on these machines has yes=false (node-pty's build runs `npx node-gyp`),
# and as root npm wants unsafe-perm for lifecycle scripts.
export npm_config_yes=true npm_config_unsafe_perm=true
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export CI="${CI:-true}"
log "npm: installing code-server@$CODE_SERVER_VERSION and playwright-core (about 300 MB)"
t0=$SECONDS
npmlog="$CACHE/npm-install.log"
# package-lock.json pins the whole tree. package.json's allowScripts approves
# the two top-level install scripts that must run (code-server's postinstall
# and argon2's native build), so npm 11 does not flag them and later npm
# releases, which block unreviewed scripts, still run them. code-server's
# postinstall runs its own nested `npm ci` in node_modules/code-server/lib/vscode
# (node-pty, @vscode/ripgrep, spdlog, kerberos, ...); that project has no
# allowScripts, so npm 11.x prints an advisory list there but runs them.
# Do NOT set npm_config_strict_allow_scripts or npm_config_allow_scripts here:
# both are inherited by the nested install (the first fails it, the second is
# an error in any project-scoped install). harness_ok below checks that the
# native pieces really got built.
if [ -f "$HERE/package-lock.json" ]; then npm_cmd=(npm ci); else npm_cmd=(npm install --no-save); fi
if ! (cd "$HERE" && "${npm_cmd[@]}" --loglevel=warn >"$npmlog" 2>&1 </dev/null); then
  tail -n 60 "$npmlog" >&2
  die "npm install failed (full log: $npmlog)"
fi
grep -iE 'install-scripts|allowScripts' "$npmlog" >&2 || true
log "npm: done in $((SECONDS - t0)) s (log: $npmlog)"

harness_ok || {
  tail -n 60 "$npmlog" >&2
  die "code-server's install scripts did not complete (no node-pty build or no rg in node_modules/code-server/lib/vscode)"
}
"$HERE/node_modules/.bin/code-server" --version >/dev/null 2>&1 \
  || die "installed code-server does not start (node_modules/.bin/code-server --version failed)"
log "ready: code-server $(installed_version), playwright-core $(node -p 'require(process.argv[1]).version' "$HERE/node_modules/playwright-core/package.json")"
