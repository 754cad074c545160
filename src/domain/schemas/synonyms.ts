import { z } from 'zod';
import { textSchema } from './shared';

/**
 * One group of `content/synonyms.yaml`: words that mean the same in search, e.g.
 * `[振り返り, ふりかえり, リフレクション]`. A search for any of them finds pages with the others.
 */
export const synonymGroupSchema = z
  .array(textSchema, {
    error: '同じ意味の言葉を [振り返り, リフレクション] のようにリストで書いてください',
  })
  .min(2, { error: '同じ意味の言葉を2つ以上書いてください' })
  .refine((words) => new Set(words).size === words.length, {
    error: '同じ言葉が2回書かれています。1回にしてください',
  });

export type SynonymGroupData = z.output<typeof synonymGroupSchema>;
