#!/usr/bin/env bash
# Runs test/editor/nvim/lsp_test.lua in headless Neovim (Debian's 0.7.2) from
# the repo root, with a timeout. Needs `nvim` and `node`, and dist/server.js
# (build it with `node esbuild.mjs`). Prints "ok - ..." / "not ok - ..." lines
# and, always, a last line "nvim: N passed, M failed"; exits non-zero on failure.
#   CASEWISE_NVIM_TIMEOUT=<seconds>   default 90
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
limit="${CASEWISE_NVIM_TIMEOUT:-90}"

if ! command -v nvim >/dev/null 2>&1; then
  echo "not ok - nvim is installed (run: bash test/editor/setup.sh)"
  echo "nvim: 0 passed, 1 failed"
  exit 1
fi

scratch="$(mktemp -d "${TMPDIR:-/tmp}/casewise-nvim.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
log="$scratch/output.txt"
# Keep Neovim's lsp.log (where the server's stderr goes) out of the home folder.
XDG_CACHE_HOME="$scratch/cache" XDG_STATE_HOME="$scratch/state" XDG_DATA_HOME="$scratch/data" \
  XDG_CONFIG_HOME="$scratch/config" timeout --kill-after=5 "$limit" \
  nvim --headless -u NONE -i NONE -c "luafile test/editor/nvim/lsp_test.lua" </dev/null 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# Neovim's own last message ("Client 1 quit ...") may lack a newline.
[ -s "$log" ] && [ -n "$(tail -c1 "$log")" ] && echo

if ! grep -qE '^nvim: [0-9]+ passed, [0-9]+ failed$' "$log"; then
  # Neovim died or hung before the script could print its summary.
  p=$(grep -c '^ok - ' "$log"); f=$(grep -c '^not ok - ' "$log")
  if [ "$status" = 124 ] || [ "$status" = 137 ]; then
    echo "not ok - Neovim finished within ${limit} s"
  else
    echo "not ok - Neovim exited (status $status) before the script finished"
  fi
  echo "nvim: $p passed, $((f + 1)) failed"
  exit 1
fi
if grep -qE '^nvim: [0-9]+ passed, 0 failed$' "$log" && [ "$status" = 0 ]; then
  exit 0
fi
[ "$status" = 0 ] && status=1
exit "$status"
