import type { Cohort, Handbook } from '../handbook';

export interface CohortCount {
  cohort: Cohort;
  /** Title of its course, or the course id when unknown. */
  course: string;
  /** Facilitators whose `cohort` is this run. */
  graduates: number;
  /** Seniors (先輩世話人) who joined this run. */
  seniors: number;
}

/** Facilitators per training run, earliest run first, and those who learned elsewhere. */
export function facilitatorsPerCohort(handbook: Pick<Handbook, 'cohorts' | 'courses' | 'facilitators'>): {
  rows: CohortCount[];
  withoutCohort: number;
} {
  const courses = new Map(handbook.courses.map((course) => [course.id, course.title]));
  const graduates = new Map<string, number>();
  let withoutCohort = 0;
  for (const facilitator of handbook.facilitators) {
    if (facilitator.cohort === undefined) withoutCohort += 1;
    else graduates.set(facilitator.cohort, (graduates.get(facilitator.cohort) ?? 0) + 1);
  }
  const rows = [...handbook.cohorts]
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
    .map((cohort) => ({
      cohort,
      course: courses.get(cohort.course) ?? cohort.course,
      graduates: graduates.get(cohort.id) ?? 0,
      seniors: cohort.seniors.length,
    }));
  return { rows, withoutCohort };
}
