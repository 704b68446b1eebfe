// A note with more findings than the 1,000 VS Code shows a file: the findings
// near the cursor are the ones shown (client/src/diagnosticWindow.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function until<T>(what: string, check: () => T | undefined, timeoutMs = 45_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

suite('A note with more findings than VS Code shows', () => {
  test('the findings near the cursor are shown, with a notice at the top, and they follow the cursor', async () => {
    // 1,500 paragraphs, each with one judgmental word: 1,500 findings.
    const content = Array.from({ length: 1500 }, (_, i) => `Visit ${i + 1}: the client was combative.`).join('\n\n') + '\n';
    const doc = await vscode.workspace.openTextDocument({ language: 'casenote', content });
    const editor = await vscode.window.showTextDocument(doc);
    const ours = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'casewise');
    const judged = () => ours().filter((d) => codeOf(d) === 'judgmental-language');
    try {
      const last = doc.lineCount - 2;
      editor.selection = new vscode.Selection(last, 0, last, 0);
      editor.revealRange(new vscode.Range(last, 0, last, 0));
      // Typing at the end of the note: the last visit's finding is shown.
      await editor.edit((b) => b.insert(new vscode.Position(last, 0), ' '));
      await until('the finding on the last line', () => (judged().some((d) => d.range.start.line === last) ? true : undefined));
      const shown = ours();
      assert.equal(shown.length, 1000);
      const notice = shown.find((d) => d.range.start.line === 0 && d.code === undefined);
      assert.ok(notice, 'no notice at the top');
      assert.match(notice.message, /^This note has 1,50\d findings, more than the 1,000 that VS Code shows at a time\./);
      assert.equal(doc.getText(judged()[0].range), 'combative');
      assert.ok(!judged().some((d) => d.range.start.line < 100), 'findings far from the cursor were shown instead of near ones');

      // Going back to the top brings the top's findings.
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      editor.revealRange(new vscode.Range(0, 0, 0, 0));
      await until('the finding on the first line', () => (judged().some((d) => d.range.start.line === 0) ? true : undefined));
      assert.ok(!judged().some((d) => d.range.start.line === last), 'the last line is still shown');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
