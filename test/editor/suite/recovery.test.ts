// Crash recovery in a real editor: the language server process is killed, the
// client starts it again, and the note is checked again. Runs last (files load
// in name order), because it kills the server the other suites use.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

const casewise = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'casewise');
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The Casewise server's process: a child of this extension host (where the
 * tests run) whose command line runs the extension's dist/server.js. Read from
 * /proc, so that it needs no extra request in the server and no pgrep.
 */
function serverPids(): number[] {
  const server = join(vscode.extensions.getExtension('casewise.casewise')!.extensionPath, 'dist', 'server.js');
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which is in brackets and may hold spaces: state, ppid, …
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(server)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
async function until<T>(what: string, check: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

const theServer = () => until('the Casewise server process', () => (serverPids().length === 1 ? serverPids()[0] : undefined));

/** How many times the note's diagnostics have been set (a new server publishes them once it has started). */
let published = 0;

suite('Crash recovery', () => {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const uri = vscode.Uri.joinPath(folder, 'visit.casenote');
  let doc: vscode.TextDocument;

  const counting = vscode.languages.onDidChangeDiagnostics((e) => {
    if (e.uris.some((u) => u.toString() === uri.toString())) published++;
  });

  suiteSetup(async () => {
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await until('the note to be checked', () => (casewise(uri).length >= 2 ? true : undefined));
  });

  suiteTeardown(async () => {
    counting.dispose();
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('a killed server is started again and checks the note again', async () => {
    const before = await theServer();
    const seen = published;
    process.kill(before, 'SIGKILL');
    const after = await until('a new server process', () => serverPids().find((p) => p !== before));
    assert.notEqual(after, before);
    await until('the new server to publish the note again', () => (published > seen && casewise(uri).length >= 2 ? true : undefined));
    await sleep(1000);
    // The notice of the restart, once.
    console.log('SCREENSHOT crash-restarted');
    await sleep(1000);

    // The new server checks what is typed now, not only what it was sent at start.
    const editor = await vscode.window.showTextDocument(doc);
    const line = doc.lineCount;
    await editor.edit((e) => e.insert(doc.lineAt(doc.lineCount - 1).range.end, '\nThe client was lazy.'));
    const found = await until('a finding on the new line', () => casewise(uri).find((d) => d.range.start.line === line && codeOf(d) === 'judgmental-language'));
    assert.equal(doc.getText(found.range), 'lazy');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await until('the finding to go with the revert', () => (casewise(uri).some((d) => d.range.start.line === line) ? undefined : true));
    assert.deepEqual(casewise(uri).map(codeOf).slice(0, 2), ['judgmental-language', 'credibility-doubt']);
  });

  test('a server that keeps dying is not restarted in a loop, and "Restart Server" brings it back', async function () {
    this.timeout(120_000);
    // The client restarts the server 4 times in 3 minutes, then stops and says so once.
    let gaveUp = false;
    for (let kill = 0; kill < 6 && !gaveUp; kill++) {
      const pid = await theServer();
      const seen = published;
      process.kill(pid, 'SIGKILL');
      // Either a new server starts and publishes the note again, or the client gives up and clears the note's findings.
      const next = await until('a restart or the client giving up', () => {
        if (casewise(uri).length === 0) return 'gave up';
        return serverPids().some((p) => p !== pid) && published > seen ? 'restarted' : undefined;
      });
      gaveUp = next === 'gave up';
    }
    assert.ok(gaveUp, 'the client kept restarting a server that dies every time');
    await sleep(3000);
    assert.deepEqual(serverPids(), [], 'no server was started after the client gave up');
    // One message, with Restart.
    console.log('SCREENSHOT crash-stopped');
    await sleep(1000);

    await vscode.commands.executeCommand('casewise.restartServer');
    await theServer();
    const ds = await until('findings after Restart Server', () => (casewise(uri).length >= 2 ? casewise(uri) : undefined));
    assert.deepEqual(ds.map(codeOf).slice(0, 2), ['judgmental-language', 'credibility-doubt']);
    await vscode.commands.executeCommand('notifications.clearAll');
    await sleep(1500);
    console.log('SCREENSHOT crash-back');
    await sleep(1000);
    assert.ok(casewise(uri).length >= 2, `findings went away again: ${casewise(uri).length}`);
  });
});
