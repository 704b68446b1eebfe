// Open-ended rewrites of a closed, leading or why question, built from the
// question's own words: "Did you feel scared?" → "How did you feel?". Each
// rewrite is a whole sentence with its own end punctuation. The generic
// invitation ("Tell me more about that.") is added by the rules, last.
import type { Clause } from './clauses';
import {
  AUX, COLOR, FREQUENCY, INDEFINITES, INVITATIONS, isNoun, isVerb, LOADED, OBJECT_FORM, PERCEPTION, PERSON_ROLES, PLACE,
  PRONOUNS, THINKING, TIME,
} from './lexicon';
import { capitalize, gerundOf, pastOf, Phrase, tenseOf, thirdOf } from './phrase';
import type { Presumption } from './presumption';

type Maybe = string | undefined;

/** Up to three rewrites, best first. `end` cuts off a question tag. */
export function rewritesFor(clause: Clause, end: number, presumption?: Presumption): string[] {
  const p = new Phrase(clause.words.slice(0, end), clause.head);
  let out: Maybe[];
  if (presumption) out = presumptive(p, presumption);
  else if (clause.form === 'why') out = why(p);
  else if (clause.form === 'tag' || clause.form === 'declarative') out = statement(p, p.h);
  else if (clause.form === 'agreement' || (clause.form === 'negative-opener' && opinionAt(p) >= 0)) out = agreement(p);
  else out = closed(p, clause.form);
  const seen = new Set<string>();
  return out
    .filter((s): s is string => !!s && s.split(' ').length > 1)
    .map((s) => capitalize(s.replace(/\s+/g, ' ').replace(/ ([?.,])/g, '$1').trim()))
    .filter((s) => !seen.has(s) && !!seen.add(s))
    .slice(0, 3);
}

const feelAux = (t: ReturnType<typeof tenseOf>) => (t === 'would' ? 'would' : t === 'past' ? 'did' : 'do');
const likeFor = (t: ReturnType<typeof tenseOf>) => (t === 'would' ? 'What would that be like for you?' : t === 'past' ? 'What was that like for you?' : 'What is that like for you?');

function presumptive(p: Phrase, presumption: Presumption): Maybe[] {
  const past = tenseOf(p.at(p.h + 1)) === 'past' || p.ws.some((w) => w.tags.has('PastTense'));
  const subject = p.at(p.h + 2);
  const pronoun = subject && ['he', 'she', 'they'].includes(subject.norm) && presumption.at !== p.h + 2 ? subject.norm : undefined;
  return past
    ? ['Tell me everything that happened.', pronoun && `Tell me more about ${OBJECT_FORM[pronoun]}.`, 'What happened next?']
    : ['Tell me what usually happens.', 'What is that like for you?'];
}

function why(p: Phrase): Maybe[] {
  let s: number;
  let aux = p.at(p.h + 1);
  let negative = false;
  if (p.ws[p.h].norm === 'how') {
    s = p.h + 2;
    const e = p.subjectEnd(s);
    aux = AUX.has(p.at(e)?.norm ?? '') ? p.at(e) : undefined;
    negative = p.at(e + 1)?.norm === 'not';
    return whyParts(p, s, e, aux ? e + (negative ? 2 : 1) : e, aux ?? p.at(e), negative);
  }
  if (!aux || !AUX.has(aux.norm)) return fallbackWhy();
  s = p.h + 2;
  if (p.at(s)?.norm === 'not') {
    negative = true;
    s++;
  }
  let e = p.subjectEnd(s);
  if (p.at(e)?.norm === 'not') {
    negative = true;
    e++;
  }
  return whyParts(p, s, e, e, aux, negative);
}

