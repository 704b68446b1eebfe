// The shape of one interviewer sentence: its clauses, what kind of question
// each one is, a question tag at the end, and asks joined inside one clause.
// Pure functions of the tagged words; no knowledge of the note.
import { conjugate } from '../document/inline';
import type { Word } from '../document/tagging';
import { findJoined } from './joined';
import {
  AGREEMENT_OPENERS, ANSWER_CUES, AUX, DETERMINERS, FACILITATORS, FAUX, INDEFINITES, INVITATIONS, INVITATION_STATEMENTS,
  isNoun, isVerb, MARKERS, MODAL_INVITATIONS, PRONOUNS, spells, SUBJECT_PRONOUNS, SUBORDINATORS, TAG_PHRASES,
  TAG_PRONOUNS, TAG_WORDS, WH, WHY_OPENERS, WHY_SUGGESTIONS,
} from './lexicon';

/** What a clause does. */
export type Form =
  | 'wh' | 'invitation'
  | 'yes-no' | 'choice' | 'faux-invitation' | 'elliptical'
  | 'tag' | 'negative-opener' | 'agreement' | 'declarative' | 'answer-cue'
  | 'why'
  | 'facilitator' | 'suggestion' | 'statement';

export type QuestionClass = 'open' | 'closed' | 'leading' | 'why';

const CLASS: Record<Form, QuestionClass | undefined> = {
  wh: 'open', invitation: 'open',
  'yes-no': 'closed', choice: 'closed', 'faux-invitation': 'closed', elliptical: 'closed',
  tag: 'leading', 'negative-opener': 'leading', agreement: 'leading', declarative: 'leading', 'answer-cue': 'leading',
  why: 'why',
  facilitator: undefined, suggestion: undefined, statement: undefined,
};

/** The class a form belongs to; undefined when the clause asks nothing. */
export const classOf = (form: Form): QuestionClass | undefined => CLASS[form];

/** A second ask inside one clause ("How are you sleeping and eating?", "How are school and home?"). */
export interface Joined {
  kind: 'verbs' | 'topics';
  /** Word indexes (in the clause) of the "and" and of the last word of the second ask. */
  and: number;
  last: number;
}

export interface Clause {
  /** The clause's words, including leading markers ("Okay, and …"). */
  words: Word[];
  /** Index of the word that decides the clause's form, after markers and a leading "When you're ready," clause. */
  head: number;
  form: Form;
  joined?: Joined;
  /** A first-person opener ("I'd like to hear about…") that frames the asks after it rather than adding one. */
  preface?: boolean;
}

export interface SentenceShape {
  words: Word[];
  clauses: Clause[];
  /** Index (in `words`) where a question tag starts. */
  tagAt?: number;
  endsWithQuestionMark: boolean;
}

const PUNCT_BREAK = /[,;:]|\s[-–—]\s|[–—]/;
const JOINERS = new Set(['and', 'but', 'so']);
const HOW_DEGREE = new Set(['much', 'many', 'long', 'often', 'old', 'far', 'soon', 'bad', 'big', 'well']);

export function skipMarkers(words: readonly Word[], from: number, end = words.length): number {
  let i = from;
  while (i < end && MARKERS.has(words[i].norm)) i++;
  return i;
}

const isSubjectWord = (w: Word | undefined) =>
  !!w && (SUBJECT_PRONOUNS.has(w.norm) || w.norm in INDEFINITES || (!w.tags.has('Verb') && (PRONOUNS.has(w.norm) || DETERMINERS.has(w.norm) || w.tags.has('Noun') || w.tags.has('Value'))));

/** A word that starts a new question inside a sentence ("… and what did they say?"). */
function isClauseHead(words: readonly Word[], c: number, end: number): boolean {
  const w = words[c];
  const nx = c + 1 < end ? words[c + 1] : undefined;
  if (WHY_OPENERS.some((p) => spells(words, c, p))) return true;
  if (WH.has(w.norm)) {
    if (!nx || WH.has(nx.norm) || AUX.has(nx.norm) || /,/.test(w.post)) return true;
    if (isVerb(nx) && !nx.tags.has('Gerund')) return true;
    if (w.norm === 'how' && (HOW_DEGREE.has(nx.norm) || nx.tags.has('Adjective'))) return true;
    return isNoun(nx) && AUX.has(words[c + 2]?.norm ?? '');
  }
  if (AUX.has(w.norm)) return !!nx && (nx.norm === 'not' || isSubjectWord(nx));
  const inv = INVITATIONS.get(w.root);
  return !!inv && inv.modal !== false && (w.tags.has('Imperative') || w.tags.has('Infinitive')) && hasWith(words, c, end);
}

