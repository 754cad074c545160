import type { IsoDate } from '../domain/dates';
import type { Handbook } from '../domain/handbook';
import { sortByKana } from '../domain/kana';
import type { MatchingContext } from '../domain/matching/context';
import { isOfferable } from '../domain/offers/check-offers';
import { excludedFrom } from '../domain/offers/offer-lookups';
import { buildVolunteers } from '../domain/offers/volunteers';
import type { PageCollection } from '../domain/schemas';
import type { RequestStatus } from '../domain/schemas/requests';

/** Who the hard rules rule out of a request, grouped by their reasons (people often share them). */
export type OfferExclusions = { reasons: string[]; facilitators: string[] }[];

/** A request as the forms choose it and check offers against it. */
export interface AuthoringRequest {
  id: string;
  title: string;
  department: string;
  status: RequestStatus;
  host: string;
  sessions: { date: IsoDate; start: string; end: string }[];
  methods: string[];
  assigned: string[];
  /** Its `volunteers:` list. */
  volunteers: string[];
  /** Offer files made for it: who, and which file. */
  offers: { facilitator: string; file: string }[];
  /**
   * For a request one can offer for (open or matched): who the hard rules of the suggestions
   * rule out. `npm run new` works it out; the site publishes it per request
   * (`/new/offer/<id>.json`), fetched by the offer form once a request is chosen, as it would
   * make `/new/choices.json` megabytes long on a large handbook.
   */
  excluded?: OfferExclusions;
}

/**
 * What the forms and `npm run new` choose from and check against: names and ids, never contact
 * details. The site publishes it as `/new/choices.json`; `npm run new` makes it from the
 * content folder. Facilitators are in 五十音 order, requests newest first.
 */
export interface AuthoringData {
  departments: { id: string; name: string; region?: string }[];
  methods: { id: string; name: string; aliases?: string[] }[];
  cohorts: { id: string; label: string }[];
  courses: { id: string; title: string }[];
  facilitators: { id: string; name: string; kana: string; department: string }[];
  requests: AuthoringRequest[];
  /** Ids in use per page collection, so that a new page gets a name of its own. */
  taken: Record<PageCollection, string[]>;
}

/**
 * What the forms choose from. With `matching`, each request one can offer for carries who the
 * hard rules rule out of it (`npm run new`); the site leaves that to `offerExclusions`.
 */
export function authoringData(handbook: Handbook, matching?: MatchingContext): AuthoringData {
  const volunteers = buildVolunteers(handbook);
  const firstDate = (r: Handbook['requests'][number]) => r.sessions.map((s) => s.date).sort()[0];
  return {
    departments: handbook.departments.map(({ id, name, region }) => ({
      id,
      name,
      ...(region && { region }),
    })),
    methods: handbook.methods.map(({ id, name, ...rest }) => {
      const aliases = (rest as { aliases?: string[] }).aliases;
      return { id, name, ...(aliases?.length && { aliases }) };
    }),
    cohorts: handbook.cohorts.map((cohort) => ({
      id: cohort.id,
      label: `${handbook.courses.find((course) => course.id === cohort.course)?.title ?? cohort.course} 第${cohort.number}回（${cohort.start}〜）`,
    })),
    courses: handbook.courses.map(({ id, title }) => ({ id, title })),
    facilitators: sortByKana(handbook.facilitators, (f) => f.kana).map(({ id, name, kana, department }) => ({
      id,
      name,
      kana,
      department,
    })),
    requests: [...handbook.requests]
      .sort((a, b) => firstDate(b).localeCompare(firstDate(a)) || a.id.localeCompare(b.id))
      .map((request) => {
        const excluded = matching && isOfferable(request) ? offerExclusions(request, matching) : undefined;
        return {
          id: request.id,
          title: request.title,
          department: request.department,
          status: request.status,
          host: request.host,
          sessions: request.sessions.map(({ date, start, end }) => ({ date, start, end })),
          methods: [...request.methods],
          assigned: [...request.assigned],
          volunteers: [...request.volunteers],
          offers: volunteers
            .of(request.id)
            .flatMap(({ facilitator, offer }) => (offer ? [{ facilitator, file: offer.source.file }] : [])),
          ...(excluded && { excluded }),
        };
      }),
    taken: {
      facilitators: handbook.facilitators.map((e) => e.id),
      requests: handbook.requests.map((e) => e.id),
      reports: handbook.reports.map((e) => e.id),
      guides: handbook.guides.map((e) => e.id),
      courses: handbook.courses.map((e) => e.id),
      materials: handbook.materials.map((e) => e.id),
      offers: handbook.offers.map((e) => e.id),
    },
  };
}

/** Who the hard rules rule out of a request; people ruled out for the same reasons share one entry. */
export function offerExclusions(
  request: Handbook['requests'][number],
  matching: MatchingContext,
): OfferExclusions {
  const groups = new Map<readonly string[], string[]>();
  for (const [facilitator, reasons] of excludedFrom(request, matching)) {
    const group = groups.get(reasons);
    if (group) group.push(facilitator);
    else groups.set(reasons, [facilitator]);
  }
  return [...groups].map(([reasons, facilitators]) => ({ reasons: [...reasons], facilitators }));
}
