#!/usr/bin/env node
// Runs a VS Code extension-host test suite (a compiled mocha index.js that
// exports run(), as @vscode/test-electron expects) inside code-server 4.100.3
// (VS Code 1.100.3, real Node extension host), driven through headless Debian
// Chromium with playwright-core. Exits with the suite's exit code.
//
//   node test/editor/run-code-server.mjs --extension <abs dir> --tests <abs index.js>
//        --workspace <abs dir> [--screenshot <png>] [--timeout <s, default 300>]
//        [--install <file.vsix>]   install a packaged extension first, as a user would
//
// Exit codes: the suite's own code (0 = all passed); 2 = harness/setup error;
// 124 = hard timeout; 130/143 = interrupted.
//
// Named screenshots: a line `SCREENSHOT <name>` logged with console.log in the
// extension host saves <dir>/<name>.png, where <dir> is the folder of
// --screenshot, else $CASEWISE_TEST_SCREENSHOT_DIR. The extension host sees
// that folder as process.env.CASEWISE_TEST_SCREENSHOT_DIR; the file appears
// (atomically, via rename) once the screenshot is complete, so a test can
// poll for it before moving on.
//
// Set CASEWISE_EDITOR_KEEP_TMP=1 to keep the temp dir (logs, profiles).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, parseArgs } from 'node:util';
import { createRequire } from 'node:module';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CODE_SERVER_VERSION = '4.100.3';
const CODE_SERVER_DIR = path.join(HERE, 'node_modules', 'code-server');
const CHROMIUM = process.env.CASEWISE_CHROMIUM || '/usr/bin/chromium';
const HEALTH_TIMEOUT_S = 60;
const PREFIX = '[run-code-server]';

const EXIT_HARNESS = 2;
const EXIT_TIMEOUT = 124;

