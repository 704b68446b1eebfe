// The word lists of the question rules, read once from their data files.
import loaded from '../rules/data/loaded-words.json';
import patterns from '../rules/data/question-patterns.json';
import type { Word } from '../document/tagging';

const set = (words: readonly string[]) => new Set(words);
const phrases = (list: readonly string[]) => list.map((p) => p.split(' '));

export const MARKERS = set(patterns.markers.words);
export const AUX = set(patterns.auxiliaries.words);
export const WH = set(patterns.whWords.words);
export const SUBORDINATORS = set(patterns.subordinators.words);
export const MODAL_INVITATIONS = set(patterns.modalInvitations.words);
export const FAUX = set(patterns.fauxInvitation.words);
export const TAG_WORDS = set(patterns.tagWords.words);
export const TAG_PHRASES = phrases(patterns.tagPhrases.phrases);
export const TAG_PRONOUNS = set(patterns.tagPronouns.words);
export const AGREEMENT_OPENERS = phrases(patterns.agreementOpeners.phrases);
export const ANSWER_CUES = phrases(patterns.answerCues.phrases);
export const INVITATION_STATEMENTS = phrases(patterns.invitationStatements.phrases);
export const FACILITATORS = phrases(patterns.facilitators.phrases);
export const WHY_OPENERS = phrases(patterns.why.phrases);
export const WHY_SUGGESTIONS = set(patterns.whySuggestions.verbs);
export const INDEFINITES: Readonly<Record<string, string>> = patterns.indefinites.map;
export const PRESUPPOSING = set(patterns.presupposition.verbs);
export const GENERIC_VERBS = set(patterns.genericVerbs.words);
export const FEELING = set(patterns.feelingVerbs.words);
export const THINKING = set(patterns.thinkingVerbs.words);
export const PERCEPTION = set(patterns.perceptionVerbs.words);
export const PLACE = set(patterns.placeWords.words);
export const TIME = set(patterns.timeWords.words);
export const FREQUENCY = set(patterns.frequencyWords.words);
export const COLOR = set(patterns.colorWords.words);
export const FILLERS = set(patterns.fillerAdverbs.words);

export interface Invitation {
  verb: string;
  with?: string[];
  modal?: boolean;
}
export const INVITATIONS: ReadonlyMap<string, Invitation> = new Map(patterns.invitations.verbs.map((v) => [v.verb, v as Invitation]));

/** A loaded word's group: any of `words` (or of `covers`) counts as the interviewee having said it. */
export interface LoadedEntry {
  words: string[];
  kind: 'act' | 'injury' | 'implement' | 'weapon' | 'substance' | 'body';
  note: string;
  example: string;
  covers?: string[];
  unless?: string[];
}
const LOADED_ENTRIES = loaded.entries as LoadedEntry[];
/** Single loaded words by root, and loaded two-word phrases by their first word. */
export const LOADED = new Map<string, LoadedEntry>();
export const LOADED_PAIRS = new Map<string, { second: string; entry: LoadedEntry }[]>();
for (const entry of LOADED_ENTRIES) {
  for (const w of entry.words) {
    const [first, second] = w.split(' ');
    if (second) LOADED_PAIRS.set(first, [...(LOADED_PAIRS.get(first) ?? []), { second, entry }]);
    else LOADED.set(first, entry);
  }
}

/** Person words by every spelling, mapped to their group. */
export const PERSON_ROLES = new Map<string, readonly string[]>();
for (const group of patterns.personRoles.groups) for (const w of group) if (!w.includes(' ')) PERSON_ROLES.set(w, group);

export const PRONOUNS = set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'us', 'them', 'that', 'this', 'there', 'one']);
export const SUBJECT_PRONOUNS = set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'that', 'this', 'there']);
export const DETERMINERS = set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'our', 'their', 'its', 'this', 'that', 'these', 'those', 'any', 'some', 'every', 'no']);
export const OBJECT_FORM: Readonly<Record<string, string>> = { i: 'me', he: 'him', she: 'her', we: 'us', they: 'them' };

/** Does `words` from index `at` spell `phrase` (by normalized word)? */
export function spells(words: readonly Word[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((p, k) => words[at + k]?.norm === p);
}

/**
 * Base forms a word may have, for looking it up in a word list when the
 * tagger missed its root ("touching" read as an adjective → touch).
 */
export function baseForms(w: { norm: string; root: string }): string[] {
  const out = [w.root, w.norm];
  const n = w.norm;
  const strip = (suffix: string) => (n.endsWith(suffix) && n.length > suffix.length + 2 ? n.slice(0, -suffix.length) : undefined);
  for (const stem of [strip('ing'), strip('ed')]) {
    if (!stem) continue;
    out.push(stem, `${stem}e`);
    if (/(.)\1$/.test(stem)) out.push(stem.slice(0, -1));
  }
  const ies = strip('ies') ?? strip('ied');
  if (ies) out.push(`${ies}y`);
  const s = strip('es') ?? undefined;
  if (s) out.push(s);
  if (n.endsWith('s') && !n.endsWith('ss')) out.push(n.slice(0, -1));
  return out;
}

export const isVerb = (w: Word | undefined) => !!w && (w.tags.has('Verb') || w.tags.has('Copula') || w.tags.has('Modal'));
export const isNoun = (w: Word | undefined) => !!w && w.tags.has('Noun') && !w.tags.has('Pronoun');
