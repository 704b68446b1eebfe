// Part-of-speech tagging of single sentences with compromise, for the
// question rules. Tagging costs about 0.2 MB/s (PERFORMANCE-NOTES.md), so it is
// only ever called on one interviewer sentence at a time, never on a note, and
// its results are cached by sentence text.
import nlp from 'compromise';

/** One word of a tagged sentence. */
export interface Word {
  /** As written ("Didn't"); empty for the second half of a contraction. */
  text: string;
  /** Lower case, with contractions spelled out: "didn't" gives "did", then "not". */
  norm: string;
  /** A verb's infinitive or a noun's singular ("hitting" → "hit", "belts" → "belt"); otherwise `norm`. */
  root: string;
  /** compromise's tags: Verb, Noun, Pronoun, Adjective, PastTense, Gerund, Copula, QuestionWord, … */
  tags: ReadonlySet<string>;
  /** Offsets into the sentence. The second half of a contraction is empty (start === end). */
  start: number;
  end: number;
  /** Punctuation and space after the word. */
  post: string;
}

interface Term {
  text: string;
  normal: string;
  implicit?: string;
  root?: string;
  tags: string[];
  post: string;
  offset: { start: number; length: number };
}

const CACHE_LIMIT = 4000;
const cache = new Map<string, Word[]>();

/** Tags one sentence. Results depend only on the text, so they are cached. */
export function tagSentence(sentence: string): Word[] {
  const hit = cache.get(sentence);
  if (hit) return hit;
  // compromise reads capitals as proper nouns; a sentence typed in capitals is read in lower case.
  const shouting = !/\p{Ll}/u.test(sentence) && /\p{Lu}.*\p{Lu}/u.test(sentence);
  const doc = nlp(shouting ? sentence.toLowerCase() : sentence);
  doc.compute('root');
  const json = doc.json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[];
  const words = json.flatMap((s) => s.terms).map(toWord);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(sentence, words);
  return words;
}

function toWord(t: Term): Word {
  const norm = (t.implicit ?? t.normal).toLowerCase().replace(/’/g, "'");
  const tags = new Set(t.tags);
  let root = (t.root ?? norm).toLowerCase();
  if (tags.has('Copula')) root = 'be';
  return {
    text: t.text,
    norm,
    root: root.replace(/'s$/, ''),
    tags,
    start: t.offset.start,
    end: t.offset.start + t.offset.length,
    post: t.post,
  };
}
