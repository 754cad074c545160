import { parseAnswer } from './answers';
import type { AuthoringData } from './authoring-data';
import { askedFields, type Answers, type PageKind } from './page-kinds';

export interface Prefilled {
  answers: Answers;
  /** Values of the query string that could not be read, by field key. */
  errors: Record<string, string>;
  /** The file name's id, when given (`id=`). */
  id?: string;
}

/**
 * The answers a form starts with, from its query string: every field by its key
 * (`?request=<id>&facilitator=<id>`), lists comma-separated or repeated, read as `npm run new`
 * reads a flag. Ids are taken as written: one that does not exist is told by the check, with the
 * closest ids, as `npm run check` tells it.
 */
export function prefillAnswers(kind: PageKind, data: AuthoringData, params: URLSearchParams): Prefilled {
  const answers: Answers = {};
  const errors: Record<string, string> = {};
  const done = new Set<string>();
  // Fields are worked out again after each answer: a report's request decides what the rest fall back to.
  for (;;) {
    const field = askedFields(kind, data, answers).find((f) => !done.has(f.key));
    if (!field) break;
    done.add(field.key);
    if (!params.has(field.key)) continue;
    const raw = params.getAll(field.key).join(',');
    if (field.type === 'choice' || field.type === 'choices') {
      const ids = raw
        .normalize('NFKC')
        .split(/[\s,、]+/)
        .filter(Boolean);
      if (ids.length === 0) continue;
      answers[field.key] =
        field.type === 'choice' ? ids[0] : field.numbers ? ids.map((id) => Number(id) || 0) : ids;
      continue;
    }
    const parsed = parseAnswer({ ...field, fallback: undefined, required: false }, raw);
    if ('error' in parsed) errors[field.key] = parsed.error;
    else if (parsed.value !== undefined) answers[field.key] = parsed.value;
  }
  const id = params.get('id')?.trim();
  return { answers, errors, ...(id && { id }) };
}
