// Every regular expression Casewise runs is checked for catastrophic
// backtracking with recheck (https://makenowjust-labs.github.io/recheck/):
//   - the regex literals in server/src and client/src, found with the TypeScript parser;
//   - every regex built at run time (`new RegExp(…)`), caught as it is built while
//     the modules load and the rules run over sample notes, with every phrase table
//     and exception list compiled by the code's own functions, plus a team's phrases.
// A test also checks that each `new RegExp(` site in the source was caught, so a
// new one cannot slip past unchecked.
//
// recheck, not safe-regex2: safe-regex2 only counts nested quantifiers ("star
// height"). It passed /\s+$/ and /^\s*x?\s*\s*$/, which are quadratic, and it
// cannot read lookbehind or \p{…}, which most of Casewise's patterns use (it
// rejected a plain list of words). recheck models the regex as an automaton and
// fuzzes it, finds polynomial as well as exponential cases, and gives the attack
// string. It is larger (a Scala.js bundle plus an optional native binary), but
// it is a devDependency only and never ships in the VSIX.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';

const ROOT = join(__dirname, '../..');
const SOURCES = ['server/src', 'client/src'];

interface Site {
  /** "server/src/document/phrases.ts:96" */
  where: string;
  source: string;
  flags: string;
}

// Catch every RegExp built from here on, with the source line that built it.
const built: Site[] = [];
const NativeRegExp = RegExp;
/** The line of Casewise's source that built the regex; undefined when a library built it (chrono, ajv, …). */
const siteOf = (stack: string) => {
  // [0] "Error", [1] this trap, [2] whoever called `new RegExp`.
  const caller = stack.split('\n')[2]?.trim() ?? '';
  const m = /\((.*?):(\d+):\d+\)$|at (.*?):(\d+):\d+$/.exec(caller);
  const file = m?.[1] ?? m?.[3];
  return file && SOURCES.some((s) => file.startsWith(join(ROOT, s))) ? `${relative(ROOT, file)}:${m![2] ?? m![4]}` : undefined;
};
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct(target, args: [string | RegExp, string?], newTarget) {
    const re = Reflect.construct(target, args, newTarget) as RegExp;
    const where = siteOf(new Error().stack ?? '');
    if (where) built.push({ where, source: re.source, flags: re.flags });
    return re;
  },
  apply(target, that, args: [string | RegExp, string?]) {
    const re = Reflect.apply(target, that, args) as RegExp;
    const where = siteOf(new Error().stack ?? '');
    if (where) built.push({ where, source: re.source, flags: re.flags });
    return re;
  },
});

function* tsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* tsFiles(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

/** Regex literals, and the places that build a RegExp at run time, in the source. */
function scanSource(): { literals: Site[]; constructors: string[] } {
  const literals: Site[] = [];
  const constructors: string[] = [];
  for (const root of SOURCES) {
    for (const file of tsFiles(join(ROOT, root))) {
      const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const where = (n: ts.Node) => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
      const visit = (n: ts.Node): void => {
        if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = n.getText(sf);
          const slash = text.lastIndexOf('/');
          literals.push({ where: where(n), source: text.slice(1, slash), flags: text.slice(slash + 1) });
        } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
          constructors.push(where(n));
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
  }
  return { literals, constructors };
}

/**
 * Loads every server module (the entry points aside: they start a server or a
 * command) and runs what builds regexes: the rules over the sample notes with a
 * team's settings, redaction, and the compilation of every phrase table and
 * exception list, the way the code compiles them.
 */
async function buildRuntimeRegexes(): Promise<void> {
  for (const file of tsFiles(join(ROOT, 'server/src'))) {
    if (/server[\\/]src[\\/](server|cli)\.ts$/.test(file)) continue;
    await import(file);
  }
  const { analyze, parse } = await import('../../server/src/analyze');
  const { normalize } = await import('../../server/src/settings');
  const { redactNote, NAME_MODES } = await import('../../server/src/redact');
  const { coverRegex, matchPhrases } = await import('../../server/src/document/phrases');
  const { findImpossibleDates, readDateTime } = await import('../../server/src/document/dates');
  const team = normalize({
    allow: ['Deaf', 'denied the * request', 'Lazy Susan'],
    deny: [{ phrase: 'frequent flyer', alternatives: ['frequent visitor'] }],
    acronyms: { DCFS: 'Department of Children and Family Services' },
    'identifiers.patterns': [
      { name: 'agency case number', pattern: 'CW-\\d{6}' },
      { name: 'hospital record', pattern: 'MRN \\d{5}(?:-\\d{2})?' },
    ],
  }).settings;
  const notes: string[] = [];
  const collect = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) collect(path);
      else if (/\.(casenote|md)$/.test(name)) notes.push(readFileSync(path, 'utf8'));
    }
  };
  collect(join(ROOT, 'test/fixtures'));
  notes.push('---\nparticipants: Anna Rivera (caseworker); J. D. (client), Dr. Lee\nclient: J. D.\nworker: A. Rivera, MSW\n---\nAnna Rivera met J. D. on February 30, 2026. Dr. Lee called.');
  for (const text of notes) {
    for (const settings of [normalize().settings, team]) {
      analyze(parse(text, settings), settings, { now: new Date('2026-11-25T12:00:00Z') });
      for (const names of NAME_MODES) redactNote(text, settings, { names });
    }
    findImpossibleDates(text);
  }
  for (const date of ['2026-11-20', '2026-02-30', 'tomorrow', 'soon']) readDateTime(date, { start: 0, end: date.length });
  const dataDir = join(ROOT, 'server/src/rules/data');
  for (const name of readdirSync(dataDir)) {
    const table = JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as unknown;
    if (!Array.isArray(table) || typeof table[0]?.phrase !== 'string') continue;
    matchPhrases(table, '', []);
    for (const entry of table as { exceptions?: string[] }[]) if (entry.exceptions?.length) coverRegex(entry.exceptions);
  }
  coverRegex(team.allow);
}

/**
 * Polynomial cases, reviewed: each runs only on input whose length the code
 * bounds, or was measured linear, as the reason says. The big inputs in
 * hostile-large.test.ts run the code paths around them at 1 MB.
 */
