// The one definition of every Casewise setting: its type, default, the text
// VS Code shows, and how raw values from settings.json or .casewise.json are
// checked. package.json's contributes.configuration must match (a test checks).

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Settings as the engine sees them, after defaults and validation. */
export interface Settings {
  languages: string[];
  lintAllMarkdown: boolean;
  rules: Record<string, Severity>;
  allow: string[];
  interviewerLabels: string[];
  intervieweeLabels: string[];
}

interface SettingSpec<K extends keyof Settings> {
  key: K;
  description: string;
  default: Settings[K];
  schema: Record<string, unknown>;
  check(value: unknown): Settings[K] | string;
}

const stringList =
  (what: string) =>
  (value: unknown): string[] | string =>
    Array.isArray(value) && value.every((v) => typeof v === 'string')
      ? value.map((v) => v.trim()).filter((v) => v.length > 0)
      : `should be a list of ${what}`;

function spec<K extends keyof Settings>(s: SettingSpec<K>): SettingSpec<K> {
  return s;
}

/** Every setting, in the order VS Code shows them. */
export const SETTING_SPECS = [
  spec({
    key: 'languages',
    description:
      'Language IDs that Casewise checks. Markdown files are checked only when they have Casewise front matter (a `casewise:` key or a `format:` naming a known note format), unless `casewise.lintAllMarkdown` is on.',
    default: ['casenote', 'markdown'],
    schema: { type: 'array', items: { type: 'string' } },
    check: stringList('language IDs, such as "casenote"'),
  }),
  spec({
    key: 'lintAllMarkdown',
    description: 'Check every Markdown file, not only those with Casewise front matter.',
    default: false,
    schema: { type: 'boolean' },
    check: (v) => (typeof v === 'boolean' ? v : 'should be true or false'),
  }),
  spec({
    key: 'rules',
    description:
      'How strongly each rule is reported, by rule ID: "error", "warning", "information", "hint" or "off". Rules not listed keep their default.',
    default: {},
    schema: {
      type: 'object',
      additionalProperties: { type: 'string', enum: [...SEVERITIES] },
    },
    check(value) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return 'should map rule IDs to "error", "warning", "information", "hint" or "off"';
      }
      const out: Record<string, Severity> = {};
      for (const [id, sev] of Object.entries(value)) {
        if (typeof sev === 'string' && (SEVERITIES as readonly string[]).includes(sev)) out[id] = sev as Severity;
      }
      return out;
    },
  }),
  spec({
    key: 'allow',
    description: 'Words and phrases that Casewise never flags, for example a program name that contains a flagged word.',
    default: [],
    schema: { type: 'array', items: { type: 'string' } },
    check: stringList('words or phrases'),
  }),
  spec({
    key: 'interviewerLabels',
    description: 'Speaker labels that mark the interviewer\'s turns in an interview ("Worker: Tell me about your week.").',
    default: ['Q', 'Worker', 'Interviewer', 'SW', 'CW', 'Counselor', 'Me'],
    schema: { type: 'array', items: { type: 'string' } },
    check: stringList('speaker labels'),
  }),
  spec({
    key: 'intervieweeLabels',
    description:
      'Speaker labels that mark the interviewee\'s turns. Inside an Interview section, any other "Name:" label also counts as an interviewee.',
    default: ['A', 'Client', 'Interviewee'],
    schema: { type: 'array', items: { type: 'string' } },
    check: stringList('speaker labels'),
  }),
] as const;

/** A problem found while reading settings, in words a user understands. */
export interface SettingsProblem {
  key: string;
  message: string;
}

export function defaultSettings(): Settings {
  const out = {} as Record<string, unknown>;
  for (const s of SETTING_SPECS) out[s.key] = structuredClone(s.default);
  return out as unknown as Settings;
}

/**
 * Layers raw setting objects (later wins) over the defaults. Values of the
 * wrong type are reported and skipped, so one bad value never disables the rest.
 * `rules` layers per rule rather than replacing the whole map.
 */
export function normalize(...layers: unknown[]): { settings: Settings; problems: SettingsProblem[] } {
  const settings = defaultSettings() as unknown as Record<string, unknown>;
  const problems: SettingsProblem[] = [];
  for (const layer of layers) {
    if (layer === undefined || layer === null) continue;
    if (typeof layer !== 'object' || Array.isArray(layer)) {
      problems.push({ key: '', message: 'Casewise settings should be an object of named settings; using the defaults.' });
      continue;
    }
    const raw = layer as Record<string, unknown>;
    for (const s of SETTING_SPECS) {
      if (!(s.key in raw) || raw[s.key] === undefined || raw[s.key] === null) continue;
      const checked = s.check(raw[s.key]);
      if (typeof checked === 'string') {
        problems.push({ key: s.key, message: `"${s.key}" ${checked}; using ${JSON.stringify(settings[s.key])}.` });
      } else if (s.key === 'rules') {
        settings.rules = { ...(settings.rules as object), ...(checked as object) };
        for (const [id, sev] of Object.entries(raw.rules as object)) {
          if (!(id in (checked as object))) {
            problems.push({ key: `rules.${id}`, message: `"rules.${id}" is "${String(sev)}", which is not one of ${SEVERITIES.join(', ')}; using the rule's default.` });
          }
        }
      } else {
        settings[s.key] = checked;
      }
    }
  }
  return { settings: settings as unknown as Settings, problems };
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
