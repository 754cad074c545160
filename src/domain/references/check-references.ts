import type { FieldPath, Problem } from '../errors';
import { formatFieldPath } from '../errors';
import type { Handbook, Source } from '../handbook';
import type { Collection } from '../schemas';
import { didYouMean } from '../suggest';

/** Ids that exist per collection, including entries whose own fields failed validation. */
export type KnownIds = Record<Collection, ReadonlySet<string>>;

const LABELS: Record<Collection, string> = {
  departments: '部局（departments.yaml）',
  methods: '手法（methods.yaml）',
  cohorts: '研修の回（cohorts.yaml）',
  facilitators: '世話人（facilitators/）',
  requests: '派遣依頼（requests/）',
  reports: '開催報告（reports/）',
  guides: '実践ガイド（guides/）',
  courses: '研修講座（courses/）',
  materials: '講座資料（materials/）',
  offers: '名乗り出（offers/）',
};

interface Reference {
  source: Source;
  field: FieldPath;
  target: Collection;
  ids: ReadonlyArray<string | undefined>;
  /** True when `ids` is a list, so each id's index is part of the field. */
  list: boolean;
}

function* referencesOf(handbook: Handbook): Generator<Reference> {
  const one = (source: Source, field: string, target: Collection, id: string | undefined): Reference => ({
    source,
    field: [field],
    target,
    ids: [id],
    list: false,
  });
  const many = (source: Source, field: string, target: Collection, ids: readonly string[]): Reference => ({
    source,
    field: [field],
    target,
    ids,
    list: true,
  });
  for (const d of handbook.departments) yield one(d.source, 'parent', 'departments', d.parent);
  for (const c of handbook.cohorts) {
    yield one(c.source, 'course', 'courses', c.course);
    yield many(c.source, 'seniors', 'facilitators', c.seniors);
  }
  for (const f of handbook.facilitators) {
    yield one(f.source, 'department', 'departments', f.department);
    yield one(f.source, 'cohort', 'cohorts', f.cohort);
    yield many(f.source, 'methods', 'methods', f.methods);
  }
  for (const r of handbook.requests) {
    yield one(r.source, 'department', 'departments', r.department);
    yield one(r.source, 'host', 'facilitators', r.host);
    yield many(r.source, 'methods', 'methods', r.methods);
    yield many(r.source, 'volunteers', 'facilitators', r.volunteers);
    yield many(r.source, 'assigned', 'facilitators', r.assigned);
  }
  for (const r of handbook.reports) {
    yield one(r.source, 'request', 'requests', r.request);
    yield one(r.source, 'department', 'departments', r.department);
    yield many(r.source, 'facilitators', 'facilitators', r.facilitators);
    yield many(r.source, 'methods', 'methods', r.methods);
  }
  for (const g of handbook.guides) {
    yield many(g.source, 'methods', 'methods', g.methods);
    yield many(g.source, 'authors', 'facilitators', g.authors);
  }
  for (const m of handbook.materials) yield one(m.source, 'course', 'courses', m.course);
  for (const o of handbook.offers) {
    yield one(o.source, 'request', 'requests', o.request);
    yield one(o.source, 'facilitator', 'facilitators', o.facilitator);
  }
}

/** How many ids entries give for a collection: what a list file that cannot be read leaves unchecked. */
export function countReferences(handbook: Handbook, target: Collection): number {
  let count = 0;
  for (const reference of referencesOf(handbook))
    if (reference.target === target) count += reference.ids.filter((id) => id !== undefined).length;
  return count;
}

/**
 * Every reference to an id that does not exist, with the closest existing ids as a hint.
 * References to a collection whose list file could not be read (`unreadable`) are left out:
 * they would all fail for one mistake, reported on its own.
 */
export function checkReferences(
  handbook: Handbook,
  known: KnownIds,
  unreadable: ReadonlySet<Collection> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  for (const reference of referencesOf(handbook)) {
    if (unreadable.has(reference.target)) continue;
    reference.ids.forEach((id, index) => {
      if (id === undefined || known[reference.target].has(id)) return;
      const field = reference.list ? [...reference.field, index] : reference.field;
      problems.push({
        severity: 'error',
        file: reference.source.file,
        field: formatFieldPath([...reference.source.path, ...field]),
        message: `「${id}」という${LABELS[reference.target]}はありません${didYouMean(id, known[reference.target])}。存在する id を書いてください`,
      });
    });
  }
  return problems;
}
