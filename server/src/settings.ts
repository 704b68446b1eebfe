// The one definition of every Casewise setting: its type, default, the text
// VS Code shows, and its JSON Schema. The same schema checks VS Code settings
// and the team's .casewise.json (with ajv), and is written to package.json and
// schemas/casewise.schema.json (tests check both match).
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { mergeFormatSpecs } from './formats';
import { IDENTIFIER_KINDS } from './identifiers/kinds';
import { checkPattern, MAX_PATTERN_LENGTH } from './identifiers/patternCheck';
import { RULES } from './rules';

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];

/** A team's own phrase to flag, with what to write instead. */
export interface DenyEntry {
  phrase: string;
  alternatives: string[];
  note?: string;
  /** The rule that reports it; default judgmental-language. */
  rule?: string;
}

/** A section of a note format, as written in formats.json or .casewise.json. */
export interface FormatSectionSpec {
  title: string;
  synonyms?: string[];
  prompt?: string;
}

/** A note format as a team writes it; a built-in name changes only the properties given. */
export interface FormatSpec {
  name: string;
  title?: string;
  description?: string;
  fields?: string[];
  /** In order; a plain title keeps the synonyms of the built-in section with that title. */
  sections?: (string | FormatSectionSpec)[];
}

/** A team's own kind of identifier: its name, and a regular expression for its shape. */
export interface TeamPattern {
  name: string;
  pattern: string;
}

/** Settings as the engine sees them, after defaults and validation. */
export interface Settings {
  languages: string[];
  lintAllMarkdown: boolean;
  rules: Record<string, Severity>;
  allow: string[];
  deny: DenyEntry[];
  interviewerLabels: string[];
  intervieweeLabels: string[];
  maxSentenceWords: number;
  acronyms: Record<string, string>;
  'interview.maxInterviewerShare': number;
  formats: FormatSpec[];
  'timeliness.hours': number;
  worker: string;
  'identifiers.kinds': string[];
  'identifiers.allow': string[];
  'identifiers.patterns': TeamPattern[];
}

interface SettingSpec<K extends keyof Settings> {
  key: K;
  description: string;
  default: Settings[K];
  schema: Record<string, unknown>;
  /** How a wrong value is described: "should be …". */
  expected: string;
  /**
   * A check the schema cannot make, on each entry of a list that passed it:
   * a problem (with its path inside the entry) leaves that entry out.
   */
  checkEntry?: (entry: never) => SettingsProblem | undefined;
}

function spec<K extends keyof Settings>(s: SettingSpec<K>): SettingSpec<K> {
  return s;
}

const strings = { type: 'array', items: { type: 'string', minLength: 1 } };

// A user's phrase becomes part of a regex (document/phrases.ts), always as
// escaped literal text with "*" as a bounded word: it can never be a pattern of
// its own. What is checked here is that it is a phrase at all: a word in it,
// and not a paragraph. "*" alone, or only punctuation, would allow or flag everything.
const PHRASE_MAX = 200;
const allowPhrase = {
  type: 'string',
  minLength: 1,
  maxLength: PHRASE_MAX,
  pattern: '[\\p{L}\\p{N}]',
  patternErrorMessage: 'A phrase to allow needs at least one letter or digit: "*" alone would allow every word.',
};
const denyPhrase = {
  type: 'string',
  minLength: 1,
  maxLength: PHRASE_MAX,
  pattern: '^[^*\\p{L}\\p{N}]*[\\p{L}\\p{N}][^*]*$',
  patternErrorMessage: 'A phrase to flag needs at least one letter or digit, and no "*" ("*" stands for any word only in "allow").',
};

