import type { IsoDate } from '../../src/domain/dates';
import type {
  Department,
  DispatchRequest,
  Facilitator,
  Handbook,
  Method,
  Report,
} from '../../src/domain/handbook';
import { emptyHandbook } from '../../src/domain/handbook';
import type { Role } from '../../src/domain/schemas/facilitators';
import { compareSessions, type RequestStatus } from '../../src/domain/schemas/requests';
import { seededRandom } from './lib/random';

/** Sizes of a synthetic handbook. */
export interface SyntheticSizes {
  facilitators: number;
  bureaus: number;
  regionalOffices: number;
  openRequests: number;
  pastRequests: number;
  reports: number;
}

const REGIONS = ['北部', '中部', '南部', '山間', '沿岸'];
const SYLLABLES =
  'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ'.split('');
const METHODS = [
  'osm',
  'world-cafe',
  'graphic-recording',
  'kj-method',
  'open-space',
  'appreciative-inquiry',
  'fishbowl',
  'dialogue-walk',
];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const SLOTS: ReadonlyArray<readonly [string, string]> = [
  ['09:30', '12:00'],
  ['10:00', '12:00'],
  ['13:30', '16:30'],
  ['14:00', '17:00'],
  ['15:00', '17:00'],
];

const source = (file: string) => ({ file, path: [] });

export function syntheticHandbook(seed: number, sizes: SyntheticSizes): Handbook {
  const { next, int, pick, some, dateIn } = seededRandom(seed);

  const handbook = emptyHandbook();
  const bureaus: Department[] = Array.from({ length: sizes.bureaus }, (_, i) => ({
    id: `bureau-${i}`,
    name: `第${i + 1}部`,
    kind: 'bureau',
    source: source('departments.yaml'),
  }));
  const offices: Department[] = Array.from({ length: sizes.regionalOffices }, (_, i) => ({
    id: `office-${i}`,
    name: `第${i + 1}地域事務所`,
    kind: 'regional',
    parent: pick(bureaus).id,
    region: pick(REGIONS),
    source: source('departments.yaml'),
  }));
  handbook.departments = [...bureaus, ...offices];
  handbook.methods = METHODS.map((id): Method => ({
    id,
    name: `手法 ${id}`,
    source: source('methods.yaml'),
  }));

  // About one person in five limits when they can go, as profiles do.
  const availability = (): Pick<
    Facilitator['dispatch'],
    'timeOfDay' | 'weekdays' | 'unavailableMonths' | 'away'
  > => {
    const roll = next();
    if (roll < 0.06) return { timeOfDay: pick(['morning', 'afternoon'] as const) };
    if (roll < 0.1) return { timeOfDay: 'any', weekdays: some(WEEKDAYS, 2, 4) };
    if (roll < 0.15) return { timeOfDay: 'any', unavailableMonths: some(MONTHS, 1, 3) };
    if (roll < 0.2) {
      const from = dateIn('2026-08-01', 200);
      return { timeOfDay: 'any', away: [{ from, to: dateIn(from, 120), note: '長期研修' }] };
    }
    return { timeOfDay: 'any' };
  };

  handbook.facilitators = Array.from({ length: sizes.facilitators }, (_, i): Facilitator => {
    const roll = next();
    const roles: Role[] =
      roll < 0.03 ? ['facilitator', 'trainer'] : roll < 0.15 ? ['facilitator', 'senior'] : ['facilitator'];
    return {
      id: `f-${i}`,
      name: `世話人 ${i}`,
      kana: Array.from({ length: int(3, 7) }, () => pick(SYLLABLES)).join(''),
      department: pick(handbook.departments).id,
      roles,
      methods: some(METHODS, 1, 3),
      themes: [],
      dispatch: {
        available: next() < 0.8,
        maxPerQuarter: int(1, 4),
        regions: next() < 0.3 ? some(REGIONS, 1, 3) : undefined,
        ...availability(),
      },
      contact: { email: `f-${i}@example.invalid`, extension: String(1000 + i) },
      source: source(`facilitators/f-${i}.mdx`),
    };
  });

  const organisationOf = new Map<string, string>(handbook.departments.map((d) => [d.id, d.parent ?? d.id]));
  const fromOtherOrganisation = (host: Facilitator) => {
    for (;;) {
      const candidate = pick(handbook.facilitators);
      if (organisationOf.get(candidate.department) !== organisationOf.get(host.department)) return candidate;
    }
  };
  const request = (id: string, status: RequestStatus, from: IsoDate, days: number): DispatchRequest => {
    const host = pick(handbook.facilitators);
    const sessions = Array.from({ length: next() < 0.2 ? 2 : 1 }, () => {
      const [start, end] = pick(SLOTS);
      return {
        date: dateIn(from, days),
        start,
        end,
        place: '会議室',
        region: next() < 0.5 ? pick(REGIONS) : undefined,
      };
    });
    // In date order, as the loader keeps them.
    sessions.sort(compareSessions);
    const needed = int(1, 3);
    return {
      id,
      title: `依頼 ${id}`,
      department: host.department,
      host: host.id,
      status,
      requested: from,
      sessions,
      participants: int(5, 40),
      needed,
      methods: some(METHODS, 0, 2),
      themes: [],
      volunteers: Array.from({ length: int(0, 3) }, () => fromOtherOrganisation(host).id).filter(
        (v, i, all) => all.indexOf(v) === i,
      ),
      assigned:
        status === 'open'
          ? []
          : Array.from({ length: needed }, () => fromOtherOrganisation(host).id).filter(
              (v, i, all) => all.indexOf(v) === i,
            ),
      approval: 'approved',
      source: source(`requests/${id}.mdx`),
    };
  };
  const past = Array.from({ length: sizes.pastRequests }, (_, i) =>
    request(`past-${i}`, pick(['done', 'matched', 'cancelled'] as const), '2025-04-01', 600),
  );
  const open = Array.from({ length: sizes.openRequests }, (_, i) =>
    request(`open-${i}`, 'open', '2026-10-01', 180),
  );
  handbook.requests = [...past, ...open];

  handbook.reports = Array.from({ length: sizes.reports }, (_, i): Report => {
    const done = past[i % past.length];
    const linked = done.status === 'done' && next() < 0.7;
    return {
      id: `report-${i}`,
      title: `報告 ${i}`,
      request: linked ? done.id : undefined,
      department: linked ? undefined : pick(handbook.departments).id,
      date: linked ? done.sessions[0].date : dateIn('2024-04-01', 900),
      facilitators: linked
        ? [done.host, ...done.assigned]
        : some(handbook.facilitators, 1, 4).map((f) => f.id),
      participants: int(5, 40),
      methods: some(METHODS, 0, 2),
      outcomes: [],
      source: source(`reports/report-${i}.mdx`),
    };
  });
  return handbook;
}