// ------------------------------------------------------------------ helpers
const T0 = Date.now();
const stamp = () => `+${((Date.now() - T0) / 1000).toFixed(1)}s`;
const info = (msg) => process.stderr.write(`${PREFIX} ${stamp()} ${msg}\n`);
const fail = (msg) => process.stderr.write(`${PREFIX} ERROR: ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class HarnessError extends Error {
  constructor(message, code = EXIT_HARNESS) {
    super(message);
    this.exitCode = code;
  }
}

function usage() {
  return [
    'usage: node test/editor/run-code-server.mjs --extension <abs dir> --tests <abs index.js>',
    '         --workspace <abs dir> [--screenshot <png path>] [--timeout <seconds, default 300>]',
    '         [--install <file.vsix>]',
  ].join('\n');
}

function tail(file, lines = 40) {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Kill a detached child's whole process group: SIGTERM, then SIGKILL.
async function killGroup(child, graceMs = 3000) {
  if (!child || child.pid === undefined) return;
  const alive = () => {
    try {
      process.kill(-child.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
  const until = Date.now() + graceMs;
  while (alive() && Date.now() < until) await sleep(100);
  if (alive()) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  }
}

function killGroupSync(child) {
  if (!child || child.pid === undefined) return;
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
}

// Turn one codeAutomationLog(type, args) call into text. VS Code's
// ConsoleLogInAutomationLogger hands over the arguments of the extension
// host's console.log call unformatted (e.g. mocha's ['  %d passing (%s)', 2,
// '1s']), so format them the way console.log does. Workbench log messages
// arrive through the same call as single strings.
function formatLogArgs(args) {
  const list = Array.isArray(args) ? args : [args];
  return list.length === 0 ? '' : format(...list);
}

// --------------------------------------------------------------------- args
let opts;
try {
  const { values } = parseArgs({
    options: {
      extension: { type: 'string' },
      tests: { type: 'string' },
      workspace: { type: 'string' },
      screenshot: { type: 'string' },
      install: { type: 'string' },
      timeout: { type: 'string', default: '300' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  opts = values;
} catch (err) {
  fail(`${err.message}\n${usage()}`);
  process.exit(EXIT_HARNESS);
}
if (opts.help) {
  console.log(usage());
  process.exit(0);
}
for (const k of ['extension', 'tests', 'workspace']) {
  if (!opts[k]) {
    fail(`--${k} is required\n${usage()}`);
    process.exit(EXIT_HARNESS);
  }
}
const extensionDir = path.resolve(opts.extension);
const testsPath = path.resolve(opts.tests);
const workspaceDir = path.resolve(opts.workspace);
const screenshotPath = opts.screenshot ? path.resolve(opts.screenshot) : undefined;
const vsixPath = opts.install ? path.resolve(opts.install) : undefined;
const timeoutS = Number(opts.timeout);
if (!Number.isFinite(timeoutS) || timeoutS <= 0) {
  fail(`--timeout must be a positive number of seconds, got ${JSON.stringify(opts.timeout)}`);
  process.exit(EXIT_HARNESS);
}
const shotDir = screenshotPath
  ? path.dirname(screenshotPath)
  : process.env.CASEWISE_TEST_SCREENSHOT_DIR
    ? path.resolve(process.env.CASEWISE_TEST_SCREENSHOT_DIR)
    : undefined;

// -------------------------------------------------------------------- state
const state = {
  tmp: undefined,
  codeServer: undefined,
  codeServerLog: undefined,
  chromium: undefined,
  chromiumLog: undefined,
  browser: undefined,
  page: undefined,
  cleaning: undefined,
};

// Last-resort synchronous cleanup if the process dies some other way.
process.on('exit', () => {
  killGroupSync(state.chromium);
  killGroupSync(state.codeServer);
});

async function cleanup() {
  if (state.cleaning) return state.cleaning;
  state.cleaning = (async () => {
    if (state.browser) {
      await Promise.race([state.browser.close().catch(() => {}), sleep(2000)]);
    }
    await Promise.all([killGroup(state.chromium, 2000), killGroup(state.codeServer, 3000)]);
    if (state.tmp) {
      if (process.env.CASEWISE_EDITOR_KEEP_TMP === '1') {
        info(`kept temp dir ${state.tmp}`);
      } else {
        fs.rmSync(state.tmp, { recursive: true, force: true, maxRetries: 3 });
      }
    }
  })();
  return state.cleaning;
}

async function finish(code) {
  await cleanup().catch((err) => fail(`cleanup: ${err?.message || err}`));
  process.exit(code);
}

for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(sig, () => {
    fail(`interrupted by ${sig}`);
    finish(code);
  });
}
process.on('unhandledRejection', (err) => {
  fail(`unhandled rejection: ${err?.stack || err}`);
  finish(EXIT_HARNESS);
});

async function screenshot(file, label) {
  if (!state.page) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const part = `${file}.part-${process.pid}.png`;
  try {
    await state.page.screenshot({ path: part, timeout: 15000 });
    fs.renameSync(part, file);
    info(`screenshot (${label}): ${file}`);
    return true;
  } catch (err) {
    fs.rmSync(part, { force: true });
    fail(`screenshot (${label}) failed: ${err?.message || err}`);
    return false;
  }
}

// --------------------------------------------------------------------- main
async function main() {
  // Preconditions, with messages that say what to do.
  if (!fs.existsSync(path.join(extensionDir, 'package.json'))) {
    throw new HarnessError(`--extension ${extensionDir} has no package.json`);
  }
  if (!fs.existsSync(testsPath)) throw new HarnessError(`--tests ${testsPath} does not exist`);
  if (!fs.statSync(workspaceDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new HarnessError(`--workspace ${workspaceDir} is not a directory`);
  }
  const csPkg = path.join(CODE_SERVER_DIR, 'package.json');
  const csVersion = fs.existsSync(csPkg) ? JSON.parse(fs.readFileSync(csPkg, 'utf8')).version : undefined;
  if (csVersion !== CODE_SERVER_VERSION) {
    throw new HarnessError(
      `code-server ${CODE_SERVER_VERSION} is not installed in ${path.join(HERE, 'node_modules')} ` +
        `(found ${csVersion ?? 'nothing'}); run: bash test/editor/setup.sh`,
    );
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new HarnessError(`${CHROMIUM} not found; run: bash test/editor/setup.sh (apt package chromium)`);
  }
  const require = createRequire(path.join(HERE, 'package.json'));
  let chromium;
  try {
    ({ chromium } = require('playwright-core'));
  } catch {
    throw new HarnessError('playwright-core is not installed in test/editor; run: bash test/editor/setup.sh');
  }

  // Fresh, throwaway directories for everything code-server and Chromium write.
  state.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casewise-code-server-'));
  const dirs = {};
  for (const d of ['user-data', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache', 'chromium-profile']) {
    dirs[d] = path.join(state.tmp, d);
    fs.mkdirSync(dirs[d], { recursive: true });
  }
  fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs['user-data'], 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'security.workspace.trust.enabled': false,
        'window.restoreWindows': 'none',
        'chat.disableAIFeatures': true,
        // the repo's .git above test fixtures would otherwise raise a toast in screenshots
        'git.openRepositoryInParentFolders': 'never',
      },
      null,
      2,
    ),
  );
  if (shotDir) fs.mkdirSync(shotDir, { recursive: true });

  // ---- --install: put a packaged extension in place the way a user would
  if (vsixPath) {
    if (!fs.existsSync(vsixPath)) throw new HarnessError(`--install ${vsixPath} does not exist; run: npm run package`);
    const r = spawnSync(
      process.execPath,
      [path.join(CODE_SERVER_DIR, 'out', 'node', 'entry.js'), '--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions, '--install-extension', vsixPath],
      { encoding: 'utf8', timeout: 120000, env: { ...process.env, XDG_CONFIG_HOME: dirs['xdg-config'], XDG_DATA_HOME: dirs['xdg-data'], XDG_CACHE_HOME: dirs['xdg-cache'] } },
    );
    if (r.status !== 0) throw new HarnessError(`code-server --install-extension ${vsixPath} failed:\n${r.stdout}${r.stderr}`);
    info(`installed ${path.basename(vsixPath)}: ${r.stdout.trim().split('\n').at(-1)}`);
  }

  // ---- code-server
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  state.codeServerLog = path.join(state.tmp, 'code-server.log');
  const csLogFd = fs.openSync(state.codeServerLog, 'a');
  const csEnv = {
    ...process.env,
    XDG_CONFIG_HOME: dirs['xdg-config'],
    XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CACHE_HOME: dirs['xdg-cache'],
  };
  // Never let a password or a parent VS Code's IPC hook leak in.
  delete csEnv.PASSWORD;
  delete csEnv.HASHED_PASSWORD;
  delete csEnv.VSCODE_IPC_HOOK_CLI;
  if (shotDir) csEnv.CASEWISE_TEST_SCREENSHOT_DIR = shotDir;
  // Tells the suite that Casewise should come from the installed VSIX, not the development folder.
  if (vsixPath) csEnv.CASEWISE_TEST_FROM_VSIX = '1';
  const csArgs = [
    path.join(CODE_SERVER_DIR, 'out', 'node', 'entry.js'),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', dirs['user-data'],
    '--extensions-dir', dirs.extensions,
    workspaceDir,
  ];
  info(`starting code-server ${CODE_SERVER_VERSION} on ${origin}`);
  const started = Date.now();
  state.codeServer = spawn(process.execPath, csArgs, {
    cwd: workspaceDir,
    env: csEnv,
    detached: true, // own process group, so killGroup() reaches the extension host too
    stdio: ['ignore', csLogFd, csLogFd],
  });
  fs.closeSync(csLogFd);
  let csExit;
  state.codeServer.on('exit', (code, signal) => {
    csExit = { code, signal };
  });
  state.codeServer.on('error', (err) => {
    csExit = { code: null, signal: null, error: err };
  });

  // ---- wait for /healthz
  const healthDeadline = Date.now() + HEALTH_TIMEOUT_S * 1000;
  for (;;) {
    if (csExit) {
      throw new HarnessError(
        `code-server exited before becoming healthy (code ${csExit.code}, signal ${csExit.signal}` +
          `${csExit.error ? `, ${csExit.error.message}` : ''}); last lines of its log:\n` +
          tail(state.codeServerLog),
      );
    }
    try {
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > healthDeadline) {
      throw new HarnessError(
        `code-server did not become healthy in ${HEALTH_TIMEOUT_S} s; last lines of its log:\n` +
          tail(state.codeServerLog),
      );
    }
    await sleep(250);
  }
  info(`code-server healthy after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // ---- Chromium (our own process group) + playwright over CDP
  state.chromiumLog = path.join(state.tmp, 'chromium.log');
  const chromiumArgs = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--no-default-browser-check',
    '--password-store=basic',
    '--use-mock-keychain',
    '--force-device-scale-factor=1',
    '--window-size=1440,900',
    `--user-data-dir=${dirs['chromium-profile']}`,
    '--remote-debugging-address=127.0.0.1',
    '--remote-debugging-port=0',
    'about:blank',
  ];
  state.chromium = spawn(CHROMIUM, chromiumArgs, {
    env: { ...process.env, XDG_CONFIG_HOME: dirs['xdg-config'], XDG_CACHE_HOME: dirs['xdg-cache'] },
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const chromiumLogStream = fs.createWriteStream(state.chromiumLog);
  const wsEndpoint = await new Promise((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(
      () => reject(new HarnessError(`Chromium did not open its DevTools port in 30 s:\n${buf.slice(-3000)}`)),
      30000,
    );
    state.chromium.stderr.on('data', (chunk) => {
      chromiumLogStream.write(chunk);
      buf += chunk.toString();
      const m = buf.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    state.chromium.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new HarnessError(`Chromium exited at start (code ${code}, signal ${signal}):\n${buf.slice(-3000)}`));
    });
    state.chromium.on('error', (err) => {
      clearTimeout(timer);
      reject(new HarnessError(`cannot start ${CHROMIUM}: ${err.message}`));
    });
  });
  info('Chromium DevTools endpoint up');
  state.browser = await chromium.connectOverCDP(wsEndpoint);
  info('connected to Chromium');
  const context = state.browser.contexts()[0] ?? (await state.browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1440, height: 900 });
  state.page = page;

  // ---- automation hooks, exposed before the workbench loads
  let resolveExit;
  const suiteExit = new Promise((r) => (resolveExit = r));
  const shotQueue = [];
  const screenshotName = /^\s*SCREENSHOT\s+([A-Za-z0-9][A-Za-z0-9._-]*)\s*$/;

  await page.exposeFunction('codeAutomationLog', (type, args) => {
    if (process.env.CASEWISE_EDITOR_RAW_LOG === "1") process.stderr.write(`[codeAutomationLog] ${type} ${JSON.stringify(args)}\n`);
    const line = formatLogArgs(args);
    process.stdout.write(`${line}\n`);
    const m = line.match(screenshotName);
    if (m) {
      if (!shotDir) {
        fail(`SCREENSHOT ${m[1]} requested but neither --screenshot nor CASEWISE_TEST_SCREENSHOT_DIR is set`);
      } else {
        const name = m[1].endsWith('.png') ? m[1] : `${m[1]}.png`;
        shotQueue.push(screenshot(path.join(shotDir, name), m[1]));
      }
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    resolveExit(typeof code === 'number' ? code : Number(code) || 0);
  });
  page.on('crash', () => resolveExit({ crashed: true }));
  page.on('pageerror', (err) => info(`page error: ${err?.message || err}`));

  // ---- load the workbench with the extension-development payload
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDir)],
    ['extensionTestsPath', remote(testsPath)],
  ];
  const url =
    `${origin}/?folder=${encodeURIComponent(workspaceDir)}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  info(`opening workbench: ${url}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });

  const result = await suiteExit;
  if (typeof result === 'object' && result?.crashed) {
    throw new HarnessError('the workbench page crashed before the suite finished');
  }
  const code = result;
  info(`suite finished with exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await Promise.allSettled(shotQueue);
  if (screenshotPath) {
    await sleep(1000); // let the UI settle
    await screenshot(screenshotPath, 'final');
  }
  return code;
}

const hardTimer = setTimeout(async () => {
  fail(`timed out after ${timeoutS} s (--timeout); the suite never called codeAutomationExit`);
  if (screenshotPath) {
    const p = screenshotPath.replace(/(\.png)?$/i, '.timeout.png');
    await Promise.race([screenshot(p, 'timeout'), sleep(5000)]);
  }
  if (state.codeServerLog) process.stderr.write(`--- code-server log (tail) ---\n${tail(state.codeServerLog)}\n`);
  finish(EXIT_TIMEOUT);
}, timeoutS * 1000);

main().then(
  (code) => {
    clearTimeout(hardTimer);
    if (state.cleaning) return undefined;
    return finish(code);
  },
  (err) => {
    clearTimeout(hardTimer);
    if (state.cleaning) return undefined; // already shutting down (timeout, signal); errors are fallout
    if (err instanceof HarnessError) fail(err.message);
    else fail(err?.stack || String(err));
    return finish(err?.exitCode ?? EXIT_HARNESS);
  },
);