const REVIEWED: Record<string, string> = {
  'server/src/cli/files.ts /\\/+$/': 'a path named on the command line',
  'server/src/document/blocks.ts /^[ \\t]*([^\\s:<>#*`][^:\\n]{0,40}?)[ \\t]*:(?=[ \\t]|$)/': 'anchored at the line start, and the lazy part is at most 40 characters: 40 passes over a line at most',
  'server/src/document/blocks.ts /^([ \\t]*)(?:(\\*\\*|__)([^\\s:<>#*`_|>-][^:\\n*_]{0,40}?)[ \\t]*(?:\\2[ \\t]*:|:[ \\t]*\\2)|([^\\s:<>#*`_|>-][^:\\n*_]{0,40}?)[ \\t]*:)(?=[ \\t]|$)/': 'anchored at the line start, the lazy part at most 40 characters; the blank runs are no longer side by side (hostile-large: a label line with 1 MB of spaces)',
  'server/src/document/blocks.ts /[ \\t]*\\([^()]*\\)$/': 'a speaker label, at most 41 characters (LABEL)',
  'server/src/document/inline.ts /(?<=^|[\\s([{—–:,;])[\'‘](?=\\S)[^\\n]{0,600}?\\S[\'’](?=$|[\\s.,;:!?)\\]}—–])/gu': 'the quoted span is capped at 600 characters, so at most 600 steps from each opening quote (hostile-large: 1 MB of unclosed quotes)',
  'server/src/document/phrases.ts /(?:^|[.!?]["”’)]?\\s+|\\n\\s*)$/': 'the 4 characters before a match',
  'server/src/identifiers/kinds.ts /[ \\t,]*(?:ext\\.?|extension|x)[ \\t]*\\d{1,6}$/i': 'a phone number the phone pattern found, at most about 30 characters',
  "server/src/identifiers/labelled.ts /(?<![\\p{L}\\p{N}])(\\p{L}[\\p{L}'’-]{1,24})(?:[ \\t]+(?:ID|[Nn]umber|[Ii]dentifier|nbr)(?![\\p{L}\\p{N}])|[ \\t]+(?:I\\.D\\.|No\\.|no\\.|num\\.)|[ \\t]?#)/gu": 'starts only at a word start, and the word is at most 25 characters (hostile-large: 1 MB of apostrophes in words)',
  'server/src/identifiers/patterns.ts /(?<![\\w.%+-])[\\w.%+-]{1,64}@[A-Za-z0-9.-]{1,253}/g': 'bounded at 64 + 253 characters from each start (hostile-large: 1 MB of e-mail-like text)',
  'server/src/identifiers/patterns.ts /(?<![\\w:])[0-9A-Fa-f:]{3,39}(?![\\w:])/g': 'bounded at 39 characters from each start',
  'server/src/identifiers/patterns.ts /[.-]+$/': 'a host name the URL pattern found, at most 250 characters',
  'server/src/identifiers/patterns.ts /\\.+$/': 'a URL or e-mail the patterns found, at most about 2,300 characters',
  'server/src/identifiers/patterns.ts /^(\\d)\\1+$/': "the digits of a number the patterns found, at most 19",
  'server/src/identifiers/patterns.ts /[.,;:!?\'"]+$/': 'a URL or e-mail the patterns found, at most about 2,300 characters',
  'server/src/interview/clauses.ts /["\'”’)\\]]+$/': 'one word of a tagged question, and questions are at most 2,000 characters (MAX_QUESTION_CHARS)',
  'server/src/interview/findings.ts /[\\s,;:.?!\\-–—]+$/': 'a clause of a question, at most 2,000 characters',
  'server/src/interview/findings.ts /[,?.!]+$/': 'a rewrite Casewise wrote from a question, at most 2,000 characters',
  'server/src/interview/questions.ts /[.!]\\W*$/': 'a sentence of an interviewer turn, at most 2,000 characters (checked just after the length)',
  'server/src/redact.ts /[^;\\n,-][^;\\n]*?\\([^()]*\\)/g': 'the participants value, in the front matter (at most 64 KB); fails fast in practice (hostile-large: redacting hostile notes)',
  'server/src/rules/leadingQuestion.ts /[?.!]+$/': 'a question sentence, at most 2,000 characters',
  'server/src/rules/placeholder.ts /(?<![\\w$\\\\])\\$\\d(?=[ \\t]*\\r?$)/gm': 'needs "$" and a digit before the blank run it reads; 1 MB of "$1" lines is in hostile-large',
  'server/src/rules/placeholder.ts /\\[(?:insert|enter|add|type|fill in|describe|specify|write)\\b[^\\]\\n]{0,200}\\](?!\\()|<(?:insert|enter|fill in)\\b[^>\\n]{0,200}>/gi': 'at most 200 characters from each "[insert" (hostile-large: 1 MB of unclosed prompts)',
  'server/src/rules/undefinedAcronym.ts /(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Lu}[\\p{Lu}\\p{N}&]{0,6})s?\\s*\\((?=[^)]{0,80}\\p{L}{2,}\\s+\\p{L})[^()]{3,80}\\)/gu': 'starts only at an acronym; the rest is at most 80 characters',
  'server/src/rules/undefinedAcronym.ts /(?<!\\p{L})\\p{L}{2,}\\s*\\(\\s*(\\p{Lu}\\p{Lu}[\\p{Lu}\\p{N}&]{0,6})s?\\s*\\)/gu': "starts only at a word's first letter (a fuzz verdict: recheck's attack string at 1.6 MB runs in 11 ms); hostile-large: 1 MB of letters",
  'server/src/rules/undefinedAcronym.ts /\\[redacted [^\\]\\n]{1,60}\\]/g': 'at most 60 characters from each "[redacted "',
  'server/src/formats.ts /\\s+(?:and|&|[-–—])\\s+|\\s*[/|(),:]\\s*/i': 'a heading of at most 200 characters (MAX_COMBINED_HEADING); longer ones are not split',
  'server/src/rules/phraseRule.ts /\\b(?:I|we|(?:this |the )?(?:worker|writer|undersigned|caseworker|counselor|clinician))\\s+(?:also\\s+|then\\s+)?$/i': 'the 300 characters before a match (REPORTED_REACH)',
};

