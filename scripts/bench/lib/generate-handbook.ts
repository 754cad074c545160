import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fiscalQuarterKey, type IsoDate } from '../../../src/domain/dates';
import { buildOrganisation } from '../../../src/domain/organisation';
import { GUIDE_CATEGORIES } from '../../../src/domain/schemas/guides';
import { page, yamlList } from './frontmatter';
import { body, type BodyShape, type ProseContext } from './prose';
import { seededRandom } from './random';
import {
  COURSES,
  DEPARTMENTS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  GUIDE_TOPICS,
  METHODS,
  PLACES,
  REGIONS,
  SPONSORS,
  THEMES,
  TITLES,
} from './vocabulary';

/** The build date the synthetic handbook is written for: `done` requests lie before it. */
export const BENCH_TODAY = '2026-10-01';

/** How many entries of each page collection a handbook of `entries` pages has. */
export interface HandbookSizes {
  facilitators: number;
  requests: number;
  reports: number;
  guides: number;
  courses: number;
  materials: number;
}

/** 30% facilitators, 25% requests, 35% reports, 10% guides, courses and materials. */
export function sizesFor(entries: number): HandbookSizes {
  const facilitators = Math.round(entries * 0.3);
  const requests = Math.round(entries * 0.25);
  const reports = Math.round(entries * 0.35);
  const courses = Math.min(COURSES.length, Math.max(3, Math.round(entries / 250)));
  const materials = Math.round(entries * 0.04);
  return {
    facilitators,
    requests,
    reports,
    courses,
    materials,
    guides: Math.max(1, entries - facilitators - requests - reports - courses - materials),
  };
}

/** A file of the handbook: a path under the handbook folder and its text or bytes. */
export interface HandbookFile {
  path: string;
  content: string | Uint8Array;
}

interface Person {
  id: string;
  department: string;
  available: boolean;
  max: number;
  /** The course run they graduated from. */
  cohort?: { course: string; number: number };
  /** Regions they travel to; undefined for anywhere. */
  regions?: string[];
}
interface Request {
  id: string;
  title: string;
  department: string;
  host: string;
  status: string;
  sessions: { date: IsoDate }[];
  assigned: string[];
  methods: string[];
}

const SHAPES: Record<string, BodyShape> = {
  facilitators: { length: [150, 600], headings: 0.1, table: 0, list: 0.15, footnote: 0 },
  requests: { length: [300, 900], headings: 0.4, table: 0.25, list: 0.3, footnote: 0.05 },
  reports: { length: [700, 2400], headings: 0.7, table: 0.35, list: 0.4, footnote: 0.1 },
  guides: { length: [1800, 5000], headings: 1, table: 0.5, list: 0.8, footnote: 0.3 },
  courses: { length: [500, 1400], headings: 0.8, table: 0.6, list: 0.5, footnote: 0 },
  materials: { length: [80, 400], headings: 0, table: 0.1, list: 0.2, footnote: 0 },
};

const addDays = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const SLOTS: ReadonlyArray<readonly [string, string]> = [
  ['09:30', '12:00'],
  ['10:00', '12:00'],
  ['13:30', '16:30'],
  ['14:00', '17:00'],
  ['15:00', '17:00'],
  ['13:00', '15:00'],
];

/**
 * A synthetic handbook of `entries` pages that follows the content model and loads without
 * errors or warnings for `BENCH_TODAY`: every reference resolves, done requests lie in the past
 * and have a report, dispatches respect availability, organisations and quarterly limits, and
 * every material's files exist. Deterministic from the seed.
 */
