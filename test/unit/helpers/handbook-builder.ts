import type { z } from 'zod';
import type {
  Cohort,
  Course,
  Department,
  DispatchRequest,
  Facilitator,
  Handbook,
  Method,
  Report,
} from '../../../src/domain/handbook';
import { emptyHandbook } from '../../../src/domain/handbook';
import type { MatchingContext } from '../../../src/domain/matching/context';
import { buildHandbookIndex, type HandbookIndex } from '../../../src/domain/views/handbook-index';
import { cohortSchema } from '../../../src/domain/schemas/cohorts';
import { courseSchema } from '../../../src/domain/schemas/courses';
import { departmentSchema } from '../../../src/domain/schemas/departments';
import { facilitatorSchema } from '../../../src/domain/schemas/facilitators';
import { methodSchema } from '../../../src/domain/schemas/methods';
import { reportSchema } from '../../../src/domain/schemas/reports';
import { compareSessions, requestSchema } from '../../../src/domain/schemas/requests';

/**
 * Tiny handbooks for unit tests: each builder takes what the test cares about, fills the rest
 * with plain defaults and runs the real schema, so defaults (roles, maxPerQuarter…) are the
 * ones content gets.
 */

const source = (file: string) => ({ file, path: [] });

/** Departments of a small prefecture: two bureaus with a regional office each, and one more. */
export const DEPARTMENTS = {
  kenko: { id: 'kenko-fukushi', name: '健康福祉部', kind: 'bureau' },
  kenkoHokubu: {
    id: 'kenko-fukushi-hokubu',
    name: '北部保健福祉事務所',
    kind: 'regional',
    parent: 'kenko-fukushi',
    region: '北部',
  },
  kankyo: { id: 'kankyo-seikatsu', name: '環境生活部', kind: 'bureau' },
  kendoNanbu: {
    id: 'kendo-seibi-nanbu',
    name: '南部建設事務所',
    kind: 'regional',
    parent: 'kendo-seibi',
    region: '南部',
  },
  kendo: { id: 'kendo-seibi', name: '県土整備部', kind: 'bureau' },
  somu: { id: 'somu', name: '総務部', kind: 'bureau' },
} as const satisfies Record<string, z.input<typeof departmentSchema>>;

export function department(data: z.input<typeof departmentSchema>): Department {
  return { ...departmentSchema.parse(data), source: source('departments.yaml') };
}

export function method(id: string, name: string): Method {
  return { ...methodSchema.parse({ id, name }), source: source('methods.yaml') };
}

export const METHODS = [
  method('osm', 'オフサイトミーティング'),
  method('world-cafe', 'ワールドカフェ'),
  method('graphic-recording', 'グラフィックレコーディング'),
  method('kj-method', 'KJ法'),
];

type FacilitatorInput = Partial<Omit<z.input<typeof facilitatorSchema>, 'dispatch'>> & {
  dispatch?: Partial<z.input<typeof facilitatorSchema>['dispatch']>;
};

/** Available for dispatch, in 総務部, unless told otherwise. */
export function facilitator(id: string, data: FacilitatorInput = {}): Facilitator {
  const { dispatch, ...rest } = data;
  const parsed = facilitatorSchema.parse({
    name: id,
    kana: 'あ',
    department: 'somu',
    ...rest,
    dispatch: { available: true, ...dispatch },
  });
  return { ...parsed, id, source: source(`facilitators/${id}.mdx`) };
}

type RequestInput = Partial<Omit<z.input<typeof requestSchema>, 'sessions'>> & {
  sessions?: Partial<z.input<typeof requestSchema>['sessions'][number]>[];
};

/** An open request from 健康福祉部 for one session on 2026-12-10, 13:30–16:30. */
export function request(id: string, data: RequestInput = {}): DispatchRequest {
  const { sessions = [{}], ...rest } = data;
  const parsed = requestSchema.parse({
    title: id,
    department: 'kenko-fukushi',
    host: 'host',
    status: 'open',
    requested: '2026-09-01',
    participants: 20,
    needed: 1,
    approval: 'pending',
    ...rest,
    sessions: sessions.map((session) => ({
      date: '2026-12-10',
      start: '13:30',
      end: '16:30',
      place: '県庁 会議室',
      ...session,
    })),
  });
  // In date order, as the loader keeps them.
  parsed.sessions.sort(compareSessions);
  return { ...parsed, id, source: source(`requests/${id}.mdx`) };
}

export function report(id: string, data: Partial<z.input<typeof reportSchema>> = {}): Report {
  const parsed = reportSchema.parse({
    title: id,
    department: 'kenko-fukushi',
    date: '2026-06-01',
    facilitators: ['host'],
    participants: 10,
    ...data,
  });
  return { ...parsed, id, source: source(`reports/${id}.mdx`) };
}

export function cohort(id: string, data: Partial<z.input<typeof cohortSchema>> = {}): Cohort {
  return {
    ...cohortSchema.parse({ id, course: 'osm-facilitator', number: 1, start: '2024-05-01', ...data }),
    source: source('cohorts.yaml'),
  };
}

export function course(id: string, title: string): Course {
  return {
    ...courseSchema.parse({ title, summary: title, provider: '政策開発研修センター' }),
    id,
    source: source(`courses/${id}.mdx`),
  };
}

/** The host of every request unless told otherwise: in 健康福祉部. */
export const HOST = facilitator('host', {
  name: '依頼 太郎',
  kana: 'いらい たろう',
  department: 'kenko-fukushi',
});

/** A handbook with the standard departments, methods and host, plus the given entries. */
export function handbook(parts: Partial<Handbook> = {}): Handbook {
  return {
    ...emptyHandbook(),
    departments: Object.values(DEPARTMENTS).map(department),
    methods: METHODS,
    ...parts,
    facilitators: [HOST, ...(parts.facilitators ?? [])],
  };
}

/** The index of a handbook on the fixture's today, unless told otherwise. */
export function indexOf(content: Handbook, today = '2026-11-22'): HandbookIndex {
  return buildHandbookIndex(content, today);
}

/** The matching context of a handbook on the fixture's today, unless told otherwise. */
export function matchingOf(content: Handbook, today = '2026-11-22'): MatchingContext {
  return buildHandbookIndex(content, today).matching;
}

/** A seeded shuffle (mulberry32), to show that input order does not matter. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