/**
 * Reviewed polynomial cases among the regexes built at run time, by the
 * function that builds them and the start of their source (their middle is
 * a table's phrases).
 */
const REVIEWED_BUILT: { file: string; starts: string; reason: string }[] = [
  {
    file: 'server/src/document/phrases.ts',
    starts: '(?<![\\p{L}\\p{N}])(?=((?:',
    reason: 'an exception or allow list (coverRegex); it only ever runs on the 240 characters around a match (covered())',
  },
];

const keyOf = (s: Site) => `${s.where.replace(/:\d+$/, '')} /${s.source}/${s.flags}`;

/** What recheck said about one regex, as the verdict file keeps it. */
type Verdict = { status: 'safe' } | { status: 'vulnerable'; exponential: boolean; summary: string; attack: string } | { status: 'unknown'; error: string };

// recheck takes about a minute for every regex here (the phrase tables are big), so its verdicts are
// kept in regex-verdicts.json by the regex's exact text: only a new or changed regex is checked again,
// and the file is rewritten then (commit it). With a fixed seed, the same regex gets the same verdict.
const VERDICT_FILE = join(__dirname, 'regex-verdicts.json');
const RECHECK_VERSION: string = JSON.parse(readFileSync(join(ROOT, 'node_modules/recheck/package.json'), 'utf8')).version;
const saved: Record<string, Verdict> = (() => {
  if (!existsSync(VERDICT_FILE)) return {};
  const file = JSON.parse(readFileSync(VERDICT_FILE, 'utf8')) as { recheck: string; verdicts: Record<string, Verdict> };
  return file.recheck === RECHECK_VERSION ? file.verdicts : {};
})();
const used: Record<string, Verdict> = {};
const hashOf = (s: Site) => createHash('sha256').update(`${s.flags}/${s.source}`).digest('hex').slice(0, 24);

function toVerdict(d: Diagnostics): Verdict {
  if (d.status === 'safe') return { status: 'safe' };
  if (d.status === 'vulnerable') return { status: 'vulnerable', exponential: d.complexity.type === 'exponential', summary: d.complexity.summary, attack: d.attack.pattern.slice(0, 120) };
  return { status: 'unknown', error: d.error.kind };
}

async function verdicts(sites: Site[]): Promise<Map<string, { site: Site; result: Verdict }>> {
  const unique = new Map<string, Site>();
  for (const s of sites) if (!unique.has(keyOf(s))) unique.set(keyOf(s), s);
  const out = new Map<string, { site: Site; result: Verdict }>();
  const queue = [...unique.entries()];
  let checked = 0;
  // A few at a time: recheck runs each check in a worker or its native binary.
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [key, site] = next;
        const hash = hashOf(site);
        let result = saved[hash] ?? used[hash];
        if (!result) {
          result = toVerdict(await check(site.source, site.flags, { timeout: 20_000, randomSeed: 42 }));
          checked++;
        }
        used[hash] = result;
        out.set(key, { site, result });
      }
    }),
  );
  if (checked > 0) writeFileSync(VERDICT_FILE, JSON.stringify({ recheck: RECHECK_VERSION, verdicts: Object.fromEntries(Object.entries({ ...saved, ...used }).sort()) }, null, 1) + '\n');
  return out;
}

