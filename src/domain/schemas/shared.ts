import { z } from 'zod';
import { isIsoDate, isTime } from '../dates';

/** A calendar day written `YYYY-MM-DD`. */
export const dateSchema = z
  .string({ error: '日付を YYYY-MM-DD の形（例: 2026-12-10）で書いてください' })
  .refine(isIsoDate, { error: '実在する日付を YYYY-MM-DD の形（例: 2026-12-10）で書いてください' })
  .meta({ input: 'date' });

/** A time of day written `"HH:MM"` (24 h). */
export const timeSchema = z
  .string({ error: '時刻を "13:30" のように引用符で囲んで書いてください' })
  .refine(isTime, { error: '時刻を 24時間制の "HH:MM"（例: "13:30"）で書いてください' })
  .meta({ input: 'time' });

export const textSchema = z
  .string({ error: '文字列を書いてください' })
  .trim()
  .min(1, { error: '空にはできません。内容を書いてください' });

export const positiveIntegerSchema = z
  .number({ error: '数値（1以上の整数）を書いてください' })
  .int({ error: '整数を書いてください' })
  .min(1, { error: '1以上の整数を書いてください' });

export const nonNegativeIntegerSchema = z
  .number({ error: '数値（0以上の整数）を書いてください' })
  .int({ error: '整数を書いてください' })
  .min(0, { error: '0以上の整数を書いてください' });

/** Free tags such as 人材育成; no tag twice. */
export const tagListSchema = z.array(textSchema).default([]);