export function generateHandbook(entries: number, seed = 20261001): HandbookFile[] {
  const r = seededRandom(seed);
  const sizes = sizesFor(entries);
  const files: HandbookFile[] = [];
  const write = (path: string, content: string | Uint8Array) => files.push({ path, content });
  const used = new Set<string>();
  const uniqueId = (collection: string, base: string) => {
    let id = base;
    for (let n = 2; used.has(`${collection}/${id}`); n++) id = `${base}-${n}`;
    used.add(`${collection}/${id}`);
    return id;
  };
  const departments = new Map(DEPARTMENTS.map((d) => [d.id, d]));
  const organisation = buildOrganisation(DEPARTMENTS);
  const methodName = new Map(METHODS.map(([id, name]) => [id, name]));
  const methodIds = METHODS.map(([id]) => id);
  const context = (department: string, methods: string[]): ProseContext => ({
    department: departments.get(department)!.name,
    method: methodName.get(methods[0] ?? r.pick(methodIds))!,
    theme: r.pick(THEMES),
    place: r.pick(PLACES),
  });

  write(
    'content/departments.yaml',
    yamlList(DEPARTMENTS.map(({ id, name, kind, parent, region }) => ({ id, name, kind, parent, region }))),
  );
  write('content/methods.yaml', yamlList(METHODS.map(([id, name, summary]) => ({ id, name, summary }))));

  // Courses and their runs.
  const courses = COURSES.slice(0, sizes.courses).map(([id, title, summary]) => ({
    id,
    title,
    summary,
    sessions: r.int(1, 3),
  }));
  const cohortCount = Math.max(courses.length, Math.ceil((sizes.facilitators * 0.7) / 20));
  const numbers = new Map<string, number>();
  const cohorts = Array.from({ length: cohortCount }, (_, i) => {
    const course = courses[i % courses.length];
    const number = (numbers.get(course.id) ?? 0) + 1;
    numbers.set(course.id, number);
    const start = addDays('2016-04-01', (number - 1) * 365 + r.int(0, 300));
    return {
      id: `${course.id}-${number}`,
      course: course.id,
      number,
      start,
      end: addDays(start, (course.sessions - 1) * 14),
      venue: `職員研修センター 第${r.int(1, 4)}研修室`,
      seniors: [] as string[],
    };
  });
  for (const course of courses) {
    write(
      `content/courses/${course.id}.mdx`,
      page(
        {
          title: course.title,
          summary: course.summary,
          provider: '職員研修センター',
          audience: r.chance(0.7) ? '職場で対話の場を開きたい職員（職種・職位を問わず）' : undefined,
          sessions: course.sessions,
        },
        body(context(r.pick(DEPARTMENTS).id, []), r, SHAPES.courses),
      ),
    );
  }

  // Facilitators.
  const people: Person[] = [];
  for (let i = 0; i < sizes.facilitators; i++) {
    const family = r.pick(FAMILY_NAMES);
    const given = r.pick(GIVEN_NAMES);
    const id = uniqueId('facilitators', `${family[2]}-${given[2]}`);
    const department = r.pick(DEPARTMENTS);
    const cohort = r.chance(0.7) ? r.pick(cohorts) : undefined;
    const roll = r.next();
    const methods = r.some(methodIds, 1, 3);
    const available = r.chance(0.8);
    const max = r.int(1, 4);
    const regions = r.chance(0.25) ? r.some(REGIONS, 1, 3) : undefined;
    people.push({ id, department: department.id, available, max, cohort, regions });
    write(
      `content/facilitators/${id}.mdx`,
      page(
        {
          name: `${family[0]} ${given[0]}`,
          kana: `${family[1]} ${given[1]}`,
          department: department.id,
          unit: r.pick(department.units),
          title: r.chance(0.7) ? r.pick(TITLES) : undefined,
          cohort: cohort?.id,
          roles:
            roll < 0.03 ? ['facilitator', 'trainer'] : roll < 0.13 ? ['facilitator', 'senior'] : undefined,
          methods,
          themes: r.some(THEMES, 0, 3),
          since: cohort?.end ?? (r.chance(0.5) ? r.dateIn('2015-04-01', 4000) : undefined),
          dispatch: {
            available,
            maxPerQuarter: max,
            regions,
            note: r.chance(0.15)
              ? r.pick([
                  '平日午後のみ',
                  '月末は難しいです',
                  'オンラインでの参加も可',
                  '事前打ち合わせが必要です',
                ])
              : undefined,
          },
          contact: r.chance(0.9)
            ? { email: `${id}@pref.example.lg.jp`, extension: String(r.int(1000, 9999)) }
            : undefined,
        },
        body(context(department.id, methods), r, SHAPES.facilitators),
      ),
    );
  }
  for (const cohort of cohorts) {
    // Seniors graduated from an earlier run of the same course.
    const earlier = people.filter(
      (p) => p.cohort?.course === cohort.course && p.cohort.number < cohort.number,
    );
    if (earlier.length > 0) cohort.seniors = r.some(earlier, 0, 3).map((p) => p.id);
  }
  write(
    'content/cohorts.yaml',
    yamlList(cohorts.map((c) => ({ ...c, seniors: c.seniors.length ? c.seniors : undefined }))),
  );

  // Requests: done ones in the past (each gets a report), open and matched ones ahead.
  const load = new Map<string, number>();
  // Quarters in which someone has offered to help: a later assignment leaves them one place,
  // so that the offer stays one the suggestions can take.
  const offered = new Set<string>();
  const hasRoom = (person: Person, quarters: string[]) =>
    person.available && quarters.every((q) => (load.get(`${person.id}|${q}`) ?? 0) < person.max);
  const hasRoomToAssign = (person: Person, quarters: string[]) =>
    person.available &&
    quarters.every(
      (q) => (load.get(`${person.id}|${q}`) ?? 0) + (offered.has(`${person.id}|${q}`) ? 1 : 0) < person.max,
    );
  const fromElsewhere = (
    department: string,
    count: number,
    accept: (p: Person) => boolean,
    exclude: string[],
  ) => {
    const chosen: string[] = [];
    for (let tries = 0; chosen.length < count && tries < 200; tries++) {
      const person = r.pick(people);
      if (
        organisation.same(person.department, department) ||
        exclude.includes(person.id) ||
        chosen.includes(person.id) ||
        !accept(person)
      )
        continue;
      chosen.push(person.id);
    }
    return chosen;
  };
  const requests: Request[] = [];
  for (let i = 0; i < sizes.requests; i++) {
    const roll = r.next();
    const status = roll < 0.64 ? 'done' : roll < 0.72 ? 'cancelled' : roll < 0.84 ? 'matched' : 'open';
    const host = r.pick(people);
    const department = departments.get(host.department)!;
    const past = status === 'done' || (status === 'cancelled' && r.chance(0.5));
    const first = past ? r.dateIn('2022-04-01', 1600) : r.dateIn(addDays(BENCH_TODAY, 7), 200);
    const sessionDates = Array.from({ length: r.chance(0.2) ? r.int(2, 3) : 1 }, (_, n) =>
      addDays(first, n * r.int(7, 21)),
    );
    const dates = past ? sessionDates.filter((d) => d < BENCH_TODAY) : sessionDates;
    const quarters = [...new Set(dates.map(fiscalQuarterKey))];
    const methods = r.some(methodIds, 0, 2);
    const theme = r.pick(THEMES);
    let needed = r.int(1, 3);
    const assigned =
      status === 'done' || status === 'matched'
        ? fromElsewhere(department.id, needed, (p) => hasRoomToAssign(p, quarters), [host.id])
        : [];
    if (assigned.length === 0 && (status === 'done' || status === 'matched'))
      assigned.push(...fromElsewhere(department.id, 1, (p) => hasRoomToAssign(p, quarters), [host.id]));
    const finalStatus =
      assigned.length === 0 && (status === 'done' || status === 'matched') ? 'cancelled' : status;
    if (finalStatus === 'matched' || finalStatus === 'done') needed = assigned.length;
    if (finalStatus !== 'cancelled')
      for (const id of assigned)
        for (const q of quarters) load.set(`${id}|${q}`, (load.get(`${id}|${q}`) ?? 0) + 1);
    const title = `${theme}についての${methods.length ? methodName.get(methods[0]) : '対話の場'}`;
    const id = uniqueId('requests', `${department.id}-${methods[0] ?? 'taiwa'}-${first.slice(0, 7)}`);
    const region = department.region ?? (r.chance(0.3) ? r.pick(REGIONS) : undefined);
    const sessions = dates.map((date) => {
      const [start, end] = r.pick(SLOTS);
      return { date, start, end, place: `${department.name} ${r.pick(PLACES)}`, region };
    });
    // Volunteers a hard rule would rule out are a warning: offers come from those who can go.
    const volunteers =
      finalStatus === 'open' || finalStatus === 'matched'
        ? fromElsewhere(
            department.id,
            r.int(0, 4),
            (p) => hasRoom(p, quarters) && (!region || !p.regions || p.regions.includes(region)),
            [host.id, ...assigned],
          )
        : [];
    for (const id of volunteers) for (const q of quarters) offered.add(`${id}|${q}`);
    requests.push({
      id,
      title,
      department: department.id,
      host: host.id,
      status: finalStatus,
      sessions,
      assigned,
      methods,
    });
    write(
      `content/requests/${id}.mdx`,
      page(
        {
          title,
          department: department.id,
          host: host.id,
          sponsor: r.chance(0.6) ? `${department.name} ${r.pick(SPONSORS)}` : undefined,
          status: finalStatus,
          requested: addDays(first, -r.int(20, 90)),
          sessions,
          participants: r.int(6, 60),
          groups: r.chance(0.5) ? r.int(2, 8) : undefined,
          needed,
          methods,
          themes: [theme],
          volunteers,
          assigned,
          approval: finalStatus === 'open' && r.chance(0.5) ? 'pending' : 'approved',
        },
        body(context(department.id, methods), r, SHAPES.requests, [
          `[${departments.get(host.department)!.name}の世話人のプロフィール](/facilitators/${host.id}/)`,
        ]),
      ),
    );
  }

  // Reports: one on each done request, the rest on sessions held without a dispatch.
  const done = requests.filter((q) => q.status === 'done');
  for (let i = 0; i < Math.max(sizes.reports, done.length); i++) {
    const request = done[i];
    const department = request?.department ?? r.pick(DEPARTMENTS).id;
    const date = request?.sessions[0].date ?? r.dateIn('2022-04-01', 1600);
    const methods = request?.methods ?? r.some(methodIds, 0, 2);
    const facilitators = request
      ? [...request.assigned, request.host]
      : r.some(people, 1, 3).map((p) => p.id);
    const id = uniqueId('reports', `${department}-${methods[0] ?? 'taiwa'}-${date.slice(0, 7)}`);
    const links = [
      ...(request ? [`[派遣依頼「${request.title}」](/requests/${request.id}/)`] : []),
      ...facilitators.slice(0, 2).map((f) => `[進行した世話人](/facilitators/${f}/)`),
    ];
    write(
      `content/reports/${id}.mdx`,
      page(
        {
          title: request
            ? `${request.title}を開催しました`
            : `${departments.get(department)!.name}で${methodName.get(methods[0] ?? 'osm')}を開催`,
          request: request?.id,
          department: request ? undefined : department,
          date,
          facilitators,
          participants: r.int(4, 60),
          methods,
          outcomes: r.some(
            [
              '職場の課題を3つに絞った',
              '次回の開催が決まった',
              '部局を越えた勉強会が始まった',
              '業務手順の見直し案をまとめた',
              '若手の提案が施策に反映された',
              '記録を庁内で共有した',
            ],
            0,
            3,
          ),
          followUp: r.chance(0.3)
            ? { date: addDays(date, r.int(30, 120)), note: '3か月後にふりかえりの会を開く' }
            : undefined,
        },
        body(context(department, methods), r, SHAPES.reports, links),
      ),
    );
  }

  // Guides, with links to each other and to their authors.
  const guideIds = Array.from({ length: sizes.guides }, (_, i) =>
    uniqueId('guides', `${r.pick(methodIds)}-guide-${i + 1}`),
  );
  for (const id of guideIds) {
    const authors = r.some(people, 1, 2).map((p) => p.id);
    const methods = r.some(methodIds, 0, 2);
    const topic = r.pick(GUIDE_TOPICS);
    const min = r.int(3, 12);
    const links = [
      ...r
        .some(
          guideIds.filter((other) => other !== id),
          0,
          3,
        )
        .map((other) => `[関連するガイド](/guides/${other}/)`),
      `[書いた人のプロフィール](/facilitators/${authors[0]}/)`,
    ];
    write(
      `content/guides/${id}.mdx`,
      page(
        {
          title: methods.length ? `${methodName.get(methods[0])}の${topic}` : topic,
          summary: `${topic}について、実践してきた世話人が気をつけていることをまとめました`,
          category: r.pick(GUIDE_CATEGORIES),
          methods,
          authors,
          groupSize: r.chance(0.5) ? { min, max: min + r.int(0, 30) } : undefined,
          duration: r.chance(0.5) ? r.pick([30, 60, 90, 120, 180]) : undefined,
          updated: r.dateIn('2021-04-01', 2000),
        },
        body(context(r.pick(DEPARTMENTS).id, methods), r, SHAPES.guides, links),
      ),
    );
  }

  // Materials and their files.
  for (let i = 0; i < sizes.materials; i++) {
    const course = r.pick(courses);
    const session = r.int(1, course.sessions);
    const kind = r.pick(['slides', 'handout', 'worksheet', 'reading', 'video'] as const);
    const id = uniqueId('materials', `${course.id}-day${session}-${kind}`);
    const materialFiles = Array.from({ length: r.int(0, 3) }, (_, n) => {
      const extension = r.pick(['pdf', 'pdf', 'txt', 'csv']);
      const path = `materials/${course.id}/${id}-${n + 1}.${extension}`;
      write(`public/${path}`, fileBytes(r.int(2_000, 40_000), extension));
      return {
        path,
        label: { pdf: 'スライド（PDF）', txt: '講師メモ（テキスト）', csv: 'ワークシート（CSV）' }[
          extension
        ]!,
      };
    });
    write(
      `content/materials/${id}.mdx`,
      page(
        {
          title: `${course.title} ${session}日目 ${{ slides: 'スライド', handout: '配布資料', worksheet: 'ワークシート', reading: '参考資料', video: '動画' }[kind]}`,
          course: course.id,
          session,
          kind,
          files: materialFiles,
          updated: r.dateIn('2023-04-01', 1200),
        },
        body(context(r.pick(DEPARTMENTS).id, []), r, SHAPES.materials),
      ),
    );
  }
  return files;
}

/** Placeholder file contents of a given size: the site only copies and links them. */
function fileBytes(size: number, extension: string): Uint8Array {
  const head = extension === 'pdf' ? '%PDF-1.4\n' : extension === 'csv' ? '項目,内容\n' : '講師メモ\n';
  return new TextEncoder().encode(head.padEnd(size, '.'));
}

/** Writes a generated handbook under `folder` (which gets `content/` and `public/`). */
export function writeHandbook(folder: string, files: readonly HandbookFile[]): void {
  for (const file of files) {
    const path = join(folder, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}