function judge(results: Map<string, { site: Site; result: Verdict }>): string[] {
  const problems: string[] = [];
  for (const [key, { site, result }] of results) {
    const bounded = REVIEWED[key] ?? REVIEWED_BUILT.find((b) => site.where.startsWith(`${b.file}:`) && site.source.startsWith(b.starts))?.reason;
    if (result.status === 'vulnerable') {
      if (result.exponential) problems.push(`${site.where}: /${site.source}/${site.flags} is exponential (attack: ${result.attack})`);
      else if (!bounded) problems.push(`${site.where}: /${site.source}/${site.flags} is ${result.summary} (attack: ${result.attack}); make it linear, or add it to REVIEWED with the bound on its input`);
    } else if (result.status === 'unknown') {
      if (!bounded) problems.push(`${site.where}: /${site.source}/${site.flags} could not be checked (${result.error})`);
    }
  }
  return problems;
}

const scanned = scanSource();

test('every RegExp the code builds at run time is caught by this test', async () => {
  await buildRuntimeRegexes();
  const seen = new Set(built.map((b) => b.where));
  assert.deepEqual(scanned.constructors.filter((where) => !seen.has(where)), [], 'RegExp built here was never reached: exercise it in buildRuntimeRegexes()');
});

test('no regex literal in server/src or client/src backtracks catastrophically', async () => {
  assert.ok(scanned.literals.length > 200, `only ${scanned.literals.length} literals found`);
  assert.deepEqual(judge(await verdicts(scanned.literals)), []);
});

test('no regex built at run time (phrase tables, exception lists, labels, names) backtracks catastrophically', async () => {
  assert.ok(built.length > 50, `only ${built.length} regexes caught`);
  assert.deepEqual(judge(await verdicts(built)), []);
});

test('every reviewed polynomial case is still in the code', () => {
  const keys = new Set([...scanned.literals, ...built].map(keyOf));
  assert.deepEqual(Object.keys(REVIEWED).filter((k) => !keys.has(k)), [], 'stale entries in REVIEWED');
});