/** Every setting, in the order VS Code shows them. */
export const SETTING_SPECS = [
  spec({
    key: 'languages',
    description:
      'Language IDs that Casewise checks. Markdown files are checked only when they have Casewise front matter (a `casewise:` key or a `format:` naming a known note format), unless `casewise.lintAllMarkdown` is on.',
    default: ['casenote', 'markdown'],
    schema: strings,
    expected: 'a list of language IDs, such as "casenote"',
  }),
  spec({
    key: 'lintAllMarkdown',
    description: 'Check every Markdown file, not only those with Casewise front matter.',
    default: false,
    schema: { type: 'boolean' },
    expected: 'true or false',
  }),
  spec({
    key: 'rules',
    description:
      'How strongly each rule is reported, by rule ID: "error", "warning", "information", "hint" or "off". Rules not listed keep their default.',
    default: {},
    schema: { type: 'object', propertyNames: { enum: RULES.map((r) => r.id) }, additionalProperties: { type: 'string', enum: [...SEVERITIES] } },
    expected: 'rule IDs with "error", "warning", "information", "hint" or "off"',
  }),
  spec({
    key: 'allow',
    description:
      'Words and phrases that Casewise never flags: a program name that contains a flagged word, or identity-first terms a person prefers (for example "Deaf").',
    default: [],
    schema: { type: 'array', items: allowPhrase },
    expected: 'a list of words or phrases',
  }),
  spec({
    key: 'deny',
    description: "Your team's own words to flag, each with what to write instead.",
    default: [],
    schema: {
      type: 'array',
      items: {
        type: 'object',
        required: ['phrase', 'alternatives'],
        additionalProperties: false,
        properties: {
          phrase: { ...denyPhrase, description: 'The word or phrase to flag.' },
          alternatives: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'What to write instead, best first.' },
          note: { type: 'string', description: 'One line on why, shown with the finding.' },
          rule: {
            type: 'string',
            enum: ['judgmental-language', 'stigmatizing-label', 'credibility-doubt', 'opinion', 'speculation', 'absolute-language', 'jargon', 'vague-language'],
            description: 'The rule that reports it (default judgmental-language).',
          },
        },
      },
    },
    expected: 'a list of entries like {"phrase": "…", "alternatives": ["…"]}',
  }),
  spec({
    key: 'interviewerLabels',
    description: 'Speaker labels that mark the interviewer\'s turns in an interview ("Worker: Tell me about your week.").',
    default: ['Q', 'Worker', 'Interviewer', 'SW', 'CW', 'Counselor', 'Me'],
    schema: strings,
    expected: 'a list of speaker labels',
  }),
  spec({
    key: 'intervieweeLabels',
    description:
      'Speaker labels that mark the interviewee\'s turns. Inside an Interview section, any other "Name:" label also counts as an interviewee.',
    default: ['A', 'Client', 'Interviewee'],
    schema: strings,
    expected: 'a list of speaker labels',
  }),
  spec({
    key: 'maxSentenceWords',
    description: 'Sentences longer than this many words are reported by the long-sentence rule.',
    default: 35,
    schema: { type: 'integer', minimum: 5, maximum: 500 },
    expected: 'a whole number from 5 to 500',
  }),
  spec({
    key: 'acronyms',
    description:
      'Acronyms your team uses, with what they stand for, e.g. {"DCFS": "Department of Children and Family Services"}. An acronym used before it is spelled out gets a quick fix that spells it out.',
    default: {},
    schema: { type: 'object', additionalProperties: { type: 'string', minLength: 2 } },
    expected: 'acronyms with what they stand for',
  }),
  spec({
    key: 'interview.maxInterviewerShare',
    description:
      'The largest share of an interview\'s words that the interviewer may speak before the interviewer-talk rule reports it, from 0.1 to 1 (0.5 is half).',
    default: 0.5,
    schema: { type: 'number', minimum: 0.1, maximum: 1 },
    expected: 'a number from 0.1 to 1, such as 0.5 for half',
  }),
  spec({
    key: 'formats',
    description:
      'Note formats your team uses, added to the built-in ones (SOAP, DAP, BIRP, GIRP, PIE, intake, home-visit, contact, interview, closing). An entry with a built-in name changes only what it lists. A note names its format in its `format:` field.',
    default: [],
    schema: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1, description: 'The name a note gives in its "format:" field.' },
          title: { type: 'string', minLength: 1, description: 'The first heading of a new note in this format.' },
          description: { type: 'string', description: 'One line on when to use this format.' },
          fields: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' }, description: 'Front-matter fields the note must fill in.' },
          sections: {
            type: 'array',
            description: 'Sections the note must have, in order: a title, or {"title", "synonyms", "prompt"}.',
            items: {
              anyOf: [
                { type: 'string', minLength: 1 },
                {
                  type: 'object',
                  required: ['title'],
                  additionalProperties: false,
                  properties: {
                    title: { type: 'string', minLength: 1, description: 'The heading, such as "Plan".' },
                    synonyms: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Other headings that count, such as "Next steps" or "P".' },
                    prompt: { type: 'string', description: 'The hint a new note shows under the heading.' },
                  },
                },
              ],
            },
          },
        },
      },
    },
    expected: 'a list of formats like {"name": "…", "fields": ["date"], "sections": ["Plan"]}',
  }),
  spec({
    key: 'timeliness.hours',
    description:
      'A note recorded more than this many hours after the contact, with no late-entry line, is reported by the late-entry rule.',
    default: 48,
    schema: { type: 'number', minimum: 1, maximum: 8760 },
    expected: 'a number of hours from 1 to 8760, such as 48',
  }),
  spec({
    key: 'worker',
    description:
      'Your name and credentials as they go in the `worker:` field of a note from **Casewise: New Case Note**, such as "A. Rivera, MSW". Left empty, the field is a tab stop to fill in.',
    default: '',
    schema: { type: 'string' },
    expected: 'your name in double quotes, such as "A. Rivera, MSW"',
  }),
  spec({
    key: 'identifiers.kinds',
    description:
      'The kinds of identifier the identifier rule reports: ' +
      IDENTIFIER_KINDS.map((k) => `"${k}"`).join(', ') +
      '. All are on by default. Redacted copies always remove every kind.',
    default: [...IDENTIFIER_KINDS],
    schema: { type: 'array', items: { type: 'string', enum: [...IDENTIFIER_KINDS] } },
    expected: 'a list of identifier kinds, such as "ssn" and "phone"',
  }),
  spec({
    key: 'identifiers.allow',
    description:
      'Numbers and addresses that may appear in notes, such as your agency\'s main phone number or website. Compared by their letters and digits only, so "(503) 555-0100" also allows "503.555.0100".',
    default: [],
    schema: strings,
    expected: 'a list of phone numbers, addresses or other values',
  }),
  spec({
    key: 'identifiers.patterns',
    description:
      'Your agency\'s own identifier formats, such as case or record numbers, for the identifier rule to report and for redacted copies to remove: a list like `[{"name": "agency case number", "pattern": "CW-\\\\d{6}"}]`. Each pattern is a regular expression matched within one line. It is checked before use: one that cannot be read, or that could make checking a note slow, is left out with a message.',
    default: [],
    schema: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'pattern'],
        additionalProperties: false,
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 50,
            // Linear: the first part cannot take a letter or digit, so there is one way to split a name.
            pattern: '^[^\\p{L}\\p{N}\\[\\]\\r\\n]*[\\p{L}\\p{N}][^\\[\\]\\r\\n]*$',
            patternErrorMessage: 'A name needs at least one letter or digit, and no "[", "]" or line break: Redact writes it as "[redacted name]".',
            description: 'What the number is, as findings and redacted copies name it: "agency case number" gives "[redacted agency case number]".',
          },
          // Length and content are checkPattern's, so that every problem with a pattern has one message, on the pattern.
          pattern: {
            type: 'string',
            description: `A regular expression for its shape, such as CW-\\d{6}, at most ${MAX_PATTERN_LENGTH} characters; matched within one line, with Unicode, and case-sensitive.`,
          },
        },
      },
    },
    expected: 'a list of entries like {"name": "agency case number", "pattern": "CW-\\\\d{6}"}',
    checkEntry: (entry: TeamPattern) => {
      const verdict = checkPattern(entry.name, entry.pattern);
      return verdict.ok ? undefined : { path: ['pattern'], message: verdict.message };
    },
  }),
] as const;

