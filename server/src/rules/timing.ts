// When a contact happened and when its note was written, as ranges of instants,
// for the invalid-date and late-entry rules.
import { endMinutes, instantRange, minutesOf } from '../document/dates';
import type { NoteDates } from '../document/note';

export interface Window {
  earliest: Date;
  latest: Date;
}

/**
 * The contact, from `date:` and `time:`: from its start to its end. A date
 * with no time stands for the whole day, so that no judgment assumes more
 * than was written.
 */
export function contactWindow(dates: NoteDates): Window | undefined {
  const date = dates.date?.value;
  if (!date) return undefined;
  const time = dates.time?.value;
  if (!time) return instantRange(date);
  const { earliest } = instantRange(date, time.start);
  const end = endMinutes(time);
  const minutes = typeof end === 'number' ? end - minutesOf(time.start) : 0;
  return { earliest, latest: new Date(earliest.getTime() + minutes * 60_000) };
}

/** When the note was written, from `recorded:`: the whole day when it gives no time. */
export function recordedWindow(dates: NoteDates): Window | undefined {
  const recorded = dates.recorded?.value;
  return recorded ? instantRange(recorded) : undefined;
}

/** "5 hours", "3 days". */
export function duration(ms: number): string {
  const hours = Math.floor(ms / 3_600_000);
  if (hours < 72) return hours === 1 ? '1 hour' : `${hours} hours`;
  return `${Math.floor(hours / 24)} days`;
}
