import { formatDay, minutesOf, type IsoDate } from '../dates';
import type { Away, FacilitatorData, TimeOfDay, Weekday } from '../schemas/facilitators';
import { WEEKDAYS } from '../schemas/facilitators';
import { TIME_OF_DAY_LABELS, WEEKDAY_LABELS } from '../views/labels';

/**
 * When a facilitator can go, from `dispatch.timeOfDay`, `weekdays`, `unavailableMonths` and
 * `away`, in the words the suggestions, the directory and the profile use.
 */

/** Morning sessions end by 13:00; afternoon sessions start at 12:00 or later. */
export const MORNING_ENDS_BY = minutesOf('13:00');
export const AFTERNOON_STARTS_FROM = minutesOf('12:00');

/** Whether a session from `start` to `end` (minutes) is one they take. */
export function fitsTimeOfDay(timeOfDay: TimeOfDay, startMinutes: number, endMinutes: number): boolean {
  if (timeOfDay === 'morning') return endMinutes <= MORNING_ENDS_BY;
  if (timeOfDay === 'afternoon') return startMinutes >= AFTERNOON_STARTS_FROM;
  return true;
}

/** `月・水・金曜`, days in week order. */
export function formatWeekdays(weekdays: readonly Weekday[]): string {
  return `${WEEKDAYS.filter((day) => weekdays.includes(day))
    .map((day) => WEEKDAY_LABELS[day])
    .join('・')}曜`;
}

/** `4・5月`, months in calendar order. */
export function formatMonths(months: readonly number[]): string {
  return `${[...months].sort((a, b) => a - b).join('・')}月`;
}

/** `育児休業中（2027年3月31日まで）`; `不在（…まで）` without a note. */
export function formatAway(away: Away): string {
  const what = away.note === undefined ? '不在' : away.note.endsWith('中') ? away.note : `${away.note}中`;
  return `${what}（${formatDay(away.to)}まで）`;
}

/**
 * The limits of someone's availability in a few words each, for listing beside their name:
 * absences that have ended by `today` are left out.
 */
export function availabilityWords(dispatch: FacilitatorData['dispatch'], today: IsoDate): string[] {
  const words: string[] = [];
  if (dispatch.timeOfDay !== 'any') words.push(TIME_OF_DAY_LABELS[dispatch.timeOfDay]);
  if (dispatch.weekdays) words.push(`${formatWeekdays(dispatch.weekdays)}のみ`);
  if (dispatch.unavailableMonths?.length) words.push(`${formatMonths(dispatch.unavailableMonths)}は不可`);
  for (const away of dispatch.away ?? []) {
    if (away.to < today) continue;
    const what = away.note ?? '不在';
    words.push(`${formatDay(away.from)}〜${formatDay(away.to)} ${what}`);
  }
  return words;
}