/** A problem found while reading settings, in words a user understands, with where it is. */
export interface SettingsProblem {
  path: (string | number)[];
  message: string;
}

export function defaultSettings(): Settings {
  const out: Record<string, unknown> = {};
  for (const s of SETTING_SPECS) out[s.key] = structuredClone(s.default);
  return out as unknown as Settings;
}

// verbose: an error carries its schema, for the plain-words message of a pattern (patternErrorMessage).
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
const validators = new Map<string, ValidateFunction>();
function validatorFor(key: string, schema: object): ValidateFunction {
  let v = validators.get(key);
  if (!v) validators.set(key, (v = ajv.compile(schema)));
  return v;
}

/**
 * Layers raw setting objects (later wins) over the defaults. Wrong values are
 * reported and left out, keeping the valid entries of a list or map, so one bad
 * value never disables the rest. `rules` layers per rule.
 */
export function normalize(...layers: unknown[]): { settings: Settings; problems: SettingsProblem[] } {
  const settings = defaultSettings() as unknown as Record<string, unknown>;
  const problems: SettingsProblem[] = [];
  for (const layer of layers) {
    if (layer === undefined || layer === null) continue;
    if (typeof layer !== 'object' || Array.isArray(layer)) {
      problems.push({ path: [], message: 'Casewise settings should be a set of named settings; using the defaults.' });
      continue;
    }
    const raw = layer as Record<string, unknown>;
    for (const s of SETTING_SPECS) {
      const value = read(raw, s.key);
      if (value === undefined || value === null) continue;
      const kept = salvage(s, value, problems);
      if (kept === undefined) continue;
      settings[s.key] =
        s.key === 'rules' ? { ...(settings.rules as object), ...(kept as object) } : s.key === 'formats' ? mergeFormatSpecs(settings.formats as FormatSpec[], kept as FormatSpec[]) : kept;
    }
  }
  return { settings: settings as unknown as Settings, problems };
}

