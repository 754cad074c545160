import type { IsoDate } from '../dates';
import { fiscalQuarterKey } from '../dates';
import type { QuarterLoad } from '../directory/directory';
import { directoryFor, directoryRows } from '../directory/directory';
import type { Handbook } from '../handbook';
import type { MatchingContext } from '../matching/context';
import { buildMatchingContext } from '../matching/context';
import { firstSessionDate } from '../matching/history';
import { requestsNeedingSuggestions, suggestForRequest } from '../matching/suggest';

/**
 * `/directory.json`: the dispatch directory and the suggestions, for other systems. Built
 * field by field from what is meant to be shared, so contact details (email, extension) can
 * never slip in.
 */
export interface DirectoryJson {
  /** The build date. */
  generated: IsoDate;
  /** The fiscal quarter of `generated`, e.g. `2026Q3`: the quarter of every `load`. */
  fiscalQuarter: string;
  departments: {
    id: string;
    name: string;
    /** Available facilitators of other organisations, in kana order. */
    candidates: {
      id: string;
      name: string;
      /** Department id. */
      department: string;
      /** Method ids. */
      methods: string[];
      /** Regions they travel to; null for anywhere. */
      regions: string[] | null;
      load: QuarterLoad;
    }[];
  }[];
  /** Open requests, and matched ones with fewer assigned than needed, earliest first. */
  requests: {
    id: string;
    title: string;
    /** Department id. */
    department: string;
    /** The first session's date. */
    date: IsoDate;
    /** Facilitator ids of those who offered to help: `volunteers:` and offer files alike. */
    volunteers: string[];
    suggestions: { id: string; name: string; score: number; reasons: string[] }[];
    excluded: { id: string; name: string; reasons: string[] }[];
  }[];
}

export interface DirectoryJsonOptions {
  /** The handbook's context, when the caller has built it already. */
  context?: MatchingContext;
  /** Suggestions per request; all by default. */
  suggestionLimit?: number;
}

export function directoryJson(
  handbook: Handbook,
  today: IsoDate,
  options: DirectoryJsonOptions = {},
): DirectoryJson {
  const context = options.context ?? buildMatchingContext(handbook);
  const rows = directoryRows(context, today);
  return {
    generated: today,
    fiscalQuarter: fiscalQuarterKey(today),
    departments: handbook.departments.map((department) => ({
      id: department.id,
      name: department.name,
      candidates: directoryFor(department.id, context, today, rows).map(({ facilitator, load }) => ({
        id: facilitator.id,
        name: facilitator.name,
        department: facilitator.department,
        methods: [...facilitator.methods],
        regions: facilitator.dispatch.regions ? [...facilitator.dispatch.regions] : null,
        load: { ...load },
      })),
    })),
    requests: requestsNeedingSuggestions(handbook).map((request) => {
      const { suggestions, excluded } = suggestForRequest(request, context, {
        limit: options.suggestionLimit,
      });
      return {
        id: request.id,
        title: request.title,
        department: request.department,
        date: firstSessionDate(request),
        volunteers: context.volunteersOf(request.id).map((volunteer) => volunteer.facilitator),
        suggestions: suggestions.map(({ facilitator, score, reasons }) => ({
          id: facilitator.id,
          name: facilitator.name,
          score,
          reasons: [...reasons],
        })),
        excluded: excluded.map(({ facilitator, reasons }) => ({
          id: facilitator.id,
          name: facilitator.name,
          reasons: [...reasons],
        })),
      };
    }),
  };
}
