import type { HandbookIndex } from '../domain/views/handbook-index';
import { REQUEST_STATUS_LABELS } from '../domain/views/labels';
import type { FILTER_KEYS } from './query-state';
import type { SearchTerms } from './terms';

/** The kinds of page the search finds; every other page stays out of the index. */
export type SearchType = 'facilitator' | 'request' | 'report' | 'guide' | 'course' | 'material';

export const SEARCH_TYPES: readonly SearchType[] = [
  'facilitator',
  'request',
  'report',
  'guide',
  'course',
  'material',
];

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  facilitator: '世話人',
  request: '派遣依頼',
  report: '開催報告',
  guide: '実践ガイド',
  course: '研修講座',
  material: '講座資料',
};

/** What the search index knows about one entry page besides its visible text. */
export interface SearchRecord {
  type: SearchType;
  /** The result title (a person's name without the reading shown beside it). */
  title: string;
  /** The department shown under a result, if the entry belongs to one. */
  department?: string;
  /** Department filter values: the entry's own department and the bureau it belongs to. */
  departments: string[];
  /** Method filter values (method names). */
  methods: string[];
  /** Request status filter value (募集中 …), on requests only. */
  status?: string;
  /** Orders a list made by filters alone: by type, then people by reading, requests and reports newest first, the rest by title. */
  order: string;
  /** A person's reading (`あおき みほ`): searched with the title, in kana and romaji, never shown. */
  reading?: string;
}

/** Names of a department and of the bureau at the root of its organisation, own first. */
function departmentNames(index: HandbookIndex, departmentId: string | undefined): string[] {
  if (!departmentId) return [];
  const ids = [...new Set([departmentId, index.organisation.rootOf(departmentId)])];
  return ids.map((id) => index.department.get(id)?.name ?? id);
}

const methodNames = (index: HandbookIndex, ids: readonly string[]) =>
  ids.map((id) => index.method.get(id)?.name ?? id);

function record(
  index: HandbookIndex,
  type: SearchType,
  fields: {
    title: string;
    departmentId?: string;
    methods?: readonly string[];
    status?: string;
    orderBy: string;
    reading?: string;
  },
): SearchRecord {
  const departments = departmentNames(index, fields.departmentId);
  return {
    type,
    title: fields.title,
    department: departments[0],
    departments,
    methods: methodNames(index, fields.methods ?? []),
    status: fields.status,
    order: `${SEARCH_TYPES.indexOf(type)}:${fields.orderBy}`,
    reading: fields.reading,
  };
}

/** Reverses a YYYY-MM-DD date so that an ascending sort lists the newest first. */
const newestFirst = (date: string) => date.replace(/\d/g, (digit) => String(9 - Number(digit)));

/** The search record of an entry page; throws on an id that is not in the handbook. */
export function searchRecord(index: HandbookIndex, type: SearchType, id: string): SearchRecord {
  const found = <T>(entry: T | undefined): T => {
    if (entry === undefined) throw new Error(`No ${type} with id "${id}" in the handbook.`);
    return entry;
  };
  switch (type) {
    case 'facilitator': {
      const f = found(index.facilitator.get(id));
      return record(index, type, {
        title: f.name,
        departmentId: f.department,
        methods: f.methods,
        orderBy: f.kana,
        reading: f.kana,
      });
    }
    case 'request': {
      const r = found(index.request.get(id));
      return record(index, type, {
        title: r.title,
        departmentId: r.department,
        methods: r.methods,
        status: REQUEST_STATUS_LABELS[r.status],
        orderBy: newestFirst(r.sessions[0].date),
      });
    }
    case 'report': {
      const r = found(index.handbook.reports.find((report) => report.id === id));
      return record(index, type, {
        title: r.title,
        departmentId: index.reportDepartment(r),
        methods: r.methods,
        orderBy: newestFirst(r.date),
      });
    }
    case 'guide': {
      const g = found(index.handbook.guides.find((guide) => guide.id === id));
      return record(index, type, { title: g.title, methods: g.methods, orderBy: g.title });
    }
    case 'course': {
      const c = found(index.course.get(id));
      return record(index, type, { title: c.title, orderBy: c.title });
    }
    case 'material': {
      const m = found(index.handbook.materials.find((material) => material.id === id));
      return record(index, type, { title: m.title, orderBy: `${m.course}:${m.session ?? 99}:${m.title}` });
    }
  }
}

/** Every entry page's search record. */
export function allSearchRecords(index: HandbookIndex): SearchRecord[] {
  const { handbook } = index;
  const ids: [SearchType, { id: string }[]][] = [
    ['facilitator', handbook.facilitators],
    ['request', handbook.requests],
    ['report', handbook.reports],
    ['guide', handbook.guides],
    ['course', handbook.courses],
    ['material', handbook.materials],
  ];
  return ids.flatMap(([type, entries]) => entries.map(({ id }) => searchRecord(index, type, id)));
}

export interface SearchFacet {
  key: (typeof FILTER_KEYS)[number];
  label: string;
  /** Values some entry has. */
  values: string[];
}

const collator = new Intl.Collator('ja');

/** Each bureau followed by its regional offices, so that the offices sit under their bureau. */
function departmentsByOrganisation(index: HandbookIndex) {
  const { departments } = index.handbook;
  const roots = departments.filter((d) => index.organisation.rootOf(d.id) === d.id);
  return roots.flatMap((root) => [
    root,
    ...departments.filter((d) => d !== root && index.organisation.rootOf(d.id) === root.id),
  ]);
}

/** The filters of the search page, with only the values that select something: methods in 五十音. */
export function searchFacets(index: HandbookIndex): SearchFacet[] {
  const records = allSearchRecords(index);
  const used = (values: readonly string[], of: (record: SearchRecord) => readonly (string | undefined)[]) => {
    const present = new Set(records.flatMap(of));
    return values.filter((value) => present.has(value));
  };
  return [
    {
      key: 'type',
      label: '種類',
      values: used(Object.values(SEARCH_TYPE_LABELS), (r) => [SEARCH_TYPE_LABELS[r.type]]),
    },
    {
      key: 'department',
      label: '部局',
      values: used(
        departmentsByOrganisation(index).map((d) => d.name),
        (r) => r.departments,
      ),
    },
    {
      key: 'method',
      label: '手法',
      values: used(index.handbook.methods.map((m) => m.name).sort(collator.compare), (r) => r.methods),
    },
    {
      key: 'status',
      label: '依頼の状況',
      values: used(Object.values(REQUEST_STATUS_LABELS), (r) => [r.status]),
    },
  ];
}

/** The handbook's words that search treats specially (see ./terms.ts); URLs without the base path. */
export function searchTerms(index: HandbookIndex): SearchTerms {
  const { handbook } = index;
  return {
    methods: handbook.methods.map((m) => ({
      name: m.name,
      aliases: m.aliases ?? [],
      url: `methods/${m.id}/`,
    })),
    people: handbook.facilitators.map((f) => ({ name: f.name, kana: f.kana, url: `facilitators/${f.id}/` })),
    synonyms: handbook.synonyms.map((group) => group.words),
    themes: [...new Set([...handbook.facilitators, ...handbook.requests].flatMap((entry) => entry.themes))],
  };
}