function whyParts(p: Phrase, s: number, e: number, v0: number, aux: ReturnType<Phrase['at']>, negative: boolean): Maybe[] {
  const subject = p.text(s, e);
  if (!subject) return fallbackWhy();
  const you = subject === 'you';
  const obj = OBJECT_FORM[subject] ?? subject;
  const tense = tenseOf(aux);
  const past = tense !== 'present';
  const v = p.verbAfter(v0);
  const isBe = aux?.root === 'be' && (v < 0 || p.ws[v].tags.has('Gerund'));
  if (isBe) {
    const restStart = v < 0 ? v0 : v;
    const rest = p.text(restStart);
    if (!rest) return fallbackWhy();
    const being = v >= 0 ? rest : `being ${rest}`;
    if (negative) return [`What kept ${obj} from ${being}?`, you ? `What got in the way of ${being}?` : undefined];
    return [`What ${past ? 'led' : 'leads'} to ${obj} ${being}?`, you ? `Tell me about ${being}.` : `Tell me more about ${obj}.`];
  }
  if (v < 0) return fallbackWhy();
  const vp = [p.ws[v].root, p.text(v + 1)].join(' ').trim();
  if (you) {
    if (negative) return [`What ${past ? 'made' : 'makes'} it hard to ${vp}?`, past ? `What would have helped you ${vp}?` : `What would help you ${vp}?`];
    return [
      `What ${past ? 'led' : 'leads'} you to ${vp}?`,
      past ? `Help me understand what was happening when you decided to ${vp}.` : `Help me understand what is happening when you ${vp}.`,
    ];
  }
  if (negative) return [`What do you think ${past ? 'made' : 'makes'} it hard for ${obj} to ${vp}?`];
  const tensed = [past ? pastOf(p.ws[v].root) : ['they', 'we', 'i'].includes(subject) ? p.ws[v].root : thirdOf(p.ws[v].root), p.text(v + 1)].join(' ');
  return [`What ${past ? 'was' : 'is'} happening when ${subject} ${tensed}?`, `What do you think ${past ? 'led' : 'leads'} ${obj} to ${vp}?`];
}

const fallbackWhy = (): Maybe[] => ['Help me understand what happened.', 'What was going on for you at the time?'];

/** "Don't you think …", "Wouldn't you agree …", "Isn't it true that …": the interviewer's view, offered for agreement. */
function opinionAt(p: Phrase): number {
  return p.find(p.h, 'think', 'agree', 'true', 'possible', 'say', 'believe');
}

function agreement(p: Phrase): Maybe[] {
  const o = opinionAt(p);
  let c = o + 1;
  if (p.at(c)?.norm === 'that') c++;
  if (o < 0 || c >= p.n) return ['What do you think?', 'How do you see it?'];
  if (['true', 'possible'].includes(p.ws[o].norm)) return statement(p, c);
  const np = p.nounPhrase(c);
  return [np ? `What do you think about ${p.objectText(np)}?` : 'What do you think?', 'How do you see it?'];
}

/** Rewrites of a statement offered as a question ("He hit you, didn't he?", "So you left at nine?"). */
function statement(p: Phrase, s0: number): Maybe[] {
  let s = s0;
  while (['surely', 'obviously', 'clearly', 'so', 'and', 'then'].includes(p.at(s)?.norm ?? '')) s++;
  const first = p.at(s);
  if (!first) return ['Tell me what happened.'];
  const e = p.subjectEnd(s);
  const subject = p.text(s, e);
  const you = subject === 'you';
  // The verb chain: "must have been", "would", "was", "had been".
  let k = e;
  let past = false;
  let would = false;
  let be = false;
  while (p.at(k) && (AUX.has(p.ws[k].norm) || ['not', 'been', 'be', 'being'].includes(p.ws[k].norm) || (p.ws[k].tags.has('Adverb') && !isVerb(p.ws[k])))) {
    const w = p.ws[k];
    if (w.tags.has('PastTense') || w.norm === 'must' || ['was', 'were', 'had'].includes(w.norm)) past = true;
    if (w.norm === 'would') would = true;
    if (w.root === 'be' || w.tags.has('Copula')) be = true;
    k++;
  }
  const main = p.at(k);
  const tense = would ? 'would' : past || main?.tags.has('PastTense') ? 'past' : 'present';
  if ((first.norm === 'that' || first.norm === 'it') && be && p.at(k)?.norm === 'when') return ['What happened then?', 'Tell me what happened.'];
  const who = p.find(k, 'who');
  if (be && who > k && who < p.n - 1) return [`Who ${p.text(who + 1)}?`, 'Tell me what happened.'];
  if (you && (main?.root === 'feel' || (be && main?.tags.has('Adjective')))) {
    const pp = p.ws.findIndex((w, i) => i > k && w.tags.has('Preposition'));
    return [`How ${feelAux(tense)} you feel ${pp > 0 ? p.text(pp) : ''}?`, likeFor(tense)];
  }
  if (first.norm === 'that' || first.norm === 'it') return [likeFor(tense), 'Tell me what happened.'];
  if (be && main && (PLACE.has(main.norm) || main.tags.has('Preposition'))) {
    return [you ? `Where ${past ? 'were' : 'are'} you${p.timePhrase(k)}?` : `Who ${past ? 'was' : 'is'} ${main.norm === 'there' ? 'there' : p.text(k)}?`, 'Tell me what happened.'];
  }
  if (be && main?.tags.has('Adjective') && !you) {
    const time = p.timePhrase(k + 1);
    return [`Tell me about how ${subject} ${past ? 'was' : 'is'}${time}.`, `What ${past ? 'was' : 'is'} ${subject} like${time}?`];
  }
  if (!main || !isVerb(main)) return ['Tell me what happened.', 'Tell me more about how things were.'];
  const object = p.nounPhrase(k + 1);
  if (['tell', 'say'].includes(main.root)) {
    const person = object && PERSON_ROLES.has(p.ws[object.end - 1].root) ? ` ${p.objectText(object)}` : '';
    return [`What did ${subject} ${main.root === 'tell' && person ? `tell${person}` : `say${you ? '' : ' to you'}`}?`, 'Tell me what happened.'];
  }
  if (you && THINKING.has(main.root)) return [`What ${tense === 'past' ? 'did' : 'do'} you think about that?`, 'Tell me what happened.'];
  if (you && PERCEPTION.has(main.root)) return [`What ${tense === 'past' ? 'did' : 'do'} you ${main.root}?`, `Tell me what you ${tense === 'past' ? pastOf(main.root) : main.root}.`];
  if (you) {
    if (tense !== 'past') return [object && `Tell me about ${p.objectText(object)}.`, 'Tell me how things have been going.'];
    return [object ? `Tell me about ${p.objectText(object)}.` : `What happened when you ${pastOf(main.root)}?`, 'Tell me what happened.'];
  }
  const loadedSubject = p.ws.slice(s, e).some((w) => LOADED.has(w.root));
  if (tense === 'past') return ['Tell me what happened.', loadedSubject ? undefined : `Tell me what ${subject} did.`];
  return ['Tell me what happens.', loadedSubject ? undefined : `Tell me what ${subject} ${['they', 'we', 'i'].includes(subject) ? 'do' : 'does'}.`];
}

