import type { Note, PhraseEntry } from '../document/note';
import type { DenyEntry, Settings } from '../settings';
import type { Rule } from './types';

export interface PhraseRuleOptions {
  /** Skip matches that follow a reporting verb in the same sentence ("Client reports she never drinks"). */
  skipReportedSpeech?: boolean;
}

// Verbs that introduce someone else's account; what follows is theirs, not the writer's.
const REPORTING = /\b(?:report(?:s|ed)?|stat(?:es|ed)|sa(?:ys|id)|t(?:ells|old)|explain(?:s|ed)|describ(?:es|ed)|indicat(?:es|ed)|shar(?:es|ed)|disclos(?:es|ed)|express(?:es|ed)|mention(?:s|ed)|acknowledg(?:es|ed)|agre(?:es|ed)|add(?:s|ed)|recall(?:s|ed)|believ(?:es|ed)|feels|felt|thinks|thought|wr(?:ites|ote)|according to|per (?:the|his|her|their|its|my|our))\b/i;
const ASSESSMENT = /\b(assessment|diagnos[ie]s|impression|formulation|clinical summary)\b/i;

const tables = new WeakMap<readonly DenyEntry[], Map<string, readonly PhraseEntry[]>>();

/** The built-in table plus the team's `deny` entries for this rule, built once per settings value. */
function tableFor(rule: string, builtIn: readonly PhraseEntry[], settings: Settings): readonly PhraseEntry[] {
  if (settings.deny.length === 0) return builtIn;
  let byRule = tables.get(settings.deny);
  if (!byRule) tables.set(settings.deny, (byRule = new Map()));
  let table = byRule.get(rule);
  if (!table) {
    const own = settings.deny
      .filter((d) => (d.rule ?? 'judgmental-language') === rule)
      .map((d) => ({ phrase: d.phrase, alternatives: d.alternatives, note: d.note ?? "Your team's configuration lists this phrase.", source: '.casewise.json' }));
    table = own.length ? [...own, ...builtIn] : builtIn;
    byRule.set(rule, table);
  }
  return table;
}

/** A note that opens by quoting its own phrase ("'Combative' records a judgment; …") needs no lead in front of it. */
const namesItself = (entry: PhraseEntry) => {
  const note = entry.note.toLowerCase();
  const phrase = entry.phrase.toLowerCase();
  // A verb's note may quote another form of it ('Claims' for "claim").
  return note.startsWith(`'${phrase}'`) || (!!entry.verb && note.startsWith(`'${phrase}`) && /^'[\p{L} -]+'/u.test(note));
};

// The writer reporting their own view is still the writer's opinion ("Worker thought the client was probably lying").
const WRITER = /\b(?:I|we|(?:this |the )?(?:worker|writer|undersigned|caseworker|counselor|clinician))\s+(?:also\s+|then\s+)?$/i;

// How far back in its sentence a reporting verb is looked for. Reading the whole
// sentence each time made a 1 MB sentence with many matches quadratic.
const REPORTED_REACH = 300;

function isReported(note: Note, offset: number): boolean {
  const sentence = note.sentenceAt(offset);
  if (!sentence) return false;
  const from = Math.max(sentence.start, offset - REPORTED_REACH);
  // A letter in front of a cut keeps "\b" from matching inside the word cut in two.
  return reportsBefore((from > sentence.start ? 'x' : '') + note.text.slice(from, offset));
}

/** Whether `before`, its sentence up to a phrase, reports what someone else said ("per the officer", "she said"), not the writer's own view. */
export function reportsBefore(before: string): boolean {
  const m = REPORTING.exec(before);
  return !!m && !WRITER.test(before.slice(0, m.index));
}

// "an" before a vowel sound; the exceptions are the common ones in case notes.
const VOWEL_SOUND = /^(?:[aeio]|u(?!s[aeiou]|ni|r[aeiou])|hour|honest|heir)/i;
const articleFor = (word: string) => ((/^[A-Z]{2}/.test(word) ? /^[AEFHILMNORSX]/.test(word) : VOWEL_SOUND.test(word)) ? 'an' : 'a');

/**
 * When "a" or "an" comes right before the phrase and a replacement needs the
 * other one ("an SI screen" → "a suicidal thoughts screen"), the finding takes
 * in the article, so that every fix stays inside the underlined range.
 */
function withArticle(text: string, start: number, replacements: string[]): { start: number; replacements: string[] } {
  // The article is on the same line, and a word of its own: the "an" that ends "Plan" on the line above is not one.
  const article = /(an?)[ \t]+$/i.exec(text.slice(Math.max(0, start - 8), start));
  const before = article ? text[start - article[0].length - 1] : undefined;
  if (!article || (before !== undefined && /[\p{L}\p{N}_'’-]/u.test(before))) return { start, replacements };
  if (replacements.every((r) => articleFor(r) === article[1].toLowerCase())) return { start, replacements };
  const capital = article[1][0] === 'A';
  return {
    start: start - article[0].length,
    replacements: replacements.map((r) => {
      const a = articleFor(r);
      return `${capital ? a[0].toUpperCase() + a.slice(1) : a} ${r}`;
    }),
  };
}

/**
 * The shape shared by the rules that look words up in a phrase table: each
 * match becomes a finding whose fixes are the entry's alternatives, best first.
 */
export function phraseRule(
  base: Omit<Rule, 'check'>,
  builtIn: readonly PhraseEntry[],
  message: (text: string, entry: PhraseEntry) => string,
  options: PhraseRuleOptions = {},
): Rule {
  return {
    ...base,
    local: true,
    check(note, settings) {
      return note
        .findPhrases(tableFor(base.id, builtIn, settings), { allow: settings.allow })
        .filter(({ entry, start }) => !(entry.okInAssessment && ASSESSMENT.test(note.sectionAt(start)?.title ?? '')))
        .filter(({ start }) => !(options.skipReportedSpeech && isReported(note, start)))
        .map(({ entry, start: at, end, text, replacements: alternatives }) => {
          const { start, replacements } = withArticle(note.text, at, alternatives);
          return {
            start,
            end,
            message: namesItself(entry) ? entry.note : message(text, entry),
            term: text,
            fixes: replacements.map((alt, i) => ({ title: `Replace with "${alt}"`, replace: alt, preferred: i === 0 })),
          };
        });
    },
  };
}
