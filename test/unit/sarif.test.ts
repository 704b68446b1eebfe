// `casewise lint --format sarif`, from the built CLI: valid SARIF 2.1.0 (checked
// against the vendored schema with Ajv), every rule described, and each
// finding with the same place, level and preferred fix as the JSON output.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import pkg from '../../package.json';
import { DOCS_BASE } from '../../server/src/cli/sarif';
import { RULES } from '../../server/src/rules';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const NOTES = ['test/fixtures/report', 'test/fixtures/workspace'];

function run(args: string[], { cwd = ROOT, input }: { cwd?: string; input?: string } = {}) {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run "npm run build" first.');
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// SARIF is read here as plain JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const SCHEMA_FILE = join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json');

/**
 * The SARIF 2.1.0 schema, read as draft-07: Ajv 8 has no draft-04 meta-schema,
 * and for this schema the only difference is the name of `id` (see
 * test/fixtures/sarif/README.md, and the check below).
 */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  assert.equal(schema.$schema, 'http://json-schema.org/draft-04/schema#');
  assert.doesNotMatch(readFileSync(SCHEMA_FILE, 'utf8'), /"exclusive(?:Minimum|Maximum)"\s*:\s*(?:true|false)/);
  const { id, $schema: _draft4, ...rest } = schema;
  // The schema's `language` pattern is valid only as a non-Unicode ECMAScript regex (as JSON Schema patterns are read).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/') && !/\s/.test(s));
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i);
  return ajv.compile({ ...rest, $id: id });
}

test('the output is valid SARIF 2.1.0', () => {
  const validate = sarifValidator();
  const { code, out } = run(['lint', '--format', 'sarif', ...NOTES]);
  assert.equal(code, 0);
  const log = JSON.parse(out);
  assert.equal(validate(log), true, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  assert.equal(log.version, '2.1.0');
  assert.ok(log.runs[0].results.length > 20);
  // The validator does reject what is not SARIF.
  assert.equal(validate({ ...log, version: '2.0.0' }), false);
  assert.equal(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], level: 'severe' }] }] }), false);
});

test('tool.driver.rules describes every rule, with its help page', () => {
  const driver = JSON.parse(run(['lint', '--format', 'sarif', 'test/fixtures/cli/visit.casenote']).out).runs[0].tool.driver;
  assert.equal(driver.name, 'Casewise');
  assert.equal(driver.version, pkg.version);
  assert.deepEqual(
    driver.rules.map((r: Json) => r.id),
    RULES.map((r) => r.id),
  );
  for (const [i, r] of driver.rules.entries() as IterableIterator<[number, Json]>) {
    const rule = RULES[i];
    assert.equal(r.shortDescription.text, rule.summary);
    assert.ok(r.fullDescription.text.length > 20 && r.help.text.length > 40 && r.help.markdown.includes(r.helpUri), r.id);
    assert.equal(r.helpUri, `${DOCS_BASE}${rule.id}.md`);
    assert.equal(r.properties.principle, rule.principle);
    assert.equal(r.defaultConfiguration.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[rule.defaultSeverity]);
  }
  // The help pages are the docs in this repository, published where package.json says the repository is.
  assert.equal(DOCS_BASE, `${pkg.repository.url.replace(/\.git$/, '')}/blob/main/docs/rules/`);
  for (const rule of RULES) assert.ok(existsSync(join(ROOT, 'docs/rules', `${rule.id}.md`)), rule.id);
});

test('results have the rule, level, message and region of the JSON output', () => {
  const json = JSON.parse(run(['lint', '--format', 'json', ...NOTES]).out) as Json[];
  const sarif = JSON.parse(run(['lint', '--format', 'sarif', ...NOTES]).out).runs[0];
  const fromJson = json.flatMap((f) =>
    f.diagnostics.map((d: Json) => `${f.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.rule} ${{ error: 'error', warning: 'warning', information: 'note', hint: 'note' }[d.severity as string]} ${d.message}`),
  );
  const fromSarif = sarif.results.map((r: Json) => {
    const { artifactLocation, region } = r.locations[0].physicalLocation;
    assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
    assert.equal(sarif.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    return `${decodeURIComponent(artifactLocation.uri)}:${region.startLine}:${region.startColumn}-${region.endLine}:${region.endColumn} ${r.ruleId} ${r.level} ${r.message.text}`;
  });
  assert.deepEqual(fromSarif, fromJson);
  assert.equal(sarif.columnKind, 'utf16CodeUnits');
  assert.equal(sarif.originalUriBaseIds['%SRCROOT%'].uri, `file://${ROOT}/`);
});

/** Applies one SARIF fix's replacements to a file's text. */
function applySarifFix(text: string, fix: Json): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((a, l) => a + l.length + 1, 0) + column - 1;
  const replacements = fix.artifactChanges[0].replacements.map((r: Json) => ({
    start: offset(r.deletedRegion.startLine, r.deletedRegion.startColumn),
    end: offset(r.deletedRegion.endLine, r.deletedRegion.endColumn),
    text: r.insertedContent.text,
  }));
  return replacements.sort((a: Json, b: Json) => b.start - a.start).reduce((t: string, r: Json) => t.slice(0, r.start) + r.text + t.slice(r.end), text);
}

