import { getCollection, type CollectionEntry } from 'astro:content';
import { FORMS } from '../authoring/forms';
import type { Handbook } from '../domain/handbook';
import { isOfferable } from '../domain/offers/check-offers';
import { digestOf, planPages, type PlannedPage } from '../domain/rebuild/page-plan';
import type { HandbookIndex } from '../domain/views/handbook-index';
import { readBuildPlan, RECORD_NAME, type PageRecord } from '../source/build-plan';
import { describeFiles } from './files';
import { getSite, type Site } from './site';
import { outputFile, paths } from './urls';

/**
 * The pages a rebuild may keep, and the one way an entry route lists its paths: each route
 * below names its pages by their URL (src/data/urls.ts), which gives their file, and says what
 * each reads, which gives its digest. A page whose digest and file the last good site has is
 * not rendered; scripts/build.ts takes its file over from that site (scripts/build/README.md).
 *
 * The rule this rests on: a page reads any entry's fields, but no body and no last-commit date
 * except those of its own entry (`own`). Anything else a page reads goes into `extra`.
 */
interface Own {
  collection: keyof Handbook;
  id: string;
  /** The entry's file, relative to the content folder: its last-commit date is the page's. */
  source: string;
}

interface PageSpec<P> {
  url: string;
  path: P;
  own?: Own;
  extra?: string[];
}

type PageCollection = 'facilitators' | 'requests' | 'reports' | 'guides' | 'courses' | 'materials';

/** The pages of one entry each, with the entry as props: their own body and date are the entry's. */
async function entryPages<C extends PageCollection>(
  collection: C,
  url: (id: string) => string,
  extra: (id: string, index: HandbookIndex, site: Site) => string[] = () => [],
): Promise<PageSpec<{ params: { id: string }; props: { entry: CollectionEntry<C> } }>[]> {
  const site = await getSite();
  const { index } = site;
  return (await getCollection(collection)).map((entry) => ({
    url: url(entry.id),
    path: { params: { id: entry.id }, props: { entry } },
    own: { collection, id: entry.id, source: (entry.data as { source: { file: string } }).source.file },
    extra: extra(entry.id, index, site),
  }));
}

/** Pages made from fields alone (and the last-commit date of `own`, when given). */
async function fieldPages<P>(pages: (index: HandbookIndex) => PageSpec<P>[]): Promise<PageSpec<P>[]> {
  return pages((await getSite()).index);
}

const ownDepartment = (d: { id: string; source: { file: string } }): Own => ({
  collection: 'departments',
  id: d.id,
  source: d.source.file,
});

