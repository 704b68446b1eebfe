#!/usr/bin/env bash
# The one test command (README: `npm test`). It installs what the tests need
# (npm packages, and the apt packages and code-server for the editor tests),
# builds, then runs every suite and ends with one line: "N passed, M failed".
#   CASEWISE_SKIP_EDITOR=1  skips the code-server and Neovim suites (quick local runs)
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
passed=0
failed=0
broken=()

count() { # name passed failed
  passed=$((passed + $2)); failed=$((failed + $3))
  echo "== $1: $2 passed, $3 failed"
}
stage_failed() {
  broken+=("$1"); failed=$((failed + 1)); echo "== $1: FAILED ($2)"
}

echo "== installing npm packages"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || { echo "npm ci failed"; exit 1; }
fi

echo "== building"
node esbuild.mjs || { echo "build failed"; exit 1; }
echo "== type-checking"
npx tsc --noEmit -p . || stage_failed typecheck "tsc reported errors"

echo "== unit and server tests"
node --import tsx --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination=.tmp/unit.tap test/unit/*.test.ts test/lsp/*.test.ts
count unit "$(grep -m1 -oP '^# pass \K\d+' .tmp/unit.tap || echo 0)" "$(grep -m1 -oP '^# fail \K\d+' .tmp/unit.tap || echo 1)"

echo "== benchmark smoke run (10 KB, Casewise only; timings are printed, never judged)"
if node bench/run.mjs --quick >.tmp/bench-smoke.log 2>&1; then count bench 1 0; else cat .tmp/bench-smoke.log; stage_failed bench "npm run bench -- --quick crashed"; fi

echo "== packaging the VSIX"
if npx vsce package --no-dependencies --out .tmp/casewise.vsix >.tmp/package.log 2>&1; then
  node --test --test-reporter=tap --test-reporter-destination=.tmp/package.tap --test-reporter=spec --test-reporter-destination=stdout test/package/*.test.mjs
  count package "$(grep -m1 -oP '^# pass \K\d+' .tmp/package.tap || echo 0)" "$(grep -m1 -oP '^# fail \K\d+' .tmp/package.tap || echo 1)"
else
  cat .tmp/package.log; stage_failed package "vsce package failed"
fi

if [ "${CASEWISE_SKIP_EDITOR:-}" != 1 ]; then
  echo "== installing the editor harness (apt packages, code-server)"
  if bash test/editor/setup.sh; then
    # The same suite twice: on the source folder, then on the packaged VSIX installed as a user would.
    editor_suite() { # name, then extra runner arguments
      local name=$1; shift
      echo "== extension-host tests in code-server ($name)"
      node test/editor/run-code-server.mjs --tests "$PWD/out/test/editor/suite/index.js" \
        --workspace "$PWD/test/fixtures/workspace" --screenshot "$PWD/.tmp/$name/final.png" "$@" | tee ".tmp/$name.log"
      local status=${PIPESTATUS[0]} ep ef
      ep=$(grep -oP '^\s*\K\d+(?= passing)' ".tmp/$name.log" | tail -1); ef=$(grep -oP '^\s*\K\d+(?= failing)' ".tmp/$name.log" | tail -1)
      if [ -z "$ep" ] && [ "$status" != 0 ]; then stage_failed "$name" "the code-server run ended with status $status"; else count "$name" "${ep:-0}" "${ef:-0}"; fi
      if [ "$status" != 0 ] && [ "${ef:-0}" = 0 ] && [ -n "$ep" ]; then stage_failed "$name" "exit status $status"; fi
    }
    editor_suite editor --extension "$PWD"
    if [ -f .tmp/casewise.vsix ]; then
      editor_suite editor-vsix --extension "$PWD/test/editor/vsix-probe" --install "$PWD/.tmp/casewise.vsix"
    fi

    echo "== Neovim LSP client"
    bash test/editor/nvim/run.sh | tee .tmp/nvim.log
    np=$(grep -oP '^nvim: \K\d+(?= passed)' .tmp/nvim.log); nf=$(grep -oP '^nvim: \d+ passed, \K\d+(?= failed)' .tmp/nvim.log)
    if [ -z "$np" ]; then stage_failed nvim "no summary line"; else count nvim "$np" "$nf"; fi
  else
    stage_failed editor-setup "test/editor/setup.sh failed"
  fi
fi

[ ${#broken[@]} -gt 0 ] && echo "Stages that could not run or failed: ${broken[*]}"
echo "${passed} passed, ${failed} failed"
[ "$failed" = 0 ]