function hasWith(words: readonly Word[], v: number, end: number): boolean {
  const inv = INVITATIONS.get(words[v].root);
  if (!inv) return false;
  if (!inv.with) return true;
  for (let k = v + 1; k <= v + 3 && k < end; k++) if (inv.with.includes(words[k].norm) || inv.with.includes(words[k].root)) return true;
  return false;
}

/** Where a question tag starts (", didn't he?", ", right?"), if the sentence ends with one. */
function findTag(words: readonly Word[], terminal: boolean): number | undefined {
  const n = words.length;
  const h = skipMarkers(words, 0);
  const head = words[h];
  if (!head || n - h < 3 || WH.has(head.norm) || AUX.has(head.norm) || head.norm === 'why' || INVITATIONS.has(head.root)) return undefined;
  const commaBefore = (i: number) => i > 0 && /,/.test(words[i - 1].post);
  const last = words[n - 1];
  if (TAG_PRONOUNS.has(last.norm)) {
    const negative = words[n - 2]?.norm === 'not' && AUX.has(words[n - 3]?.norm ?? '');
    const at = negative ? n - 3 : AUX.has(words[n - 2]?.norm ?? '') ? n - 2 : -1;
    if (at > h + 1 && words[at - 1].norm !== 'or' && (commaBefore(at) || negative)) return at;
  }
  for (const p of TAG_PHRASES) if (n - p.length > h + 1 && spells(words, n - p.length, p) && commaBefore(n - p.length)) return n - p.length;
  if (TAG_WORDS.has(last.norm) && n - 1 > h + 1) {
    const procedural = ['i', 'we', 'let'].includes(head.norm) && ['okay', 'ok'].includes(last.norm);
    if (!procedural && (commaBefore(n - 1) || (!terminal && n - 1 - h >= 3))) return n - 1;
  }
  return undefined;
}

const ACKNOWLEDGMENTS = new Set(['okay', 'ok', 'alright', 'mm', 'hmm', 'mhm', 'mm-hmm', 'uh-huh', 'yeah', 'well']);
const LEAD_INS = new Set(['me', 'us', 'understand', 'please', 'now', 'again', 'then']);
const STANDALONE_TAGS = ['right', 'correct', 'huh', 'yeah', 'true', 'yes', 'no', 'agreed'];

/** "Right?" or "Isn't that right?" on its own, after a statement. */
function isStandaloneTag(words: readonly Word[]): boolean {
  if (words.length === 1) return STANDALONE_TAGS.includes(words[0].norm);
  return TAG_PHRASES.some((p) => p.length === words.length && spells(words, 0, p) && p.includes('not'));
}