test("a team's phrases are checked, then compile to safe regexes, whatever they hold", async () => {
  const { normalize } = await import('../../server/src/settings');
  const { matchPhrases, coverRegex } = await import('../../server/src/document/phrases');
  const phrase = fc.array(fc.constantFrom('a', 'aa', '*', ' ', '  ', '(', ')', '+', '?', '{9}', '[', ']', '\\', '|', '.', '-', "'", '’', '\uD800', '😀', 'é'), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
  const teams = fc.sample(fc.array(phrase, { minLength: 1, maxLength: 5 }), { numRuns: 12, seed: 8 });
  const from = built.length;
  let kept = 0;
  for (const list of teams) {
    // As the server reads them: the settings check first (normalize), then the code's own compilation.
    const { settings } = normalize({ allow: list, deny: list.map((p) => ({ phrase: p, alternatives: ['x'] })) });
    kept += settings.allow.length + settings.deny.length;
    matchPhrases(settings.deny.map((d) => ({ ...d, note: '', source: '' })), 'a aa', []);
    if (settings.allow.length) coverRegex(settings.allow);
  }
  assert.ok(kept > 10, `only ${kept} phrases passed the settings check`);
  const sites = built.slice(from);
  assert.ok(sites.length > 10);
  // The phrase pattern must be safe outright; an allow list's pattern only ever reads a window (REVIEWED_BUILT).
  const problems = judge(await verdicts(sites));
  assert.deepEqual(problems, []);
});

test("a team's identifier patterns are checked; those accepted run in bounded time on adversarial text", async () => {
  // Unlike a phrase, a team's pattern is a regular expression of its own (identifiers.patterns). checkPattern
  // refuses the shapes that blow up and bounds open-ended repeats, and each line is searched in windows, so
  // an accepted pattern is linear in the line's length with a bounded factor. recheck cannot confirm that
  // (it calls \d{1,33}-\d{1,33} cubic: bounded repeats look polynomial below their bound), so its attack
  // strings, and runs of single characters, are timed instead.
  const { checkPattern } = await import('../../server/src/identifiers/patternCheck');
  const { compileTeamPatterns, findTeamMatches } = await import('../../server/src/identifiers/teamPatterns');
  const atom = fc.constantFrom('\\d', '[A-Z]', '\\w', 'a', 'b', '-', ' ', '.', '[^-]', '\\p{L}', 'CW', '[0-9A-F]', '\\s', '\\b', '$');
  const quantifier = fc.constantFrom('', '', '', '+', '*', '?', '{3}', '{1,4}', '{2,}', '+?');
  const { alt } = fc.letrec<{ term: string; seq: string; alt: string }>((tie) => ({
    term: fc.oneof(
      { depthSize: 'small', maxDepth: 2 },
      fc.tuple(atom, quantifier).map(([a, q]) => (a === '\\b' || a === '$' ? a : a + q)),
      fc.tuple(tie('alt'), quantifier).map(([body, q]) => `(?:${body})${q}`),
    ),
    seq: fc.array(tie('term'), { minLength: 1, maxLength: 3 }).map((a) => a.join('')),
    alt: fc.array(tie('seq'), { minLength: 1, maxLength: 2 }).map((a) => a.join('|')),
  }));
  const patterns = [...fc.sample(alt.filter((p) => p.length <= 80), { numRuns: 150, seed: 8 }), '\\d+-\\d+', '[A-Z]+\\d+', '(?:\\d{1,3}-?){1,3}Z', '\\w{1,6}\\w{1,6}!', '\\d+\\d+x', '\\w*a*b'];
  const accepted = patterns.filter((p) => checkPattern('x', p).ok);
  assert.ok(accepted.length >= 30 && patterns.length - accepted.length >= 30, `${accepted.length} of ${patterns.length} accepted`);
  const SIZE = 50_000;
  const slow: string[] = [];
  for (const pattern of accepted) {
    const inputs = ['0', 'A', 'a', 'b', '-', ' ', 'é', 'CW', 'a0-', 'CW-0', 'Ab1 '].map((c) => c.repeat(SIZE / c.length) + '\u0000');
    const found = await check(pattern, 'gu', { timeout: 2_000, randomSeed: 42 });
    if (found.status === 'vulnerable') {
      const { pumps, suffix } = found.attack;
      let line = '';
      while (line.length < SIZE) line += pumps.map((p) => p.prefix + p.pump.repeat(Math.ceil(1_000 / Math.max(1, p.pump.length)))).join('');
      inputs.push(line + suffix);
    }
    const compiled = compileTeamPatterns([{ name: 'x', pattern }]);
    for (const input of inputs) {
      const started = performance.now();
      findTeamMatches(input, compiled);
      const ms = performance.now() - started;
      // The bound (MAX_STEPS) is at worst about 1.5 microseconds a character, 75 ms here; these take 25 ms at most.
      // A checker that let 50 times as many steps through (MAX_STEPS 20,000) has patterns that take 150 ms.
      if (ms > 120) slow.push(`/${pattern}/ took ${Math.round(ms)} ms on ${JSON.stringify(input.slice(0, 24))}… (${input.length} characters)`);
    }
  }
  assert.deepEqual(slow, []);
});

test('every pattern in the settings schema (checked on what users type) is safe', async () => {
  const { SETTING_SPECS } = await import('../../server/src/settings');
  const sites: Site[] = [];
  const walk = (node: unknown, where: string) => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${where}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        // ajv compiles a schema's "pattern" with the "u" flag.
        if (k === 'pattern' && typeof v === 'string') sites.push({ where: `server/src/settings.ts ${where}`, source: v, flags: 'u' });
        else walk(v, `${where}.${k}`);
      }
    }
  };
  for (const spec of SETTING_SPECS) walk(spec.schema, spec.key);
  assert.ok(sites.length >= 3, `found only ${sites.length} patterns`);
  // Found by this test: the "deny" phrase pattern ^[^*]*[\p{L}\p{N}][^*]*$ was quadratic (200 ms on a 20,000-letter phrase).
  assert.deepEqual(judge(await verdicts(sites)), []);
});