const ROUTES = {
  facilitator: () => entryPages('facilitators', paths.facilitator),
  // A request page shows the messages of its offers: their bodies are read there.
  request: () =>
    entryPages('requests', paths.request, (id, index, site) =>
      index
        .volunteerEntriesOf(id)
        .flatMap(({ offer }) => (offer ? [site.digests.body('offers', offer.id) ?? ''] : [])),
    ),
  brief: () => entryPages('requests', paths.brief),
  report: () => entryPages('reports', paths.report),
  guide: () => entryPages('guides', paths.guide),
  course: () => entryPages('courses', paths.course),
  // A material page shows the sizes of its files, which no entry's fields hold.
  material: () =>
    entryPages('materials', paths.material, (id, index) =>
      describeFiles(index.material.get(id)!.files).map((file) => file.size),
    ),
  method: () =>
    fieldPages((index) =>
      index.handbook.methods.map((m) => ({
        url: paths.method(m.id),
        path: { params: { id: m.id } },
        own: { collection: 'methods' as const, id: m.id, source: m.source.file },
      })),
    ),
  department: () =>
    fieldPages((index) =>
      index.handbook.departments.map((d) => ({
        url: paths.department(d.id),
        path: { params: { id: d.id } },
        own: ownDepartment(d),
      })),
    ),
  directory: () =>
    fieldPages((index) =>
      index.handbook.departments.map((d) => ({
        url: paths.directory(d.id),
        path: { params: { id: d.id } },
        own: ownDepartment(d),
      })),
    ),
  departmentCalendar: () =>
    fieldPages((index) =>
      index.handbook.departments.map((d) => ({
        url: paths.departmentCalendar(d.id),
        path: { params: { id: d.id } },
        own: ownDepartment(d),
      })),
    ),
  facilitatorCalendar: () =>
    fieldPages((index) =>
      index.handbook.facilitators.map((f) => ({
        url: paths.facilitatorCalendar(f.id),
        path: { params: { id: f.id } },
      })),
    ),
  // The forms read every entry's fields (their lists) and the settings, which the shared digest covers.
  newPage: () =>
    fieldPages(() =>
      FORMS.map((form) => ({ url: paths.newPage(form.kind), path: { params: { kind: form.kind } } })),
    ),
  // Read from fields alone: the hard rules look at every entry's fields, and only at fields.
  offerExclusions: () =>
    fieldPages((index) =>
      index.handbook.requests.filter(isOfferable).map((r) => ({
        url: paths.offerExclusions(r.id),
        path: { params: { request: r.id } },
      })),
    ),
  sessionCalendar: () =>
    fieldPages((index) =>
      index.handbook.requests.flatMap((r) =>
        r.sessions.map((_, i) => ({
          url: paths.sessionIcs(r.id, i + 1),
          path: { params: { id: r.id, n: String(i + 1) } },
        })),
      ),
    ),
};

export type PlannedRoute = keyof typeof ROUTES;
type RoutePath<R extends PlannedRoute> = Awaited<ReturnType<(typeof ROUTES)[R]>>[number]['path'];

const planned = new Map<PlannedRoute, Promise<PlannedPage<unknown>[]>>();

/** A route's pages with their files and digests, computed once per build. */
function plannedPages<R extends PlannedRoute>(route: R): Promise<PlannedPage<RoutePath<R>>[]> {
  if (!planned.has(route))
    planned.set(
      route,
      (async () => {
        const site = await getSite();
        const specs: PageSpec<unknown>[] = await ROUTES[route]();
        return specs.map((spec) => {
          const file = outputFile(spec.url);
          return { file, digest: pageDigest(site, file, spec.own, spec.extra), path: spec.path };
        });
      })(),
    );
  return planned.get(route) as Promise<PlannedPage<RoutePath<R>>[]>;
}

let previous: ReadonlyMap<string, string> | undefined;

function plan<P>(pages: PlannedPage<P>[]) {
  const buildPlan = readBuildPlan();
  previous ??= new Map(Object.entries(buildPlan?.previous ?? {}));
  const last = previous;
  return planPages(pages, last, (file) => last.has(file));
}

/**
 * The paths of a route that need rendering: what every entry route's getStaticPaths returns.
 * Without a build plan, every path.
 */
export async function plannedPaths<R extends PlannedRoute>(route: R): Promise<RoutePath<R>[]> {
  return plan(await plannedPages(route)).render;
}

/** Every page that went through the plan, for scripts/build.ts: what it takes over, what it keeps for the next build. */
export async function pageRecord(): Promise<PageRecord> {
  const routes = Object.keys(ROUTES) as PlannedRoute[];
  const pages = await Promise.all(routes.map((route) => plannedPages(route)));
  return pages.flatMap((routePages) => plan(routePages).pages);
}

/** The record's one path, only in a build that has a plan. */
export function recordPaths(): { params: { record: string } }[] {
  return readBuildPlan() ? [{ params: { record: RECORD_NAME } }] : [];
}

/** The digest of a page: what all pages share, its file, its own entry's body and date, and its extra inputs. */
function pageDigest(site: Site, file: string, own: Own | undefined, extra: string[] = []): string {
  if (!own) return digestOf(site.digests.shared, file, ...extra);
  return digestOf(
    site.digests.shared,
    file,
    own.collection,
    own.id,
    site.digests.body(own.collection, own.id),
    site.history.dates.get(own.source),
    ...extra,
  );
}