/**
 * A setting's raw value. VS Code hands over `casewise.interview.maxInterviewerShare`
 * nested (`{ interview: { maxInterviewerShare } }`); .casewise.json writes the key whole.
 */
function read(raw: Record<string, unknown>, key: string): unknown {
  if (raw[key] !== undefined || !key.includes('.')) return raw[key];
  let value: unknown = raw;
  for (const part of key.split('.')) value = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** Validates one setting; keeps the valid items of a list or entries of a map when only some are wrong. */
function salvage(s: (typeof SETTING_SPECS)[number], value: unknown, problems: SettingsProblem[]): unknown {
  const whole = validatorFor(s.key, s.schema);
  const checkEntry = s.checkEntry as ((entry: unknown) => SettingsProblem | undefined) | undefined;
  if (whole(value) && !checkEntry) return value;
  const part = (s.schema.items ?? s.schema.additionalProperties) as object | undefined;
  const isList = Array.isArray(value) && s.schema.type === 'array';
  const isMap = typeof value === 'object' && value !== null && !Array.isArray(value) && s.schema.type === 'object';
  if (!part || (!isList && !isMap)) {
    problems.push({ path: [s.key], message: `"${s.key}" should be ${s.expected}; using ${describeDefault(s.default)}.` });
    return undefined;
  }
  const check = validatorFor(`${s.key}[]`, part);
  const names = (s.schema.propertyNames as { enum?: string[] } | undefined)?.enum;
  const entries = isList ? (value as unknown[]).map((v, i) => [i, v] as const) : Object.entries(value as object);
  const kept: [string | number, unknown][] = [];
  for (const [k, v] of entries) {
    if (names && typeof k === 'string' && !names.includes(k)) problems.push({ path: [s.key, k], message: unknownName(s.key, k, names) });
    else if (check(v)) {
      const problem = checkEntry?.(v);
      if (problem) problems.push({ path: [s.key, k, ...problem.path], message: problem.message });
      else kept.push([k, v]);
    } else problems.push({ path: [s.key, k], message: describeEntry(s.key, k, v, check.errors ?? []) });
  }
  return isList ? kept.map(([, v]) => v) : Object.fromEntries(kept);
}

/** "rules.jargn": a key that names no rule, with the nearest one when it looks like a typing slip. */
function unknownName(key: string, name: string, names: readonly string[]): string {
  const near = names.map((n) => [n, editDistance(name.toLowerCase(), n)] as const).sort((a, b) => a[1] - b[1])[0];
  const hint = near && near[1] <= Math.max(2, Math.floor(name.length / 4)) ? ` Did you mean "${near[0]}"?` : ` The rule IDs are: ${names.join(', ')}.`;
  return `"${key}.${name}" is not a Casewise rule, so it is left out.${hint}`;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length];
}

