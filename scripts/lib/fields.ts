import { toHiragana } from 'wanakana';
import { isIsoDate, isTime } from '../../src/domain/dates';
import { isHiraganaReading } from '../../src/domain/kana';
import { didYouMean } from '../../src/domain/suggest';

/** One of the values a choice field offers, e.g. a department: its id and its name. */
export interface Choice {
  value: string;
  label: string;
}

export type FieldType =
  'text' | 'kana' | 'date' | 'time' | 'integer' | 'boolean' | 'choice' | 'choices' | 'id';
export type Answer = string | number | boolean | string[];

/** A question of `npm run new`; its key is also its command-line flag (`--department`). */
export interface Field {
  key: string;
  /** The question, in Japanese. */
  question: string;
  type: FieldType;
  required: boolean;
  /** Where the choices come from, for `choice` and `choices`. */
  choices?: Choice[];
  /** Smallest number allowed, for `integer`. */
  min?: number;
  /** What an empty answer means: shown in brackets. */
  fallback?: Answer;
  /** A check that needs other answers, e.g. an end time after the start. */
  validate?: (value: Answer) => string | undefined;
}

export type Parsed = { value: Answer | undefined } | { error: string };

function findChoice(field: Field, text: string): Choice | string {
  const choices = field.choices ?? [];
  const byNumber = /^\d+$/.test(text) ? choices[Number(text) - 1] : undefined;
  const found = byNumber ?? choices.find((choice) => choice.value === text || choice.label === text);
  if (found) return found;
  return `「${text}」は選べません${didYouMean(
    text,
    choices.map((c) => c.value),
  )}。番号か id で答えてください`;
}

/**
 * Reads an answer (typed, piped or given as a flag) as its field's type, forgivingly where the
 * intent is clear: katakana readings become hiragana, 2026/12/1 becomes 2026-12-01, 9:00 becomes
 * 09:00. An empty answer is the field's fallback, or nothing.
 */
export function parseAnswer(field: Field, raw: string): Parsed {
  const parsed = parseAs(field, raw);
  const error = 'value' in parsed && parsed.value !== undefined ? field.validate?.(parsed.value) : undefined;
  return error ? { error } : parsed;
}

function parseAs(field: Field, raw: string): Parsed {
  const text = raw.normalize('NFKC').trim();
  if (text === '') {
    if (field.fallback !== undefined) return { value: field.fallback };
    return field.required ? { error: 'この項目は必ず答えてください' } : { value: undefined };
  }
  switch (field.type) {
    case 'text':
    case 'id':
      return { value: text };
    case 'kana': {
      const kana = toHiragana(text, { passRomaji: true }).replace(/\s+/g, ' ');
      return isHiraganaReading(kana)
        ? { value: kana }
        : { error: 'よみがなをひらがなで書いてください（例: やまだ はなこ）' };
    }
    case 'date': {
      const [year, month, day] = text.split(/[-/.年月日]/).filter(Boolean);
      const date = day === undefined ? text : `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
      return isIsoDate(date)
        ? { value: date }
        : { error: '日付を YYYY-MM-DD の形（例: 2026-12-10）で書いてください' };
    }
    case 'time': {
      const time = text.replace(/^(\d):/, '0$1:');
      return isTime(time)
        ? { value: time }
        : { error: '時刻を 24時間制の HH:MM（例: 13:30）で書いてください' };
    }
    case 'integer': {
      const min = field.min ?? 0;
      return /^\d+$/.test(text) && Number(text) >= min
        ? { value: Number(text) }
        : { error: `${min}以上の整数を書いてください` };
    }
    case 'boolean':
      if (/^(y|yes|はい|true|1|可)$/i.test(text)) return { value: true };
      if (/^(n|no|いいえ|false|0|不可)$/i.test(text)) return { value: false };
      return { error: '「はい」か「いいえ」で答えてください' };
    case 'choice': {
      const found = findChoice(field, text);
      return typeof found === 'string' ? { error: found } : { value: found.value };
    }
    case 'choices': {
      const values: string[] = [];
      for (const part of text.split(/[\s,、]+/).filter(Boolean)) {
        const found = findChoice(field, part);
        if (typeof found === 'string') return { error: found };
        if (!values.includes(found.value)) values.push(found.value);
      }
      return { value: values };
    }
  }
}

/** The question as printed: numbered choices under it, the fallback in brackets. */
export function describeField(field: Field, withChoices = true): string {
  const lines: string[] = [];
  if (field.choices && withChoices) {
    const width = String(field.choices.length).length;
    const valueWidth = Math.max(...field.choices.map((choice) => choice.value.length));
    field.choices.forEach((choice, index) =>
      lines.push(
        `  ${String(index + 1).padStart(width)}) ${choice.value.padEnd(valueWidth)}  ${choice.label}`,
      ),
    );
  }
  const fallback = Array.isArray(field.fallback)
    ? field.fallback.join(', ')
    : field.fallback === true
      ? 'はい'
      : field.fallback === false
        ? 'いいえ'
        : field.fallback;
  const hint =
    field.type === 'choices'
      ? '（番号か id をカンマ区切りで。なければ空のまま Enter）'
      : !field.required && fallback === undefined
        ? '（なければ空のまま Enter）'
        : '';
  lines.push(
    `${field.question}${hint}${fallback !== undefined && fallback !== '' ? ` [${fallback}]` : ''}: `,
  );
  return lines.join('\n');
}