/** Rewrites of a yes/no question, a forced choice or a faux invitation. */
function closed(p: Phrase, form: Clause['form']): Maybe[] {
  if (form === 'elliptical') return elliptical(p);
  const aux = p.ws[p.h];
  if (form === 'faux-invitation' && INVITATIONS.has(aux.root)) return complement(p, p.h + 1, 'Tell me', undefined);
  let s = p.h + 1;
  if (p.at(s)?.norm === 'not') s++;
  let e = p.subjectEnd(s);
  if (p.at(e)?.norm === 'not') e++;
  const subject = p.text(s, e);
  const you = subject === 'you';
  const obj = OBJECT_FORM[subject] ?? subject;
  const tense = tenseOf(aux);
  const isBe = aux.root === 'be' || ['is', 'are', 'was', 'were', 'am'].includes(aux.norm);
  let v = p.verbAfter(e);
  if (v >= 0 && p.ws[v].root === 'be' && p.at(v + 1)?.tags.has('Gerund')) v++;
  const V = v >= 0 ? p.ws[v] : undefined;
  const hasLoaded = p.ws.some((w) => LOADED.has(w.root));

  if (form === 'faux-invitation') {
    const inv = p.find(e, ...[...INVITATIONS.keys()]);
    return complement(p, inv >= 0 ? inv + 1 : e, 'Tell me', undefined);
  }
  if (form === 'choice') return choice(p, s, e, aux.text.toLowerCase() || aux.norm, subject, you);
  if (p.at(s)?.norm === 'it' && ['okay', 'ok', 'alright', 'fine'].includes(p.at(e)?.norm ?? '') && p.at(e + 1)?.norm === 'if') {
    const iv = p.verbAfter(e + 3);
    if (iv > 0) return [`How would you feel about ${p.at(e + 2)?.norm === 'we' ? 'us' : 'me'} ${gerundOf(p.ws[iv].root)} ${p.text(iv + 1)}?`, 'What questions do you have before we go on?'];
  }
  const adjective = isBe && p.at(e)?.tags.has('Adjective') ? e : -1;
  if (you && (V?.root === 'feel' || adjective >= 0)) {
    const pp = p.ws.findIndex((w, i) => i > (V ? v : e) && w.tags.has('Preposition'));
    const t = tense === 'would' ? 'would' : tense;
    return [`How ${feelAux(t)} you feel ${pp > 0 ? p.text(pp) : ''}?`, pp > 0 ? `What ${tense === 'past' ? 'was' : 'is'} it like for you ${p.text(pp)}?` : likeFor(t)];
  }
  const auxText = aux.norm;
  const indefinite = p.ws.findIndex((w, i) => i >= s && w.norm in INDEFINITES);
  if (indefinite >= 0 && !hasLoaded) {
    const wh = INDEFINITES[p.ws[indefinite].norm] + (p.at(indefinite + 1)?.norm === 'else' ? ' else' : '');
    const skip = p.at(indefinite + 1)?.norm === 'else' ? indefinite + 2 : indefinite + 1;
    if (indefinite === s && p.ws[s].norm !== 'there') {
      if (isBe || !V || !['do', 'does', 'did'].includes(auxText)) return [`${wh} ${auxText} ${p.text(skip)}?`, 'Tell me what happened.'];
      const tensed = auxText === 'did' ? pastOf(V.root) : thirdOf(V.root);
      return [`${wh} ${tensed} ${p.text(v + 1)}?`, 'Tell me what happened.'];
    }
    if (p.ws[s].norm === 'there' && indefinite === e - 1 - (wh.endsWith('else') ? 1 : 0) || (p.ws[s].norm === 'there' && indefinite >= e - 2)) {
      const rel = p.at(skip)?.norm === 'you' && isVerb(p.at(skip + 1)) ? p.text(skip + 1) : '';
      return [rel ? `${wh} do you ${rel}?` : `${wh} is there?`, 'What else would you like me to know?'];
    }
    return [`${wh} ${auxText} ${subject} ${p.text(e, indefinite)} ${p.text(skip)}?`, 'Tell me about that.'];
  }
  if (V && THINKING.has(V.root)) return complement(p, v + 1, `What ${auxText} ${subject} ${V.root}`, `${auxText} ${subject} ${V.root}`);
  if (V && PERCEPTION.has(V.root)) {
    return [`What ${auxText} ${subject} ${V.root}?`, you ? `Tell me what you ${tense === 'past' ? pastOf(V.root) : V.root}.` : undefined];
  }
  if (V && V.root === 'tell') {
    const np = p.nounPhrase(v + 1);
    return [`What ${auxText} ${subject} tell ${np ? p.objectText(np) : ''} ${np ? p.text(np.end) : ''}?`, 'Tell me what happened.'];
  }
  if (V && ['want', 'like', 'need'].includes(V.root)) {
    if (p.at(v + 1)?.norm === 'to' && isVerb(p.at(v + 2))) return [`How ${feelAux(tense)} you feel about ${gerundOf(p.ws[v + 2].root)} ${p.text(v + 3)}?`, `What ${auxText} ${subject} ${V.root}?`];
    const np = p.nounPhrase(v + 1);
    let after = np ? np.end : v + 1;
    while (p.at(after) && (isNoun(p.ws[after]) || p.ws[after].norm === 'of')) after++;
    return [`What ${auxText} ${subject} ${V.root} ${p.text(after)}?`, 'Tell me more about what you need.'];
  }
  if (isBe && !V) {
    const next = p.at(e);
    if (next && (PLACE.has(next.norm) || next.tags.has('Preposition'))) {
      let after = e + 1;
      while (p.at(after) && !p.ws[after].tags.has('Date') && !['that', 'last', 'this'].includes(p.ws[after].norm) && (isNoun(p.ws[after]) || p.ws[after].tags.has('Possessive') || ['the', 'a', 'an', 'my', 'your', 'his', 'her', 'their', 'our'].includes(p.ws[after].norm))) after++;
      return [`Where ${auxText} ${subject} ${p.text(after)}?`, PRONOUNS.has(subject) ? 'Tell me what happened.' : `Tell me about ${obj}.`];
    }
    const np = p.nounPhrase(e);
    if (np && np.start === e) {
      const role = PERSON_ROLES.has(p.ws[np.end - 1].root);
      return [`Tell me about ${p.objectText(np)}.`, role ? `How do you get along with ${p.objectText(np)}?` : undefined];
    }
    if (next?.tags.has('Adjective') || !next) return [`How ${auxText} ${subject}${p.timePhrase(e)}?`, PRONOUNS.has(subject) ? undefined : `Tell me about ${obj}.`];
    return ['Tell me about that.', likeFor(tense)];
  }
  if (V && you) {
    const np = p.nounPhrase(v + 1);
    return [`Tell me about ${V.tags.has('Gerund') ? V.text.toLowerCase() : gerundOf(V.root)} ${p.text(v + 1)}.`, np && `Tell me about ${p.objectText(np)}.`];
  }
  if (V) {
    const np = p.nounPhrase(v + 1);
    return [np && !hasLoaded ? `Tell me about ${p.objectText(np)}.` : undefined, PRONOUNS.has(subject) || subject in INDEFINITES ? undefined : `Tell me about ${obj}.`, hasLoaded ? 'How are things at home?' : undefined];
  }
  return ['Tell me about that.'];
}