function describeEntry(key: string, k: string | number, v: unknown, errors: ErrorObject[]): string {
  const where = typeof k === 'number' ? `Entry ${k + 1} of "${key}"` : `"${key}.${k}"`;
  const e = errors[0];
  const part = e?.instancePath ? ` (its ${e.instancePath.slice(1)})` : '';
  if (e?.keyword === 'pattern') {
    const why = (e.parentSchema as { patternErrorMessage?: string } | undefined)?.patternErrorMessage ?? `It should match ${e.params.pattern}.`;
    return `${where}${part} is ${JSON.stringify(e.data)}. ${why} It is left out.`;
  }
  if (e?.keyword === 'maxLength') return `${where}${part} is longer than ${e.params.limit} characters; it is left out.`;
  if (e?.keyword === 'enum') return `${where} is ${JSON.stringify(v)}, which is not one of ${(e.params.allowedValues as string[]).join(', ')}; it is left out.`;
  if (e?.keyword === 'required') return `${where} has no "${String(e.params.missingProperty)}"; it is left out.`;
  if (e?.keyword === 'additionalProperties') return `${where} has "${String(e.params.additionalProperty)}", which Casewise does not know; it is left out.`;
  if (e?.keyword === 'minLength') return `${where} is empty; it is left out.`;
  if (e?.keyword === 'type' && !e.instancePath) return `${where} is ${JSON.stringify(v)}, but should be ${TYPE_WORDS[String(e.params.type)] ?? e.params.type}; it is left out.`;
  return `${where} ${e?.instancePath ? `(${e.instancePath.slice(1)}) ` : ''}${e?.message ?? 'is not valid'}; it is left out.`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an entry in { }',
  array: 'a list in [ ]',
};

function describeDefault(value: unknown): string {
  return Array.isArray(value) && value.length === 0 ? 'none' : `the default, ${JSON.stringify(value)}`;
}

/** A stable key for caching work per settings value. */
export function settingsKey(settings: Settings): string {
  return JSON.stringify(settings);
}

/**
 * Settings that only the VS Code client reads (the language client library
 * handles `trace.server`). Listed here so that every `casewise.*` setting is
 * still defined in this one file.
 */
export const CLIENT_SETTING_SCHEMAS: Record<string, Record<string, unknown>> = {
  'trace.server': {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    description:
      'Log the messages between VS Code and the Casewise server in the Casewise output. "verbose" includes the text of your notes: turn it on only to report a problem, and turn it off afterwards.',
  },
};

/** The `contributes.configuration.properties` that package.json must declare. */
export function configurationProperties(): Record<string, Record<string, unknown>> {
  const props: Record<string, Record<string, unknown>> = {};
  for (const s of SETTING_SPECS) props[`casewise.${s.key}`] = { ...s.schema, default: s.default, markdownDescription: s.description };
  for (const [key, schema] of Object.entries(CLIENT_SETTING_SCHEMAS)) props[`casewise.${key}`] = schema;
  return props;
}

/** The JSON Schema of `.casewise.json`, shipped as schemas/casewise.schema.json. */
export function workspaceFileSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = { $schema: { type: 'string' } };
  for (const s of SETTING_SPECS) properties[s.key] = { ...s.schema, default: s.default, description: s.description.replace(/`/g, '') };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Casewise workspace configuration',
    description: "A team's shared Casewise settings. Each key has the same meaning as the VS Code setting casewise.<key>.",
    type: 'object',
    additionalProperties: false,
    properties,
  };
}
