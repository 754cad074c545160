import type { IsoDate } from '../dates';
import type { Cohort } from '../handbook';

/**
 * Where a run of a course stands on the build's today. Its people are graduates (修了生) only
 * once its last class day has passed: until then they are taking the course (受講中).
 */
export type RunState = 'upcoming' | 'in-progress' | 'finished';

export const RUN_STATE_LABELS: Record<RunState, string> = {
  upcoming: '開講予定',
  'in-progress': '受講中',
  finished: '修了',
};

/** What the people of a run are called: 修了生 once it is over, 受講生 while it runs. */
export const RUN_PEOPLE_LABELS: Record<RunState, string> = {
  upcoming: '受講予定の人',
  'in-progress': '受講生',
  finished: '修了生',
};

/** The run's last class day: `end`, or `start` for a run of one day. */
export function lastDayOf(cohort: Pick<Cohort, 'start' | 'end'>): IsoDate {
  return cohort.end ?? cohort.start;
}

export function runState(cohort: Pick<Cohort, 'start' | 'end'>, today: IsoDate): RunState {
  if (today < cohort.start) return 'upcoming';
  return today <= lastDayOf(cohort) ? 'in-progress' : 'finished';
}

/** The class days a run lists, in order; empty when it gives only its first and last day. */
export function classDays(cohort: Pick<Cohort, 'days'>): IsoDate[] {
  return [...(cohort.days ?? [])].sort();
}

/**
 * `3日目`: a class day is counted in days, so that 「第3回」 always means a run of the course.
 * (A material's `session` is counted the same way.)
 */
export const dayLabel = (number: number) => `${number}日目`;

/** `対話の場づくり基礎講座 第3回`: a run, numbered among the runs of its course. */
export const runTitle = (courseTitle: string, number: number) => `${courseTitle} 第${number}回`;