/** "what happened" after "Do you remember …", "if anyone else was there" after "Can you tell me …". */
function complement(p: Phrase, c: number, lead: string, inverted: string | undefined): Maybe[] {
  const first = p.at(c)?.norm === 'me' || p.at(c)?.norm === 'us' ? c + 1 : c;
  const w = p.at(first);
  const tellMe = lead === 'Tell me';
  if (!w) return [`${lead}?`];
  if (w.norm === 'if' || w.norm === 'whether') {
    const indefinite = p.ws.findIndex((x, i) => i > first && x.norm in INDEFINITES);
    if (indefinite > 0 && !p.ws.some((x) => LOADED.has(x.root))) {
      const wh = INDEFINITES[p.ws[indefinite].norm];
      const clause = [wh, p.text(first + 1, indefinite), p.text(indefinite + 1)].join(' ');
      return [`Tell me ${clause}.`, tellMe ? undefined : `${lead} about that?`];
    }
    const np = p.nounPhrase(first + 1);
    if (!np) return ['Tell me what you remember.', 'What happened?'];
    return [`What do you remember about ${p.objectText(np)}?`, `Tell me about ${p.objectText(np)}.`];
  }
  if (w.norm === 'about') return [tellMe ? `Tell me ${p.text(first)}.` : `${lead} ${p.text(first)}?`];
  if (w.tags.has('QuestionWord') || ['what', 'who', 'where', 'when', 'how', 'why'].includes(w.norm)) {
    return [tellMe ? `Tell me ${p.text(first)}.` : `${lead} about ${p.text(first)}?`, `Tell me ${p.text(first)}.`];
  }
  const np = p.nounPhrase(first);
  if (np && np.start === first && !isVerb(p.at(np.end))) return [`${lead} about ${p.objectText(np)}?`, `Tell me about ${p.objectText(np)}.`];
  return [tellMe ? 'Tell me about that.' : `${lead}?`, inverted ? 'Tell me what you remember.' : undefined];
}