/** Splits and classifies one sentence. */
export function shapeSentence(words: Word[], text: string): SentenceShape {
  const trimmed = text.trimEnd().replace(/["'”’)\]]+$/, '');
  const endsWithQuestionMark = trimmed.endsWith('?');
  const terminal = /[.!?]$/.test(trimmed);
  const tagAt = words.length ? findTag(words, terminal) : undefined;
  if (endsWithQuestionMark && isStandaloneTag(words)) return { words, clauses: [{ words, head: 0, form: 'tag' }], tagAt: 0, endsWithQuestionMark };
  const end = tagAt ?? words.length;
  const h0 = skipMarkers(words, 0, end);
  const starts = [0];
  for (let j = h0 + 1; j < end; j++) {
    const joiner = JOINERS.has(words[j].norm);
    const cand = joiner ? j + 1 : PUNCT_BREAK.test(words[j - 1].post) && words[j].norm !== 'or' ? j : -1;
    if (cand > 0 && cand < end && isClauseHead(words, cand, end)) {
      starts.push(j);
      if (joiner) j++;
    }
  }
  const classifyFrom = (k: number, from: number) => {
    const isLast = k === starts.length - 1;
    return classify(words.slice(from, starts[k + 1] ?? end), {
      asked: isLast && (endsWithQuestionMark || tagAt !== undefined),
      unpunctuated: isLast && !terminal,
      sentenceAsks: endsWithQuestionMark || !terminal,
    });
  };
  const clauses: Clause[] = [];
  let pending = -1;
  starts.forEach((s, k) => {
    const clause = classifyFrom(k, pending >= 0 ? pending : s);
    const lead = clause.words[skipMarkers(clause.words, 0)];
    // "When you got home, did you eat?": the leading "when" clause belongs to the question after it.
    if (clause.form === 'statement' && lead && SUBORDINATORS.has(lead.norm) && k < starts.length - 1) {
      if (pending < 0) pending = s;
      return;
    }
    pending = -1;
    clauses.push(clause);
  });
  if (tagAt !== undefined) {
    const last = clauses[clauses.length - 1];
    clauses[clauses.length - 1] = { ...last, form: 'tag' };
  }
  // "Tell me, what happened?" and "Help me understand: …" lead into the question; they are not a second ask.
  for (let k = 0; k < clauses.length - 1; k++) {
    const c = clauses[k];
    if (c.form === 'invitation' && c.words.slice(c.head + 1).every((x) => LEAD_INS.has(x.norm))) clauses[k] = { ...c, form: 'facilitator' };
  }
  return { words, clauses, tagAt, endsWithQuestionMark };
}

interface Ending {
  /** The clause ends the sentence, with a question mark or a tag. */
  asked: boolean;
  /** The clause ends the sentence, with no punctuation at all. */
  unpunctuated: boolean;
  /** The sentence ends with a question mark, or with no punctuation. */
  sentenceAsks: boolean;
}

function classify(words: Word[], { asked, unpunctuated, sentenceAsks }: Ending): Clause {
  const n = words.length;
  let h = skipMarkers(words, 0);
  const at = (i: number) => (i < n ? words[i] : undefined);
  const make = (form: Form): Clause => {
    const clause: Clause = { words, head: h, form };
    const joined = classOf(form) && form !== 'choice' ? findJoined(words, h) : undefined;
    return joined ? { ...clause, joined } : clause;
  };
  // "And then?" and "So?" ask for more of the story; "Okay?" after an explanation only checks in.
  if (h >= n) {
    if (!asked) return make('statement');
    if (words.some((x) => ['and', 'then', 'so'].includes(x.norm))) return make('wh');
    return make(words.every((x) => ACKNOWLEDGMENTS.has(x.norm)) ? 'facilitator' : 'elliptical');
  }
  const inverted = (i: number) => !!at(i + 1) && (AUX.has(at(i + 1)!.norm) || (isVerb(at(i + 1)) && !PRONOUNS.has(at(i + 1)!.norm)));
  if (SUBORDINATORS.has(words[h].norm) && !(WH.has(words[h].norm) && (inverted(h) || h === n - 1))) {
    const k = words.findIndex((_, i) => i > h && /,/.test(words[i - 1].post));
    if (k < 0) return make(asked ? 'declarative' : 'statement');
    h = skipMarkers(words, k);
    if (h >= n) return make('statement');
  }
  const w = words[h];
  const nx = at(h + 1);
  for (const p of FACILITATORS) if (n - h <= p.length + 1 && spells(words, h, p)) return make('facilitator');
  if (w.norm === 'why') {
    if (nx?.norm === 'do' && at(h + 2)?.norm === 'not' && WHY_SUGGESTIONS.has(at(h + 4)?.root ?? '')) {
      if (at(h + 3)?.norm === 'we') return make('suggestion');
      if (at(h + 3)?.norm === 'you') return make('invitation');
    }
    return make('why');
  }
  if (WHY_OPENERS.some((p) => spells(words, h, p))) return make('why');
  if (WH.has(w.norm)) {
    const embedded = !asked && !unpunctuated && !!nx && (SUBJECT_PRONOUNS.has(nx.norm) || DETERMINERS.has(nx.norm)) && !AUX.has(nx.norm);
    return make(embedded ? 'statement' : 'wh');
  }
  if (AUX.has(w.norm) && nx) {
    let s = h + 1;
    const negative = nx.norm === 'not';
    if (negative) s++;
    if (!isSubjectWord(at(s)) || (!sentenceAsks && !PRONOUNS.has(at(s)!.norm))) return make(asked ? 'elliptical' : 'statement');
    if (negative || at(s + 1)?.norm === 'not') return make('negative-opener');
    if (AGREEMENT_OPENERS.some((p) => spells(words, h, p))) return make('agreement');
    if (MODAL_INVITATIONS.has(w.norm) && at(s)?.norm === 'you') {
      const v = invitationVerbAfter(words, s + 1);
      if (v >= 0) return make(words.slice(v + 1, v + 4).some((x) => FAUX.has(x.norm)) ? 'faux-invitation' : 'invitation');
    }
    if (words.slice(s + 1).some((x) => x.norm === 'or')) return make('choice');
    return make(hasCue(words, h) ? 'answer-cue' : 'yes-no');
  }
  if (AGREEMENT_OPENERS.some((p) => spells(words, h, p))) return make('agreement');
  const inv = INVITATIONS.get(w.root);
  if (inv && !w.tags.has('PastTense') && !w.tags.has('Gerund') && hasWith(words, h, n)) {
    return make(words.slice(h + 1, h + 4).some((x) => FAUX.has(x.norm)) ? 'faux-invitation' : 'invitation');
  }
  if (INVITATION_STATEMENTS.some((p) => spells(words, h, p))) return { ...make('invitation'), preface: true };
  if (w.norm in INDEFINITES || w.norm === 'any') {
    const v = at(h + 1)?.norm === 'else' ? h + 2 : h + 1;
    if (!asked && !unpunctuated) return make('statement');
    return make(isVerb(at(v)) && !PRONOUNS.has(at(v)!.norm) ? 'declarative' : 'elliptical');
  }
  // "In what way?", "For how long?", "With whom?", and echo questions: "You went where?"
  if (w.tags.has('Preposition') && WH.has(nx?.norm ?? '')) return make('wh');
  if (asked && words.slice(h + 1).some((x) => WH.has(x.norm) && x === words[n - 1])) return make('wh');
  if (!asked) return make('statement');
  const verb = words.findIndex((x, i) => i > h && isVerb(x));
  // "You want some water?", "You doing okay?": a yes/no question with its "do" or "are" dropped.
  // "So you …?" sums up instead, and "you hit" may be past.
  if (w.norm === 'you' && verb === h + 1 && h === 0 && !hasCue(words, h) && !words.some((x) => x.norm === 'not')) {
    const v = words[verb];
    const dropped = !AUX.has(v.norm) && !v.tags.has('Copula') && !v.tags.has('Modal');
    const present = dropped && !v.tags.has('PastTense') && conjugate(v.root).PastTense !== v.norm;
    if (present) return make('elliptical');
  }
  return make(verb > h || (verb < 0 && hasCue(words, h)) ? 'declarative' : 'elliptical');
}

function invitationVerbAfter(words: readonly Word[], from: number): number {
  let v = from;
  while (['please', 'just', 'maybe', 'perhaps', 'possibly', 'kindly'].includes(words[v]?.norm ?? '')) v++;
  if (words[v]?.norm === 'be' && words[v + 1]?.norm === 'willing' && words[v + 2]?.norm === 'to') v += 3;
  else if (words[v]?.norm === 'mind') v += 1;
  else if (['like', 'want', 'care'].includes(words[v]?.norm ?? '') && words[v + 1]?.norm === 'to') v += 2;
  const w = words[v];
  if (!w) return -1;
  const inv = INVITATIONS.get(w.root);
  return inv && inv.modal !== false && hasWith(words, v, words.length) ? v : -1;
}

function hasCue(words: readonly Word[], from: number): boolean {
  for (let i = from; i < words.length; i++) if (ANSWER_CUES.some((p) => spells(words, i, p))) return true;
  return false;
}
