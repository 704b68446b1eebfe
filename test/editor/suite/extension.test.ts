import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import templates from '../../../templates/interviews.json';
import { expandSnippet } from '../../helpers/snippets';
import { findFormat, templateBody } from '../../../server/src/formats';

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

/** The webview tab titled `title`, once the workbench reports it; driven by onDidChangeTabs, never a fixed sleep. */
function summaryTab(title: string, timeoutMs = 10_000): Promise<vscode.Tab> {
  const find = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === title);
  return new Promise((resolve, reject) => {
    const finish = (tab: vscode.Tab) => {
      sub.dispose();
      clearTimeout(timer);
      resolve(tab);
    };
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      const tab = find();
      if (tab) finish(tab);
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no webview tab "${title}"; tabs: ${JSON.stringify(vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)))}`));
    }, timeoutMs);
    const tab = find();
    if (tab) finish(tab);
  });
}

suite('Interview summary', () => {
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'interview.casenote');
  const SUMMARY_TITLE = 'Interview Summary: interview.casenote';

  test('a code lens above each interview, and "Show Interview Summary" opens the summary beside the note', async () => {
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await diagnosticsWhen(uri, (ds) => ds.some((d) => codeOf(d) === 'multiple-questions'));

    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const ours = lenses.filter((l) => l.command?.command === 'casewise.showInterviewSummary');
    assert.deepEqual(
      ours.map((l) => `${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character} ${l.command!.title}`),
      ['18:0-18:20 Open questions 1/3 · interviewer 54% of words · 1 reflection', '32:0-32:19 Open questions 2/3 · interviewer 56% of words · no reflections'],
    );
    assert.deepEqual(ours[1].command!.arguments, [uri.toString(), 1]);

    // The command resolves to its panel, so that the test can look inside.
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('casewise.showInterviewSummary');
    assert.ok(panel, 'the command returned no panel');
    assert.equal(panel.title, SUMMARY_TITLE);
    // The workbench tells the extension host about the new tab a moment later.
    const tab = await summaryTab(SUMMARY_TITLE);
    assert.equal(tab.group.viewColumn, vscode.ViewColumn.Two, 'the summary opens beside the note');
    const html = panel.webview.html;
    assert.deepEqual([...html.matchAll(/<p class="headline">([^<]*)<\/p>/g)].map((m) => m[1]), ['Open questions 1/3', 'Open questions 2/3']);
    assert.deepEqual([...html.matchAll(/<span class="question">([^<]*)<\/span><span class="line">line (\d+)/g)].map((m) => `${m[2]} ${m[1]}`), [
      '26 Did you talk to his teacher?',
      '28 Why didn&#39;t you call us sooner?',
      '38 He yelled at you, didn&#39;t he?',
      '40 How are school and home?',
    ]);
    // The note keeps the focus, so typing goes on where it was.
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());

    // Not an assertion: posed for the README picture, the lenses in view on the left and the summary on the right,
    // then once more in a dark theme, to see that the page follows the theme.
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    editor.revealRange(new vscode.Range(17, 0, 17, 0), vscode.TextEditorRevealType.AtTop);
    editor.selection = new vscode.Selection(25, 8, 25, 8);
    await new Promise((r) => setTimeout(r, 2500));
    console.log('SCREENSHOT interview-summary');
    await new Promise((r) => setTimeout(r, 1500));
    const theme = vscode.workspace.getConfiguration('workbench');
    await theme.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
    try {
      await new Promise((r) => setTimeout(r, 2500));
      console.log('SCREENSHOT interview-summary-dark');
      await new Promise((r) => setTimeout(r, 1500));
    } finally {
      await theme.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

suite('Note formats, the record status and highlighting', () => {
  const folder = vscode.workspace.workspaceFolders![0].uri;

  suiteSetup(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('"New Case Note" with a format name opens a note with the date, the time and the worker filled in', async () => {
    const casewise = vscode.workspace.getConfiguration('casewise');
    await casewise.update('worker', 'A. Rivera, MSW', vscode.ConfigurationTarget.Global);
    try {
      const stamp = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}\ntime: ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
      const before = stamp(new Date());
      // The format name stands in for the quick pick, which a test cannot click; any case.
      const note = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('casewise.newCaseNote', 'soap');
      const after = stamp(new Date());
      assert.ok(note, 'the command returned no document');
      assert.equal(note.languageId, 'casenote');
      assert.equal(note.isUntitled, true);
      assert.equal(vscode.window.activeTextEditor?.document, note);
      const text = note.getText();
      const now = /^---\nformat: SOAP\ndate: (\d{4}-\d\d-\d\d\ntime: \d\d:\d\d)\n/.exec(text)?.[1];
      assert.ok(now === before || now === after, `date and time ${JSON.stringify(now)}, expected ${JSON.stringify(before)}`);
      assert.equal(
        text.replace(now, 'DATE\ntime: TIME'),
        [
          '---',
          'format: SOAP',
          'date: DATE',
          'time: TIME',
          'participants: ',
          'location: ',
          'worker: A. Rivera, MSW',
          '---',
          '# SOAP note',
          '',
          '## Subjective',
          'What the client and others said about the situation, in their own words.',
          '',
          '## Objective',
          'What you saw and heard: appearance, behavior, the setting, and facts you checked.',
          '',
          '## Assessment',
          'Your professional assessment, and the observations it rests on.',
          '',
          '## Plan',
          'What happens next, who does it, and by when.',
          '',
          '',
        ].join('\n'),
      );
      // The first tab stop, the empty participants field, is where typing starts.
      assert.deepEqual(vscode.window.activeTextEditor!.selection.active, new vscode.Position(4, 14));
      // The unfilled fields and the four prompts are what the record is missing.
      const ds = await diagnosticsWhen(note.uri, (ds) => ds.length >= 6);
      assert.deepEqual(ds.map(at), [
        '4:0-4:12 missing-field',
        '5:0-5:8 missing-field',
        '11:0-11:72 placeholder',
        '14:0-14:81 placeholder',
        '17:0-17:63 placeholder',
        '20:0-20:44 placeholder',
      ]);
    } finally {
      await casewise.update('worker', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('the record status lists what is missing, and choosing an entry goes to its line', async () => {
    // The new SOAP note from the test before is still the active editor.
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.isUntitled, true);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.ok((await vscode.commands.getCommands(true)).includes('casewise.showRecordGaps'));
    const selected = () => {
      const s = vscode.window.activeTextEditor!.selection;
      return [s.start.line, s.start.character, s.end.line, s.end.character];
    };
    // The list previews each place as it is highlighted; dismissing it goes back to where the cursor was.
    let shown = vscode.commands.executeCommand('casewise.showRecordGaps');
    await sleep(1500);
    console.log('SCREENSHOT record-status');
    await sleep(1500);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await shown;
    assert.deepEqual(selected(), [0, 0, 0, 0]);
    shown = vscode.commands.executeCommand('casewise.showRecordGaps');
    await sleep(1000);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await shown;
    // The second entry, the empty location field.
    assert.equal(vscode.window.activeTextEditor!.document, editor.document);
    assert.deepEqual(selected(), [5, 0, 5, 8]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('"New Case Note" offers the formats in the workspace\'s .casewise.json', async () => {
    const config = vscode.Uri.joinPath(folder, '.casewise.json');
    const team = { formats: [{ name: 'school-visit', title: 'School visit', fields: ['date', 'location', 'worker'], sections: [{ title: 'Purpose', prompt: 'Why you went.' }, 'Plan'] }], worker: 'J. Team' };
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(JSON.stringify(team)));
    try {
      const note = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('casewise.newCaseNote', 'School-Visit');
      assert.ok(note, 'the command returned no document');
      assert.match(
        note.getText(),
        /^---\nformat: school-visit\ndate: \d{4}-\d\d-\d\d\nlocation: \nworker: J\. Team\n---\n# School visit\n\n## Purpose\nWhy you went\.\n\n## Plan\nWhat happens next, who does it, and by when\.\n\n$/,
      );
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    }
  });

  test('the missing-section quick fix inserts the heading in the format\'s order', async () => {
    const note = await vscode.workspace.openTextDocument({
      language: 'casenote',
      content: [
        '---',
        'format: DAP',
        'date: 2026-11-20',
        'time: 14:00-14:50',
        'participants: J. D. (client); A. Rivera (caseworker)',
        'location: Family services office',
        'worker: A. Rivera, MSW',
        'recorded: 2026-11-20 16:10',
        '---',
        '# DAP note',
        '',
        '## Data',
        'The client said the rent was paid on 2026-11-18.',
        '',
        '## Plan',
        'The worker will call the landlord on 2026-11-24.',
        '',
      ].join('\n'),
    });
    await vscode.window.showTextDocument(note);
    try {
      const ds = await diagnosticsWhen(note.uri, (ds) => ds.some((d) => codeOf(d) === 'missing-section'));
      assert.deepEqual(ds.map(at), ['1:8-1:11 missing-section']);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', note.uri, ds[0].range, vscode.CodeActionKind.QuickFix.value);
      const add = actions.find((a) => a.title === 'Add the "Assessment" heading');
      assert.ok(add?.edit, `actions: ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(add.isPreferred, true);
      assert.ok(await vscode.workspace.applyEdit(add.edit));
      assert.equal(
        note.getText(),
        [
          '---',
          'format: DAP',
          'date: 2026-11-20',
          'time: 14:00-14:50',
          'participants: J. D. (client); A. Rivera (caseworker)',
          'location: Family services office',
          'worker: A. Rivera, MSW',
          'recorded: 2026-11-20 16:10',
          '---',
          '# DAP note',
          '',
          '## Data',
          'The client said the rent was paid on 2026-11-18.',
          '',
          '## Assessment',
          '',
          '## Plan',
          'The worker will call the landlord on 2026-11-24.',
          '',
        ].join('\n'),
      );
      // The section is there now; what it still lacks is content.
      const after = await diagnosticsWhen(note.uri, (ds) => !ds.some((d) => codeOf(d) === 'missing-section'));
      assert.deepEqual(after.map(at), ['14:0-14:13 empty-section']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('the format and section snippets are offered in case notes and Markdown', async () => {
    for (const language of ['casenote', 'markdown']) {
      const note = await vscode.workspace.openTextDocument({ language, content: 'soap\nhome-visit-pl' });
      const snippetsAt = async (line: number, character: number) => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', note.uri, new vscode.Position(line, character));
        return list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet);
      };
      const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
      const soap = (await snippetsAt(0, 4)).find((i) => labelOf(i) === 'soap');
      assert.ok(soap, `${language}: no "soap" snippet`);
      assert.equal((soap.insertText as vscode.SnippetString).value, templateBody(findFormat('SOAP')!), language);
      const plan = (await snippetsAt(1, 13)).find((i) => labelOf(i) === 'home-visit-plan');
      assert.equal((plan?.insertText as vscode.SnippetString | undefined)?.value, '## Plan\n${1:What happens next, who does it, and by when.}\n$0', language);
      // Asking for completions opened the untitled note in an editor; close it unsaved.
      await vscode.window.showTextDocument(note);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('a screenshot of a highlighted note: every grammar element, over VS Code\'s Markdown grammar', async () => {
    const uri = vscode.Uri.joinPath(folder, 'highlight.casenote');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'casenote');
    // Not an assertion (test/unit/grammar.test.ts checks the scopes): posed for docs/images/highlighting.png.
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('notifications.clearAll');
    editor.selection = new vscode.Selection(doc.lineCount - 1, 0, doc.lineCount - 1, 0);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await sleep(2500);
    console.log('SCREENSHOT highlighting');
    await sleep(1500);
    // The same note in the default dark theme, where the two speaker roles must still differ in colour.
    const workbench = vscode.workspace.getConfiguration('workbench');
    await workbench.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
    try {
      await sleep(2500);
      console.log('SCREENSHOT highlighting-dark');
      await sleep(1500);
    } finally {
      await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

suite('Export Redacted Copy', () => {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const uri = vscode.Uri.joinPath(folder, 'identifiers.casenote');
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const read = (path: string) => readFileSync(path, 'utf8');
  /** identifiers.casenote with every identifier redacted and the participants' names as initials. */
  const INITIALS = [
    '---',
    'format: home-visit',
    'date: 2026-11-20',
    'time: 14:00-14:50',
    "location: Client's apartment",
    'contact: home visit',
    'participants: J. D. (client); R. D. (mother); A. R. (caseworker)',
    'worker: A. R., MSW',
    'recorded: 2026-11-20 16:10',
    '---',
    '# Home visit',
    '',
    '## Purpose',
    'Scheduled visit to review the school plan, announced by phone on 2026-11-18.',
    '',
    '## Observations',
    'R. D. gave her cell, [redacted phone], and her email, [redacted email].',
    'Her Medicaid ID is [redacted Medicaid ID]. J. D. showed the worker his school schedule.',
    '',
    '## Discussion',
    'Ms. D. said the bus pass ran out on 2026-11-13.',
    '',
    '## Plan',
    'A. R. will call Ms. D. at [redacted phone] on 2026-11-24.',
    '',
  ].join('\n');
  let original: string;
  let out: string;

  suiteSetup(() => {
    original = read(uri.fsPath);
    out = mkdtempSync(join(tmpdir(), 'casewise-redacted-'));
  });

  test('a redacted copy of the note is previewed as a diff, written where asked, and the original is untouched', async () => {
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await diagnosticsWhen(uri, (ds) => ds.filter((d) => codeOf(d) === 'identifier').length === 4);
    const target = join(out, 'identifiers.redacted.casenote');
    // The options stand in for the names quick pick, the save dialog and the overwrite question.
    const result = await vscode.commands.executeCommand<{ written: string[]; identifiers: number; names: number }>('casewise.exportRedactedCopy', uri, {
      names: 'initials',
      target: vscode.Uri.file(target),
      overwrite: false,
    });
    assert.deepEqual(result, { written: [target], identifiers: 4, names: 7 });
    assert.equal(read(target), INITIALS);
    assert.equal(read(uri.fsPath), original);
    assert.equal(doc.getText(), original);
    assert.equal(doc.isDirty, false);

    // The preview: the note beside a read-only in-memory copy, never a file.
    const diff = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    assert.ok(diff instanceof vscode.TabInputTextDiff, `active tab: ${vscode.window.tabGroups.activeTabGroup.activeTab?.label}`);
    assert.equal(diff.original.toString(), uri.toString());
    assert.equal(diff.modified.scheme, 'casewise-redacted');
    assert.equal((await vscode.workspace.openTextDocument(diff.modified)).getText(), INITIALS);
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.label, 'identifiers.casenote ↔ Redacted copy (4 identifiers redacted, 7 names replaced)');

    // Posed for docs/images/redacted-diff.png, as the user sees it before choosing where to save.
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
    await pause(2000);
    console.log('SCREENSHOT redacted-diff');
    await pause(1500);
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
  });

  test('an existing copy is kept unless replacing it is allowed, and the note itself is never a target', async () => {
    const target = join(out, 'existing.casenote');
    writeFileSync(target, 'an earlier copy\n');
    const kept = await vscode.commands.executeCommand<{ written: string[]; refused?: string }>('casewise.exportRedactedCopy', uri, { names: 'keep', target, overwrite: false });
    assert.deepEqual(kept?.written, []);
    assert.equal(kept?.refused, 'Nothing was written: existing.casenote already exists.');
    assert.equal(read(target), 'an earlier copy\n');

    const replaced = await vscode.commands.executeCommand<{ written: string[] }>('casewise.exportRedactedCopy', uri, { names: 'keep', target, overwrite: true });
    assert.deepEqual(replaced?.written, [target]);
    assert.equal(read(target), original.replace('(503) 555-0142', '[redacted phone]').replace('rosa.diaz@example.org', '[redacted email]').replace('98765432A', '[redacted Medicaid ID]').replace('503-555-0142', '[redacted phone]'));

    const onItself = await vscode.commands.executeCommand<{ written: string[]; refused?: string }>('casewise.exportRedactedCopy', uri, { names: 'keep', target: uri, overwrite: true });
    assert.deepEqual(onItself?.written, []);
    assert.match(onItself?.refused ?? '', /would be written over the note itself/);
    assert.equal(read(uri.fsPath), original);
  });

  test('without options it asks about names, previews, then offers <name>.redacted.casenote beside the note', async () => {
    const copy = vscode.Uri.joinPath(folder, 'identifiers.redacted.casenote');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const running = vscode.commands.executeCommand<{ written: string[] } | undefined>('casewise.exportRedactedCopy');
    try {
      // The names quick pick: keep, initials, roles.
      await pause(1000);
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      // The diff opens, then the save dialog (code-server's own, a quick input holding the proposed path).
      await pause(2000);
      console.log('SCREENSHOT redacted-save');
      await pause(1500);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      assert.deepEqual((await running)?.written, [copy.fsPath]);
      assert.equal(read(copy.fsPath), INITIALS);
      assert.equal(read(uri.fsPath), original);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await vscode.workspace.fs.delete(copy).then(undefined, () => undefined);
    }
  });

  test('a folder exports every note Casewise checks, and refuses a target where a copy would overwrite a note', async () => {
    const source = mkdtempSync(join(tmpdir(), 'casewise-notes-'));
    mkdirSync(join(source, '2026'));
    writeFileSync(join(source, 'visit.casenote'), original);
    writeFileSync(join(source, '2026', 'call.md'), '---\nformat: contact\n---\nClient called from 503-555-0199.\n');
    writeFileSync(join(source, 'README.md'), 'Not a note: call 503-555-0100.\n');
    const target = join(out, 'folder');
    const result = await vscode.commands.executeCommand<{ written: string[]; identifiers: number }>('casewise.exportRedactedCopy', vscode.Uri.file(source), { names: 'initials', target, overwrite: false });
    assert.deepEqual(result?.written, [join(target, '2026', 'call.md'), join(target, 'visit.casenote')]);
    assert.equal(result?.identifiers, 5);
    assert.equal(read(join(target, 'visit.casenote')), INITIALS);
    assert.equal(read(join(target, '2026', 'call.md')), '---\nformat: contact\n---\nClient called from [redacted phone].\n');
    assert.equal(read(join(source, 'visit.casenote')), original);

    const again = await vscode.commands.executeCommand<{ written: string[]; refused?: string }>('casewise.exportRedactedCopy', vscode.Uri.file(source), { names: 'keep', target, overwrite: false });
    assert.equal(again?.refused, 'Nothing was written: 2 copies already exist in ' + target + '.');
    const onNotes = await vscode.commands.executeCommand<{ written: string[]; refused?: string }>('casewise.exportRedactedCopy', vscode.Uri.file(source), { names: 'keep', target: source, overwrite: true });
    assert.deepEqual(onNotes?.written, []);
    assert.match(onNotes?.refused ?? '', /would be written over a note being redacted/);
    assert.equal(read(join(source, 'visit.casenote')), original);
  });
});
