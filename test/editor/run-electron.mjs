#!/usr/bin/env node
// Runs the same extension-host suite as run-code-server.mjs, but in desktop
// VS Code through @vscode/test-electron (a devDependency of the extension).
// For machines that can download VS Code from update.code.visualstudio.com, or
// that already have it (--vscode-executable / $VSCODE_EXECUTABLE).
//
//   node test/editor/run-electron.mjs [--extension <abs dir>] [--tests <abs index.js>]
//        [--workspace <abs dir>] [--vscode-version <x.y.z, default 1.100.3>]
//        [--vscode-executable <path>] [--timeout <seconds, default 600>]
//
// Defaults (so that `npm run test:electron` needs no arguments): the repo root,
// out/test/editor/suite/index.js and test/fixtures/workspace.
// On Linux without a display, run it under `xvfb-run -a`.
// Exit codes: the suite's own code (0 = all passed); 2 = harness/setup error
// (including "cannot download VS Code"); 124 = hard timeout.
//
// `SCREENSHOT <name>` lines from the suite are printed but not acted on here:
// there is no page to photograph. Suites must not depend on the file appearing.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const PREFIX = '[run-electron]';
const EXIT_HARNESS = 2;
const EXIT_TIMEOUT = 124;
const fail = (msg) => process.stderr.write(`${PREFIX} ERROR: ${msg}\n`);
const info = (msg) => process.stderr.write(`${PREFIX} ${msg}\n`);

function usage() {
  return [
    'usage: node test/editor/run-electron.mjs [--extension <abs dir>] [--tests <abs index.js>]',
    '         [--workspace <abs dir>] [--vscode-version <x.y.z>] [--vscode-executable <path>]',
    '         [--timeout <seconds, default 600>]',
  ].join('\n');
}

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      extension: { type: 'string', default: REPO },
      tests: { type: 'string', default: path.join(REPO, 'out', 'test', 'editor', 'suite', 'index.js') },
      workspace: { type: 'string', default: path.join(REPO, 'test', 'fixtures', 'workspace') },
      'vscode-version': { type: 'string', default: process.env.CASEWISE_VSCODE_VERSION || '1.100.3' },
      'vscode-executable': { type: 'string', default: process.env.VSCODE_EXECUTABLE || '' },
      timeout: { type: 'string', default: '600' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }));
} catch (err) {
  fail(`${err.message}\n${usage()}`);
  process.exit(EXIT_HARNESS);
}
if (opts.help) {
  console.log(usage());
  process.exit(0);
}

const extensionDir = path.resolve(opts.extension);
const testsPath = path.resolve(opts.tests);
const workspaceDir = path.resolve(opts.workspace);
const timeoutS = Number(opts.timeout);

function check() {
  if (!fs.existsSync(path.join(extensionDir, 'package.json'))) return `--extension ${extensionDir} has no package.json`;
  if (!fs.existsSync(testsPath)) return `--tests ${testsPath} does not exist (build first: node esbuild.mjs)`;
  if (!fs.statSync(workspaceDir, { throwIfNoEntry: false })?.isDirectory()) return `--workspace ${workspaceDir} is not a directory`;
  if (!Number.isFinite(timeoutS) || timeoutS <= 0) return `--timeout must be a positive number, got ${opts.timeout}`;
  if (opts['vscode-executable'] && !fs.existsSync(opts['vscode-executable'])) {
    return `--vscode-executable ${opts['vscode-executable']} does not exist`;
  }
  return undefined;
}
const problem = check();
if (problem) {
  fail(problem);
  process.exit(EXIT_HARNESS);
}

// @vscode/test-electron lives in the extension's own devDependencies.
let testElectron;
try {
  testElectron = createRequire(path.join(REPO, 'package.json'))('@vscode/test-electron');
} catch {
  fail(`@vscode/test-electron is not installed in ${path.join(REPO, 'node_modules')}; run npm ci in the repo root`);
  process.exit(EXIT_HARNESS);
}
const { downloadAndUnzipVSCode, runTests, TestRunFailedError } = testElectron;

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  info('warning: no DISPLAY; desktop VS Code needs one on Linux (run this under `xvfb-run -a`)');
}

const cachePath = path.join(HERE, '.cache', 'vscode-test');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'casewise-electron-'));

const timer = setTimeout(async () => {
  fail(`timed out after ${timeoutS} s (--timeout)`);
  // runTests listens for SIGINT: the first closes VS Code gracefully, the
  // second kills its whole process tree (killTree.sh).
  process.emit('SIGINT');
  await new Promise((r) => setTimeout(r, 3000));
  process.emit('SIGINT');
  await new Promise((r) => setTimeout(r, 1000));
  fs.rmSync(scratch, { recursive: true, force: true });
  process.exit(EXIT_TIMEOUT);
}, timeoutS * 1000);


async function main() {
  let vscodeExecutablePath = opts['vscode-executable'] || undefined;
  if (!vscodeExecutablePath) {
    const version = opts['vscode-version'];
    info(`getting VS Code ${version} (cache: ${cachePath})`);
    try {
      vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath, timeout: 15_000 });
    } catch (err) {
      fail(
        `could not download VS Code ${version} from update.code.visualstudio.com: ${err?.message || err}\n` +
          `${PREFIX} This machine seems to have no access to Microsoft's update server. Either pass ` +
          `--vscode-executable <path to an installed VS Code>, or run the same suite in code-server:\n` +
          `${PREFIX}   bash test/editor/setup.sh && node test/editor/run-code-server.mjs ` +
          `--extension ${extensionDir} --tests ${testsPath} --workspace ${workspaceDir}`,
      );
      return EXIT_HARNESS;
    }
  }
  info(`running the suite in ${vscodeExecutablePath}`);
  try {
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: extensionDir,
      extensionTestsPath: testsPath,
      launchArgs: [
        workspaceDir,
        '--disable-extensions', // other installed extensions; the one under test still loads
        '--disable-telemetry',
        '--disable-gpu',
        `--user-data-dir=${path.join(scratch, 'user-data')}`,
        `--extensions-dir=${path.join(scratch, 'extensions')}`,
      ],
      extensionTestsEnv: { CASEWISE_TEST_HOST: 'electron' },
    });
  } catch (err) {
    if (TestRunFailedError && err instanceof TestRunFailedError) {
      // The suite failed (or VS Code crashed): pass its exit code on.
      fail(err.message);
      return typeof err.code === 'number' && err.code !== 0 ? err.code : 1;
    }
    fail(`could not run VS Code: ${err?.stack || err}`);
    return EXIT_HARNESS;
  }
}

main().then((code) => {
  clearTimeout(timer);
  fs.rmSync(scratch, { recursive: true, force: true });
  process.exit(code);
});