test('a finding with a preferred fix carries it as a SARIF fix, and only then', () => {
  const file = 'test/fixtures/cli/visit.casenote';
  const text = readFileSync(join(ROOT, file), 'utf8');
  const results = JSON.parse(run(['lint', '--format', 'sarif', file]).out).runs[0].results;
  // For the phrase rules the preferred fix is the first alternative: the JSON's first fix.
  const json = JSON.parse(run(['lint', '--format', 'json', file]).out)[0].diagnostics;
  assert.deepEqual(
    results.map((r: Json) => `${r.ruleId}: ${r.fixes?.map((f: Json) => f.description.text).join(', ') ?? '(no fix)'}`),
    json.map((d: Json) => `${d.rule}: ${d.fixes[0].title}`),
  );
  assert.equal(results[1].fixes[0].description.text, 'Replace with "reports"');
  assert.equal(applySarifFix(text, results[1].fixes[0]), text.replace('Client claims he', 'Client reports he'));
  // An insertion (a missing field) is an empty deleted region.
  const missing = JSON.parse(run(['lint', '--format', 'sarif', '-'], { input: '---\ndate: 2026-11-20\n---\nA note.\n' }).out).runs[0].results;
  const field = missing.find((r: Json) => r.ruleId === 'missing-field');
  assert.equal(applySarifFix('---\ndate: 2026-11-20\n---\nA note.\n', field.fixes[0]), '---\ndate: 2026-11-20\ntime: \n---\nA note.\n');
  // Standard input has no file to name.
  assert.deepEqual(field.locations[0].physicalLocation.artifactLocation, { description: { text: 'standard input' } });
  // A finding whose fixes are all optional (no preferred one) has none.
  const noPreferred = JSON.parse(run(['lint', '--format', 'sarif', 'test/fixtures/report/rivera/school-visit.casenote']).out).runs[0].results;
  assert.ok(noPreferred.some((r: Json) => r.ruleId === 'late-entry' && r.fixes === undefined));
});

test('--max-warnings gates SARIF output as it gates text, and unreadable files are reported', () => {
  assert.equal(run(['lint', '--format', 'sarif', '--max-warnings', '0', 'test/fixtures/cli/visit.casenote']).code, 1);
  assert.equal(run(['lint', '--format', 'sarif', '--max-warnings', '2', 'test/fixtures/cli/visit.casenote']).code, 0);
  const dir = mkdtempSync(join(tmpdir(), 'casewise-sarif-'));
  writeFileSync(join(dir, 'binary.casenote'), Buffer.from([0x89, 0x50, 0, 1]));
  writeFileSync(join(dir, 'a note.casenote'), 'The client was combative.\n');
  const { code, out } = run(['lint', '--format', 'sarif', '.'], { cwd: dir });
  assert.equal(code, 1);
  const runOut = JSON.parse(out).runs[0];
  assert.equal(runOut.invocations[0].executionSuccessful, false);
  assert.deepEqual(
    runOut.invocations[0].toolExecutionNotifications.map((n: Json) => `${n.level} ${n.locations[0].physicalLocation.artifactLocation.uri} ${n.message.text}`),
    ['error binary.casenote binary.casenote looks like a binary file, not a text note; skipped'],
  );
  // A space in a file name is escaped in the URI.
  assert.deepEqual([...new Set(runOut.results.map((r: Json) => r.locations[0].physicalLocation.artifactLocation.uri))], ['a%20note.casenote']);
  assert.equal(sarifValidator()(JSON.parse(out)), true);
});
