// Reading a tagged clause back as text, and finding its subject, verb and
// noun phrases. Used to build open-ended rewrites from a question's own words.
import { conjugate } from '../document/inline';
import type { Word } from '../document/tagging';
import { AUX, DETERMINERS, FILLERS, INDEFINITES, isNoun, isVerb, LOADED, OBJECT_FORM, PLACE, PRONOUNS } from './lexicon';

const EVERY = new Set(['everything', 'everyone', 'everybody', 'nothing', 'nobody', 'none', 'each']);
const QUANTIFIERS = new Set(['enough', 'any', 'some', 'much', 'many', 'more', 'no', 'every', 'all']);
const VAGUE_NOUNS = new Set(['thing', 'things', 'something', 'anything', 'lot', 'time', 'way', 'one', 'kind', 'sort', 'bit', 'stuff']);
const TIME_STARTS = new Set(['that', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier']);

/** A clause's words (from its head to before any tag) with helpers to read parts of it back. */
export class Phrase {
  /** The question was typed in capitals: read it in lower case. */
  private readonly shouting: boolean;

  constructor(
    readonly ws: readonly Word[],
    readonly h: number,
  ) {
    this.shouting = ws.every((w) => w.text === w.text.toUpperCase());
  }

  get n(): number {
    return this.ws.length;
  }

  at(i: number): Word | undefined {
    return i >= 0 && i < this.ws.length ? this.ws[i] : undefined;
  }

  /** The words from..to as written (contractions kept whole when both halves are inside), fillers dropped. */
  text(from: number, to = this.n, { keepFillers = false } = {}): string {
    let out = '';
    let sep = '';
    for (let k = Math.max(from, 0); k < Math.min(to, this.n); k++) {
      const w = this.ws[k];
      if (!keepFillers && FILLERS.has(w.norm)) continue;
      let word = w.text === '' ? w.norm : surface(w, this.shouting);
      if (this.ws[k + 1]?.text === '' && w.text !== '') {
        if (k + 1 < to) k++;
        else word = w.norm;
      }
      out += sep + word;
      const post = this.ws[k].post;
      sep = post === '-' ? '-' : post.includes(',') ? ', ' : ' ';
    }
    return out;
  }

  /** Index just after the subject noun phrase that starts at `s`. */
  subjectEnd(s: number): number {
    const w = this.at(s);
    if (!w) return s;
    let e = s + 1;
    if (!(PRONOUNS.has(w.norm) || w.norm in INDEFINITES || EVERY.has(w.norm))) {
      e = s;
      // "your mom home" is "your mom" + "home"; "your dad working" is "your dad" + a verb.
      let noun = false;
      while (e < this.n && isNominal(this.ws[e]) && !(e > s && (PLACE.has(this.ws[e].norm) || this.ws[e].tags.has('Date')))) {
        // "the door open", "your mom okay": an adjective after the noun is not part of the subject.
        if (noun && !isNoun(this.ws[e])) break;
        noun ||= isNoun(this.ws[e]) && !this.ws[e].tags.has('Possessive');
        e++;
      }
      if (e === s) e = s + 1;
    }
    if (this.at(e)?.norm === 'else') e++;
    if (this.at(e)?.norm === 'and' && isNominal(this.at(e + 1))) return this.subjectEnd(e + 1);
    return e;
  }

  /** The first verb at or after `from`, skipping fillers and other adverbs; -1 if a non-verb comes first. */
  verbAfter(from: number): number {
    let v = from;
    while (v < this.n && (FILLERS.has(this.ws[v].norm) || (this.ws[v].tags.has('Adverb') && !isVerb(this.ws[v])))) v++;
    // "right now" is not the verb "right".
    if (this.ws[v]?.norm === 'right' && ['now', 'away', 'there', 'here'].includes(this.ws[v + 1]?.norm ?? '')) return -1;
    return v < this.n && isVerb(this.ws[v]) ? v : -1;
  }

  /** Start and end of the first noun phrase from `from` that is not a pronoun, a vague noun or a loaded word. */
  nounPhrase(from: number, to = this.n): { start: number; end: number } | undefined {
    for (let k = from; k < to; k++) {
      const w = this.ws[k];
      if (!isNoun(w) || PRONOUNS.has(w.norm) || EVERY.has(w.norm) || w.norm in INDEFINITES || VAGUE_NOUNS.has(w.root) || LOADED.has(w.root) || w.tags.has('Value') || w.tags.has('Date')) continue;
      let start = k;
      while (start > from && (DETERMINERS.has(this.ws[start - 1].norm) || this.ws[start - 1].tags.has('Adjective') || this.ws[start - 1].tags.has('Possessive'))) start--;
      while (start < k && QUANTIFIERS.has(this.ws[start].norm)) start++;
      // "the same school" reads oddly on its own.
      if (this.ws.slice(start, k).some((x) => x.norm === 'same' || x.norm === 'other')) return undefined;
      let end = k + 1;
      while (end < to && ((isNoun(this.ws[end]) && !this.ws[end].tags.has('Date') && !PLACE.has(this.ws[end].norm)) || this.ws[end - 1].post === '-')) end++;
      // "a place to stay" loses its sense without the verb: no noun phrase then.
      if (this.at(end)?.norm === 'to' && isVerb(this.at(end + 1))) return undefined;
      // "the key to the apartment": keep a short of/to phrase.
      if ((this.at(end)?.norm === 'of' || this.at(end)?.norm === 'to') && DETERMINERS.has(this.at(end + 1)?.norm ?? '') && isNoun(this.at(end + 2))) end += 3;
      return { start, end };
    }
    return undefined;
  }

  /** A noun phrase as an object: "a key" reads "the key", "he" reads "him". */
  objectText(span: { start: number; end: number }): string {
    const t = this.text(span.start, span.end);
    return OBJECT_FORM[t] ?? t.replace(/^(a|an) /, 'the ');
  }

  /** A trailing time phrase ("that night", "last week"), or ''. */
  timePhrase(from: number): string {
    for (let k = from; k < this.n; k++) {
      const w = this.ws[k];
      if (w.tags.has('Date') || (TIME_STARTS.has(w.norm) && (this.at(k + 1)?.tags.has('Date') || /^(night|day|morning|evening|afternoon|weekend|week|time)$/.test(this.at(k + 1)?.norm ?? '')))) {
        return ' ' + this.text(k);
      }
    }
    return '';
  }

  /** Index of the first word at or after `from` whose normalized form is one of `norms`. */
  find(from: number, ...norms: string[]): number {
    for (let k = from; k < this.n; k++) if (norms.includes(this.ws[k].norm)) return k;
    return -1;
  }
}

function surface(w: Word, shouting: boolean): string {
  if (w.norm === 'i' || /^i['’]/i.test(w.text)) return `I${w.text.slice(1).toLowerCase()}`;
  if (shouting || (w.start === 0 && !w.tags.has('ProperNoun') && !/^\p{Lu}{2,}$/u.test(w.text))) return w.text.toLowerCase();
  return w.text;
}

const isNominal = (w: Word | undefined) =>
  !!w &&
  !isVerb(w) &&
  !AUX.has(w.norm) &&
  !FILLERS.has(w.norm) &&
  !w.tags.has('Preposition') &&
  !w.tags.has('Gerund') &&
  (DETERMINERS.has(w.norm) || ['Noun', 'Adjective', 'Possessive', 'Value'].some((t) => w.tags.has(t)));

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A verb's infinitive, checked against its conjugations when the tagger gave none ("eaten" → eat). */
export function infinitiveOf(w: Word): string {
  if (w.root !== w.norm) return w.root;
  const n = w.norm;
  const stems: string[] = [];
  for (const suffix of ['en', 'ed', 'd', 'ing', 'n']) {
    if (!n.endsWith(suffix) || n.length <= suffix.length + 2) continue;
    const stem = n.slice(0, -suffix.length);
    stems.push(stem, `${stem}e`);
    if (/(.)\1$/.test(stem)) stems.push(stem.slice(0, -1));
  }
  for (const stem of stems) {
    const forms = conjugate(stem);
    if (forms.PastTense === n || forms.Participle === n || forms.Gerund === n) return stem;
  }
  return n;
}

export const pastOf = (root: string) => conjugate(root).PastTense ?? root;
export const gerundOf = (root: string) => conjugate(root).Gerund ?? `${root}ing`;
export const thirdOf = (root: string) => conjugate(root).PresentTense ?? `${root}s`;

/** "did"/"was" read as past; "does"/"is" as present; "would" stays "would". */
export function tenseOf(aux: Word | undefined): 'past' | 'present' | 'would' {
  if (!aux) return 'present';
  if (aux.norm === 'would' || aux.norm === 'could') return 'would';
  return aux.tags.has('PastTense') || ['did', 'was', 'were', 'had'].includes(aux.norm) ? 'past' : 'present';
}

export type Tense = ReturnType<typeof tenseOf>;
/** The auxiliary of "How … you feel?" for a tense. */
export const feelAux = (t: Tense) => (t === 'would' ? 'would' : t === 'past' ? 'did' : 'do');
export const likeFor = (t: Tense) => (t === 'would' ? 'What would that be like for you?' : t === 'past' ? 'What was that like for you?' : 'What is that like for you?');
