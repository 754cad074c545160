import type { IsoDate } from '../dates';
import { fiscalQuarterKey } from '../dates';
import type { QuarterCapacity, QuarterLoad } from '../directory/directory';
import { directoryFor } from '../directory/directory';
import { suggestForRequest } from '../matching/suggest';
import type { TimeOfDay, Weekday } from '../schemas/facilitators';
import type { HandbookIndex } from '../views/handbook-index';

/** How many quarters ahead `facilitators[].quarters` covers: this one and the next three. */
export const JSON_QUARTERS = 4;

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
  /** Every facilitator available for dispatch, in kana order: when they can go. */
  facilitators: {
    id: string;
    name: string;
    /** Load and what is left of the limit, this quarter and the next three. */
    quarters: QuarterCapacity[];
    timeOfDay: TimeOfDay;
    /** Days of the week they go; null for any day. */
    weekdays: Weekday[] | null;
    /** Months (1–12) they never go; null for none. */
    unavailableMonths: number[] | null;
    /** Dated absences; null for none. */
    away: { from: IsoDate; to: IsoDate; note: string | null }[] | null;
    /** Their own words about dispatch (`dispatch.note`); null for none. */
    note: string | null;
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
  /** Suggestions per request; all by default. */
  suggestionLimit?: number;
}

export function directoryJson(index: HandbookIndex, options: DirectoryJsonOptions = {}): DirectoryJson {
  const context = index.matching;
  const rows = index.directory;
  return {
    generated: index.today,
    fiscalQuarter: fiscalQuarterKey(index.today),
    departments: index.handbook.departments.map((department) => ({
      id: department.id,
      name: department.name,
      candidates: directoryFor(department.id, context, rows).map(({ facilitator, load }) => ({
        id: facilitator.id,
        name: facilitator.name,
        department: facilitator.department,
        methods: [...facilitator.methods],
        regions: facilitator.dispatch.regions ? [...facilitator.dispatch.regions] : null,
        load: { ...load },
      })),
    })),
    facilitators: rows.map(({ facilitator: { id, name, dispatch }, quarters }) => ({
      id,
      name,
      quarters: quarters.slice(0, JSON_QUARTERS).map((quarter) => ({ ...quarter })),
      timeOfDay: dispatch.timeOfDay,
      weekdays: dispatch.weekdays ? [...dispatch.weekdays] : null,
      unavailableMonths: dispatch.unavailableMonths ? [...dispatch.unavailableMonths] : null,
      away: dispatch.away
        ? dispatch.away.map(({ from, to, note }) => ({ from, to, note: note ?? null }))
        : null,
      note: dispatch.note ?? null,
    })),
    requests: index.requestsNeedingSuggestions.map((request) => {
      const { suggestions, excluded } = suggestForRequest(request, context, {
        limit: options.suggestionLimit,
      });
      return {
        id: request.id,
        title: request.title,
        department: request.department,
        date: index.firstSession(request).date,
        volunteers: [...index.volunteersOf(request.id)],
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
