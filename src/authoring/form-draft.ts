import type { IsoDate } from '../domain/dates';
import type { AskedField } from './answers';
import type { AuthoringData } from './authoring-data';
import { draftPage, type Draft } from './draft';
import type { Answer } from './fields';
import { askedFields, type Answers, type PageKind } from './page-kinds';

export interface FormDraft {
  /** The fields that apply to these answers, in order. */
  asked: AskedField[];
  /** The answers the page is written from: those given, else what an empty answer stands for. */
  answers: Answers;
  draft: Draft;
}

/**
 * The page a form writes from what was given in it (typed, chosen, or from the query string):
 * a field left alone stands for its fallback, as an empty answer to `npm run new` does. The
 * forms call this on every change; a test calls it to compare with `npm run new`.
 */
export function formDraft(
  kind: PageKind,
  data: AuthoringData,
  today: IsoDate,
  given: ReadonlyMap<string, Answer | undefined>,
  id?: string,
): FormDraft {
  const asked = askedFields(kind, data, Object.fromEntries<Answer | undefined>(given));
  const answers: Answers = {};
  for (const field of asked) {
    const value = given.has(field.key) ? given.get(field.key) : field.fallback;
    if (value !== undefined) answers[field.key] = value;
  }
  return { asked, answers, draft: draftPage(kind, answers, data, today, id) };
}