function choice(p: Phrase, s: number, e: number, aux: string, subject: string, you: boolean): Maybe[] {
  let a = e;
  while (p.at(a) && (isVerb(p.ws[a]) || p.ws[a].norm === 'to')) a++;
  const or = p.find(a, 'or');
  const firstAlt = p.ws.slice(a, or);
  const second = p.at(or + 1);
  const fallback = [subject && !PRONOUNS.has(subject) ? `What do you remember about ${subject}?` : 'Tell me what you remember.', 'What happened?'];
  if (or < 0 || firstAlt.length === 0 || !second || AUX.has(second.norm)) return fallback;
  const alts = p.ws.slice(a);
  const any = (set: ReadonlySet<string>) => alts.some((w) => set.has(w.norm) || set.has(w.root));
  const stem = `${aux} ${subject} ${p.text(e, a)}`;
  if (you && firstAlt.some((w) => w.tags.has('Adjective'))) return ['How did you feel?', 'What was that like for you?'];
  if (firstAlt.some((w) => PERSON_ROLES.has(w.root))) return [`Who ${stem}?`, 'Tell me what happened.'];
  if (any(FREQUENCY)) return [`How often ${stem}?`, 'Tell me about the times it happened.'];
  if (any(COLOR)) return [`What color ${stem}?`, `Tell me what ${subject === 'it' ? 'it' : OBJECT_FORM[subject] ?? subject} looked like.`];
  if (any(TIME)) return [`When ${stem}?`, 'Tell me what happened.'];
  if (alts.some((w, i) => (PLACE.has(w.norm) && !w.tags.has('Preposition')) || (w.tags.has('Preposition') && isNoun(alts[i + 1] ?? alts[i + 2])))) {
    return [`Where ${stem}?`, 'Tell me about that place.'];
  }
  return fallback;
}

function elliptical(p: Phrase): Maybe[] {
  const w = p.ws[p.h];
  if (w.norm in INDEFINITES || w.norm === 'any') return ['What else would you like to tell me?', 'What else would be important for me to know?'];
  const np = p.nounPhrase(p.h);
  return np ? [`Tell me about ${p.objectText(np)}.`, `What about ${p.objectText(np)}?`] : ['Tell me about that.', 'What do you mean?'];
}
