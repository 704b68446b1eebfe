import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const TITLE = 'Caseload Report';

/** The webview tab titled `title`, once the workbench reports it; driven by onDidChangeTabs, never a fixed sleep. */
function webviewTab(title: string, timeoutMs = 10_000): Promise<vscode.Tab> {
  const find = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === title);
  return new Promise((resolve, reject) => {
    const tab = find();
    if (tab) return resolve(tab);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no webview tab "${title}"; tabs: ${JSON.stringify(vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)))}`));
    }, timeoutMs);
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      const found = find();
      if (!found) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(found);
    });
  });
}

suite('Caseload report', () => {
  test('"Caseload Report" reads the workspace\'s notes through the server and opens the report in a webview', async () => {
    await vscode.extensions.getExtension('casewise.casewise')!.activate();
    const notes = await vscode.workspace.findFiles('**/*.casenote');
    // The command resolves to its panel, so that the test can look inside.
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('casewise.showCaseloadReport');
    assert.ok(panel, 'the command returned no panel');
    assert.equal(panel.title, TITLE);
    await webviewTab(TITLE);
    const html = panel.webview.html;

    // Every note in the workspace, and findings that add up.
    assert.match(html, new RegExp(`<body class="mode-webview" data-notes="${notes.length}" data-findings="(\\d+)"`));
    const findings = Number(/data-findings="(\d+)"/.exec(html)![1]);
    const bars = [...html.matchAll(/<g class="row [^"]*" data-rule="([^"]+)" data-count="(\d+)">/g)];
    assert.equal(bars.reduce((a, m) => a + Number(m[2]), 0), findings);
    assert.ok(bars.some((m) => m[1] === 'identifier'), 'identifiers.casenote has identifiers');
    assert.ok(bars.some((m) => m[1] === 'judgmental-language'), 'visit.casenote has "combative"');

    // Grouped by worker, with links that the page posts back to open a note.
    assert.match(html, /<tr data-worker="A. Rivera, MSW" data-notes="\d+"/);
    const targets = [...html.matchAll(/<a class="note" href="#" data-target="([^"]+)" data-line="\d+">/g)].map((m) => m[1]);
    assert.ok(targets.length > 0);
    for (const t of targets) assert.ok(notes.some((n) => n.toString() === vscode.Uri.parse(t).toString()), t);

    // A strict CSP with this page's nonce, and nothing from the notes that identifies anyone.
    const nonce = /script-src 'nonce-([^']+)'/.exec(html)![1];
    assert.match(html, new RegExp(`<script nonce="${nonce.replace(/[+/]/g, '\\$&')}">`));
    assert.match(html, /default-src 'none'/);
    for (const secret of ['555-0142', 'rosa.diaz@example.org', '98765432A', 'Rosa Diaz', 'combative']) assert.ok(!html.includes(secret), `"${secret}" is in the report`);

    // Running it again reuses the panel.
    assert.equal(await vscode.commands.executeCommand<vscode.WebviewPanel>('casewise.showCaseloadReport'), panel);

    // Not an assertion: the report in the editor, for a look.
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('notifications.clearAll');
    await new Promise((r) => setTimeout(r, 2500));
    console.log('SCREENSHOT caseload-report');
    await new Promise((r) => setTimeout(r, 1500));
    panel.dispose();
  });
});
