// Generates realistic case notes of a given size for `npm run bench`: front
// matter, dated entries with sections, narrative paragraphs, quotes and
// interview turns. Sentences are assembled from parts with a seeded random
// generator, so the text is varied (not one sentence repeated) yet the same on
// every run.

/** mulberry32: a small, fast, seeded generator (also the test caseload's, test/helpers/caseload.ts). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['client', 'mother', 'father', 'grandmother', 'the youth', 'the foster parent', 'her aunt', 'the teacher', 'his probation officer', 'the landlord', 'the school nurse', 'her older brother'];
const NAMES = ['Ms. Alvarez', 'Mr. Okafor', 'Dana', 'J. D.', 'Ms. Chen', 'Mr. Novak', 'Tia', 'Marcus', 'Ms. Haddad', 'Ray'];
const PLACES = ['the family apartment', 'the agency office', 'Lincoln Elementary', 'the county courthouse', 'the shelter on Fifth Street', 'the clinic waiting room', "the grandmother's house", 'the library', 'the food pantry', 'the bus stop on Route 9'];
const ACTS = [
  'reviewed the safety plan', 'discussed the budget for next month', 'talked about the school schedule', 'went over the medication list',
  'completed the housing application', 'called the pharmacy about the refill', 'looked at the calendar for court dates', 'set up a visit with the children',
  'talked about sleep and appetite', 'practised the coping steps from last week', 'read the letter from the landlord together', 'filled in the benefits renewal',
];
const OBSERVED = [
  'sat near the window and kept her coat on', 'spoke quietly and looked at the floor for most of the visit', 'smiled when the children came in',
  'paced the kitchen twice while talking', 'answered each question after a pause', 'held the baby and fed her during the visit',
  'appeared tearful when discussing her son', 'laughed at the dog and offered the worker coffee', 'raised his voice once and then apologised',
  'showed the worker the new lock on the door', 'had the paperwork ready on the table', 'checked his phone several times',
];
const JUDGED = [
  'was combative when the topic of school came up', 'claims she paid the rent on time', 'seemed fine overall', 'is noncompliant with the medication plan',
  'always forgets the appointments', 'probably did not take the bus', 'was hostile toward the worker', 'denied drinking since Friday',
  'refused the referral to counseling', 'is an addict according to the neighbor', 'pt c/o headaches and poor sleep', 'will f/u with the PCP next week',
];
const QUOTES = ['"I just want my kids home."', '"The heater has been broken since October."', '"I am trying, I really am."', '"Nobody called me back."', '"School is fine, I guess."', '"He gets mad when I ask about money."'];
const TIMES = ['9:00', '9:30', '10:15', '11:00', '13:30', '14:00', '15:45', '16:20'];
const QUESTIONS = [
  'Tell me about your week.', 'What happened after that?', 'How did you feel when that happened?', 'Did you go to school on Monday?', 'Why did you leave early?',
  'What would help most right now?', 'Who else was there?', 'You were scared, weren\'t you?', 'How are school and home?', 'What do you do when you feel that way?',
  'Can you tell me more about the new apartment?', 'Is your mom working this week?',
];
const ANSWERS = [
  'It was okay. My sister stayed over on Tuesday.', 'I went to the store and then came home.', 'I felt tired, mostly.', 'Yes, I went on Monday and Tuesday.',
  'The bus was late and I had to pick up my brother.', 'Help with the electric bill would help.', 'My cousin and her friend were there.',
  'I was a little scared, yes.', 'School is fine. Home is loud.', 'I listen to music in my room.', 'It has two bedrooms and the heat works.', 'She works nights at the hospital.',
];

export function generateNote(bytes, seed = 1) {
  const rnd = random(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const sentence = () => {
    const r = rnd();
    if (r < 0.35) return `${cap(pick(PEOPLE))} ${pick(OBSERVED)}.`;
    if (r < 0.6) return `Worker and ${pick(PEOPLE)} ${pick(ACTS)} at ${pick(PLACES)}.`;
    if (r < 0.75) return `${cap(pick(PEOPLE))} stated, ${pick(QUOTES)}`;
    if (r < 0.88) return `${cap(pick(PEOPLE))} ${pick(JUDGED)}.`;
    return `${pick(NAMES)} called at ${pick(TIMES)} to ask about ${pick(['the next visit', 'bus passes', 'the court date', 'school forms', 'the food card'])}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(rnd() * 5) }, sentence).join(' ');
  const interview = () => {
    const lines = ['## Interview'];
    for (let i = 0, n = 4 + Math.floor(rnd() * 6); i < n; i++) {
      const k = Math.floor(rnd() * QUESTIONS.length);
      lines.push(`Worker: ${QUESTIONS[k]}`, `Client: ${ANSWERS[k]}`);
    }
    return lines.join('\n');
  };
  const parts = [
    '---',
    'format: home-visit',
    'date: 2026-11-20',
    'time: 14:00-14:50',
    "location: Client's apartment",
    'participants: J. D. (client); R. D. (mother); A. Rivera (caseworker)',
    'worker: A. Rivera, MSW',
    '---',
    '# Case record',
    '',
  ];
  let size = parts.join('\n').length;
  let day = 1;
  while (size < bytes) {
    const entry = [`## Visit ${day} (2026-${String(1 + (day % 12)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')})`, '', paragraph(), '', paragraph(), ''];
    if (rnd() < 0.4) entry.push(interview(), '');
    entry.push('## Plan', '', paragraph(), '');
    const text = entry.join('\n');
    parts.push(text);
    size += text.length + 1;
    day++;
  }
  return parts.join('\n').slice(0, bytes).replace(/[^\n]*$/, '') + '\n';
}

const cap = (s) => s[0].toUpperCase() + s.slice(1);
