import type { IsoDate } from '../domain/dates';
import { parseFieldPath, type Problem } from '../domain/errors';
import { emptyHandbook, type Handbook } from '../domain/handbook';
import { ID_PATTERN } from '../domain/ids';
import { checkOffers, offeredRequest, type OfferLookups } from '../domain/offers/check-offers';
import { checkReferences, type KnownIds } from '../domain/references/check-references';
import { readPage } from '../source/read-page';
import type { AuthoringData } from './authoring-data';
import { pageText } from './page-text';
import { pageFile, suggestedId, type Answers, type PageKind } from './page-kinds';

/** A new page being written: its file, its text, and what the content check would say of it. */
export interface Draft {
  /** Its id, once the answers give one (or one was given). */
  id?: string;
  /** Relative to the content folder: `offers/<id>.md`. */
  file?: string;
  text: string;
  problems: Problem[];
}

/** Every id the draft may refer to, per collection. */
function knownIds(data: AuthoringData): KnownIds {
  const set = (ids: string[]) => new Set(ids);
  return {
    ...(Object.fromEntries(
      Object.entries(data.taken).map(([collection, ids]) => [collection, set(ids)]),
    ) as Record<keyof AuthoringData['taken'], Set<string>>),
    departments: set(data.departments.map((d) => d.id)),
    methods: set(data.methods.map((m) => m.id)),
    cohorts: set(data.cohorts.map((c) => c.id)),
  };
}

/** The offer rules' lookups over the data the site published. */
export function dataOfferLookups(data: AuthoringData): OfferLookups {
  const requests = new Map(data.requests.map((r) => [r.id, r]));
  const names = new Map(data.facilitators.map((f) => [f.id, f.name]));
  return {
    request(id) {
      const request = requests.get(id);
      return request && offeredRequest(id, request);
    },
    facilitatorName: (id) => names.get(id),
    earlierOffer: (requestId, facilitatorId) =>
      requests.get(requestId)?.offers.find((offer) => offer.facilitator === facilitatorId)?.file,
    excludedReasons: (requestId, facilitatorId) =>
      requests.get(requestId)?.excluded?.find((group) => group.facilitators.includes(facilitatorId))?.reasons,
  };
}

/**
 * The page the answers make, checked as `npm run check` checks a file: its schema, its
 * references and the rules of its collection, with the same messages. The id is the one given,
 * or the one the answers suggest, made free among the ids in use.
 */
export function draftPage(
  kind: PageKind,
  answers: Answers,
  data: AuthoringData,
  today: IsoDate,
  givenId?: string,
): Draft {
  const text = pageText(kind, answers, data, today);
  const id = givenId || suggestedId(kind, data, answers);
  const file = id === undefined ? undefined : pageFile(kind, id);
  const place = file ?? pageFile(kind, 'new');
  const problems: Problem[] = [];
  if (givenId !== undefined && givenId !== '') {
    if (!ID_PATTERN.test(givenId))
      problems.push({
        severity: 'error',
        file: place,
        field: '',
        message: `ファイル名「${givenId}」は id として使えません。英小文字・数字をハイフンでつないだ名前（例: yamada-hanako${kind.extension}）にしてください`,
      });
    else if (data.taken[kind.collection].includes(givenId))
      problems.push({
        severity: 'error',
        file: place,
        field: '',
        message: `id「${givenId}」のページはもうあります。別の id にしてください`,
      });
  }
  const page = readPage(kind.schema, place, text);
  problems.push(...page.problems);
  if (page.data) {
    const entry = { ...page.data, id: id ?? 'new', source: { file: place, path: [] } };
    const handbook: Handbook = { ...emptyHandbook(), [kind.collection]: [entry] };
    const crossChecks = [
      ...checkReferences(handbook, knownIds(data)),
      ...(kind.collection === 'offers' ? checkOffers(handbook.offers, dataOfferLookups(data)) : []),
    ];
    problems.push(
      ...crossChecks.map((problem) => ({
        ...problem,
        line: page.yaml?.lineOf(parseFieldPath(problem.field)),
      })),
    );
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ...(id !== undefined && { id }), ...(file !== undefined && { file }), text, problems };
}
