import { toHiragana } from 'wanakana';
import { didYouMean } from '../domain/suggest';
import type { Answer, Choice, Field } from './fields';

/** A field as it is asked: with its choices and the answer an empty reply stands for. */
export interface AskedField extends Field {
  /** The question of `npm run new`: the label, with an example. */
  question: string;
  /** What can be chosen, for `choice` and `choices`. */
  choices?: Choice[];
  /** What an empty answer means (a default, or what the request it reports on says). */
  fallback?: Answer;
}

export type Parsed = { value: Answer | undefined } | { error: string };

/** Full-width digits and letters to ASCII, full-width spaces to spaces: for values, never for prose. */
const fold = (text: string) => text.normalize('NFKC').trim();

/** The 和暦 eras people still write dates in, with the year before each one's first. */
const ERAS: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988 };

/** `2026年12月3日`, `令和8年12月3日`, `2026/12/3` or `2026.12.3` → `2026-12-03`; anything else as written. */
export function normaliseDate(raw: string): string {
  const text = fold(raw);
  const match = /^(令和|平成|R|H)?\s*(\d{1,4}|元)\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?$/i.exec(
    text,
  );
  if (!match) return text;
  const [, era, yearText, month, day] = match;
  const year = era ? ERAS[era.toUpperCase()] + (yearText === '元' ? 1 : Number(yearText)) : Number(yearText);
  if (!era && yearText.length !== 4) return text;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** `9:00` → `09:00`, `13時30分` → `13:30`, `13時` → `13:00`; anything else as written. */
export function normaliseTime(raw: string): string {
  const text = fold(raw);
  const match = /^(\d{1,2})\s*(?::|時)\s*(\d{1,2})?\s*分?$/.exec(text);
  if (!match) return text;
  return `${match[1].padStart(2, '0')}:${(match[2] ?? '00').padStart(2, '0')}`;
}

/** A reading in hiragana: katakana and romaji become hiragana, spaces one half-width space. */
export function normaliseKana(raw: string): string {
  return toHiragana(fold(raw), { passRomaji: true }).replace(/\s+/g, ' ');
}

function findChoice(field: AskedField, text: string): Choice | string {
  const choices = field.choices ?? [];
  const byNumber = /^\d+$/.test(text) ? choices[Number(text) - 1] : undefined;
  const found = byNumber ?? choices.find((choice) => choice.value === text || choice.label === text);
  if (found) return found;
  return `「${text}」は選べません${didYouMean(
    text,
    choices.map((c) => c.value),
  )}。番号か id で答えてください`;
}

/** Values of a list typed on one line: `a, b`, `a、b`; ids may also be separated by spaces. */
const splitList = (text: string, bySpace: boolean) =>
  text.split(bySpace ? /[\s,、，]+/ : /\s*[,、，\n]\s*/).filter(Boolean);

/**
 * Reads an answer (typed, piped, given as a flag or in a form's query string) as its field's
 * type, forgivingly where the intent is clear: full-width digits, katakana readings, 2026年12月3日,
 * 9:00, 20人. A value that is still wrong is kept as written, so that the check of the page
 * says what is wrong in its own words; only a choice that does not exist is refused here.
 */
export function parseAnswer(field: AskedField, raw: string): Parsed {
  const text = field.type === 'textarea' ? raw.replace(/\s+$/, '') : raw.trim();
  if (fold(text) === '') {
    if (field.fallback !== undefined) return { value: field.fallback };
    return field.required ? { error: 'この項目は必ず答えてください' } : { value: undefined };
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
      return { value: text };
    case 'email':
      return { value: fold(text) };
    case 'kana':
      return { value: normaliseKana(text) };
    case 'date':
      return { value: normaliseDate(text) };
    case 'time':
      return { value: normaliseTime(text) };
    case 'integer': {
      const number = /^(\d+)\s*(人|名|件|回|分|グループ)?$/.exec(fold(text));
      return number ? { value: Number(number[1]) } : { error: `${field.min ?? 0}以上の整数を書いてください` };
    }
    case 'boolean': {
      const answer = fold(text);
      if (/^(y|yes|はい|true|1|可)$/i.test(answer)) return { value: true };
      if (/^(n|no|いいえ|false|0|不可)$/i.test(answer)) return { value: false };
      return { error: '「はい」か「いいえ」で答えてください' };
    }
    case 'choice': {
      const found = findChoice(field, fold(text));
      return typeof found === 'string' ? { error: found } : { value: found.value };
    }
    case 'choices': {
      const values: string[] = [];
      for (const part of splitList(fold(text), true)) {
        const found = findChoice(field, part);
        if (typeof found === 'string') return { error: found };
        if (!values.includes(found.value)) values.push(found.value);
      }
      return { value: field.numbers ? values.map(Number) : values };
    }
    case 'list':
      return { value: splitList(text, false) };
  }
}
