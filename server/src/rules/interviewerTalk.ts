import { interviewsOf, MIN_INTERVIEWER_TURNS, talkOf } from '../document/interviews';
import type { Finding, Rule } from './types';

/** From this many interviewer turns on, an interview with no reflection or summary is reported (issue 3). */
export const TURNS_BEFORE_REFLECTING = 10;

const percent = (share: number, limit: number) => {
  // "51%" rather than a rounded "50%" that would read as equal to the limit.
  const whole = Math.round(share * 100);
  return whole === Math.round(limit * 100) ? (share * 100).toFixed(1) : String(whole);
};

export const interviewerTalk: Rule = {
  id: 'interviewer-talk',
  principle: 'Listen actively',
  defaultSeverity: 'information',
  summary: 'Let the person do most of the talking, and reflect or summarize what you heard now and then.',
  check(note, settings) {
    const limit = settings['interview.maxInterviewerShare'];
    const findings: Finding[] = [];
    for (const interview of interviewsOf(note)) {
      const talk = talkOf(note, interview.turns);
      const problems: string[] = [];
      const all = talk.interviewerWords + talk.intervieweeWords;
      // A share means nothing until both sides are on record: an excerpt, or a template whose answers are still empty.
      if (talk.interviewerTurns >= MIN_INTERVIEWER_TURNS && talk.intervieweeWords > 0 && talk.interviewerWords / all > limit) {
        problems.push(
          `The interviewer speaks ${percent(talk.interviewerWords / all, limit)}% of the words in this interview (${talk.interviewerWords} of ${all}), ` +
            `more than the ${Math.round(limit * 100)}% set by casewise.interview.maxInterviewerShare. Ask shorter, open questions and leave room for the person's own account.`,
        );
      }
      if (talk.interviewerTurns >= TURNS_BEFORE_REFLECTING && talk.reflections === 0) {
        problems.push(
          `None of the interviewer's ${talk.interviewerTurns} turns reflects or summarizes what the person said ("It sounds like…", "So what I'm hearing is…", "You felt…"). ` +
            'Reflect back what you heard now and then, so the person knows you listened and can correct you.',
        );
      }
      if (problems.length === 0) continue;
      const first = interview.turns[0].turn;
      const at = interview.section
        ? interview.section.titleSpan.end > interview.section.titleSpan.start
          ? interview.section.titleSpan
          : interview.section.heading
        : { start: first.label.start, end: Math.min(first.body.end, note.lines.lineEnd(note.lines.lineAt(first.label.start))) };
      findings.push({ start: at.start, end: at.end, message: problems.join(' '), fixes: [] });
    }
    return findings;
  },
};
