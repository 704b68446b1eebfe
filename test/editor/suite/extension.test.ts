import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import templates from '../../../templates/interviews.json';
import { expandSnippet } from '../../helpers/snippets';

const casewise = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'casewise');

/** Resolves when the note's Casewise diagnostics satisfy `ready`; driven by onDidChangeDiagnostics, never a fixed sleep. */
function diagnosticsWhen(uri: vscode.Uri, ready: (ds: vscode.Diagnostic[]) => boolean, timeoutMs = 45_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const finish = (ds: vscode.Diagnostic[]) => {
      sub.dispose();
      clearTimeout(timer);
      resolve(ds);
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && ready(casewise(uri))) finish(casewise(uri));
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`Casewise diagnostics did not arrive; have ${JSON.stringify(casewise(uri).map((d) => d.code))}`));
    }, timeoutMs);
    if (ready(casewise(uri))) finish(casewise(uri));
  });
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const at = (d: vscode.Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${codeOf(d)}`;

suite('Casewise in the editor', () => {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const uri = vscode.Uri.joinPath(folder, 'visit.casenote');
  let doc: vscode.TextDocument;
  const original = () => doc.getText();

  suiteSetup(async () => {
    const casewise = vscode.extensions.getExtension('casewise.casewise');
    assert.ok(casewise, 'Casewise is not loaded');
    if (process.env.CASEWISE_TEST_FROM_VSIX === '1') {
      // The packaged extension, installed as a user would install it, not the source folder.
      assert.doesNotMatch(casewise.extensionPath, /test[\\/]editor[\\/]vsix-probe/);
      assert.match(casewise.extensionPath, /extensions[\\/]casewise\.casewise-/);
    }
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('a .casenote file opens as a case note and is checked', async () => {
    assert.equal(doc.languageId, 'casenote');
    const ds = await diagnosticsWhen(uri, (ds) => ds.length >= 2);
    assert.deepEqual(ds.map(at), ['15:15-15:24 judgmental-language', '16:7-16:13 credibility-doubt']);
    const combative = ds[0];
    assert.equal(combative.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(typeof combative.code === 'object' && combative.code.target.path.endsWith('/docs/rules/judgmental-language.md'), true);
  });

  test('hover explains the flagged word', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(15, 18));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /judgmental-language/);
    assert.match(text, /Be objective/);
  });

  test('the preferred quick fix rewrites only the flagged word', async () => {
    const ds = await diagnosticsWhen(uri, (ds) => ds.some((x) => codeOf(x) === 'judgmental-language'));
    const d = ds.find((x) => codeOf(x) === 'judgmental-language')!;
    const before = original();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    // vscode.executeCodeActionProvider does not carry CodeAction.diagnostics back; the range selects the diagnostic.
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, `actions: ${JSON.stringify(actions.map((a) => [a.title, a.isPreferred]))}`);
    const replacement = /^Replace with "(.*)"$/.exec(preferred[0].title)![1];
    assert.ok(await vscode.workspace.applyEdit(preferred[0].edit!));
    assert.equal(doc.getText(), before.replace('The client was combative when', `The client was ${replacement} when`));
    const after = await diagnosticsWhen(uri, (ds) => !ds.some((x) => codeOf(x) === 'judgmental-language'));
    assert.deepEqual(after.map(codeOf), ['credibility-doubt']);
  });

  test('"Ignore this occurrence" inserts a disable comment above the line', async () => {
    const ds = await diagnosticsWhen(uri, (ds) => ds.some((x) => codeOf(x) === 'credibility-doubt'));
    const d = ds.find((x) => codeOf(x) === 'credibility-doubt')!;
    const before = original();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const ignore = actions.find((a) => a.title === 'Ignore this occurrence')!;
    assert.ok(await vscode.workspace.applyEdit(ignore.edit!));
    assert.equal(doc.getText(), before.replace('Client claims he paid', '<!-- casewise-disable-next-line credibility-doubt -->\nClient claims he paid'));
    await diagnosticsWhen(uri, (ds) => ds.length === 0);
  });

  test('"Allow in this workspace" writes a valid .casewise.json and the word is no longer flagged', async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    const config = vscode.Uri.joinPath(folder, '.casewise.json');
    const ds = await diagnosticsWhen(uri, (ds) => ds.some((x) => codeOf(x) === 'credibility-doubt'));
    const d = ds.find((x) => codeOf(x) === 'credibility-doubt')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const allow = actions.find((a) => a.title === 'Allow "claims" in this workspace');
    assert.ok(allow?.command, `actions: ${JSON.stringify(actions.map((a) => a.title))}`);
    try {
      await vscode.commands.executeCommand(allow.command.command, ...(allow.command.arguments ?? []));
      const after = await diagnosticsWhen(uri, (ds) => !ds.some((x) => codeOf(x) === 'credibility-doubt'));
      assert.deepEqual(after.map(codeOf), ['judgmental-language']);
      const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(config)));
      assert.deepEqual(written, { allow: ['claims'] });
    } finally {
      await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    }
    await diagnosticsWhen(uri, (ds) => ds.some((x) => codeOf(x) === 'credibility-doubt'));
  });

  test('a screenshot of the Problems panel and the quick-fix menu', async function () {
    // Not an assertion: restore the note and pose the workbench for the README picture.
    await vscode.commands.executeCommand('workbench.action.files.revert');
    const ds = await diagnosticsWhen(uri, (ds) => ds.length >= 2);
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(ds[0].range.start.translate(0, 2), ds[0].range.start.translate(0, 2));
    await vscode.commands.executeCommand('editor.action.quickFix');
    await new Promise((r) => setTimeout(r, 1500));
    console.log('SCREENSHOT quick-fix');
    await new Promise((r) => setTimeout(r, 1500));
    await vscode.commands.executeCommand('hideCodeActionWidget');
    await vscode.commands.executeCommand('editor.action.showHover');
    await new Promise((r) => setTimeout(r, 1500));
    console.log('SCREENSHOT hover');
    await new Promise((r) => setTimeout(r, 1500));
  });

  test('"Insert Interview Template" writes the chosen template into a new case note, and its interviewing passes', async () => {
    const note = await vscode.workspace.openTextDocument({ language: 'casenote' });
    await vscode.window.showTextDocument(note);
    try {
      // The template id stands in for the quick pick, which a test cannot click.
      assert.equal(await vscode.commands.executeCommand('casewise.insertInterviewTemplate', 'intake'), true);
      const intake = templates.find((t) => t.id === 'intake')!;
      assert.equal(note.getText(), expandSnippet(intake.body.join('\n')));
      assert.match(note.getText(), /^---\nformat: interview\ndate: \ntime: \nlocation: \ncontact: office\n/);
      // The empty fields are reported, which shows the note was checked; nothing about the interviewing is.
      const ds = await diagnosticsWhen(note.uri, (ds) => ds.some((d) => codeOf(d) === 'missing-field'));
      const interviewing = ['closed-question', 'leading-question', 'why-question', 'multiple-questions', 'interview-opening', 'interviewer-talk'];
      assert.deepEqual(ds.filter((d) => interviewing.includes(codeOf(d))).map(at), []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
