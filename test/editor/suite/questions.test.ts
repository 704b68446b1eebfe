import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

function diagnosticsWhen(uri: vscode.Uri, ready: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'casewise');
  return new Promise((resolve, reject) => {
    if (ready(ours())) return resolve(ours());
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`diagnostics did not arrive; have ${JSON.stringify(ours().map(codeOf))}`));
    }, 45_000);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || !ready(ours())) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(ours());
    });
  });
}

suite('Interview questions in the editor', () => {
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'interview.casenote');

  test('the preferred rewrite of a why-question replaces only the question, not the label or the answer', async () => {
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    try {
      const ds = await diagnosticsWhen(uri, (ds) => ds.some((d) => codeOf(d) === 'why-question'));
      const why = ds.find((d) => codeOf(d) === 'why-question')!;
      assert.equal(doc.getText(why.range), "Why didn't you call us sooner?");
      const line = why.range.start.line;
      const before = doc.getText();
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, why.range, vscode.CodeActionKind.QuickFix.value);
      const preferred = actions.filter((a) => a.isPreferred);
      assert.equal(preferred.length, 1, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(preferred[0].title, 'Rewrite as "What made it hard to call us sooner?"');
      assert.ok(await vscode.workspace.applyEdit(preferred[0].edit!));
      assert.equal(doc.lineAt(line).text, 'Worker: What made it hard to call us sooner?');
      assert.equal(doc.getText(), before.replace("Worker: Why didn't you call us sooner?", 'Worker: What made it hard to call us sooner?'));
      await diagnosticsWhen(uri, (ds) => !ds.some((d) => codeOf(d) === 'why-question'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
